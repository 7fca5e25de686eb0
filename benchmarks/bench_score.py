"""`dojo score` over many saved 20-turn transcripts: time per transcript and whether memory stays flat.

Run: python benchmarks/bench_score.py [--transcripts 10000]

One 20-turn session against a looping test persona is played and saved, then copied
under distinct names. `dojo score FILE…` re-scores them all in one process; the baseline
is `python -c` reading and JSON-decoding the same files. Memory: the peak RSS of a run
over all the files against a run over a tenth of them (flat means a ratio near 1).
Both are CPU seconds and KB of fresh processes measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOOPING = (ROOT / "tests" / "data" / "scenarios" / "mini.toml").read_text(encoding="utf-8").replace(
    "max_turns = 4", "max_turns = 40").replace('id = "mini"', 'id = "loop"')
REPLIES = ["How is your week going?", "Tell me about your team.", "What does a good quarter look like for you?",
           "Good to hear, Pat."]
BASELINE = ("import sys, json\n"
            "for name in sys.argv[1:]:\n"
            "    [json.loads(line) for line in open(name, encoding='utf-8')]")


def run(command: list[str], env: dict) -> tuple[float, int]:
    """(CPU seconds, peak RSS in MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrapped = [sys.executable, "-c",
               "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)", *command]
    result = subprocess.run(wrapped, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {result.stderr[-800:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, int(result.stdout.strip()) // 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--transcripts", type=int, default=10_000)
    count = parser.parse_args(argv).transcripts
    sys.path.insert(0, str(ROOT / "src"))
    from dojo.engine import Session
    from dojo.scenario.load import load_scenario
    from dojo.transcript import Recorder

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        env = {**os.environ, "DOJO_HOME": str(home)}
        scenario_path = Path(folder) / "loop.toml"
        scenario_path.write_text(LOOPING, encoding="utf-8")
        recorder = Recorder(Session(load_scenario(scenario_path), seed=1, player="Bench"), data_dir=home,
                            scenario_path=scenario_path, index=False)
        for turn in range(20):
            recorder.reply(REPLIES[turn % len(REPLIES)])
        recorder.close()
        copies = Path(folder) / "copies"
        copies.mkdir()
        files = []
        for number in range(count):
            target = copies / f"t{number:05d}.jsonl"
            shutil.copyfile(recorder.path, target)
            files.append(str(target))
        base_cpu, _ = run([sys.executable, "-c", BASELINE, *files], env)
        tenth_cpu, tenth_mb = run([sys.executable, "-m", "dojo", "score", *files[:max(1, count // 10)]], env)
        all_cpu, all_mb = run([sys.executable, "-m", "dojo", "score", *files], env)
    print(f"JSON read of {count} transcripts (baseline)  {base_cpu:7.2f} s CPU")
    print(f"dojo score of {count} transcripts           {all_cpu:7.2f} s CPU  "
          f"({all_cpu / base_cpu:.0f}× the baseline; {all_cpu / count * 1000:.1f} ms each; target ≤ 15 s)")
    print(f"peak RSS: {count} transcripts {all_mb} MB, {max(1, count // 10)} transcripts {tenth_mb} MB "
          f"(ratio {all_mb / tenth_mb:.2f}; flat ≈ 1)  [tenth took {tenth_cpu:.1f} s CPU]")


if __name__ == "__main__":
    main()
