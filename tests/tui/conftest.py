"""Fixtures for the TUI tests: a scenario folder these tests own, a fixed seed, a named player."""

from __future__ import annotations

from pathlib import Path

import pytest

SCENARIOS = Path(__file__).parents[1] / "data" / "tui" / "scenarios"
SEED = 7

#: Three replies against `quayside` that the coach scores in three different ways.
#: Thanks for their time earns the Rapport here: "Hi Morgan," opening a give is manners, not connection.
TRADE = ("Hi Morgan, thanks for making the time. Happy to send the brochure. "
         "What will you decide once you've read it, and by when?")
JUMP = "Imagine never missing a pickup again."
DISCOVER = "Tell me about the tracking side: what's the biggest challenge right now?"
#: After TRADE and DISCOVER, this books the meeting (a win).
BOOK = "Customers like yours cut missed pickups by a third. Can we put Thursday at 10am in the diary?"


@pytest.fixture
def make_app(dojo_home):
    """A DojoApp on the fixture library with a fixed seed and no cursor blink."""
    from dojo.tui.app import DojoApp

    def make(player: str | None = "Sam", **kwargs) -> DojoApp:
        kwargs.setdefault("seed", SEED)
        kwargs.setdefault("library_dirs", [SCENARIOS])
        kwargs.setdefault("blink", False)
        # Screens under test start from a read library; test_startup.py covers the loading state.
        kwargs.setdefault("library_in_background", False)
        # Every start opens its screen at once; test_startup.py covers a start that waits for the coach.
        kwargs.setdefault("coach_in_background", False)
        return DojoApp(player=player, **kwargs)

    return make


def dialogue(app) -> list:
    """The current screen's chat log as its lines of dialogue (`ChatMessage`s; not the dojo's notices), oldest first."""
    from dojo.tui.widgets.chat import ChatLog

    return [message for message in app.screen.query_one(ChatLog).messages if message.kind != "notice"]


async def say(pilot, text: str, keys: bool = False) -> None:
    """Put a reply in the reply box (key by key when `keys`) and send it with Enter."""
    from dojo.tui.widgets.reply import ReplyBox

    if keys:
        await pilot.press(*text)
    else:
        pilot.app.screen.query_one(ReplyBox).insert(text)
    await pilot.press("enter")
    await pilot.pause()
