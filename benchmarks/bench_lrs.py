"""A sales floor's practice into a real LRS: 50 reps × 20 sessions sent to a local Ralph.

Run: python benchmarks/bench_lrs.py [--reps 50] [--sessions 20] [--turns]
Needs network access once, to install Ralph into .cache/ralph-venv (as the tests do).

Reports, against baselines measured in the same run:
- the outbox's cost per attempt (building the statements and writing them atomically,
  as the end-of-session hook does) vs playing and saving the session itself;
- statements per second from the outbox into Ralph, and `dojo report --lrs`'s
  read-back time vs the same report built from the local history index.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from dojo.engine import Session
from dojo.scenario.library import load_library
from dojo.transcript import History, Recorder, list_transcripts
from dojo.transcript.outbox import Outbox, deliver, queue_attempt
from dojo.transcript.report import build_report, report_markdown

ROOT = Path(__file__).resolve().parents[1]

REPLIES_PER_SESSION = 5


def replies() -> list[str]:
    lines = (ROOT / "tests" / "data" / "replies.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines]


def play_floor(data_dir: Path, reps: int, sessions: int, scenarios, texts: list[str]) -> float:
    """Play every rep's sessions, saved as in real use; seconds taken."""
    start = time.perf_counter()
    for rep in range(reps):
        for number in range(sessions):
            scenario = scenarios[(rep + number) % len(scenarios)]
            recorder = Recorder(Session(scenario, seed=number, player=f"Rep {rep:02d}"), data_dir=data_dir)
            offset = (rep * 7 + number * 3) % len(texts)
            for index in range(REPLIES_PER_SESSION):
                if recorder.finished:
                    break
                recorder.reply(texts[(offset + index) % len(texts)])
            if not recorder.finished:
                recorder.end()
            recorder.close()
    return time.perf_counter() - start


def main() -> None:
    sys.path.insert(0, str(ROOT))  # Ralph's launcher is shared with the tests
    from tests.ralph_lrs import SECRET, USER, launch

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--turns", action="store_true", help="also send one statement per scored turn")
    args = parser.parse_args()
    scenarios = [entry.scenario for entry in load_library().entries.values()]
    texts = replies()
    attempts = args.reps * args.sessions

    with tempfile.TemporaryDirectory(prefix="dojo-bench-lrs-") as scratch:
        root = Path(scratch)
        started = time.perf_counter()
        ralph, install = launch(root / "ralph")
        ready = time.perf_counter() - started
        try:
            for key in ("DOJO_LRS_ENDPOINT", "DOJO_LRS_USERNAME", "DOJO_LRS_PASSWORD", "DOJO_LRS_TURNS"):
                os.environ.pop(key, None)
            play_floor(root / "warm-up", 1, 2, scenarios, texts)  # compile the lexicon outside the timing
            baseline = play_floor(root / "lrs", args.reps, args.sessions, scenarios, texts)

            os.environ.update({"DOJO_LRS_ENDPOINT": ralph.endpoint, "DOJO_LRS_USERNAME": USER,
                               "DOJO_LRS_PASSWORD": SECRET, "DOJO_LRS_TURNS": "1" if args.turns else "0"})
            # Exactly what the end-of-session hook does, per attempt: read settings, build, write atomically.
            start = time.perf_counter()
            for path in list_transcripts(root / "lrs"):
                queue_attempt(path, root / "lrs")
            outbox_s = time.perf_counter() - start
            queued, statements = Outbox(root / "lrs").counts()

            start = time.perf_counter()
            delivery = deliver(root / "lrs")
            send = time.perf_counter() - start
            assert delivery is not None and delivery.waiting_attempts == 0, delivery

            history = History(root / "lrs")
            history.sync()
            start = time.perf_counter()
            local = report_markdown(build_report(history))
            local_s = time.perf_counter() - start
            os.environ["DOJO_HOME"] = str(root / "lrs")
            from dojo.cli.lrs import report_from_lrs

            start = time.perf_counter()
            remote = report_markdown(report_from_lrs(None, None))
            remote_s = time.perf_counter() - start
        finally:
            ralph.stop()

    per_base = baseline / attempts * 1e3
    per_outbox = outbox_s / attempts * 1e3
    print(f"floor                     {args.reps} reps × {args.sessions} sessions = {attempts} attempts, "
          f"{queued} queued, {statements} statements{' (with turns)' if args.turns else ''}")
    print(f"ralph ready               {ready:6.1f} s (install {install:.1f} s; 0 = cached venv)")
    print(f"play + save (baseline)    {per_base:7.2f} ms/attempt   (replies, transcript fsyncs, history index)")
    print(f"outbox at session end     {per_outbox:7.2f} ms/attempt   ({per_outbox / per_base:6.1%} of the baseline)")
    print(f"send outbox → Ralph       {statements / send:7.0f} statements/s ({send:.1f} s, "
          f"{send / attempts * 1e3:.1f} ms/attempt, up to 100 statements per POST)")
    print(f"report --lrs              {remote_s:7.2f} s   ({remote_s / local_s:5.1f}× the local report's "
          f"{local_s * 1e3:.0f} ms); equal: {remote == local}")


if __name__ == "__main__":
    main()
