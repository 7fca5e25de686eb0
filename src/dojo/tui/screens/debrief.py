"""After the conversation: the outcome and lesson, the scores with a grade, turn by turn, and progress."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Label, Static

from dojo.coach import Scores, grade
from dojo.engine.events import CoachState, Event, ScoreChanged, SessionEnded, TurnScored
from dojo.engine.summary import film, missed_advice, stages_not_owed
from dojo.scenario.model import Scenario
from dojo.transcript.history import Attempt
from dojo.tui.base import DojoScreen
from dojo.tui.look import (
    MUTED,
    RESULTS,
    TRACK,
    delta_content,
    grade_content,
    literal,
    outcome_content,
    score_band,
    score_style,
    score_text_style,
)
from dojo.tui.widgets.turn_table import TurnTable
from dojo.vocab import STAGES


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def tile_captions(events: list[Event]) -> dict[str, str]:
    """What each final score is made of, in words that agree with the number above them."""
    scored = [e for e in events if isinstance(e, TurnScored)]
    state = (scored[-1].coach if scored else None) or CoachState()
    chased = sum(1 for e in events if isinstance(e, ScoreChanged) and e.dimension == "chasing")
    owed = len(state.open_gives)
    # The pitch stages a walk-away from a non-buyer credited: a full pathway with two stages earned says why.
    not_owed = len(stages_not_owed(events, state.earned))
    return {
        "reciprocity": f"{_plural(state.gets, 'get')} · {owed} owed" if state.gave or state.gets
        else "no trades",
        "pathway": f"{len(state.earned)} of {len(STAGES)} stages" + (f", {not_owed} not owed" if not_owed else ""),
        "chasing": "never chased" if not chased else f"chased {_plural(chased, 'time')}",
    }


def facts_content(played) -> Content | None:
    """What discovery found (when, by which reply) and what it missed, with the question that finds it."""
    if not played.uncovered and not played.missed:
        return None
    parts: list[Content | str | tuple[str, str]] = []
    for fact in played.uncovered:
        how = f"turn {fact.by_reply_turn}" if fact.by_reply_turn else "volunteered"
        parts += [("✓ ", "bold $success"), literal(fact.label, "bold"), (f"  ({how})  ", MUTED), literal(fact.text), "\n"]
    for fact in played.missed:
        parts += [("✗ ", "bold $error"), literal(fact.label, "bold"), ("  missed: ", MUTED), literal(missed_advice(fact)), "\n"]
    return Content.assemble(*parts).rstrip()


TILES = (("reciprocity", "Reciprocity"), ("pathway", "Pathway"), ("chasing", "Chasing"))


class ScoreTile(Static):
    """One score as a tile: its name, the number (and grade for the overall), a bar sized to the tile."""

    def __init__(self, title: str, value: int, caption: str, overall: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.label, self.score, self.caption, self.overall = title, value, caption, overall

    def render(self) -> Content:
        width = max(self.content_region.width, 6)
        value = self.score
        filled = round(width * value / 100)
        bar = Content.assemble(("━" * filled, score_style(value)), ("━" * (width - filled), TRACK))
        number = Content.styled(f"{value}", f"bold {score_text_style(value)}")
        if self.overall:
            number = Content.assemble(number, "  ", grade_content(value))
        lines = [Content.styled(self.label, "bold"), number, bar]
        if len(self.caption) <= width:
            lines.append(Content.styled(self.caption, MUTED))
        return Content("\n").join(lines)


def comparison(now: Scores, earlier: list[Attempt] | None) -> Content:
    """This attempt against the player's earlier ones at the same scenario (None: still reading them)."""
    if earlier is None:
        return Content.styled("Reading your earlier attempts…", MUTED)
    scored = [a.scores for a in earlier if a.scores is not None]
    if not scored:
        return Content.styled("First recorded attempt at this scenario: this is your baseline.", MUTED)
    best = max(s.overall for s in scored)
    last = scored[0].overall
    lines = [Content.assemble(("This attempt ", MUTED), (f"{now.overall}", f"bold {score_text_style(now.overall)}"),
                              ("   vs last ", MUTED), delta_content(now.overall - last, unchanged="= same"),
                              ("   vs best ", MUTED), delta_content(now.overall - best, unchanged="= same"),
                              (f"   ({_plural(len(earlier), 'earlier attempt')})", MUTED))]
    for attempt in earlier[:5]:
        when = _local(attempt.started)
        label, style = RESULTS.get(attempt.result, (attempt.result.upper(), MUTED))
        row = [(f"  {when:<14}", MUTED), (f"{label:<12}", style)]
        if attempt.scores is not None:
            s = attempt.scores
            row += [(f"{s.overall:>3} {grade(s.overall)}", f"bold {score_text_style(s.overall)}"),
                    (f"   reciprocity {s.reciprocity} · pathway {s.pathway} · chasing {s.chasing}", MUTED)]
        lines.append(Content.assemble(*row))
    return Content("\n").join(lines)


