"""The app under a long session: reply-to-rendered latency, append cost as the log grows, peak memory.

Run: python benchmarks/bench_app_session.py [--turns 200] [--long 1000]

Headless (Textual's Pilot, 120×40). A looping test persona answers every reply with
its fallback, so sessions run to their 100-turn limit and are restarted.

- latency: from `send(reply)` until the prospect's answer is mounted and the screen
  has refreshed, p50 and p99 over `--turns` replies; the baseline is one refresh of
  the same screen with nothing new to show (measured in the same run).
- growth: the same latency for messages 1-10 against messages 990-1000 of the chat
  log (`--long` turns, the log kept across sessions: each new session appends to the same screen).
- memory: peak RSS of the process after `--long` turns.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = (ROOT / "tests" / "data" / "scenarios" / "mini.toml").read_text(encoding="utf-8")
LOOPING = SCENARIO.replace("max_turns = 4", "max_turns = 100").replace('id = "mini"', 'id = "loop"')
REPLIES = ["How is your week going?", "Tell me about your team.", "What does a good quarter look like for you?",
           "Hello again, Pat."]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def measure(turns: int, long: int) -> dict:
    from dojo.engine import Session
    from dojo.tui.app import DojoApp
    from dojo.tui.widgets.chat import Bubble

    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "scenarios"
        library.mkdir()
        (library / "loop.toml").write_text(LOOPING, encoding="utf-8")
        app = DojoApp(player="Bench", seed=1, library_dirs=[library], data_dir=Path(folder) / "data", blink=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            idle = []
            for _ in range(20):
                start = time.perf_counter()
                app.screen.refresh()
                await pilot.pause()
                idle.append(time.perf_counter() - start)
            latencies: list[float] = []
            for number in range(max(turns, long)):
                screen = app.screen
                if screen.session.finished:
                    # A fresh 100-turn session, keeping the chat log so it grows to `long` turns.
                    screen.session = Session(screen.scenario, seed=1, player="Bench")
                    screen.recorder = app.record(screen.session)
                before = len(screen.query(Bubble))
                start = time.perf_counter()
                screen.send(REPLIES[number % len(REPLIES)])
                while len(screen.query(Bubble)) < before + 2:
                    await pilot.pause()
                latencies.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"idle": statistics.median(idle), "latencies": latencies, "peak_mb": peak_kb / 1024}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--long", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ.setdefault("DOJO_HOME", tempfile.mkdtemp())
    result = asyncio.run(measure(args.turns, args.long))
    first = result["latencies"][:args.turns]
    early, late = result["latencies"][:10], result["latencies"][-10:]
    idle_ms = result["idle"] * 1000
    p50, p99 = percentile(first, 0.5) * 1000, percentile(first, 0.99) * 1000
    print(f"idle refresh (baseline)      {idle_ms:7.1f} ms")
    print(f"reply → rendered p50         {p50:7.1f} ms  ({p50 / idle_ms:.1f}× an idle refresh)  over {len(first)} turns")
    print(f"reply → rendered p99         {p99:7.1f} ms  (target ≤ 50 ms)")
    ratio = statistics.median(late) / statistics.median(early)
    print(f"turns {len(result['latencies']) - 9}-{len(result['latencies'])} vs 1-10   "
          f"{statistics.median(late) * 1000:7.1f} ms vs {statistics.median(early) * 1000:.1f} ms  "
          f"ratio {ratio:.2f} (target ≈ 1)")
    print(f"peak RSS after {len(result['latencies'])} turns  {result['peak_mb']:7.1f} MB (target ≤ 150 MB)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
