"""Where notifications land: never on the reply box, so what the rep is typing stays in sight."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from dojo.tui.widgets.reply import ReplyBox


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_a_notification_leaves_the_reply_box_visible(make_app, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("enter")
        reply = app.screen.query_one(ReplyBox)
        await pilot.press(*"so tell me")
        # A long, two-line warning: the tallest toast the conversation screen raises on its own.
        app.notify("Replies are limited to 2000 characters; the paste was cut to fit.", title="Reply", timeout=30)
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2
        for toast in toasts:
            assert not toast.region.overlaps(reply.region), (toast.region, reply.region)
        assert reply.text == "so tell me"


async def test_the_group_talk_screen_keeps_the_players_reply_box_clear_too(make_app, dojo_home):
    app = make_app(player=None)
    app.group_plan = ("quayside", ["Ana", "Ben"], "relay")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        reply = app.screen.query_one(ReplyBox)
        await pilot.press("ctrl+b")  # "Scores stay hidden until the debrief."
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert toasts and not any(toast.region.overlaps(reply.region) for toast in toasts)


def toast_lines(toast) -> list[str]:
    """The toast's lines as painted, without its border and padding."""
    return [line.text.strip(" ▌") for line in toast.render_lines(toast.region.reset_offset)]


async def test_the_report_written_notice_shows_the_folder_on_one_line_and_the_whole_file_name(
        make_app, dojo_home, monkeypatch):
    # Found in play (session 11): the path ran on as one word, folded wherever the toast's edge fell.
    monkeypatch.setenv("HOME", str(dojo_home.parent))
    app = make_app(player=None)
    app.group_plan = ("quayside", ["Anastasia", "Benedict", "Cyrus", "Delphine"], "relay")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(*"hello there", "enter")
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.pause()
        [report] = sorted((dojo_home / "transcripts").glob("*.report.md"))
        [toast] = list(app.screen.query(Toast))
        lines = [line for line in toast_lines(toast) if line]
        assert lines[0] == "Report written"
        assert lines[1] == "~/dojo-home/transcripts/"  # the folder, whole, as the rep would type it
        assert "".join(lines[2:]) == report.name + " and .html"
        assert toast.region.right <= 80 and toast.region.bottom <= 24
