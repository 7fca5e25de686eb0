"""What each group screen looks like at 80×24 and 120×40, with a fixed seed and four players.

Update after an intended change with `pytest tests/tui/test_group_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import DISCOVER, JUMP, TRADE

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
FOUR = ["Ana", "Ben", "Cy", "Dee"]


def group_app(make_app, mode: str, scenario: str | None = "quayside"):
    app = make_app(player=None)
    app.group_plan = (scenario, FOUR if scenario else None, mode)
    return app


async def send(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def full_round(pilot) -> None:
    for text in (JUMP, TRADE, DISCOVER, JUMP):
        await send(pilot, text)
    # The "draft is in" toasts last three seconds of wall time: whether one is still showing
    # depends on how busy the machine is, not on the screen under test.
    pilot.app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_group_setup(snap_compare, make_app, size):
    assert snap_compare(group_app(make_app, "round", scenario=None), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_group_relay_after_two_turns(snap_compare, make_app, size):
    async def play(pilot) -> None:
        await send(pilot, TRADE)
        await send(pilot, DISCOVER)

    assert snap_compare(group_app(make_app, "relay"), terminal_size=size, run_before=play)


@pytest.mark.parametrize("size", SIZES)
def test_group_round_drafting(snap_compare, make_app, size):
    async def play(pilot) -> None:
        await send(pilot, TRADE)
        await pilot.press(*"a secret draft")

    assert snap_compare(group_app(make_app, "round"), terminal_size=size, run_before=play)


@pytest.mark.parametrize("size", SIZES)
def test_group_reveal(snap_compare, make_app, size):
    assert snap_compare(group_app(make_app, "round"), terminal_size=size, run_before=full_round)


@pytest.mark.parametrize("size", SIZES)
def test_group_note_dialog(snap_compare, make_app, size):
    async def play(pilot) -> None:
        await send(pilot, TRADE)
        await pilot.press("ctrl+n", *"Lovely trade")

    assert snap_compare(group_app(make_app, "relay"), terminal_size=size, run_before=play)


@pytest.mark.parametrize("size", SIZES)
def test_group_override_dialog(snap_compare, make_app, size):
    async def play(pilot) -> None:
        await send(pilot, TRADE)
        await pilot.press("ctrl+o")

    assert snap_compare(group_app(make_app, "relay"), terminal_size=size, run_before=play)


@pytest.mark.parametrize("size", SIZES)
def test_group_debrief(snap_compare, make_app, size):
    async def play(pilot) -> None:
        await full_round(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n", *"Ben's trade set the tone", "enter")
        await full_round(pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()

    assert snap_compare(group_app(make_app, "round"), terminal_size=size, run_before=play)
