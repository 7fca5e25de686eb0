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
        self._lines: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return "\n".join(([self.before.plain] if self.before is not None else []) + [item.plain for item in self.items])

    def lines(self, width: int) -> Content:
        """The list laid out at `width`, kept for the last width asked (layout and paint ask in turn)."""
        if self._lines is None or self._lines[0] != width:
            text_width = max(1, width - INDENT)
            rows = self.before.wrap(max(1, width)) if self.before is not None else []
            rows += [(self.first if index == 0 else Content(" " * INDENT)) + line
                     for item in self.items for index, line in enumerate(item.wrap(text_width))]
            self._lines = (width, Content("\n").join(rows))
        return self._lines[1]

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.lines(width).get_height(rules, width)
