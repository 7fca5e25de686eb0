"""A bulleted list drawn by one widget, each item wrapped under its own first word (a hanging indent).

One Visual instead of a row of widgets per item: the picker's preview changes on every move through
the list, and mounting, styling and laying out three widgets per objective cost more than the text.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

#: A space, the bullet, two spaces: where each item's text starts.
INDENT = 4


class HangingList(Visual):
    def __init__(self, items: list[Content], bullet: Content, before: Content | None = None) -> None:
        """`before`: text shown above the list, wrapped at the same width (one widget for both)."""
        self.items = items
        self.before = before
        self.first = Content.assemble(" ", bullet, " " * (INDENT - 1 - bullet.cell_length))
        self._rows: tuple[int, list[Content]] | None = None

    def __str__(self) -> str:
        return "\n".join(([self.before.plain] if self.before is not None else []) + [item.plain for item in self.items])

    def rows(self, width: int) -> list[Content]:
        """The list laid out at `width`, one Content per row, kept for the last width asked (layout and
        paint ask in turn)."""
        if self._rows is None or self._rows[0] != width:
            text_width = max(1, width - INDENT)
            rows = self.before.wrap(max(1, width)) if self.before is not None else []
            rows += [(self.first if index == 0 else Content(" " * INDENT)) + line
                     for item in self.items for index, line in enumerate(item.wrap(text_width))]
            self._rows = (width, rows)
        return self._rows[1]

    def lines(self, width: int) -> Content:
        return Content("\n").join(self.rows(width))

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.rows(width))
