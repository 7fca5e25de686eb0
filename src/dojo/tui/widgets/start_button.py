"""The picker's Start control: looks and acts like Textual's primary Button, styled by a few rules.

Textual's Button carries the rules for every variant and both looks (about 240 lines of CSS), which
are parsed before the first frame of any screen that holds one: the largest single parse at start-up.
The picker needs one button in one look, so it has this instead; the other screens keep Button (their
rules are parsed when one of them is first shown).
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget


class StartButton(Widget, can_focus=True):
    # The rules of Button's default look, primary variant, and nothing else.
    DEFAULT_CSS = """
    StartButton {
        width: auto;
        min-width: 16;
        height: auto;
        line-pad: 1;
        text-align: center;
        content-align: center middle;
        pointer: pointer;
        text-style: bold;
        color: $button-color-foreground;
        background: $primary;
        border: none;
        border-top: tall $primary-lighten-3;
        border-bottom: tall $primary-darken-3;
        &:disabled { text-opacity: 0.6; pointer: not-allowed; }
        &:focus { text-style: $button-focus-text-style; background-tint: $foreground 5%; }
        &:hover { background: $primary-darken-2; border-top: tall $primary; }
        &.-active {
            background: $primary;
            border-bottom: tall $primary-lighten-3;
            border-top: tall $primary-darken-3;
            tint: $background 30%;
        }
    }
    """

    BINDINGS = [Binding("enter", "press", "Press button", show=False)]

    class Pressed(Message):
        """Sent when the button is clicked, or Enter is pressed while it has focus."""

        def __init__(self, button: StartButton) -> None:
            self.button = button
            super().__init__()

        @property
        def control(self) -> StartButton:
            return self.button

    def __init__(self, label: str, *, id: str | None = None, disabled: bool = False) -> None:
        super().__init__(id=id, disabled=disabled)
        self.label = Content(label)

    def render(self) -> Content:
        return self.label

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.label.cell_length + 2

    def press(self) -> None:
        if self.disabled or not self.display:
            return
        self.add_class("-active")
        self.set_timer(0.2, lambda: self.remove_class("-active"))
        self.post_message(self.Pressed(self))

    def action_press(self) -> None:
        self.press()

    async def _on_click(self, event: events.Click) -> None:
        event.stop()
        if not self.has_class("-active"):
            self.press()
