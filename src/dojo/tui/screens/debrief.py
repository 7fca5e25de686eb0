"""After the conversation: the outcome and lesson, the scores with a grade, turn by turn, and progress."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Label, Static

from dojo.coach import grade
from dojo.coach import Scores
from dojo.engine.events import Event, SessionEnded
from dojo.engine.summary import film
from dojo.scenario.model import Scenario
from dojo.tui.look import (
    TRACK,
    MUTED, RESULTS, grade_content, literal, result_content, score_style, score_text_style,
)
from dojo.tui.records import Attempt
from dojo.tui.widgets.turn_table import TurnTable

TILES = (("reciprocity", "Reciprocity", "gives traded"), ("pathway", "Pathway", "stages in order"),
         ("chasing", "Chasing", "100: never chased"))


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


def comparison(now: Scores, earlier: list[Attempt]) -> Content:
    """This attempt against the player's earlier ones at the same scenario."""
    scored = [a for a in earlier if a.scores is not None]
    if not scored:
        return Content.styled("First recorded attempt at this scenario: this is your baseline.", MUTED)
    best = max(a.scores.overall for a in scored)
    last = scored[0].scores.overall
    lines = [Content.assemble(("This attempt ", MUTED), (f"{now.overall}", f"bold {score_text_style(now.overall)}"),
                              ("   vs last ", MUTED), _change(now.overall - last),
                              ("   vs best ", MUTED), _change(now.overall - best),
                              (f"   ({len(earlier)} earlier attempt{'s' if len(earlier) != 1 else ''})", MUTED))]
    for attempt in earlier[:5]:
        when = attempt.started.strftime("%d %b %H:%M") if attempt.started else "earlier"
        label, style = RESULTS.get(attempt.result, (attempt.result.upper(), MUTED))
        row = [(f"  {when:<14}", MUTED), (f"{label:<12}", style)]
        if attempt.scores is not None:
            s = attempt.scores
            row += [(f"{s.overall:>3} {grade(s.overall)}", f"bold {score_text_style(s.overall)}"),
                    (f"   reciprocity {s.reciprocity} · pathway {s.pathway} · chasing {s.chasing}", MUTED)]
        lines.append(Content.assemble(*row))
    return Content("\n").join(lines)


def _change(delta: int) -> Content:
    if delta > 0:
        return Content.styled(f"▲ +{delta}", "bold $text-success")
    if delta < 0:
        return Content.styled(f"▼ −{-delta}", "bold $text-error")
    return Content.styled("= same", MUTED)


class DebriefScreen(Screen):
    """Read like game film: what happened, what it cost, what to do next time."""

    BINDINGS = [
        Binding("r", "retry", "Retry"),
        Binding("p,escape", "pick", "Pick another"),
        Binding("t", "transcript", "Open transcript"),
    ]

    PALETTE_ACTIONS = (
        ("retry", "Retry", "Play this scenario again"),
        ("transcript", "Open transcript", "Review this conversation turn by turn"),
    )

    def __init__(self, scenario: Scenario, events: list[Event], transcript: Path | None,
                 earlier: list[Attempt]) -> None:
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
            yield Static(Content.assemble(result_content(self.ended.result), "  ",
                                          literal(self.ended.title, "bold")), id="outcome")
            yield Static(literal(self.ended.lesson), id="lesson")
            with Horizontal(id="tiles"):
                for key, title, caption in TILES:
                    value = getattr(scores, key)
                    yield ScoreTile(title, value, caption, classes=f"tile tile-{_band(value)}")
                yield ScoreTile("Overall", scores.overall, f"grade {grade(scores.overall)}", overall=True,
                                classes=f"tile tile-overall tile-{_band(scores.overall)}")
            yield Label("YOUR PROGRESS ON THIS SCENARIO", classes="section")
            yield Static(comparison(scores, self.earlier), id="progress")
            yield Label("TURN BY TURN", classes="section")
            yield TurnTable(self.film, id="turns")
        with Horizontal(id="debrief-actions"):
            yield Button("↻ Retry", id="retry", variant="primary", compact=True)
            yield Button("Pick another", id="pick", compact=True)
            yield Button("Open transcript", id="transcript", disabled=self.transcript is None, compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#retry", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "transcript" and self.transcript is None:
            return None
        return True

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        self.app.start_scenario(self.scenario.id, replace=True)

    @on(Button.Pressed, "#pick")
    def action_pick(self) -> None:
        self.app.back_to_picker()

    @on(Button.Pressed, "#transcript")
    def action_transcript(self) -> None:
        if self.transcript is not None:
            self.app.open_transcript(self.transcript)


def _band(value: int) -> str:
    return "good" if value >= 80 else "fair" if value >= 50 else "poor"
