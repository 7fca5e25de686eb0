"""What each screen looks like at 80×24 (the minimum) and 120×40 (a projector), with a fixed seed.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import DISCOVER, JUMP, TRADE, say

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


async def three_turns(pilot) -> None:
    await pilot.press("enter")
    for reply in (TRADE, JUMP, DISCOVER):
        await say(pilot, reply)


@pytest.mark.parametrize("size", SIZES)
def test_picker(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_player_name_prompt(snap_compare, make_app, size):
    assert snap_compare(make_app(player=None), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_conversation_after_three_turns(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=three_turns)


@pytest.mark.parametrize("size", SIZES)
def test_debrief(snap_compare, make_app, size):
    async def end(pilot) -> None:
        await three_turns(pilot)
        await pilot.press("ctrl+g")

    assert snap_compare(make_app(), terminal_size=size, run_before=end)
