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


class _LaidOutRows(Visual):
    """A Visual drawn as rows of Content laid out for a width (`layout`), kept for the last width asked:
    layout and paint ask in turn."""

    _rows: tuple[int, list[Content]] | None = None

    def layout(self, width: int) -> list[Content]:
        raise NotImplementedError

    def rows(self, width: int) -> list[Content]:
        if self._rows is None or self._rows[0] != width:
            self._rows = (width, self.layout(width))
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


class HangingList(_LaidOutRows):
    def __init__(self, items: list[Content], bullet: Content, before: Content | None = None) -> None:
        """`before`: text shown above the list, wrapped at the same width (one widget for both)."""
        self.items = items
        self.before = before
        self.first = Content.assemble(" ", bullet, " " * (INDENT - 1 - bullet.cell_length))

    def __str__(self) -> str:
        return "\n".join(([self.before.plain] if self.before is not None else []) + [item.plain for item in self.items])

    def layout(self, width: int) -> list[Content]:
        text_width = max(1, width - INDENT)
        rows = self.before.wrap(max(1, width)) if self.before is not None else []
        return rows + [(self.first if index == 0 else Content(" " * INDENT)) + line
                       for item in self.items for index, line in enumerate(item.wrap(text_width))]


#: The narrowest column a hanging line's text is wrapped in beside its lead; narrower, it goes under the lead.
MIN_TEXT = 20


class HangingLines(_LaidOutRows):
    """Lines, some with a lead ("   best, turn 3 ▲ +15  ") whose text wraps under the text's own first
    character, not under the lead: a long quoted answer reads as one block beside its label."""

    def __init__(self, lines: list[tuple[Content, Content | None]]) -> None:
        """`lines`: (lead, text) pairs; a line with text None is wrapped as it is."""
        self.lines_given = lines

    def __str__(self) -> str:
        return "\n".join(lead.plain + (text.plain if text is not None else "") for lead, text in self.lines_given)

    def layout(self, width: int) -> list[Content]:
        width = max(1, width)
        rows: list[Content] = []
        for lead, text in self.lines_given:
            if text is None:
                rows += lead.wrap(width)
                continue
            indent = lead.cell_length
            if width - indent < MIN_TEXT:  # too narrow beside the lead: the text goes under it, indented
                indent = min(INDENT, max(0, width - 1))
                rows += lead.wrap(width)
                rows += [Content(" " * indent) + line for line in text.wrap(max(1, width - indent))]
                continue
            rows += [(lead if index == 0 else Content(" " * indent)) + line
                     for index, line in enumerate(text.wrap(width - indent))]
        return rows
