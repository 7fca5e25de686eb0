"""`dojo score` over many saved 20-turn transcripts: time per transcript and whether memory stays flat.

Run: python benchmarks/bench_score.py [--transcripts 10000] [--jobs N] [--corpus DIR]

The transcripts are all different, so no cache keyed on a reply could win: each is a real
session played against one of nine personas (the seven shipped ones and two copies of the
test persona, each with its rules' endings taken out and a limit of 20 turns, so every
session runs all 20), with its own seed and player, and 20 replies drawn from the labelled
reply corpus (tests/data/replies.jsonl) and varied (names, openers, numbers), so nearly
every reply text is new.

`dojo score FILE…` re-scores them all in one command; the baseline is `python -c` reading and
JSON-decoding the same files. Two figures: as `dojo score` runs by default, where the code that
plays sessions and the scenarios are unchanged since the transcripts were recorded (their replay
fingerprint and scenario hash match today's, so each whole transcript's recorded events are read
instead of playing it again; the line before the figures says how many qualify), and with
`--reclassify`, which plays every transcript and hears every reply again, as it would after any
change to dojo or a scenario. (Generating the corpus records today's fingerprints; a corpus kept
with `--corpus` from before a change is played again in both runs.) Memory: the peak RSS of a run
over all the files against a run over a tenth of them (flat means a ratio near 1). Times are CPU
seconds (user + system, the command and its worker processes) and wall seconds, measured in the
same run. dojo runs from compiled bytecode, as an installed package does (an editable install
under PYTHONDONTWRITEBYTECODE would compile its sources on every start).
`--corpus DIR` keeps the generated transcripts in DIR and reuses them on the next run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPLIES = ROOT / "tests" / "data" / "replies.jsonl"
MINI = ROOT / "tests" / "data" / "scenarios" / "mini.toml"
TURNS = 20
NAMES = ["Priya", "Mark", "Pat", "Sam", "Ana", "Jo", "Lee", "Chen", "Ola", "Ravi", "Dee", "Tom"]
OPENERS = ["", "", "", "So, ", "Okay — ", "Right, ", "Honestly, ", "Got it. ", "Thanks. ", "Sure, "]
BASELINE = ("import sys, json\n"
            "for name in sys.argv[1:]:\n"
            "    [json.loads(line) for line in open(name, encoding='utf-8')]")


def personas(folder: Path) -> list[Path]:
    """The scenario files the transcripts are played against, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for shipped in sorted((ROOT / "scenarios").glob("*.toml")):
        text = shipped.read_text(encoding="utf-8")
        target = folder / shipped.name
        target.write_text(endless(text), encoding="utf-8")
        written.append(target)
    mini = endless(MINI.read_text(encoding="utf-8"))
    for name in ("loop", "loop-two"):
        target = folder / f"{name}.toml"
        target.write_text(mini.replace('id = "mini"', f'id = "{name}"'), encoding="utf-8")
        written.append(target)
    return written


def endless(text: str) -> str:
    """The scenario with no rule ending the conversation early: every session runs to its turn limit."""
    kept = [f"max_turns = {TURNS}" if line.startswith("max_turns = ") else line
            for line in text.splitlines() if not line.startswith("ending = ")]
    return "\n".join(kept) + "\n"


def varied(text: str, rng: random.Random) -> str:
    """A corpus reply said a little differently: another name, an opener, another number."""
    words = text.split()
    for index, word in enumerate(words):
        bare = word.strip(",.!?;:'\"")
        if bare in NAMES:
            words[index] = word.replace(bare, rng.choice(NAMES))
        elif bare.isdigit():
            words[index] = word.replace(bare, str(rng.randrange(2, 500)))
    said = " ".join(words)
    opener = rng.choice(OPENERS)
    return (opener + said[:1].lower() + said[1:]) if opener and said[:1].isupper() and said[1:2].islower() \
        else opener + said


