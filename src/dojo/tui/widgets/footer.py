"""The key footer of the picker and the conversation, drawn by one widget.

Textual's Footer is a scrolling row holding one widget per key (seven on the picker): each is composed,
styled (with its own rules and component styles) and painted on its own, and the row is rebuilt when
focus or the bindings change. At start-up that was the largest single cost of the picker's first frame
after the list itself. This footer draws the same keys, in the same look, as one line: a change of keys
is a repaint of that line, never a layout. Hover, a tooltip per key and a click that presses the key
work as in Textual's footer.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

#: One shown key: (key, key as displayed, description, enabled, tooltip).
Key = tuple[str, str, str, bool, str]


class SteadyFooter(Widget):
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--hover",
                         "footer-key--palette-edge"}

    # Textual's Footer and FooterKey rules (not compact), for one widget.
    DEFAULT_CSS = """
    SteadyFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover { color: $footer-key-foreground; background: $block-hover-background; }
        & > .footer-key--palette-edge { color: $foreground 20%; }
    }
    """

    ALLOW_SELECT = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: tuple[tuple[Key, ...], Key | None] = ((), None)
        #: Each key's cells on the line, for the pointer: (start, end, key index; -1 for the palette).
        self._spans: list[tuple[int, int, int]] = []
        self._hover: int | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._keys = self._read_keys(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen or not self.is_attached:
            return
        keys = self._read_keys(screen)
        if keys != self._keys:
            self._keys = keys
            self._hover = None
            self.refresh()

    def _read_keys(self, screen: Screen) -> tuple[tuple[Key, ...], Key | None]:
        """What Textual's footer would show: one key per action (the first binding wins), then the
        command palette's key on the right."""
        active = screen.active_bindings
        shown: dict[str, Key] = {}
        for _, binding, enabled, tooltip in active.values():
            if binding.show:
                shown.setdefault(binding.action, (binding.key, self.app.get_key_display(binding),
                                                  binding.description, enabled, tooltip))
        palette: Key | None = None
        app = self.app
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = (binding.key, app.get_key_display(binding), binding.description, enabled,
                       binding.tooltip or binding.description)
        return tuple(shown.values()), palette

    def _key(self, key: Key, hover: bool, compact: bool = False) -> Content:
        _, display, description, enabled, _ = key
        key_style = self.get_visual_style("footer-key--key")
        description_style = self.get_visual_style("footer-key--description")
        if hover:
            key_style += self.get_visual_style("footer-key--hover")
            description_style += self.get_visual_style("footer-key--hover")
        if not enabled:
            key_style, description_style = key_style + Style(dim=True), description_style + Style(dim=True)
        if not description:
            return Content.styled(display, key_style)
        if compact:  # how Textual's footer draws the palette's key
            return Content.assemble((display, key_style), (f" {description}", description_style))
        return Content.assemble((f" {display} ", key_style), (f"{description} ", description_style))

    def render(self) -> Content:
        width = self.size.width
        keys, palette = self._keys
        parts: list[Content] = []
        spans: list[tuple[int, int, int]] = []
        x = 0
        for index, key in enumerate(keys):
            part = self._key(key, self._hover == index)
            spans.append((x, x + part.cell_length, index))
            x += part.cell_length
            parts.append(part)
        line = Content.assemble(*parts)
        if palette is not None:
            edge = Content.styled("▏", self.get_visual_style("footer-key--palette-edge"))
            right = Content.assemble(edge, self._key(palette, self._hover == -1, compact=True), " ")
            room = max(0, width - right.cell_length)
            line = line.truncate(room, pad=True)
            spans = [(start, min(end, room), index) for start, end, index in spans if start < room]
            spans.append((room, width, -1))
            line = Content.assemble(line, right)
        self._spans = spans
        return line

    # ---- the pointer
    def _key_at(self, x: int) -> int | None:
        return next((index for start, end, index in self._spans if start <= x < end), None)

    def _shown_key(self, index: int) -> Key | None:
        keys, palette = self._keys
        return palette if index == -1 else keys[index] if 0 <= index < len(keys) else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        index = self._key_at(event.x)
        if index != self._hover:
            self._hover = index
            key = self._shown_key(index) if index is not None else None
            self.tooltip = (key[4] or key[2]) if key is not None else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self._key_at(event.x)
        key = self._shown_key(index) if index is not None else None
        if key is None:
            return
        if key[3]:
            self.app.simulate_key(key[0])
        else:
            self.app.bell()
