"""Cold start: dojo's app against a bare Textual app, in fresh processes.

Run: python benchmarks/bench_startup.py [--runs N]
Each run starts a new interpreter, imports the app (through `dojo.cli`, as the `dojo` command does) and
mounts its first screen headless at 120×40. "Ready for input" is when a key has been handled: for dojo,
Down has moved the highlight of the scenario list, so the list must be there (the bare app gets the
same key, which it ignores). Then, for dojo, until every scenario file has been read and checked and
the list shows what they hold (the app reads them after the first paint). Wall and CPU time, CPU
counting every thread of the process (the background read included, as far as it got); the ratio is
dojo's median over the bare app's median, measured side by side in the same run.

Both apps start from compiled bytecode, as an installed package does (pip compiles every module when it
installs one): the benchmark compiles dojo's sources first, since an editable install or a shell with
PYTHONDONTWRITEBYTECODE set would otherwise compile them from source on every start, a cost Textual's
installed modules never pay.

The data dir is shared by the runs, as a user's is by their starts: it holds saved settings (a name,
the dark theme), and the first (warm-up) start writes the card cache the others paint from. `--cold`
gives each run a new data dir with the same settings and no cache.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Shared by both apps: a key sent the way a terminal sends one, and waits that never wait for the
#: process to go idle (Pilot's `pause` and `press` do, up to a second, which would hand that second to
#: dojo's background read and count it as start-up).
HELPERS = """
import asyncio, time
from textual import events

async def until(condition):
    while not condition():
        await asyncio.sleep(0.001)

async def painted(app):
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()

async def key_handled(app, key, handled):
    app._driver.send_message(events.Key(key, None))
    await until(handled)
    await painted(app)
"""

BARE = HELPERS + """
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("hello")
        yield Footer()

    def on_key(self, event):
        self.query_one(Label).update(event.key)  # the bare app's answer to a key: it shows it

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)):
        label = app.query_one(Label)
        await painted(app)
        await key_handled(app, "down", lambda: str(label.content) == "down")
        print("ready", time.process_time(), time.thread_time(), flush=True)

asyncio.run(main())
"""

DOJO = HELPERS + """
import dojo.cli  # what `dojo` imports before it opens the app
from dojo.tui.app import open_app
from dojo.tui.widgets.scenario_list import ScenarioList

async def main():
    app = open_app()  # as `dojo` opens it (name and theme from the saved settings), headless instead of in a terminal
    async with app.run_test(size=(120, 40)):
        await until(lambda: app.screen.id == "picker" and app.screen.query(ScenarioList)
                    and app.screen.query_one(ScenarioList).option_count >= 2)  # a list to move in
        listing = app.screen.query_one(ScenarioList)
        await painted(app)
        first = listing.highlighted
        await key_handled(app, "down", lambda: listing.highlighted != first)
        print("ready", time.process_time(), time.thread_time(), flush=True)
        await app.library_ready.wait()  # every file read and checked, the list up to date
        await painted(app)
        print("filled", time.process_time(), flush=True)

asyncio.run(main())
"""


def time_once(code: str, env: dict) -> tuple[float, float, float, float, float]:
    """Seconds from spawning the process to its first screen being up (it prints `ready`), wall and the
    child's own CPU time up to that point (what the neighbours on a busy machine cannot inflate); then
    the same to the scenario list being filled (dojo reads its library after the first paint); last, the
main thread's own CPU time to `ready` (without what dojo's background read did meanwhile)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    filled = child.stdout.readline()  # dojo only: the scenario list is filled in
    filled_elapsed = time.perf_counter() - start
    child.wait()
    word, cpu, main_cpu = (line.split() + ["", "", ""])[:3]
    if word != "ready" or child.returncode != 0:
        raise SystemExit(f"the app did not start (exit {child.returncode})")
    if filled.startswith("filled "):
        return elapsed, float(cpu), filled_elapsed, float(filled.partition(" ")[2]), float(main_cpu)
    return elapsed, float(cpu), elapsed, float(cpu), float(main_cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="a new data dir each run: no card cache")
    options = parser.parse_args()
    runs = options.runs
    compileall.compile_dir(ROOT / "src" / "dojo", quiet=1)  # what `pip install` does for an installed package
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "DOJO_HOME": home}
        homes = [home] + [f"{home}/cold{run}" for run in range(runs)]
        for folder in homes:  # a returning user's settings: no name prompt, the dark theme
            Path(folder).mkdir(exist_ok=True)
            Path(folder, "settings.toml").write_text('player = "Bench"\ndark = true\nname_asked = true\n')
        time_once(BARE, env)  # warm the OS file cache for both
        time_once(DOJO, env)
        bare, dojo = [], []
        for run in range(runs):  # interleaved, so machine load hits both alike
            bare.append(time_once(BARE, env))
            dojo.append(time_once(DOJO, {**env, "DOJO_HOME": homes[run + 1]} if options.cold else env))
    print(f"runs                 {runs} each, interleaved; medians, process start to a key handled"
          f"{' (no card cache)' if options.cold else ''}")
    for index, kind in ((0, "ready, wall       "), (1, "ready, CPU        "), (4, "ready, main thread"),
                        (2, "files read, wall  "), (3, "files read, CPU   ")):
        bare_ms = statistics.median(run[index if index == 4 else index % 2] for run in bare) * 1000
        dojo_ms = statistics.median(run[index] for run in dojo) * 1000
        print(f"{kind}  bare Textual app {bare_ms:7.0f} ms   dojo {dojo_ms:7.0f} ms   "
              f"ratio {dojo_ms / bare_ms:5.2f}× the bare app")


if __name__ == "__main__":
    main()
