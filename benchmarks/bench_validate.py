"""`dojo validate` over a folder of 1,000 scenario files, against parsing the same files as bare TOML.

Run: python benchmarks/bench_validate.py [--files 1000] [--jobs N]

The files are copies of the test persona (tests/data/scenarios/mini.toml: two states, two
endings, two pinned tests) with distinct ids. Both sides run as fresh processes in the
same run: the baseline is `python -c` reading and `tomllib`-parsing every file. Times are CPU
seconds (user + system, the command and its worker processes) and wall seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = (ROOT / "tests" / "data" / "scenarios" / "mini.toml").read_text(encoding="utf-8")
BASELINE = ("import sys, tomllib, pathlib\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')): tomllib.loads(p.read_text())")


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """(CPU seconds, wall seconds) the command used; CPU (user + system) holds steady on a busy shared
    machine, unlike wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed ({result.returncode}): {result.stdout[-500:]}"
                         f"{result.stderr[-500:]}")
    return elapsed, wall


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to `dojo validate --jobs` (default: its own)")
    args = parser.parse_args(argv)
    count = args.files
    with tempfile.TemporaryDirectory() as folder:
        for number in range(count):
            text = MINI.replace('id = "mini"', f'id = "mini-{number:04d}"')
            Path(folder, f"mini-{number:04d}.toml").write_text(text, encoding="utf-8")
        env = {**os.environ, "DOJO_HOME": str(Path(folder) / "home")}
        jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
        dojo = [sys.executable, "-m", "dojo", "validate", *jobs, folder]
        baseline = [sys.executable, "-c", BASELINE, folder]
        timed(baseline, env)  # warm the file cache
        base_s, base_wall = min(timed(baseline, env) for _ in range(3))
        dojo_s, dojo_wall = timed(dojo, env)
    print(f"tomllib parse of {count} files (baseline)  {base_s:6.2f} s CPU  {base_wall:6.2f} s wall")
    print(f"dojo validate of {count} files             {dojo_s:6.2f} s CPU  {dojo_wall:6.2f} s wall  "
          f"({dojo_s / base_s:.1f}× the baseline in CPU; target ≤ 3 s)")


if __name__ == "__main__":
    main()
