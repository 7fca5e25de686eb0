"""A long conversation: the chat log follows the newest line, the keyboard scrolls back to the very
first one, and a resize wraps every line again without losing the reader's place."""

from __future__ import annotations

import re

from textual.app import App, ComposeResult
from textual.content import Content

from dojo.tui.widgets.chat import ChatLog

LINES = 300
LONG = "so " * 60 + "the end"  # wraps over several rows at any width under 180 columns


class LongChat(App):
    def __init__(self, lines: int = LINES) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield ChatLog(id="chat")

    def on_mount(self) -> None:
        chat = self.query_one(ChatLog)
        chat.focus()
        for number in range(self.lines):
            if number % 2:
                chat.say_rep("Sam", f"reply {number}")
            else:
                chat.say_prospect("Morgan", f"line {number}")


def screen_text(app: App) -> str:
    """What the terminal shows, as characters."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def shows(app: App, text: str) -> bool:
    """`text` is on screen, and not as the start of a longer number (`line 1` is not `line 10`)."""
    return re.search(re.escape(text) + r"(?!\d)", screen_text(app)) is not None


def numbers_shown(app: App) -> set[int]:
    return {int(number) for number in re.findall(r"\b(?:line|reply) (\d+)", screen_text(app))}


async def test_the_view_follows_the_newest_line():
    app = LongChat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chat = app.query_one(ChatLog)
        assert chat.message_count == LINES
        assert chat.scroll_y == chat.max_scroll_y > 0
        assert shows(app, f"reply {LINES - 1}")
        assert not shows(app, "line 0")

        chat.scroll_home(animate=False, immediate=True)
        await pilot.pause()
        chat.say_prospect("Morgan", "one more")  # a new line brings the view back down to it
        await pilot.pause()
        assert shows(app, "one more")


async def test_home_and_page_up_reach_the_first_line_and_end_comes_back():
    app = LongChat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chat = app.query_one(ChatLog)
        newest = numbers_shown(app)
        await pilot.press("pageup")
        await pilot.pause()
        older = numbers_shown(app)
        assert LINES - 1 not in older and max(older) >= min(newest) - 1  # a screen back, nothing skipped

        seen = newest | older
        for _ in range(LINES):  # bounded: each press reaches further back
            seen |= numbers_shown(app)
            if chat.scroll_y == 0:
                break
            await pilot.press("pageup")
            await pilot.pause()
        assert shows(app, "line 0")
        assert seen == set(range(LINES))  # paging back passed every line, none skipped

        await pilot.press("end")
        await pilot.pause()
        assert shows(app, f"reply {LINES - 1}")
        await pilot.press("home")
        await pilot.pause()
        assert shows(app, "line 0")


async def test_a_resize_wraps_lines_again_and_keeps_the_newest_in_view():
    app = LongChat(lines=40)
    async with app.run_test(size=(120, 30)) as pilot:
        chat = app.query_one(ChatLog)
        chat.say_prospect("Morgan", LONG)
        await pilot.pause()
        wide = chat.virtual_size.height
        assert shows(app, "the end")

        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        assert chat.virtual_size.height > wide  # the long line takes more rows
        assert shows(app, "the end") and chat.scroll_y == chat.max_scroll_y
        assert all(len(line.rstrip()) <= 60 for line in screen_text(app).splitlines())

        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert chat.virtual_size.height == wide


async def test_a_resize_keeps_the_line_being_read_at_the_top():
    app = LongChat()
    async with app.run_test(size=(100, 24)) as pilot:
        chat = app.query_one(ChatLog)
        await pilot.pause()
        chat.scroll_to(y=chat.max_scroll_y // 2, animate=False, immediate=True)
        await pilot.pause()
        reading = re.search(r"\b(?:line|reply) \d+", screen_text(app)).group()

        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert chat.scroll_y < chat.max_scroll_y  # not thrown to the end
        assert shows(app, reading)


async def test_lines_are_shown_literally_and_long_words_wrap_inside_the_bubble():
    app = LongChat(lines=0)
    async with app.run_test(size=(60, 20)) as pilot:
        chat = app.query_one(ChatLog)
        chat.say_rep("[b]Sam[/b]", "[red]hi[/] \x1b[31mthere " + "x" * 100)
        chat.add_notice(Content("[i]The call ended.[/i]"))
        await pilot.pause()
        text = screen_text(app)
        assert "[b]Sam[/b]" in text and "[red]hi[/] ␛[31mthere" in text and "\x1b" not in text
        assert "[i]The call ended.[/i]" in text
        assert text.count("x") == 100 and all(len(line.rstrip()) <= 60 for line in text.splitlines())


async def test_an_endings_epilogue_in_brackets_is_told_as_what_happened_not_said_by_the_prospect():
    # Found in play (session 12): "(Ruth Okafor accepts the placeholder…)" sat in Graham's bubble, under his name.
    from dojo.engine.events import ProspectSaid

    app = LongChat(lines=0)
    async with app.run_test(size=(80, 24)) as pilot:
        chat = app.query_one(ChatLog)
        chat.play([ProspectSaid(turn=3, state="end", text="A real yes, for once.", rule="states.truth.rules[2]"),
                   ProspectSaid(turn=3, state="end", text="(Ruth accepts with a one-word reply.)", rule="endings.door_open"),
                   ProspectSaid(turn=3, state="end", text="(laughs) Fine, Tuesday.", rule="states.truth.rules[3]")],
                  "Graham Pell", "Sam")
        await pilot.pause()
        assert [(m.kind, m.speaker) for m in chat.messages] == [
            ("prospect", "Graham Pell"), ("notice", ""), ("prospect", "Graham Pell")]
        assert "(Ruth accepts with a one-word reply.)" in screen_text(app)
