"""Text a rep types and text from scenario files is shown exactly as written: never markup, never ANSI."""

from __future__ import annotations

import shutil

from textual.content import Content

from dojo.tui.widgets.chat import ChatMessage
from dojo.tui.widgets.coach import CoachPanel
from dojo.tui.widgets.scenario_list import ScenarioList
from tests.tui.conftest import SCENARIOS, dialogue, say

MARKUP = "[bold red]hi[/] [link=https://example.com]x[/link] $accent"
ANSI = "send info \x1b[31mRED\x1b[0m please"


def rendered_text(app) -> str:
    """Everything on screen, as characters (what the terminal would show)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def only_speaker_styled(message: ChatMessage) -> bool:
    content = message.body()
    assert isinstance(content, Content)
    name_end = len(message.speaker)
    return all(span.end <= name_end for span in content.spans)


async def test_typed_markup_and_ansi_appear_as_typed(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await say(pilot, MARKUP, keys=True)  # typed key by key, brackets and all
        bubble = [m for m in dialogue(app) if m.speaker == "Sam"][-1]
        assert bubble.text == MARKUP
        assert MARKUP in str(bubble.body())
        assert only_speaker_styled(bubble)
        assert "[bold red]hi[/]" in rendered_text(app)

        app.screen.send(ANSI)  # an escape cannot be typed as a key; paste-like input goes the same way
        await pilot.pause()
        bubble = [m for m in dialogue(app) if m.speaker == "Sam"][-1]
        shown = str(bubble.body())
        assert "\x1b" not in shown
        assert "␛[31mRED␛[0m" in shown
        assert only_speaker_styled(bubble)
        assert "␛[31mRED" in rendered_text(app)
        # The coach quotes the rep's words literally too.
        assert "\x1b" not in app.screen.query_one(CoachPanel).plain


async def test_scenario_text_with_markup_is_shown_literally(make_app, tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    source = (SCENARIOS / "lantern.toml").read_text()
    source = source.replace('name = "Riley Okafor"', 'name = "[b]Riley[/b] Okafor"')
    source = source.replace('summary = "A warm founder', 'summary = "[red]A warm[/red] founder')
    source = source.replace('say = ["This all sounds amazing!', 'say = ["[i]This[/i] all sounds amazing!')
    (folder / "lantern.toml").write_text(source)
    shutil.copy(SCENARIOS / "quayside.toml", folder)
    app = make_app(library_dirs=[folder])
    async with app.run_test(size=(120, 40)) as pilot:
        card = str(app.screen.query_one(ScenarioList).card_content("lantern"))
        assert "[b]Riley[/b] Okafor" in card and "[red]A warm[/red]" in card
        await pilot.press("down")
        assert "[b]Riley[/b] Okafor" in str(app.screen.query_one("#preview").render())
        await pilot.press("enter")
        opening = dialogue(app)[0]
        assert opening.speaker == "[b]Riley[/b] Okafor"
        assert str(opening.body()).endswith("[i]This[/i] all sounds amazing! Can you put a proposal together?")
        assert "[i]This[/i]" in rendered_text(app)


async def test_a_data_dir_path_with_markup_is_shown_literally_not_parsed(make_app, tmp_path, monkeypatch):
    """Paths and OS errors reach notifications; `[/]` in them must neither crash nor style anything."""
    from tests.tui.conftest import TRADE, say

    (tmp_path / "[b]x[").mkdir()
    blocker = tmp_path / "[b]x[" / "]y"  # the path reads `…/[b]x[/]y`: markup that would not even parse
    blocker.write_text("a file where the data dir should be")
    monkeypatch.setenv("DOJO_HOME", str(blocker))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()  # the library loads in a worker: enter before it does picks nothing
        await pilot.press("enter")
        await say(pilot, TRADE)
        await pilot.pause()
        warnings = [n for n in app._notifications if n.severity == "warning"]
        assert warnings and all("[b]x[/]y" in n.message for n in warnings)
        assert not any(n.markup for n in warnings)  # drawn as plain text, not parsed as markup
