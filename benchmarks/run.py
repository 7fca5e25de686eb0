"""Run dojo's benchmarks, each reporting ratios against a baseline measured in the same run.

Run: python benchmarks/run.py [--only NAME]…   (names: see `--list`)

Benchmarks are run by hand (or in an optional CI job), never as timed unit tests: each
prints its figure, its baseline and the ratio; benchmarks/README.md records the last run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: name → (script and arguments, what it measures)
BENCHMARKS: dict[str, tuple[list[str], str]] = {
    "startup": (["bench_startup.py"], "cold start to the picker, against a bare Textual app"),
    "app": (["bench_app_session.py"], "reply → rendered latency over 200 turns, growth to 1,000, peak RSS"),
    "score": (["bench_score.py"], "`dojo score` over 10,000 20-turn transcripts, memory flat"),
    "validate": (["bench_validate.py"], "`dojo validate` over 1,000 scenario files"),
    "classify": (["bench_classify.py"], "classify per reply against bare regex baselines"),
    "profile": (["profile_classify.py"], "where a reply's microseconds go, stage by stage (no target)"),
    "first-sight": (["bench_first_sight.py"], "a reply heard at first sight and again, peak RSS (compare two trees run alternately)"),
    "scaling": (["bench_classify_scaling.py"], "worst-case classify time as the reply doubles"),
    "coach-memory": (["bench_coach_memory.py"], "the coach's memory as every reply is new"),
    "engine": (["bench_engine.py"], "a scored reply against classification alone"),
    "fuzz": (["fuzz_scenarios.py", "--cases", "1000"], "scenario fuzzer: slowest case, failures"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (_, what) in BENCHMARKS.items():
            print(f"{name:<10} {what}")
        return 0
    failed = []
    for name in args.only or list(BENCHMARKS):
        command, what = BENCHMARKS[name]
        print(f"== {name}: {what}\n$ python benchmarks/{' '.join(command)}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / command[0]), *command[1:]])
        print(f"({time.perf_counter() - started:.0f} s{'' if code == 0 else f', exit {code}'})\n", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
