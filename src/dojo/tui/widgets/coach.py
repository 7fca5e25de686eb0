"""The coach panel: score gauges, the pathway track, the reciprocity ledger, the last turn's events.

The panel renders a `CoachView`, a plain snapshot of the coach after a turn,
so the same widgets can show a live session or a replayed one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

from dojo.coach import ScoreEvent, Scores
from dojo.coach.chasing import listing
from dojo.coach.scores import DIMENSIONS, START_SCORES
from dojo.engine.events import CoachState, Event, ScoreChanged, SessionEnded, TurnScored
from dojo.engine.summary import stages_not_owed
from dojo.tui.look import (
    ACCENT,
    DIMENSION_TITLES,
    GAIN,
    LOSS,
    MUTED,
    TRACK,
    delta_content,
    grade_content,
    literal,
    score_style,
    score_text_style,
    turns_old,
)
from dojo.tui.widgets.scrollbar import row_scrollbar
from dojo.vocab import STAGES

STAGE_NEEDS = {
    "rapport": "connect first: greet them, find common ground, ask permission.",
    "empathy": "discover: ask about their situation, their pain and their goals.",
    "trust": "earn belief: be honest about limits, show a result like theirs.",
    "hope": "paint where they will be, tied to the goals they told you.",
    "urgency": "give a real reason to act now: their deadline, the cost of waiting.",
}


@dataclass(frozen=True)
class CoachView:
    """What the coach knows after a turn, in the shape the panel draws: read from events alone,
    so the live panel and the review of a saved session are drawn from the same data."""

    scores: Scores = START_SCORES
    deltas: dict[str, int] = field(default_factory=dict)
    state: CoachState = field(default_factory=CoachState)
    last: tuple[ScoreChanged, ...] = ()
    turn: int = 0
    #: The call is over (by this turn): nothing is next on the pathway.
    ended: bool = False
    #: The pitch stages a walk-away from a non-buyer credited as not owed (`walked_away`), in pathway order.
    not_owed: tuple[str, ...] = ()

    @property
    def jumps(self) -> dict[str, int]:
        return {jump.stage: jump.turn for jump in self.state.jumped}

    @classmethod
    def of(cls, events: Iterable[Event], turn: int | None = None) -> CoachView:
        """The view after `turn` (default: the last scored turn) of a session's events."""
        events = list(events)
        scored: list[TurnScored] = [e for e in events if isinstance(e, TurnScored)]
        if turn is not None:
            scored = [e for e in scored if e.turn <= turn]
        # The whole session's view knows whether the call is over; a view as of a turn is drawn mid-call.
        ended = turn is None and any(isinstance(e, SessionEnded) for e in events)
        if not scored:
            return cls(ended=ended)
        now = scored[-1]
        before = scored[-2].scores if len(scored) > 1 else START_SCORES
        last = tuple(e for e in events if isinstance(e, ScoreChanged) and e.turn == now.turn)
        deltas = {dim: getattr(now.scores, dim) - getattr(before, dim) for dim in DIMENSIONS}
        state = now.coach or CoachState()
        not_owed = stages_not_owed(events, state.earned, now.turn)
        return cls(scores=now.scores, deltas={k: v for k, v in deltas.items() if v},
                   state=state, last=last, turn=now.turn, ended=ended, not_owed=not_owed)


