"""The coach panel: score gauges, the pathway track, the reciprocity ledger, the last turn's events.

The panel renders a `CoachView`, a plain snapshot of the coach after a turn,
so the same widgets can show a live session or a replayed one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, Static

from dojo.coach import ScoreEvent, Scores
from dojo.coach.scores import DIMENSIONS, START_SCORES
from dojo.engine.events import CoachState, Event, ScoreChanged, TurnScored
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

    @property
    def jumps(self) -> dict[str, int]:
        return {jump.stage: jump.turn for jump in self.state.jumped}

    @classmethod
    def of(cls, events: Iterable[Event], turn: int | None = None) -> CoachView:
        """The view after `turn` (default: the last scored turn) of a session's events."""
        scored: list[TurnScored] = [e for e in events if isinstance(e, TurnScored)]
        if turn is not None:
            scored = [e for e in scored if e.turn <= turn]
        if not scored:
            return cls()
        now = scored[-1]
        before = scored[-2].scores if len(scored) > 1 else START_SCORES
        last = tuple(e for e in events if isinstance(e, ScoreChanged) and e.turn == now.turn)
        deltas = {dim: getattr(now.scores, dim) - getattr(before, dim) for dim in DIMENSIONS}
        return cls(scores=now.scores, deltas={k: v for k, v in deltas.items() if v},
                   state=now.coach or CoachState(), last=last, turn=now.turn)


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
        width = max(self.content_region.width, 24)
        scores = self.view.scores
        lines = [self._gauge(DIMENSION_TITLES[dim], getattr(scores, dim), self.view.deltas.get(dim, 0), width)
                 for dim in ("reciprocity", "pathway", "chasing")]
        lines.append(Content(""))
        if self.view.turn:
            lines.append(self._overall(scores.overall, width))
        else:  # no grade for words not yet said
            lines.append(Content.assemble((f"{'Overall':<12}", "bold"),
                                          ("   —  graded after a reply", MUTED)))
        return Content("\n").join(lines)

    @staticmethod
    def _bar(value: int, size: int) -> Content:
        filled = round(size * max(0, min(100, value)) / 100)
        return Content.assemble(("━" * filled, score_style(value)), ("━" * (size - filled), TRACK))

    def _gauge(self, title: str, value: int, delta: int, width: int) -> Content:
        bar = max(4, width - 12 - 4 - 8)
        change = delta_content(delta).right(6) if delta else Content(" " * 6)
        return Content.assemble((f"{title:<12}", "bold"), self._bar(value, bar),
                                (f"{value:>4}", f"bold {score_text_style(value)}"), " ", change)

    def _overall(self, value: int, width: int) -> Content:
        bar = max(4, width - 12 - 4 - 8)
        return Content.assemble((f"{'Overall':<12}", "bold"), self._bar(value, bar),
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

    def _next(self) -> str | None:
        return next((stage for stage in STAGES if stage not in self.view.state.earned), None)

    def chips(self) -> list[Content]:
        upcoming = self._next()
        out = []
        for stage in STAGES:
            name = stage.title()
            if stage in self.view.state.earned:
                out.append(Content.styled(f"● {name}", f"bold {GAIN}"))
            elif stage in self.view.jumps:
                out.append(Content.styled(f"✕ {name}", f"bold {LOSS}"))
            elif stage == upcoming:
                out.append(Content.styled(f"◉ {name}", f"bold {ACCENT} underline"))
            else:
                out.append(Content.styled(f"○ {name}", MUTED))
        return out

    def lines(self, width: int) -> list[Content]:
        rows: list[Content] = []
        row = Content("")
        chips = self.chips()
        for index, chip in enumerate(chips):
            piece = chip + (Content.styled(" › ", MUTED) if index < len(chips) - 1 else Content(""))
            if row.cell_length and row.cell_length + chip.cell_length > width:
                rows.append(row)
                row = Content("")
            row = row + piece
        rows.append(row)
        rows.append(self.status())
        return rows

    def status(self) -> Content:
        upcoming = self._next()
        jumps = [(turn, stage) for stage, turn in self.view.jumps.items() if stage not in self.view.state.earned]
        if jumps and upcoming is not None:
            turn, stage = max(jumps)
            return Content.styled(f"Jumped ahead to {stage.title()} at turn {turn}. "
                                  f"Earn {upcoming.title()} first.", LOSS)
        if upcoming is None:
            return Content.styled("All five in place: propose a dated next step.", GAIN)
        return Content.assemble((f"Next, {upcoming.title()}: ", f"bold {ACCENT}"), (STAGE_NEEDS[upcoming], MUTED))

    def render(self) -> Content:
        return Content("\n").join(self.lines(max(self.content_region.width, 20)))

    def get_content_height(self, container, viewport, width: int) -> int:
        if not width:
            return 0
        return Content("\n").join(self.lines(width)).get_height(self.styles, width)  # type: ignore[arg-type]


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


class EventList(Static):
    """The last turn's score events: the change, why, the words that caused it, and a tip."""

    DEFAULT_CSS = """
    EventList { height: auto; width: 1fr; }
    """

    def show(self, view: CoachView) -> None:
        self.update(self.describe(list(view.last), view.turn))

    @staticmethod
    def describe(events: list[ScoreChanged], turn: int) -> Content:
        if not turn:
            return Content.styled("Your first reply will be scored here.", MUTED)
        if not events:
            return Content.styled("No score change on that reply.", MUTED)
        blocks = [event_content(event) for event in events]
        return Content("\n\n").join(blocks)


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


class CoachPanel(VerticalScroll):
    """Everything the coach can tell the rep after each reply, in one column.

    The last reply's events come straight after the scores, so at 80×24 what
    just happened and what to do about it are in view without scrolling.
    """

    DEFAULT_CSS = """
    CoachPanel {
        width: 40;
        height: 1fr;
        padding: 0 1;
        background: $surface;
        border-left: vkey $panel-lighten-1;
        scrollbar-size-vertical: 1;
    }
    CoachPanel > .coach-heading {
        width: 1fr;
        margin-top: 1;
        color: $text-muted;
        text-style: bold;
    }
    """

    def __init__(self, objectives: list[str] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.objectives = list(objectives or [])

    def compose(self) -> ComposeResult:
        yield Label("SCORES", classes="coach-heading")
        yield ScoreBoard()
        yield Label("LAST REPLY", classes="coach-heading", id="last-heading")
        yield EventList()
        yield Label("PATHWAY", classes="coach-heading")
        yield PathwayTrack()
        yield Label("RECIPROCITY LEDGER", classes="coach-heading")
        yield Ledger()
        if self.objectives:
            yield Label("OBJECTIVES", classes="coach-heading")
            yield Static(Content("\n").join(
                Content.assemble(("• ", MUTED), literal(goal, MUTED)) for goal in self.objectives), id="objectives")

    def show(self, view: CoachView) -> None:
        self.query_one(ScoreBoard).show(view)
        self.query_one(PathwayTrack).show(view)
        self.query_one(Ledger).show(view)
        self.query_one(EventList).show(view)
        heading = "LAST REPLY" if not view.turn else f"LAST REPLY · TURN {view.turn}"
        self.query_one("#last-heading", Label).update(heading)
