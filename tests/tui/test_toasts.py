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