class ScoreBoard(Widget):
    """Three score gauges and the overall, each with this turn's change."""

    DEFAULT_CSS = """
    ScoreBoard { height: 5; width: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view = CoachView()

    def show(self, view: CoachView) -> None:
        self.view = view
        self.refresh()

    def render(self) -> Content:
        return self.describe(self.view, self.content_region.width)

    @classmethod
    def describe(cls, view: CoachView, width: int) -> Content:
        width = max(width, 24)
        scores = view.scores
        lines = [cls._gauge(DIMENSION_TITLES[dim], getattr(scores, dim), view.deltas.get(dim, 0), width)
                 for dim in ("reciprocity", "pathway", "chasing")]
        lines.append(Content(""))
        if view.turn:
            lines.append(cls._overall(scores.overall, width))
        else:  # no grade for words not yet said
            lines.append(Content.assemble((f"{'Overall':<12}", "bold"),
                                          ("   —  graded after a reply", MUTED)))
        return Content("\n").join(lines)

    @staticmethod
    def _bar(value: int, size: int) -> Content:
        filled = round(size * max(0, min(100, value)) / 100)
        return Content.assemble(("━" * filled, score_style(value)), ("━" * (size - filled), TRACK))

    @classmethod
    def _gauge(cls, title: str, value: int, delta: int, width: int) -> Content:
        bar = max(4, width - 12 - 4 - 8)
        change = delta_content(delta).right(6) if delta else Content(" " * 6)
        return Content.assemble((f"{title:<12}", "bold"), cls._bar(value, bar),
                                (f"{value:>4}", f"bold {score_text_style(value)}"), " ", change)

    @classmethod
    def _overall(cls, value: int, width: int) -> Content:
        bar = max(4, width - 12 - 4 - 8)
        return Content.assemble((f"{'Overall':<12}", "bold"), cls._bar(value, bar),
                                (f"{value:>4}", f"bold {score_text_style(value)}"), "  ", grade_content(value))


class PathwayTrack(Widget):
    """Rapport › Empathy › Trust › Hope › Urgency: earned, next, jumped or still ahead."""

    DEFAULT_CSS = """
    PathwayTrack { height: auto; width: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view = CoachView()

    def show(self, view: CoachView) -> None:
        self.view = view
        self.refresh(layout=True)

    def render(self) -> Content:
        return self.describe(self.view, max(self.content_region.width, 20))

    def get_content_height(self, container, viewport, width: int) -> int:
        if not width:
            return 0
        return self.describe(self.view, width).get_height(self.styles, width)  # type: ignore[arg-type]

    @classmethod
    def describe(cls, view: CoachView, width: int) -> Content:
        """The five stages as chips, wrapped to `width`, and what to do next."""
        rows: list[Content] = []
        row = Content("")
        chips = cls.chips(view)
        for index, chip in enumerate(chips):
            arrow = Content.styled(" ›", MUTED) if index < len(chips) - 1 else Content("")
            # The chip and its arrow move to the next row together: an arrow that does not fit would
            # otherwise wrap onto a row of its own.
            if row.cell_length and row.cell_length + chip.cell_length + arrow.cell_length > width:
                rows.append(row.rstrip())
                row = Content("")
            row = row + chip + arrow + (Content(" ") if arrow.cell_length else Content(""))
        rows.append(row.rstrip())
        rows.append(cls.status(view))
        return Content("\n").join(rows)

    @staticmethod
    def _next(view: CoachView) -> str | None:
        if view.ended:
            return None  # the call is over: nothing comes next
        return next((stage for stage in STAGES if stage not in view.state.earned), None)

    @classmethod
    def chips(cls, view: CoachView) -> list[Content]:
        upcoming = cls._next(view)
        out = []
        for stage in STAGES:
            name = stage.title()
            if stage in view.state.earned:
                out.append(Content.styled(f"● {name}", f"bold {GAIN}"))
            elif stage in view.not_owed:  # credited, not earned: the pitch was not owed to a non-buyer
                out.append(Content.styled(f"◌ {name}", GAIN))
            elif stage in view.jumps:
                out.append(Content.styled(f"✕ {name}", f"bold {LOSS}"))
            elif stage == upcoming:
                out.append(Content.styled(f"◉ {name}", f"bold {ACCENT} underline"))
            else:
                out.append(Content.styled(f"○ {name}", MUTED))
        return out

    @classmethod
    def status(cls, view: CoachView) -> Content:
        if view.ended:
            earned = sum(stage in view.state.earned for stage in STAGES)
            if earned == len(STAGES):
                return Content.styled("Call over: all five stages earned.", GAIN)
            if view.not_owed:
                owed = listing([stage.title() for stage in view.not_owed])
                verb = "was" if len(view.not_owed) == 1 else "were"
                return Content.assemble(("Call over: ", "bold"),
                                        (f"walked away from a non-buyer, so {owed} {verb} not owed "
                                         f"({earned} of {len(STAGES)} earned).", MUTED))
            stopped = next(stage for stage in STAGES if stage not in view.state.earned)
            return Content.assemble(("Call over: ", "bold"),
                                    (f"{earned} of {len(STAGES)} stages earned, stopped before {stopped.title()}.",
                                     MUTED))
        upcoming = cls._next(view)
        jumps = [(turn, stage) for stage, turn in view.jumps.items() if stage not in view.state.earned]
        if jumps and upcoming is not None:
            turn, stage = max(jumps)
            return Content.styled(f"Jumped ahead to {stage.title()} at turn {turn}. "
                                  f"Earn {upcoming.title()} first.", LOSS)
        if upcoming is None:
            return Content.styled("All five in place: propose a dated next step.", GAIN)
        return Content.assemble((f"Next, {upcoming.title()}: ", f"bold {ACCENT}"), (STAGE_NEEDS[upcoming], MUTED))


class Ledger(Static):
    """Gives the rep made that the prospect has not yet repaid, and how old they are."""

    DEFAULT_CSS = """
    Ledger { height: auto; width: 1fr; }
    """

    def show(self, view: CoachView) -> None:
        self.update(self.describe(view))

    @staticmethod
    def describe(view: CoachView) -> Content:
        state = view.state
        gets = Content.styled(f"Gets so far: {state.gets}", MUTED)
        if not state.open_gives:
            status = Content.styled("✓ Every give traded", GAIN) if state.gave else \
                Content.styled("Nothing given yet", MUTED)
            return Content("\n").join([status, gets])
        lines = [Content.styled("Given, not yet repaid:", "bold")]
        for give in state.open_gives:
            kind, age = give.kind, give.age
            style = LOSS if age >= 2 else "$text-warning"
            lines.append(Content.assemble("  • ", (kind.replace("_", " "), "bold"), "  ", (turns_old(age), style)))
        lines.append(gets)
        return Content("\n").join(lines)


def last_turn_content(events: list[ScoreChanged], turn: int) -> Content:
    """The last turn's score events: the change, why, the words that caused it, and a tip."""
    if not turn:
        return Content.styled("Your first reply will be scored here.", MUTED)
    if not events:
        return Content.styled("No score change on that reply.", MUTED)
    return Content("\n\n").join(event_content(event) for event in events)


def event_content(event: ScoreEvent, with_tip: bool | None = None) -> Content:
    """`▲ +15 Reciprocity`, the reason, the quoted words, and (for losses) the tip."""
    lines = [Content.assemble(delta_content(event.delta), " ",
                              (DIMENSION_TITLES.get(event.dimension, event.dimension), "bold")),
             literal(event.reason)]
    if event.quote:
        lines.append(Content.assemble(("“", MUTED), literal(event.quote, "italic"), ("”", MUTED)))
    show_tip = event.delta <= 0 if with_tip is None else with_tip
    if show_tip and event.tip:
        lines.append(Content.assemble(("Tip ", f"bold {ACCENT}"), literal(event.tip, ACCENT)))
    return Content("\n").join(lines)


class CoachPanel(ScrollView, can_focus=True):
    """Everything the coach can tell the rep after each reply, in one column.

    The last reply's events come straight after the scores, so at 80×24 what
    just happened and what to do about it are in view without scrolling.

    One widget draws every section as lines (Textual's line API): after a reply only the rows
    whose text changed are painted again, and the screen is not laid out again unless the
    panel's scrollbar comes or goes.
    """

    COMPONENT_CLASSES = {"coach-panel--heading"}

    DEFAULT_CSS = """
    CoachPanel {
        width: 40;
        height: 1fr;
        padding: 0 1;
        background: $surface;
        border-left: vkey $panel-lighten-1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    CoachPanel > .coach-panel--heading {
        color: $text-muted;
        text-style: bold;
    }
    """

    def __init__(self, objectives: list[str] | None = None, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.objectives = list(objectives or [])
        self.view = CoachView()
        #: Each section's heading and text, in the order shown.
        self._sections: list[tuple[str, Content]] = []
        self._rows: list[Strip] = []
        self._width = 0
        self._blank = Strip.blank(0)
        self._drawn: dict[tuple[str, Content], list[Strip]] = {}
        self._drawn_width = 0
        #: Base and heading styles and parsed span styles, looked up once per theme.
        self._styles: tuple[Style, Style, dict[str | Style, Style]] | None = None

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Moved after every reply: drawn as rows (`RowScrollBar`), not through Textual's styling pass."""
        return row_scrollbar(self)

    def on_mount(self) -> None:
        self.show(self.view)

    def show(self, view: CoachView) -> None:
        self.view = view
        self._draw()

    def section(self, heading: str) -> str:
        """The text under a heading (`SCORES`, `LAST REPLY`, `PATHWAY`…), as shown."""
        for title, content in self._sections:
            if title.startswith(heading):
                return content.plain
        raise KeyError(heading)

    @property
    def plain(self) -> str:
        return "\n".join(f"{title}\n{content.plain}" for title, content in self._sections)

    def _describe(self, width: int) -> list[tuple[str, Content]]:
        view = self.view
        sections = [
            ("SCORES", ScoreBoard.describe(view, width)),
            ("LAST REPLY" if not view.turn else f"LAST REPLY · TURN {view.turn}",
             last_turn_content(list(view.last), view.turn)),
            ("PATHWAY", PathwayTrack.describe(view, width)),
            ("RECIPROCITY LEDGER", Ledger.describe(view)),
        ]
        if self.objectives:
            sections.append(("OBJECTIVES", Content("\n").join(
                Content.assemble(("• ", MUTED), literal(goal, MUTED)) for goal in self.objectives)))
        return sections

    def _draw(self) -> None:
        """Lay the sections out as rows at the current width, and repaint the rows that changed."""
        if not self.is_mounted:
            return
        width = self.scrollable_content_region.width
        self._width = width
        self._sections = self._describe(width)
        if self._styles is None:
            self._styles = (self.visual_style, self.get_visual_style("coach-panel--heading"), {})
        base, heading, _ = self._styles
        if width != self._drawn_width:
            self._drawn, self._drawn_width = {}, width
        self._blank = Strip.blank(width, base.rich_style)
        rows: list[Strip] = []
        drawn: dict[tuple[str, Content], list[Strip]] = {}
        for title, content in self._sections:
            # Most sections read the same as after the last reply: their rows are reused.
            section = self._drawn.get((title, content))
            if section is None:
                section = [self._blank, self._row(Content(title), heading, width)]
                section += [self._row(line, base, width) for line in content.wrap(width)] if width else []
            drawn[title, content] = section
            rows += section
        self._drawn = drawn
        old = self._rows
        self._rows = rows
        if len(rows) != len(old):
            self._set_height(len(rows))
            self.refresh()
            return
        for y, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.refresh_line(y)

    def _row(self, line: Content, base: Style, width: int) -> Strip:
        segments = [Segment(text, style.rich_style)
                    for text, style in line.render(base, end="", parse_style=self._parse)]
        return Strip(segments).extend_cell_length(width, base.rich_style)

    def _parse(self, style: str | Style) -> Style:
        assert self._styles is not None
        parsed = self._styles[2].get(style)
        if parsed is None:
            parsed = self._styles[2][style] = self._get_style(style)
        return parsed

    def _set_height(self, rows: int) -> None:
        size = Size(self._width, rows)
        if self.container_size and (rows > self.container_size.height) == self.show_vertical_scrollbar:
            # The scrollbar stays as it was, so the screen need not be laid out again.
            self.set_reactive(CoachPanel.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size

    def on_resize(self) -> None:
        self._draw()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._drawn = {}
        if self.is_mounted:
            self._draw()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The scrollbar appearing narrows the text without a resize: wrap again at the new width.
        if self.scrollable_content_region.width != self._width:
            self._draw()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y
        return self._rows[row] if row < len(self._rows) else self._blank
