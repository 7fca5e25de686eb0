"""A long conversation: the chat log stays small while it follows the newest line, and the keyboard
still scrolls back to the very first one."""

from __future__ import annotations

from textual.app import App, ComposeResult

from dojo.tui.widgets.chat import Bubble, ChatLog

LINES = 300


class LongChat(App):
    def compose(self) -> ComposeResult:
        yield ChatLog(id="chat")

    def on_mount(self) -> None:
        chat = self.query_one(ChatLog)
        chat.focus()
        for number in range(LINES):
            if number % 2:
                chat.say_rep("Sam", f"reply {number}")
            else:
                chat.say_prospect("Morgan", f"line {number}")


def texts(app: App) -> list[str]:
    return [bubble.text for bubble in app.query(Bubble)]


def on_screen(chat: ChatLog, bubble: Bubble) -> bool:
    return chat.content_region.overlaps(bubble.region)


async def test_following_the_newest_line_keeps_only_a_window_mounted():
    app = LongChat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chat = app.query_one(ChatLog)
        assert chat.message_count == LINES
        shown = texts(app)
        assert shown[-1] == f"reply {LINES - 1}"
        assert len(shown) <= max(ChatLog.WINDOW, chat.size.height)
        assert on_screen(chat, app.query(Bubble).last())


async def test_home_and_page_up_reach_the_first_line_without_losing_the_place():
    app = LongChat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chat = app.query_one(ChatLog)
        oldest_before = app.query(Bubble).first()
        await pilot.press("home")
        await pilot.pause()
        # Older lines were mounted above, and the line that was at the top is still in view.
        assert len(texts(app)) > max(ChatLog.WINDOW, chat.size.height)
        assert oldest_before.is_attached and on_screen(chat, oldest_before)

        for _ in range(LINES):  # bounded: each press reaches further back
            if texts(app)[0] == "line 0" and chat.scroll_y == 0:
                break
            await pilot.press("pageup")
            await pilot.pause()
        assert texts(app)[0] == "line 0"
        assert on_screen(chat, app.query(Bubble).first())
        assert texts(app) == [f"line {n}" if n % 2 == 0 else f"reply {n}" for n in range(LINES)]

        await pilot.press("end")  # back to the newest line, which is where new lines appear
        await pilot.pause()
        chat.say_prospect("Morgan", "one more")
        await pilot.pause()
        assert texts(app)[-1] == "one more"
        assert on_screen(chat, app.query(Bubble).last())
