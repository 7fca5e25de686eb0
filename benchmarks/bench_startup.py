"""Cold start: dojo's app against a bare Textual app, in fresh processes.

Run: python benchmarks/bench_startup.py [--runs N]
Each run starts a new interpreter, imports the app (through `dojo.cli`, as the `dojo` command does) and
mounts its first screen headless at 120×40, timed until the screen is up (ready for input) and, for
dojo, until the scenario list is filled (the library is read after the first paint). Wall and CPU
time; the ratio is dojo's median over the bare app's median, measured side by side in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("hello")
        yield Footer()

async def main():
    async with Bare().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print("ready", time.process_time(), flush=True)

import asyncio
asyncio.run(main())
"""

DOJO = """
import time
import dojo.cli  # what `dojo` imports before it opens the app
from dojo.tui.app import DojoApp

async def main():
    app = DojoApp(player="Bench", seed=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print("ready", time.process_time(), flush=True)
        ready = getattr(app, "library_ready", None)  # None: a dojo that reads the library before painting
        if ready is not None:
            await ready.wait()  # the list filled in: what a user waits for to pick
            await pilot.pause()
        print("filled", time.process_time(), flush=True)

import asyncio
asyncio.run(main())
"""


def time_once(code: str, env: dict) -> tuple[float, float, float, float]:
    """Seconds from spawning the process to its first screen being up (it prints `ready`), wall and the
    child's own CPU time up to that point (what the neighbours on a busy machine cannot inflate); then
    the same to the scenario list being filled (dojo reads its library after the first paint)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    filled = child.stdout.readline()  # dojo only: the scenario list is filled in
    filled_elapsed = time.perf_counter() - start
    child.wait()
    word, _, cpu = line.partition(" ")
    if word != "ready" or child.returncode != 0:
        raise SystemExit(f"the app did not start (exit {child.returncode})")
    if filled.startswith("filled "):
        return elapsed, float(cpu), filled_elapsed, float(filled.partition(" ")[2])
    return elapsed, float(cpu), elapsed, float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "DOJO_HOME": home}
        time_once(BARE, env)  # warm the OS file cache for both
        time_once(DOJO, env)
        bare, dojo = [], []
        for _ in range(runs):  # interleaved, so machine load hits both alike
            bare.append(time_once(BARE, env))
            dojo.append(time_once(DOJO, env))
    print(f"runs                 {runs} each, interleaved; medians, process start to first screen")
    for index, kind in ((0, "first screen, wall"), (1, "first screen, CPU "), (2, "list filled, wall "),
                        (3, "list filled, CPU  ")):
        bare_ms = statistics.median(run[index % 2] for run in bare) * 1000
        dojo_ms = statistics.median(run[index] for run in dojo) * 1000
        print(f"{kind}  bare Textual app {bare_ms:7.0f} ms   dojo {dojo_ms:7.0f} ms   "
              f"ratio {dojo_ms / bare_ms:5.2f}× the bare app")


if __name__ == "__main__":
    main()
