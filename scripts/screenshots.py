#!/usr/bin/env python3
"""Regenerate the SVG screenshots in screenshots/ from a scripted session.

    python scripts/screenshots.py            # writes screenshots/*.svg at 120x40
    python scripts/screenshots.py --out DIR --size 80x24

Everything runs headless against the shipped scenarios with a fixed seed and a
throwaway data dir, so the user's own settings and transcripts are never read
or touched, and two runs show the same conversation.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = "errand-sender"
SEED = 7
PLAYER = "Sam Rivera"

#: A first try that runs the errand and then chases: it loses, so the debrief has an attempt to beat.
WEAK = [
    "Sure, I'll email you an overview and a price list this afternoon.",
    "Just checking in, did you get a chance to look at what I sent?",
]
#: The second try: a trade, a jump the coach catches, then the pathway in order and a date in the diary.
STRONG = [
    "Hi Mags, thanks for taking the call. Happy to send an overview. What will you decide once you've read it, "
    "and by when?",
    "Imagine every shift covered before 6am.",
    "Sorry, I jumped ahead. What's getting in the way of finding cover at 5:30am?",
    "To be honest, we won't fix everything, but customers like yours cut overtime by a third in six months. "
    "Who else would be involved in a decision like this?",
    "Picture the March tender going in with a year of coverage data in hand. What would it mean for you?",
    "Every month you wait costs overtime, and the tender is in March. Could we put Thursday at 10am in the "
    "diary with you and Raymond?",
]

Script = Callable[[object], Awaitable[None]]


def make_app(player: str | None = PLAYER):
    from dojo.tui.app import DojoApp

    return DojoApp(player=player, seed=SEED, library_dirs=[ROOT / "scenarios"], blink=False)


async def say(pilot, text: str) -> None:
    from dojo.tui.widgets.reply import ReplyBox

    pilot.app.screen.query_one(ReplyBox).insert(text)
    await pilot.press("enter")
    await pilot.pause()


async def open_scenario(pilot) -> None:
    await pilot.press(*SCENARIO.replace("-", " "), "enter")
    await pilot.pause()


async def run(script: Script, size: tuple[int, int], out: Path | None = None, player: str | None = PLAYER) -> None:
    """Run one app through `script`; save what the screen shows to `out` (if given)."""
    app = make_app(player)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await script(pilot)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        if out is not None:
            out.write_text(app.export_screenshot(title="dojo"), encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


async def shots(out: Path, size: tuple[int, int]) -> None:
    async def nothing(pilot) -> None:
        pass

    async def weak_attempt(pilot) -> None:
        await open_scenario(pilot)
        for reply in WEAK:
            await say(pilot, reply)
        await pilot.press("ctrl+g")

    async def three_turns_and_a_hint(pilot) -> None:
        await open_scenario(pilot)
        for reply in STRONG[:3]:
            await say(pilot, reply)
        await pilot.press("ctrl+t")

    async def to_debrief(pilot) -> None:
        await open_scenario(pilot)
        for reply in STRONG:
            await say(pilot, reply)
        await pilot.press("enter")  # the "See debrief" button has focus once the prospect decides

    async def review(pilot) -> None:
        await to_debrief(pilot)
        await pilot.press("t", "right", "right")

    async def settings(pilot) -> None:
        await pilot.press("ctrl+s")

    async def history(pilot) -> None:
        await pilot.press("ctrl+y")

    async def palette(pilot) -> None:
        await pilot.press("ctrl+p", *"mags")
        await pilot.pause(0.3)  # the palette searches in the background

    async def light(pilot) -> None:
        await pilot.press("ctrl+l")  # saved in the throwaway data dir: keep this shot last
        await three_turns_and_a_hint(pilot)

    await run(nothing, size, out / "welcome.svg", player=None)
    await run(weak_attempt, size)  # played, not shown: the picker and debrief then have history
    await run(nothing, size, out / "picker.svg")
    await run(three_turns_and_a_hint, size, out / "conversation.svg")
    await run(to_debrief, size, out / "debrief.svg")
    await run(review, size, out / "review.svg")
    await run(history, size, out / "history.svg")
    await run(settings, size, out / "settings.svg")
    await run(palette, size, out / "palette.svg")
    await run(light, size, out / "conversation-light.svg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots", help="folder for the SVGs")
    parser.add_argument("--size", default="120x40", help="terminal size as COLSxROWS (default 120x40)")
    args = parser.parse_args(argv)
    try:
        cols, rows = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        parser.error("--size must look like 120x40")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dojo-screenshots-") as home:
        os.environ["DOJO_HOME"] = home  # never the user's own data
        asyncio.run(shots(args.out.resolve(), (cols, rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
