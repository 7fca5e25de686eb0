"""The picker's list of scenarios: one card per persona; a click previews, a second click starts.

One widget that draws its cards as lines (Textual's line API), as the chat log does, rather than an
option list: each card is wrapped once per width and its rows kept, moving the highlight repaints
the rows of the two cards it left and reached, and the list's height is known before its first
layout, so the first frame already has its scrollbar and nothing is laid out twice.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from dojo.tui.look import MUTED, difficulty_content, first_sentence, grade_content, literal, score_text_style

if TYPE_CHECKING:
    from dojo.coach import Scores
    from dojo.scenario.cards import Card

#: A card's text starts one cell in from each side of the list.
PADDING = 1


def card(scenario: Card, best: Scores | None, scores_known: bool = True) -> Content:
    """`scores_known` is False while the player's history is still being read: no record rather than a wrong one."""
    persona = scenario.persona
    name = Content.assemble(literal(persona.name, "bold"), ("  ", ""),
                            literal(f"{persona.role}, {persona.company}", MUTED))
    if not scores_known:
        record = Content("")
    elif best is None:
        record = Content.styled("not tried yet", MUTED)
    else:
        record = Content.assemble(("best ", MUTED), (f"{best.overall}", f"bold {score_text_style(best.overall)}"),
                                  " ", grade_content(best.overall))
    facts = Content.assemble(literal(scenario.archetype, "$text-accent"), "  ",
                             difficulty_content(scenario.difficulty), "  ", record)
    return Content("\n").join([name, facts, literal(first_sentence(scenario.summary), MUTED)])