def play_batch(task: tuple[list[str], str, str, int, int]) -> int:
    """Play and save transcripts number `first` … `first + count - 1`; returns the replies played."""
    scenario_paths, out, home, first, count = task
    sys.path.insert(0, str(ROOT / "src"))
    from dojo.engine import Session
    from dojo.scenario.load import load_scenario
    from dojo.transcript import Recorder

    scenarios = [(Path(p), load_scenario(p)) for p in scenario_paths]
    corpus = [json.loads(line)["text"] for line in REPLIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    played = 0
    for number in range(first, first + count):
        rng = random.Random(number)
        path, scenario = scenarios[number % len(scenarios)]
        session = Session(scenario, seed=rng.randrange(2**31), player=rng.choice(NAMES))
        for _ in range(TURNS):
            if session.finished:
                break
            session.reply(varied(rng.choice(corpus), rng))
            played += 1
        # Saved once the session is played: one write instead of one fsync per turn.
        recorder = Recorder(session, data_dir=Path(home), scenario_path=path, index=False)
        recorder.close()
        assert recorder.path is not None, recorder.warning
        recorder.path.rename(Path(out) / f"t{number:05d}.jsonl")
    return played


def make_corpus(folder: Path, count: int) -> tuple[list[str], float]:
    """(transcript files, mean replies each), generated once per folder and count."""
    files_dir = folder / "transcripts"
    stamp = folder / f"complete-{count}.json"
    if stamp.exists():
        mean = json.loads(stamp.read_text())["mean_replies"]
        return [str(files_dir / f"t{n:05d}.jsonl") for n in range(count)], mean
    paths = [str(p) for p in personas(folder / "personas")]
    files_dir.mkdir(parents=True, exist_ok=True)
    step = 250
    tasks = [(paths, str(files_dir), str(folder / "player-home"), first, min(step, count - first))
             for first in range(0, count, step)]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        played = sum(pool.map(play_batch, tasks))
    mean = played / count
    stamp.write_text(json.dumps({"mean_replies": mean}))
    return [str(files_dir / f"t{n:05d}.jsonl") for n in range(count)], mean


def run(command: list[str], env: dict) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, peak RSS in MB of the largest process) of one command and its workers."""
    wrapped = [sys.executable, "-c",
               "import resource, subprocess, sys, time; t = time.perf_counter(); "
               "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
               "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
               "sys.exit(r.returncode)", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(wrapped, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {result.stderr[-800:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    wall, peak = result.stdout.split()
    return cpu, float(wall), int(peak) // 1024


def recorded_today(files: list[str]) -> int:
    """How many of the transcripts were recorded by today's code (their header's replay fingerprint)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dojo.engine.hearing import replay_fingerprint

    today = replay_fingerprint()
    count = 0
    for name in files:
        with open(name, "rb") as handle:
            count += json.loads(handle.readline()).get("replay") == today
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--transcripts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to `dojo score --jobs` (default: its own)")
    parser.add_argument("--corpus", type=Path, default=None, help="keep the generated transcripts here and reuse them")
    args = parser.parse_args(argv)
    count = args.transcripts
    compileall.compile_dir(ROOT / "src" / "dojo", quiet=1)  # what `pip install` does for an installed package
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.corpus or Path(scratch)
        started = time.perf_counter()
        files, mean = make_corpus(folder, count)
        print(f"{count} transcripts ready ({mean:.1f} replies each on average; "
              f"{time.perf_counter() - started:.0f} s to generate)", flush=True)
        print(f"{recorded_today(files)} of {count} carry today's replay fingerprint (read as recorded "
              f"unless --reclassify)", flush=True)
        env = {**os.environ, "DOJO_HOME": str(Path(scratch) / "home")}
        jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
        score = [sys.executable, "-m", "dojo", "score", *jobs]
        base_cpu, base_wall, _ = run([sys.executable, "-c", BASELINE, *files], env)
        tenth = max(1, count // 10)
        tenth_cpu, _, tenth_mb = run([*score, *files[:tenth]], env)
        all_cpu, all_wall, all_mb = run([*score, *files], env)
        heard_cpu, heard_wall, _ = run([*score, "--reclassify", *files], env)
    replies = mean * count
    print(f"JSON read of {count} transcripts (baseline)  {base_cpu:7.2f} s CPU  {base_wall:7.2f} s wall")
    print(f"dojo score of {count} transcripts           {all_cpu:7.2f} s CPU  {all_wall:7.2f} s wall  "
          f"({all_cpu / base_cpu:.0f}× the baseline in CPU; {all_cpu / count * 1000:.2f} ms CPU each, "
          f"{all_cpu / replies * 1000:.3f} ms a reply; target ≤ 15 s)")
    print(f"dojo score --reclassify of {count}         {heard_cpu:7.2f} s CPU  {heard_wall:7.2f} s wall  "
          f"({heard_cpu / base_cpu:.0f}× the baseline in CPU; {heard_cpu / count * 1000:.2f} ms CPU each, "
          f"{heard_cpu / replies * 1000:.3f} ms a reply: every reply heard again)")
    print(f"peak RSS: {count} transcripts {all_mb} MB, {tenth} transcripts {tenth_mb} MB "
          f"(ratio {all_mb / tenth_mb:.2f}; flat ≈ 1)  [tenth took {tenth_cpu:.1f} s CPU]")


if __name__ == "__main__":
    main()
