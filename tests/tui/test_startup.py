"""Start-up: the picker paints before the library is read, says so, and fills in once it is."""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual.widgets import Input, Static

from dojo.scenario import library as library_module
from dojo.tui.widgets.scenario_list import ScenarioList
from dojo.tui.widgets.start_button import StartButton


@pytest.fixture
def held_library(monkeypatch):
    """Reading the library waits until the test lets it go, so the loading state can be looked at."""
    release = threading.Event()
    read = library_module.load_library

    def slow_read(dirs=None):
        release.wait(timeout=30)
        return read(dirs)

    monkeypatch.setattr(library_module, "load_library", slow_read)
    return release


async def test_picker_is_usable_while_the_library_loads_then_fills(make_app, held_library):
    app = make_app(library_in_background=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.id == "picker"
        assert "Loading scenarios" in str(screen.query_one("#no-match", Static).content)
        assert screen.query_one(ScenarioList).option_count == 0
        assert screen.query_one("#start", StartButton).disabled
        await pilot.press("enter")  # nothing to start yet: no error, still on the picker
        assert app.screen is screen
        await pilot.press(*"quay")  # the filter takes keys at once
        assert screen.query_one("#filter", Input).value == "quay"

        held_library.set()
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        listing = screen.query_one(ScenarioList)
        assert listing.option_count == 1  # the typed filter applies to the list as it arrives
        assert not screen.query_one("#no-match", Static).display
        assert not screen.query_one("#start", StartButton).disabled
        await pilot.press("enter")
        assert type(app.screen).__name__ == "ConversationScreen"


async def test_a_library_that_cannot_be_read_leaves_an_empty_picker_and_a_message(make_app, monkeypatch):
    def broken(dirs=None):
        raise OSError("disk on fire")

    monkeypatch.setattr(library_module, "load_library", broken)
    app = make_app(library_in_background=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        assert app.screen.id == "picker"
        assert "No scenarios found" in str(app.screen.query_one("#no-match", Static).content)
        assert any("Could not read the scenario library" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("argv", [[], ["--player", "Ana"], ["--player=Ana"]])
def test_plain_dojo_opens_the_app_without_loading_the_engine_first(argv, dojo_home):
    """`dojo` goes straight to the app: the commands, the engine and pydantic wait until they are used."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import dojo.tui.app as app\n"
        "app.run = lambda player=None: print('opened', player) or 0\n"
        "from dojo.cli import main\n"
        f"code = main({argv!r})\n"
        "import dojo.tui.screens.picker  # the first screen\n"
        "print(code, sorted(m for m in ('dojo.cli.play', 'dojo.engine', 'pydantic') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    player = "Ana" if argv else None
    assert done.stdout.splitlines() == [f"opened {player}", "0 []"]


# ---------------------------------------------------------------- the card cache

@pytest.fixture
def own_library(tmp_path):
    """A copy of the fixture scenarios the test may edit."""
    import shutil

    from tests.tui.conftest import SCENARIOS

    folder = tmp_path / "library"
    shutil.copytree(SCENARIOS, folder)
    return folder


async def start_once(make_app, folder) -> None:
    """A first start: the files are read and their cards remembered for the next one."""
    app = make_app(library_in_background=True, library_dirs=[folder])
    async with app.run_test(size=(120, 40)):
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)


def listed(screen) -> list[str]:
    listing = screen.query_one(ScenarioList)
    return listing.ids


def edit_later(path, old: str, new: str) -> None:
    import os

    before = path.stat().st_mtime_ns
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


async def test_a_second_start_lists_the_scenarios_before_reading_a_file(make_app, held_library, own_library):
    held_library.set()
    await start_once(make_app, own_library)
    held_library.clear()
    app = make_app(library_in_background=True, library_dirs=[own_library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert not app.library_loaded  # nothing read yet...
        assert listed(screen) == ["quayside", "lantern"]  # ...and the list is there, easiest first
        assert not screen.query_one("#no-match", Static).display
        assert "The brochure request" in str(screen.query_one("#preview").render())
        assert "Find out what the brochure is for" in str(screen.query_one("#preview").render())
        assert not screen.query_one("#start", StartButton).disabled
        first_card = str(screen.query_one(ScenarioList).card_content(screen.query_one(ScenarioList).ids[0]))
        assert "not tried yet" not in first_card  # scores come with the read: no guess meanwhile
        await pilot.press("down")
        assert screen.selected_id() == "lantern"
        assert "Riley Okafor" in str(screen.query_one("#preview").render())
        await pilot.press("enter")  # chosen before the files are read: it starts once they are
        assert app.screen is screen
        held_library.set()
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        assert type(app.screen).__name__ == "ConversationScreen"
        assert app.screen.scenario.id == "lantern"


async def test_a_file_changed_since_the_last_start_shows_once_read_with_its_new_text(make_app, held_library,
                                                                                     own_library):
    held_library.set()
    await start_once(make_app, own_library)
    edit_later(own_library / "quayside.toml", 'title = "The brochure request"', 'title = "The leaflet request"')
    held_library.clear()
    app = make_app(library_in_background=True, library_dirs=[own_library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert listed(app.screen) == ["lantern"]  # the changed file waits for its read, never its old card
        held_library.set()
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        assert listed(app.screen) == ["quayside", "lantern"]
        assert app.screen.selected_id() == "lantern"  # the highlight stays where the player put it
        await pilot.press("up")
        assert "The leaflet request" in str(app.screen.query_one("#preview").render())
    from dojo.scenario.cards import cached_cards

    assert {card.title for card in cached_cards([own_library])} >= {"The leaflet request"}


async def test_a_file_broken_since_the_last_start_is_left_out_and_reported_as_before(make_app, held_library,
                                                                                   own_library):
    held_library.set()
    await start_once(make_app, own_library)
    edit_later(own_library / "quayside.toml", 'title = "The brochure request"', 'title = [broken')
    held_library.clear()
    app = make_app(library_in_background=True, library_dirs=[own_library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert listed(app.screen) == ["lantern"]
        held_library.set()
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        assert listed(app.screen) == ["lantern"]
        assert any("1 problem in scenario files" in str(n.message) for n in app._notifications)


async def test_a_corrupt_cache_starts_like_a_first_run_and_is_written_again(make_app, held_library, own_library,
                                                                          dojo_home):
    import json

    from dojo.paths import card_cache

    where = card_cache(dojo_home)
    where.parent.mkdir(parents=True)
    where.write_text('{"format": 1, "files": {"truncated', encoding="utf-8")
    app = make_app(library_in_background=True, library_dirs=[own_library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert listed(app.screen) == []
        assert "Loading scenarios" in str(app.screen.query_one("#no-match", Static).content)
        held_library.set()
        await asyncio.wait_for(app.library_ready.wait(), timeout=30)
        await pilot.pause()
        assert listed(app.screen) == ["quayside", "lantern"]
    assert len(json.loads(where.read_text(encoding="utf-8"))["files"]) == 2


async def test_the_saved_theme_is_the_first_screens_theme(make_app, dojo_home):
    from dojo.settings import Settings, save_settings

    save_settings(Settings(player="Sam", dark=False, name_asked=True), dojo_home)
    app = make_app(library_in_background=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "dojo-light" and not app.current_theme.dark
        assert app.screen.styles.background.hex.upper() == "#F4F5F8"  # the light theme's background
        await pilot.press("ctrl+l")
        assert app.screen.styles.background.hex.upper() == "#12141A"


@pytest.fixture
def held_coach(monkeypatch):
    """Compiling the coach's rules waits until the test lets it go, as it takes seconds on a real start."""
    import dojo.engine as engine

    release = threading.Event()
    compiled = threading.Event()
    compile_for = engine.lexicon_for

    def slow_compile(scenario):
        release.wait(timeout=30)
        found = compile_for(scenario)
        compiled.set()
        return found

    monkeypatch.setattr(engine, "lexicon_for", slow_compile)
    monkeypatch.setattr(engine, "lexicon_compiled", lambda scenario: compiled.is_set())
    return release


async def test_a_start_before_the_coach_is_ready_says_so_keeps_the_keys_then_opens_the_conversation(
        make_app, held_coach):
    app = make_app(coach_in_background=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        picker = app.screen
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker  # no frozen app: the picker still has the keys
        assert any("the coach is compiling its rules" in str(note.message) for note in app._notifications)
        assert picker.query_one("#start", StartButton).loading  # the button spins while it waits
        await pilot.press("q")
        assert picker.query_one("#filter", Input).value == "q"

        held_coach.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "ConversationScreen"
        assert app.screen.session is not None and app.screen.session.events  # the opening line is there
        assert not picker.query_one("#start", StartButton).loading  # back as it was, for the next start


async def test_the_coach_is_compiled_while_the_player_reads_the_picker(make_app, held_coach):
    app = make_app(coach_in_background=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        held_coach.set()
        await app.workers.wait_for_complete()
        await pilot.press("enter")  # ready by now: the conversation opens at once, with no notice
        await pilot.pause()
        assert type(app.screen).__name__ == "ConversationScreen"
        assert not any("compiling" in str(note.message) for note in app._notifications)
