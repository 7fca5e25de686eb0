"""Settings survive bad files and odd names; a broken scenario file is reported, not fatal."""

from __future__ import annotations

import shutil
import tomllib

from dojo.settings import Settings, clean_name, load_settings, save_settings
from dojo.tui.screens.picker import PickerScreen
from tests.tui.conftest import SCENARIOS


def test_names_are_one_printable_line():
    assert clean_name("  Ana \x1b[31m Souza\n ") == "Ana [31m Souza"
    assert clean_name("   ") is None and clean_name(None) is None
    assert len(clean_name("x" * 500)) == 40


def test_settings_round_trip_and_a_broken_file_falls_back_to_defaults(dojo_home):
    assert save_settings(Settings(player="Lee", dark=False)) is None
    assert load_settings() == (Settings(player="Lee", dark=False, name_asked=True), None)
    (dojo_home / "settings.toml").write_text("player = [unclosed")
    settings, warning = load_settings()
    assert settings == Settings() and "could not read settings" in warning


def test_an_unwritable_data_dir_is_a_warning_not_a_crash(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert "could not save settings" in save_settings(Settings(player="Lee"), blocker)


async def test_a_broken_settings_file_warns_and_the_app_still_opens(make_app, dojo_home):
    dojo_home.mkdir(parents=True, exist_ok=True)
    (dojo_home / "settings.toml").write_text("dark = maybe")
    app = make_app()
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.screen, PickerScreen)
        assert any("could not read settings" in n.message for n in app._notifications)


async def test_a_broken_scenario_file_is_skipped_with_a_warning(make_app, tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(SCENARIOS / "quayside.toml", folder)
    (folder / "broken.toml").write_text("schema = 1\nid = [")
    app = make_app(library_dirs=[folder])
    async with app.run_test(size=(80, 24)):
        assert [s.id for s in app.scenarios()] == ["quayside"]
        assert any("dojo validate" in n.message for n in app._notifications)


async def test_an_empty_library_says_where_to_put_scenarios(make_app, tmp_path):
    app = make_app(library_dirs=[tmp_path / "nothing-here"])
    async with app.run_test(size=(80, 24)) as pilot:
        message = str(app.screen.query_one("#no-match").render())
        assert "No scenarios found" in message and "scenarios" in message
        await pilot.press("enter")  # nothing to start: stays put, no crash
        assert isinstance(app.screen, PickerScreen)


def test_saved_settings_are_plain_toml(dojo_home):
    save_settings(Settings(player='Quote " and [brackets]', dark=True))
    assert tomllib.loads((dojo_home / "settings.toml").read_text()) == {
        "dark": True, "name_asked": False, "player": 'Quote " and [brackets]'}
