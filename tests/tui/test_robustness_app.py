"""The app survives hostile scenario files: persona names that look like markup, broken files beside good ones."""

from __future__ import annotations

import shutil

import pytest

from dojo.tui.widgets.reply import ReplyBox
from tests.tui.conftest import SCENARIOS, dialogue
from tests.tui.test_literal import rendered_text


@pytest.mark.parametrize("name", ["[/]", "[b]Mags[/b]", "Mags [/] [link=x]"])
async def test_a_persona_name_that_looks_like_markup_is_shown_literally(make_app, tmp_path, name):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    source = (SCENARIOS / "lantern.toml").read_text().replace('name = "Riley Okafor"', f'name = "{name}"')
    (folder / "lantern.toml").write_text(source)
    app = make_app(library_dirs=[folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        box = app.screen.query_one(ReplyBox)
        assert str(box.placeholder) == f"Type what you would say to {name}…"
        assert not box.placeholder.spans  # no bold, no link: the brackets are text
        assert f"Type what you would say to {name}" in rendered_text(app)
        assert dialogue(app)[0].speaker == name


async def test_the_app_starts_with_a_deeply_nested_file_in_the_library(make_app, tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(SCENARIOS / "lantern.toml", folder)
    (folder / "deep.toml").write_text("x = " + "[" * 500 + "]" * 500 + "\n")
    app = make_app(library_dirs=[folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert [s.id for s in app.scenarios()] == ["lantern"]
        assert any("skipped" in str(n.title) for n in app._notifications)
