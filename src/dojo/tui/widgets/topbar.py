"""A screen's top line as one widget: a title on the left, a status on the right.

One widget instead of a row holding two: every screen has a top bar, and each widget costs its
styling, layout and paint; the status side (the turn, the player) changes without a layout.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget


class Split(Visual):
    """`left` from the left edge and `right` against the right edge of one line; when both do not fit,
    the left side gives way."""

    def __init__(self, left: Content, right: Content) -> None:
        self.left = left
        self.right = right

    def __str__(self) -> str:
        return f"{self.left.plain}  {self.right.plain}"

    def line(self, width: int) -> Content:
        right = self.right.truncate(width)
        left = self.left.truncate(max(0, width - right.cell_length - (1 if right.cell_length else 0)))
        return Content.assemble(left, " " * max(0, width - left.cell_length - right.cell_length), right)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.line(width).render_strips(width, 1, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1


class TopBar(Widget):
    DEFAULT_CSS = """
    TopBar { height: 1; width: 1fr; padding: 0 1; background: $panel; }
    """

    def __init__(self, left: Content | str = "", right: Content | str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._split = Split(Content(left) if isinstance(left, str) else left,
                            Content(right) if isinstance(right, str) else right)

    def render(self) -> Split:
        return self._split

    def show(self, *, left: Content | None = None, right: Content | None = None) -> None:
        """Change either side: a repaint of this one line, never a layout."""
        split = Split(self._split.left if left is None else left, self._split.right if right is None else right)
        if (split.left, split.right) != (self._split.left, self._split.right):
            self._split = split
            self.refresh()
