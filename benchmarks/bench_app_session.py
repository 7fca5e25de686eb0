"""The app under a long session: reply-to-rendered latency, append cost as the log grows, peak memory.

Run: python benchmarks/bench_app_session.py [--turns 200] [--long 1000] [--back-to-back]

Headless (Textual's Pilot, 120×40). A looping test persona answers every reply with
its fallback, so sessions run to their 100-turn limit and are restarted.

- latency: from `send(reply)` until the first frame showing the prospect's answer is written
  (wall and CPU time), p50 and p99 over `--turns` replies, endings included. Each frame is turned
  into the terminal's escape codes, as a real terminal would receive it (headless, Textual skips
  that step). Also reported: until the app is idle again ("settled": what follows the answer, such
  as the footer changing when a session ends, saving the turn and the collector's passes, which the
  app runs once the answer is painted). The next reply is sent after that, as a rep's would be
  (`--back-to-back` sends it before, timing that work with the next reply). The baseline is one
  refresh of the same screen with nothing new to show (measured in the same run).
- growth: the same latency for messages 1-10 against messages 990-1000 of the chat
  log (`--long` turns, the log kept across sessions: each new session appends to the same screen).
- memory: peak RSS of the process after `--long` turns, and where it was reached: the resident
  and peak sizes before the conversation opens, once it has opened (the coach's lexicon built),
  after the first turn and after the last (Linux only: read from /proc/self/status).
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


class FrameClock:
    """Stamps each frame the app writes, after turning it into escape codes as a terminal would get
    them, and notes whether the chat log was painted in it."""

    def __init__(self, app, chat) -> None:
        from textual._compositor import CompositorUpdate

        self.frames: list[tuple[float, float, bool]] = []
        self._chat_painted = False
        display, render_lines = app._display, chat.render_lines

        def painting_chat(crop):
            self._chat_painted = True
            return render_lines(crop)

        def writing(screen, update) -> None:
            display(screen, update)
            if update is None or app._batch_count:
                return
            if isinstance(update, CompositorUpdate):
                update.render_segments(app.console)
            self.frames.append((time.perf_counter(), time.process_time(), self._chat_painted))
            self._chat_painted = False

        chat.render_lines = painting_chat
        app._display = writing

    def first_chat_frame(self) -> tuple[float, float]:
        return next((wall, cpu) for wall, cpu, chat in self.frames if chat)


def memory_now() -> tuple[float, float] | None:
    """(resident MB, peak resident MB so far) of this process, or None where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            sizes = dict(line.split(":", 1) for line in status if line.startswith(("VmRSS", "VmHWM")))
    except OSError:
        return None
    return int(sizes["VmRSS"].split()[0]) / 1024, int(sizes["VmHWM"].split()[0]) / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def measure(turns: int, long: int, back_to_back: bool = False) -> dict:
    from dojo.engine import Session
    from dojo.tui.app import DojoApp
    from dojo.tui.widgets.chat import ChatLog

    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "scenarios"
        library.mkdir()
        (library / "loop.toml").write_text(LOOPING, encoding="utf-8")
        app = DojoApp(player="Bench", seed=1, library_dirs=[library], data_dir=Path(folder) / "data", blink=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.library_ready.wait()
            memory = {"before the conversation": memory_now()}
            await pilot.press("enter")
            await pilot.pause()
            memory["once it opened"] = memory_now()
            # Every figure comes as wall time and as CPU time (all threads of this process), which a
            # busy machine inflates far less.
            idle: list[float] = []
            idle_cpu: list[float] = []
            chat = app.screen.query_one(ChatLog)
            clock = FrameClock(app, chat)
            for _ in range(20):
                start, start_cpu = time.perf_counter(), time.process_time()
                app.screen.refresh()
                await pilot.pause()
                idle.append(time.perf_counter() - start)
                idle_cpu.append(time.process_time() - start_cpu)
            latencies: list[float] = []
            cpu: list[float] = []
            settled: list[float] = []
            settled_cpu: list[float] = []
            for number in range(max(turns, long)):
                screen = app.screen
                if screen.session.finished:
                    # A fresh 100-turn session, keeping the chat log so it grows to `long` turns.
                    screen.session = Session(screen.scenario, seed=1, player="Bench")
                    screen.recorder = app.record(screen.session)
                before = chat.message_count
                clock.frames.clear()
                start, start_cpu = time.perf_counter(), time.process_time()
                screen.send(REPLIES[number % len(REPLIES)])
                await pilot.pause()  # the reply and the prospect's answer are in the log and painted
                if not back_to_back:
                    # What the app does once the answer is painted (`call_after_refresh`: saving the turn,
                    # the collector's passes) runs when the loop next turns over, which the pause above
                    # leaves for the next await: without this it would run inside the next reply's time.
                    await pilot.pause()
                settled.append(time.perf_counter() - start)
                settled_cpu.append(time.process_time() - start_cpu)
                assert chat.message_count >= before + 2
                if number in (0, max(turns, long) - 1):
                    memory[f"after turn {number + 1}"] = memory_now()
                painted, painted_cpu = clock.first_chat_frame()
                latencies.append(painted - start)
                cpu.append(painted_cpu - start_cpu)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"idle": statistics.median(idle), "idle_cpu": statistics.median(idle_cpu), "latencies": latencies,
            "cpu": cpu, "settled": settled, "settled_cpu": settled_cpu, "peak_mb": peak_kb / 1024,
            "memory": memory}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--long", type=int, default=1000)
    parser.add_argument("--back-to-back", action="store_true",
                        help="send each reply before the last answer's after-paint work has run (how this "
                             "benchmark ran before 2 December, session 6: that work was timed with the next reply)")
    args = parser.parse_args(argv)
    os.environ.setdefault("DOJO_HOME", tempfile.mkdtemp())
    result = asyncio.run(measure(args.turns, args.long, args.back_to_back))
    for kind, idle in (("latencies", "idle"), ("cpu", "idle_cpu")):
        values, idle_ms = result[kind], result[idle] * 1000
        first = values[:args.turns]
        early, late = values[:10], values[-10:]
        label = "wall" if kind == "latencies" else "CPU "
        print(f"{label} idle refresh (baseline) {idle_ms:7.1f} ms")
        p50, p99 = percentile(first, 0.5) * 1000, percentile(first, 0.99) * 1000
        print(f"{label} reply → rendered p50    {p50:7.1f} ms  ({p50 / idle_ms:.1f}× an idle refresh)  "
              f"over {len(first)} turns")
        print(f"{label} reply → rendered p99    {p99:7.1f} ms  (target ≤ 50 ms)")
        calm = result["settled" if kind == "latencies" else "settled_cpu"][:args.turns]
        print(f"{label} reply → settled  p50    {percentile(calm, 0.5) * 1000:7.1f} ms, "
              f"p99 {percentile(calm, 0.99) * 1000:.1f} ms")
        ratio = statistics.median(late) / statistics.median(early)
        print(f"{label} turns {len(values) - 9}-{len(values)} vs 1-10   "
              f"{statistics.median(late) * 1000:7.1f} ms vs {statistics.median(early) * 1000:.1f} ms  "
              f"ratio {ratio:.2f} (target ≈ 1)")
    print(f"peak RSS after {len(result['latencies'])} turns  {result['peak_mb']:7.1f} MB (target ≤ 150 MB)")
    for moment, sizes in result["memory"].items():
        if sizes is not None:
            print(f"  RSS {moment:<24} {sizes[0]:7.1f} MB (peak so far {sizes[1]:.1f} MB)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
