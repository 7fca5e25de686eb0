"""Cold start: dojo's app against a bare Textual app, in fresh processes.

Run: python benchmarks/bench_startup.py [--runs N]
Each run starts a new interpreter, imports the app and mounts its first screen
headless at 120×40, timed until the screen is up; the ratio is dojo's median over the bare app's
median, measured side by side in the same run.
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
        print("ready", flush=True)

import asyncio
asyncio.run(main())
"""

DOJO = """
from dojo.tui.app import DojoApp

async def main():
    async with DojoApp(player="Bench", seed=1).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print("ready", flush=True)

import asyncio
asyncio.run(main())
"""


def time_once(code: str, env: dict) -> float:
    """Seconds from spawning the process to its first screen being up (it prints `ready`)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    if line.strip() != "ready" or child.returncode != 0:
        raise SystemExit(f"the app did not start (exit {child.returncode})")
    return elapsed


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
    bare_ms, dojo_ms = statistics.median(bare) * 1000, statistics.median(dojo) * 1000
    print(f"runs                 {runs} each, interleaved")
    print(f"bare Textual app     {bare_ms:7.0f} ms (median, process start to first screen)")
    print(f"dojo                 {dojo_ms:7.0f} ms")
    print(f"ratio                {dojo_ms / bare_ms:7.2f}× the bare app")


if __name__ == "__main__":
    main()
