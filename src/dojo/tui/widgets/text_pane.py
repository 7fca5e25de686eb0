"""A scrolling pane of wrapped text drawn as lines by one widget (Textual's line API).

The picker's preview changes with every move through the list. As a Static inside a scrolling
container, each change laid out the screen again (the text's height, then the container's scrollbar);
this pane wraps the new text once, keeps its rows, and repaints itself, laying out only when its
scrollbar comes or goes.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dojo.tui.widgets.bullets import HangingList

Text = Content | HangingList


class TextPane(ScrollView):
    DEFAULT_CSS = """
    TextPane { height: 1fr; overflow-x: hidden; overflow-y: auto; }
    """

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = text
        self._width = 0
        self._rows: list[Content] = []
        self._drawn: dict[int, Strip] = {}

    def render(self) -> Text:  # type: ignore[override]
        """What the pane shows (its lines are drawn by `render_line`)."""
        return self._text

    def show(self, text: Text) -> None:
        """Show other text from the top: one repaint, and a layout only if the scrollbar comes or goes."""
        self._text = text
        if self._width:
            self._wrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _wrap(self) -> None:
        text, width = self._text, max(1, self._width)
        self._rows = text.rows(width) if isinstance(text, HangingList) else text.wrap(width)
        self._drawn.clear()
        size = Size(width, len(self._rows))
        if self.is_mounted and self.container_size and \
                (size.height > self.container_size.height) == self.show_vertical_scrollbar:
            self.set_reactive(TextPane.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._wrap()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y
        style = self.visual_style
        if not 0 <= row < len(self._rows):
            return Strip.blank(self._width, style.rich_style)
        strip = self._drawn.get(row)
        if strip is None:
            segments = [Segment(text, part.rich_style) for text, part in self._rows[row].render(style, end="")]
            strip = self._drawn[row] = Strip(segments).crop_extend(0, self._width, style.rich_style)
        return strip