def _local(started: str) -> str:
    try:
        return datetime.fromisoformat(started).astimezone().strftime("%d %b %H:%M")
    except ValueError:
        return "earlier"


class DebriefScreen(DojoScreen):
    """Read like game film: what happened, what it cost, what to do next time."""

    BINDINGS = [
        Binding("r", "retry", "Retry"),
        Binding("p,escape", "pick", "Pick another"),
        Binding("t", "transcript", "Open transcript"),
        # The page scrolls from the keyboard whichever button has focus.
        Binding("down,j", "scroll('scroll_down')", "Scroll down", show=False),
        Binding("up,k", "scroll('scroll_up')", "Scroll up", show=False),
        Binding("pagedown,space", "scroll('scroll_page_down')", "Page down", show=False),
        Binding("pageup", "scroll('scroll_page_up')", "Page up", show=False),
        Binding("end,G", "scroll('scroll_end')", "Bottom", show=False),
        Binding("home,g", "scroll('scroll_home')", "Top", show=False),
    ]

    PALETTE_ACTIONS = (
        ("retry", "Retry", "Play this scenario again"),
        ("transcript", "Open transcript", "Review this conversation turn by turn"),
        # A new rep who wants to share the call looks for "export" here; `dojo export` is the same pages.
        ("export", "Export transcript", "Save this conversation as Markdown and an HTML page to share"),
    )

    def __init__(self, scenario: Scenario, events: list[Event], transcript: Path | None,
                 earlier: list[Attempt] | None = None) -> None:
        super().__init__()
        self.scenario = scenario
        self.events = list(events)
        self.transcript = transcript
        self.earlier = earlier
        self.film = film(self.events)
        ended = self.film.ended
        assert ended is not None, "the debrief shows a finished session"
        self.ended: SessionEnded = ended

    def compose(self) -> ComposeResult:
        persona = self.scenario.persona
        scores = self.ended.scores
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(("Debrief  ", "bold $text-accent"), literal(self.scenario.title, "bold"),
                                          ("  with ", MUTED), literal(persona.name)), id="debrief-title")
            yield Static(Content.assemble(("Overall ", MUTED), (f"{scores.overall}", f"bold {score_text_style(scores.overall)}"),
                                          " ", grade_content(scores.overall)), classes="topbar-right")
        with VerticalScroll(id="debrief-body"):
            yield Static(outcome_content(self.ended.result, self.ended.title), id="outcome")
            yield Static(literal(self.ended.lesson), id="lesson")
            with Horizontal(id="tiles"):
                captions = tile_captions(self.events)
                for key, title in TILES:
                    value = getattr(scores, key)
                    yield ScoreTile(title, value, captions[key], classes=f"tile tile-{score_band(value)}")
                yield ScoreTile("Overall", scores.overall, f"grade {grade(scores.overall)}", overall=True,
                                classes=f"tile tile-overall tile-{score_band(scores.overall)}")
            yield Label("YOUR PROGRESS ON THIS SCENARIO", classes="section")
            yield Static(comparison(scores, self.earlier), id="progress")
            facts = facts_content(self.film)
            if facts is not None:
                yield Label("WHAT DISCOVERY FOUND", classes="section")
                yield Static(facts, id="facts")
            yield Label("TURN BY TURN", classes="section")
            yield TurnTable(self.film, id="turns")
        with Horizontal(id="debrief-actions"):
            yield Button("↻ Retry", id="retry", variant="primary", compact=True)
            yield Button("Pick another", id="pick", compact=True)
            yield Button("Open transcript", id="transcript", disabled=self.transcript is None, compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#retry", Button).focus()

    def show_progress(self, earlier: list[Attempt]) -> None:
        """The player's earlier attempts, once the history index has caught up (a worker reads it)."""
        self.earlier = earlier
        self.query_one("#progress", Static).update(comparison(self.ended.scores, earlier))

    def action_scroll(self, how: str) -> None:
        getattr(self.query_one("#debrief-body", VerticalScroll), how)(animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("transcript", "export") and self.transcript is None:
            return None
        return True

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        self.dojo.start_scenario(self.scenario.id, replace=True)

    @on(Button.Pressed, "#pick")
    def action_pick(self) -> None:
        self.dojo.back_to_picker()

    @on(Button.Pressed, "#transcript")
    def action_transcript(self) -> None:
        if self.transcript is not None:
            self.dojo.open_transcript(self.transcript)

    def action_export(self) -> None:
        if self.transcript is not None:
            self.export_transcript(self.transcript)

