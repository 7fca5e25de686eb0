"""Start-up: the picker paints before the library is read, says so, and fills in once it is."""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual.widgets import Button, Input, Static

from dojo.scenario import library as library_module
from dojo.tui.widgets.scenario_list import ScenarioList


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
        assert screen.query_one("#start", Button).disabled
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
        assert not screen.query_one("#start", Button).disabled
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
