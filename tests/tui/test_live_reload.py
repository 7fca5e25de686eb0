"""Live reload in the app: a trainer saves the scenario being played and sees the change at once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dojo.transcript import list_transcripts, load_transcript
from dojo.tui.screens.conversation import ConversationScreen
from dojo.tui.screens.picker import PickerScreen
from dojo.tui.widgets.chat import ChatLog
from dojo.tui.widgets.scenario_list import ScenarioList
from tests.tui.conftest import DISCOVER, SCENARIOS, TRADE, dialogue, say

OLD_LINE = "Fair question. We pick a tracking platform before the March renewal."
NEW_LINE = "Good question. We choose a tracking platform before March, and it is close."


@pytest.fixture
def library(tmp_path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    for name in ("quayside.toml", "lantern.toml"):
        shutil.copy(SCENARIOS / name, folder / name)
    return folder


def save(path: Path, text: str) -> None:
    """Write as an editor would; the new modification time is set so the change never hides in a clock tick."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def said(app) -> list[str]:
    return [message.text for message in dialogue(app)]


def notices(app) -> list[str]:
    return [str(m.body()) for m in app.screen.query_one(ChatLog).messages if m.kind == "notice"]


async def test_saving_the_played_file_replays_the_replies_on_the_new_version(make_app, dojo_home, library):
    path = library / "quayside.toml"
    original = path.read_text(encoding="utf-8")
    app = make_app(library_dirs=[library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await say(pilot, TRADE)
        assert OLD_LINE in said(app)
        recorded = screen.recorder.path

        save(path, original.replace(OLD_LINE, NEW_LINE))
        screen.live_reload.poll()
        await pilot.pause()
        assert NEW_LINE in said(app) and OLD_LINE not in said(app)
        assert TRADE in said(app)  # fast-forwarded: the reply is still there, answered by the new line
        assert screen.session.turn == 1 and screen.session.state == "discovery"
        assert any("Reloaded quayside.toml: replayed 1 of 1 reply" in text for text in notices(app))

        # Broken: the session goes on with the last good version, and the notice says where.
        broken = original.replace(OLD_LINE, NEW_LINE).replace('goto = "discovery"', 'goto = "discovry"', 1)
        save(path, broken)
        screen.live_reload.poll()
        await pilot.pause()
        error = next(text for text in notices(app) if "Not reloaded" in text)
        line = broken.splitlines().index('goto = "discovry"') + 1
        assert f"\nquayside.toml:{line}:" in error and "unknown state 'discovry'" in error and "[D101]" in error
        await say(pilot, DISCOVER)
        assert screen.session.turn == 2
        assert "Honestly? Missed pickups cost us two accounts last year." in said(app)

        # Fixed: reloaded again, both replies replayed.
        save(path, original.replace(OLD_LINE, NEW_LINE).replace("Honestly?", "Truthfully?"))
        screen.live_reload.poll()
        await pilot.pause()
        assert "Truthfully? Missed pickups cost us two accounts last year." in said(app)
        assert screen.session.turn == 2
        assert any("replayed 2 of 2 replies" in text for text in notices(app))

    # The practice run before the first reload is kept, unfinished, so it never counts as an attempt.
    transcript = load_transcript(recorded)
    assert transcript.ended is None and len(transcript.film().turns) == 1
    assert list_transcripts(dojo_home) == [recorded]


async def test_an_edit_that_ends_the_conversation_sooner_shows_the_ending(make_app, dojo_home, library):
    path = library / "quayside.toml"
    original = path.read_text(encoding="utf-8")
    app = make_app(library_dirs=[library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        await say(pilot, TRADE)
        await say(pilot, DISCOVER)
        # The first rule of the errand state now ends the call.
        save(path, original.replace('goto = "discovery"\ntags = ["open"]\n', 'ending = "booked"\ntags = ["open"]\n', 1))
        screen.live_reload.poll()
        await pilot.pause()
        assert screen.session.finished and screen.session.turn == 1
        assert any("replayed 1 of 2 replies" in text and "before the last 1" in text for text in notices(app))
        assert screen.query_one("#ended-bar").display


async def test_the_picker_lists_a_scenario_file_added_to_the_library(make_app, dojo_home, library):
    app = make_app(library_dirs=[library])
    async with app.run_test(size=(120, 40)) as pilot:
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        listing = picker.query_one(ScenarioList)
        assert "quayside-copy" not in listing.ids
        text = (library / "quayside.toml").read_text(encoding="utf-8")
        save(library / "copy.toml", text.replace('id = "quayside"', 'id = "quayside-copy"')
             .replace('name = "Morgan Hale"', 'name = "Morgan Copy"'))
        picker.library_reload.poll()
        await pilot.pause()
        assert "quayside-copy" in listing.ids

        save(library / "copy.toml", "id = ")  # broken: skipped, with a warning naming the file
        picker.library_reload.poll()
        await pilot.pause()
        assert "quayside-copy" not in listing.ids
        assert any("copy.toml:1" in str(note.message) for note in app._notifications)
