"""A vertical scrollbar drawn straight to rows, for the widgets that move theirs on every reply.

The chat log scrolls to its newest line after every reply, so its scrollbar is painted again in every
reply's frame. Textual draws a scrollbar as any widget with content: a Rich renderable rendered to
lines, then each line through the widget's full styling pass (borders, padding, tint, opacity,
filters), three new rows' worth of objects per cell of height: ≈ 3 ms of a 25 ms reply at 120×40.
This one draws the same cells with the same styles itself (one row per cell, the widget's own style
under the bar's, the app's line filters after), and not at all when the thumb sits where it did.
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widget import Widget

#: Textual's colours for a bar whose style names none.
BACK, BAR = Color.parse("#555555"), Color.parse("bright_magenta")


class RowScrollBar(ScrollBar):
    """Textual's vertical scrollbar, cell for cell, drawn without its styling pass."""

    def __init__(self, vertical: bool = True, name: str | None = None, *, thickness: int = 1) -> None:
        super().__init__(vertical=vertical, name=name, thickness=thickness)
        #: What the rows were drawn from, and the rows.
        self._drawn: tuple[tuple[object, ...], list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        styles = self.styles
        if not self.vertical or styles.tint.a or self.opacity != 1 or self.screen.styles.scrollbar_color.a == 0:
            return super().render_lines(crop)  # what the styling pass would change: Textual draws it
        bar = self.render()
        assert isinstance(bar, ScrollBarRender)
        width, height = self.size
        base = self.visual_style.rich_style
        filters = tuple(self.get_line_filters())
        # The thumb moves in eighths of a cell: a reply that moves it less draws the same rows.
        key = (width, height, crop, bar.virtual_size, bar.window_size, bar.position, bar.style, base, filters)
        if self._drawn is not None and self._drawn[0] == key:
            return self._drawn[1]
        style = self.app.console.get_style(bar.style)
        cells = self.renderer.render_bar(size=height, virtual_size=bar.virtual_size, window_size=bar.window_size,
                                         position=bar.position, thickness=width, vertical=True,
                                         back_color=style.bgcolor or BACK, bar_color=style.color or BAR).segments
        background = self.background_colors[1]
        # A bar has four or five kinds of cell (track above, thumb, its two ends, track below): each drawn once.
        kinds: dict[Segment, Strip] = {}
        rows = []
        for cell in cells[crop.y:crop.bottom]:
            row = kinds.get(cell)
            if row is None:
                row = Strip([Segment(cell.text, base + cell.style)], width)
                for line_filter in filters:
                    row = row.apply_filter(line_filter, background)
                if crop.width != width:
                    row = row.crop(crop.x, crop.right)
                kinds[cell] = row
            rows.append(row)
        self._drawn = (key, rows)
        return rows


def row_scrollbar(widget: Widget) -> ScrollBar:
    """The vertical scrollbar `widget.vertical_scrollbar` makes, as a `RowScrollBar` (the same steps)."""
    if widget._vertical_scrollbar is None:
        scrollbar = RowScrollBar(vertical=True, name="vertical", thickness=widget.scrollbar_size_vertical)
        scrollbar.display = False
        widget._vertical_scrollbar = scrollbar
        widget.app._start_widget(widget, scrollbar)
    return widget._vertical_scrollbar
