"""What each screen looks like at 80×24 (the minimum) and 120×40 (a projector), with a fixed seed.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import DISCOVER, JUMP, TRADE, say

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


async def three_turns(pilot) -> None:
    await settle(pilot)  # the library loads in a worker; the picker must be filled before enter
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
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=end)


# ---------------------------------------------------------------- saved sessions, at fixed times

@pytest.fixture
def saved_sessions(dojo_home, monkeypatch):
    """Three finished attempts at quayside by Sam, started at fixed times so the history is stable."""
    from datetime import UTC, datetime, timedelta

    from dojo.engine import Session
    from dojo.scenario.load import load_scenario
    from dojo.transcript import recorder
    from tests.tui.conftest import SCENARIOS, SEED

    clock = iter(datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(days=day) for day in range(10))

    class FixedClock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ARG003 - the recorder always asks for UTC
            return next(clock)

    monkeypatch.setattr(recorder, "datetime", FixedClock)
    scenario = load_scenario(SCENARIOS / "quayside.toml")
    paths = []
    for replies in ([TRADE], [TRADE, DISCOVER], [TRADE, JUMP, DISCOVER]):
        saving = recorder.Recorder(Session(scenario, seed=SEED, player="Sam"))
        for reply in replies:
            saving.reply(reply)
        saving.end()
        paths.append(saving.path)
    return paths


async def settle(pilot) -> None:
    """Let the workers (history sync, saving) finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    # A worker's result can resize the tables once more; let that layout (and the scrollbar) settle too.
    await pilot.app.workers.wait_for_complete()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_review(snap_compare, make_app, saved_sessions, size):
    async def to_turn_two(pilot) -> None:
        await pilot.press("right", "right", "right")
        await pilot.pause()

    app = make_app(review=saved_sessions[-1])
    assert snap_compare(app, terminal_size=size, run_before=to_turn_two)


@pytest.mark.parametrize("size", SIZES)
def test_history(snap_compare, make_app, saved_sessions, size):
    async def open_history(pilot) -> None:
        await pilot.press("ctrl+y")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_history)


@pytest.mark.parametrize("size", SIZES)
def test_settings(snap_compare, make_app, monkeypatch, size):
    from pathlib import Path

    import dojo.tui.app

    monkeypatch.setattr(dojo.tui.app, "settings_path", lambda root=None: Path("/srv/dojo/settings.toml"))

    async def open_settings(pilot) -> None:
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=open_settings)


@pytest.mark.parametrize("size", SIZES)
def test_keys_panel(snap_compare, make_app, size):
    async def open_keys(pilot) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pilot.app.action_show_help_panel()
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_keys)


@pytest.mark.parametrize("size", SIZES)
def test_confirm_restart(snap_compare, make_app, size):
    async def ask(pilot) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await say(pilot, TRADE)
        await pilot.press("ctrl+r")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=ask)
