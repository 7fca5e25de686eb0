"""Where the rep types: wraps long replies, Enter sends, and a counter shows the length limit."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import TextArea

from dojo.engine.session import MAX_REPLY_CHARS
from dojo.text import visible
from dojo.tui.paste import literal_paste


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
        reply_box: ReplyBox
        text: str

        @property
        def control(self) -> ReplyBox:
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
            text = self.text
            if not text:
                # Nothing typed is nothing to refuse: the Enter that started a scenario, pressed twice
                # or held, lands here the moment the screen opens and must not greet the rep with an
                # error. Spaces alone were typed, and are still refused with a reason.
                return
            self.post_message(self.Submitted(self, text))
            if text.strip():
                # The reply leaves the box the moment it is sent. Left for the screen to clear once it has
                # answered, a slow first answer left it there, and the rep's next words were typed onto its
                # end and sent with it. A screen that refuses the reply gives it back (`give_back`).
                self.clear()
            return
        await super()._on_key(event)

    def give_back(self, text: str) -> None:
        """Put a refused reply back, to be fixed and sent again, unless the rep has typed on since."""
        if not self.text.strip():
            self.text = text
            self.move_cursor(self.document.end)

    def clear_sent(self, text: str) -> None:
        """Empty the box if it still holds `text`, a reply just played: words typed since are the next one."""
        if self.text == text:
            self.clear()

    async def _on_paste(self, event: events.Paste) -> None:
        # Pasted text is shown literally: a control character becomes its picture, never a key.
        event.prevent_default()
        event.stop()
        room = MAX_REPLY_CHARS - len(self.text) + len(self.selected_text)
        text = literal_paste(event.text)
        if len(text) > room:
            text = text[: max(room, 0)]
            self.notify(f"Replies are limited to {MAX_REPLY_CHARS} characters; the paste was cut to fit.",
                        title="Reply too long", severity="warning", timeout=4)
        if text and not self.read_only:
            self.replace(text, *self.selection)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if len(self.text) > MAX_REPLY_CHARS:  # typed past the limit: the box holds no more
            self.text = self.text[:MAX_REPLY_CHARS]
            self.move_cursor(self.document.end)
            self.app.bell()
        self._count()

    def _count(self) -> None:
        length = len(self.text)
        self.set_class(length >= MAX_REPLY_CHARS, "-too-long")
        self.border_subtitle = f"Enter sends · {length}/{MAX_REPLY_CHARS}"
