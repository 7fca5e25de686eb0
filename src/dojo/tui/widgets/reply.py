"""Where the rep types: wraps long replies, Enter sends, and a counter shows the length limit."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import TextArea

from dojo.engine.session import MAX_REPLY_CHARS
from dojo.text import visible


class ReplyBox(TextArea):
    """A soft-wrapping editor that sends on Enter (paste keeps any newlines)."""

    DEFAULT_CSS = """
    ReplyBox {
        height: auto;
        min-height: 3;
        max-height: 8;
        border: round $primary 50%;
        border-title-color: $text-primary;
        border-subtitle-color: $text-muted;
        padding: 0 1;
    }
    ReplyBox:focus { border: round $primary; }
    ReplyBox.-too-long { border-subtitle-color: $text-error; }
    """

    @dataclass
    class Submitted(Message):
        reply_box: "ReplyBox"
        text: str

        @property
        def control(self) -> "ReplyBox":
            return self.reply_box

    def __init__(self, placeholder: str = "", **kwargs) -> None:
        # A str placeholder would be read as markup; it names the persona, which is scenario text.
        super().__init__(soft_wrap=True, show_line_numbers=False, highlight_cursor_line=False,
                         tab_behavior="focus", placeholder=Content(visible(placeholder)), **kwargs)
        self.border_title = "Your reply"

    def on_mount(self) -> None:
        self._count()

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.text))
            return
        await super()._on_key(event)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._count()

    def _count(self) -> None:
        length = len(self.text.strip())
        self.set_class(length > MAX_REPLY_CHARS, "-too-long")
        self.border_subtitle = f"Enter sends · {length}/{MAX_REPLY_CHARS}"
