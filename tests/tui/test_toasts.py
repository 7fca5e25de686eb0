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