class ScenarioList(ScrollView, can_focus=True):
    """Scenario cards, a rule between each two; the highlighted one is previewed beside the list."""

    COMPONENT_CLASSES = {"scenario-list--highlighted", "scenario-list--hover", "scenario-list--rule"}

    DEFAULT_CSS = """
    ScenarioList {
        height: 1fr;
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        & > .scenario-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus > .scenario-list--highlighted {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .scenario-list--hover { background: $block-hover-background; }
        & > .scenario-list--rule { color: $foreground 15%; }
    }
    """

    BINDINGS = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    class _CardMessage(Message):
        def __init__(self, scenario_list: ScenarioList, scenario_id: str) -> None:
            super().__init__()
            self.scenario_list = scenario_list
            self.scenario_id = scenario_id

        @property
        def control(self) -> ScenarioList:
            return self.scenario_list

    class Highlighted(_CardMessage):
        """The highlight moved to another card (or the list was refilled)."""

    class Selected(_CardMessage):
        """Enter on the list, or a second click on a card: start it."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._ids: list[str] = []
        self._cards: list[Content] = []
        self._highlighted: int | None = None
        self._hover: int | None = None
        #: Each card's rows at `_width` (its text wrapped, without styling), and the first row of each.
        self._wrapped: list[list[Content]] = []
        self._starts: list[int] = []
        self._rows = 0
        self._width = 0
        #: Drawn rows per card and look (plain, highlighted, hover); cleared when the width or theme changes.
        self._drawn: dict[tuple[int, str], list[Strip]] = {}
        self._styles: dict[str, Style] | None = None
        self._width_hint = 0
        #: The width the cards were last wrapped at (the estimate until the first layout).
        self._measured = 0

    # ---- what the picker reads
    @property
    def option_count(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[str]:
        """The listed scenarios' ids, top to bottom."""
        return list(self._ids)

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, len(self._ids) - 1)) if self._ids else None
        if index == self._highlighted:
            return
        self._repaint_card(self._highlighted)
        self._highlighted = index
        self._repaint_card(index)
        if index is not None and self.is_mounted:  # before mounting, whoever fills the list shows its first card
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, self._ids[index]))

    @property
    def highlighted_id(self) -> str | None:
        return self._ids[self._highlighted] if self._highlighted is not None else None

    def card_content(self, scenario_id: str) -> Content:
        """What the card of `scenario_id` says."""
        return self._cards[self._ids.index(scenario_id)]

    def fill(self, rows: list[tuple[Card, Scores | None]], keep: str | None = None, scores_known: bool = True,
             width_hint: int | None = None) -> None:
        """Show these cards, keeping the highlight on `keep` if it is still listed (else the first).
        `width_hint`: the list's width before its first layout, as its screen lays it out."""
        if width_hint is not None:
            self._width_hint = width_hint
        self._ids = [scenario.id for scenario, _ in rows]
        self._cards = [card(scenario, best, scores_known) for scenario, best in rows]
        self._highlighted = None
        self._measure()
        self.highlighted = (self._ids.index(keep) if keep in self._ids else 0) if rows else None
        self.refresh()

    # ---- rows
    def _estimated_width(self) -> int:
        """The list's width before its first layout: the screen's hint, or a little over half the
        screen. A wrong guess costs wrapping the cards again, and one more layout if it changes
        whether the scrollbar shows."""
        return self._width_hint or max(10, self.app.size.width * 56 // 100 - 4)

    def _measure(self) -> None:
        """Wrap every card at the current width (or the estimate) and set the list's height from them."""
        width = self._measured = self._width or self._estimated_width()
        self._wrapped = [content.wrap(max(1, width - 2 * PADDING)) for content in self._cards]
        self._starts = []
        rows = 0
        for lines in self._wrapped:
            self._starts.append(rows)
            rows += len(lines) + 1  # the card and the rule under it
        self._rows = max(0, rows - 1)  # no rule under the last card
        self._drawn.clear()
        size = Size(width, self._rows)
        if not self.is_mounted or not self.container_size:
            # Before the first layout: the scrollbar the list will need is chosen now, so that layout is the only one.
            self.set_reactive(ScenarioList.virtual_size, size)
            height = max(1, self.app.size.height - 8)
            self.set_reactive(ScenarioList.show_vertical_scrollbar, self._rows > height)
        elif (self._rows > self.container_size.height) == self.show_vertical_scrollbar:
            # The scrollbar stays: update its extent without laying out the screen again.
            self.set_reactive(ScenarioList.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size

    def _card_at(self, row: int) -> int | None:
        if not self._starts or not 0 <= row < self._rows:
            return None
        index = bisect_right(self._starts, row) - 1
        return index if row - self._starts[index] < len(self._wrapped[index]) else None  # None: a rule

    def _card_region(self, index: int) -> Region:
        return Region(0, self._starts[index], self._width or 1, len(self._wrapped[index]))

    def _repaint_card(self, index: int | None) -> None:
        if index is None or not self.is_mounted or index >= len(self._starts):
            return
        self.refresh(self._card_region(index).translate((0, -round(self.scroll_y))))

    def scroll_to_highlight(self) -> None:
        if self._highlighted is None or not self.is_mounted or not self.container_size:
            return
        self.scroll_to_region(self._card_region(self._highlighted), animate=False, force=True, immediate=True)

    # ---- drawing
    def _style(self, look: str) -> Style:
        if self._styles is None:
            base = self.visual_style
            self._styles = {
                "": base,
                "highlighted": self.get_visual_style("scenario-list--highlighted"),
                "hover": self.get_visual_style("scenario-list--hover"),
                "rule": self.get_visual_style("scenario-list--rule"),
            }
        return self._styles[look]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._drawn.clear()  # a new theme or focus: same rows, new colours

    def _on_focus(self, event: events.Focus) -> None:
        self._styles = None
        self._drawn.clear()
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        self._styles = None
        self._drawn.clear()
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            if width != self._measured:
                self._measure()
            else:
                self._drawn.clear()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y
        width = self._width
        if not self._starts or not 0 <= row < self._rows:
            return Strip.blank(width, self._style("").rich_style)
        index = bisect_right(self._starts, row) - 1
        offset = row - self._starts[index]
        if offset == len(self._wrapped[index]):
            return Strip([Segment("─" * width, self._style("rule").rich_style)], width)
        look = "highlighted" if index == self._highlighted else "hover" if index == self._hover else ""
        return self._draw(index, look)[offset]

    def _draw(self, index: int, look: str) -> list[Strip]:
        drawn = self._drawn.get((index, look))
        if drawn is None:
            style = self._style(look)
            width = self._width
            pad = Segment(" " * PADDING, style.rich_style)
            drawn = self._drawn[(index, look)] = [
                Strip([pad, *(Segment(text, part.rich_style) for text, part in line.render(style, end=""))])
                .crop_extend(0, width, style.rich_style)
                for line in self._wrapped[index]]
        return drawn

    # ---- keys and mouse
    def action_cursor_down(self) -> None:
        if self._ids:
            self.highlighted = 0 if self._highlighted is None else self._highlighted + 1

    def action_cursor_up(self) -> None:
        if self._ids:
            self.highlighted = 0 if self._highlighted is None else self._highlighted - 1

    def action_first(self) -> None:
        if self._ids:
            self.highlighted = 0

    def action_last(self) -> None:
        if self._ids:
            self.highlighted = len(self._ids) - 1

    def _move_page(self, direction: int) -> None:
        if not self._ids:
            return
        current = self._highlighted or 0
        row = self._starts[current] + direction * max(1, self.scrollable_content_region.height)
        row = max(0, min(row, self._rows - 1))
        self.highlighted = max(0, bisect_right(self._starts, row) - 1)

    def action_page_down(self) -> None:
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def action_select(self) -> None:
        if self._highlighted is not None:
            self.post_message(self.Selected(self, self._ids[self._highlighted]))

    def _index_under(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        return None if offset is None else self._card_at(round(self.scroll_y) + offset.y)

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._index_under(event))

    def _on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._repaint_card(self._hover)
            self._hover = index
            self._repaint_card(index)

    async def _on_click(self, event: events.Click) -> None:
        clicked = self._index_under(event)
        if clicked is None:
            return
        if clicked == self._highlighted or event.chain >= 2:
            self.highlighted = clicked
            self.action_select()
        else:
            self.highlighted = clicked
