"""What the frame that shows the prospect's answer does, and what it leaves for later: the collector
waits until the answer is on screen, the ending does not wrap the whole log again, and the log and
its scrollbar, which paint their own rows, paint exactly what Textual's styling pass would."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.geometry import Region
from textual.widget import Widget

from dojo.tui.screens.conversation import ConversationScreen
from dojo.tui.widgets.chat import ChatLog
from dojo.tui.widgets.coach import CoachPanel

from .conftest import BOOK, DISCOVER, JUMP, TRADE, say

MINI = Path(__file__).parents[1] / "data" / "scenarios" / "mini.toml"


async def test_the_collector_waits_until_the_answer_is_on_screen(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await say(pilot, TRADE)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        chat = screen.query_one(ChatLog)
        happened: list[str] = []
        drawn = chat.render_lines

        def painting(crop: Region):
            happened.append("paint")
            return drawn(crop)

        def collecting(phase: str, info: dict) -> None:
            if phase == "start":
                happened.append("collect")

        chat.render_lines = painting  # type: ignore[method-assign]
        gc.callbacks.append(collecting)
        try:
            screen.send(DISCOVER)
            await pilot.pause()
        finally:
            gc.callbacks.remove(collecting)
        assert "paint" in happened and "collect" in happened
        # Nothing collected between the reply and the answer being painted; the passes came after.
        assert happened.index("paint") < happened.index("collect")


async def test_the_log_keeps_its_width_when_the_conversation_ends(make_app):
    """The ended bar takes the reply box's place: the log's lines stay where they were, rather than
    every one of them being wrapped again two cells wider."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        chat = app.screen.query_one(ChatLog)
        await say(pilot, TRADE)
        width = chat.scrollable_content_region.width
        await say(pilot, DISCOVER)
        await say(pilot, BOOK)
        await pilot.pause()
        assert app.screen.session.finished
        assert app.screen.query_one("#ended-bar").display
        assert chat.scrollable_content_region.width == width


def _cells(strips) -> list[list]:
    return [list(strip) for strip in strips]


async def test_the_log_and_its_scrollbar_paint_what_textuals_own_styling_would(make_app):
    """Both draw their rows past Textual's styling pass to keep a reply's frame short; what reaches
    the terminal must not differ (in either theme, scrolled or not, cropped or whole)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        chat = screen.query_one(ChatLog)
        coach = screen.query_one(CoachPanel)
        for reply in (TRADE, JUMP, "Can I ask what a good week looks like for you? ÿ 日本語 😀", JUMP):
            await say(pilot, reply)
        assert chat.show_vertical_scrollbar  # the log is longer than the view
        for theme in range(2):
            if theme:
                await pilot.press("ctrl+l")
                await pilot.pause()
            for top in (None, 0, 5):
                if top is not None:
                    chat.scroll_to(y=top, animate=False, immediate=True, force=True)
                    await pilot.pause()
                width, height = chat.region.size
                for crop in (Region(0, 0, width, height), Region(2, 1, width - 4, height - 3)):
                    ours = chat.render_lines(crop)
                    chat._styles_cache.clear()
                    assert _cells(ours) == _cells(Widget.render_lines(chat, crop))
            for widget in (chat, coach):
                if not widget.show_vertical_scrollbar:
                    continue
                bar = widget.vertical_scrollbar
                crop = Region(0, 0, *bar.size)
                bar.mouse_over = theme == 1  # the hover colours too
                ours = bar.render_lines(crop)
                bar.refresh()
                assert _cells(ours) == _cells(Widget.render_lines(bar, crop))


async def test_the_turn_counter_keeps_its_place_from_turn_9_to_turn_10(make_app, tmp_path):
    """The counter is as wide at turn 1 as at the last turn: its right edge stays put, and a reply that
    takes it to two digits does not lay the whole screen out again."""
    library = tmp_path / "scenarios"
    library.mkdir()
    (library / "mini.toml").write_text(MINI.read_text(encoding="utf-8").replace("max_turns = 4", "max_turns = 12"),
                                       encoding="utf-8")
    app = make_app(library_dirs=[library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        counter = app.screen.query_one("#turn")
        regions = []
        for number in range(1, 11):
            await say(pilot, f"Tell me about your week, part {number}.")
            assert f"Turn {number}/12" in str(counter.render())
            regions.append(counter.region)
        assert len(set(regions)) == 1
