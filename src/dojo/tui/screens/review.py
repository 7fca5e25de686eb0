"""Watch the film: step through a saved conversation turn by turn.

The left side shows the conversation up to the current step (later turns stay
hidden, like film you have not watched yet); the right side shows that turn's
reply, what the coach heard, each score event with its quote and tip, and the
running scores. The last step is the ending.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Footer, Label, Static

from dojo.engine.summary import Film, Turn
from dojo.engine.trace import TraceTurn, trace
from dojo.transcript import Transcript, TranscriptError, load_transcript
from dojo.tui.base import DojoScreen
from dojo.tui.look import ACCENT, MUTED, grade_content, literal, outcome_content, score_text_style
from dojo.tui.widgets.coach import CoachView, Ledger, PathwayTrack, ScoreBoard, event_content


def _kinds(values: list[str]) -> str:
    return ", ".join(value.replace("_", " ") for value in values)


def heard_content(turn: Turn, traced: TraceTurn | None = None) -> Content:
    """What the coach heard in the reply (gives, gets, stages, chasing, flags), then the state the turn
    was played in, the rule that answered and the words it matched."""
    signals = turn.signals
    if signals is None:
        return Content.styled("This turn was cut off before the coach heard it.", MUTED)
    rows = []
    for name, values in (("gives", signals.gives), ("gets", signals.gets), ("stages", signals.stages),
                         ("chasing", signals.chase)):
        if values:
            rows.append(Content.assemble((f"{name:<8}", MUTED), (_kinds(values), "bold")))
    flags = [label for label, on in (("question", signals.question), ("asked for the sale", signals.close_ask)) if on]
    if flags:
        rows.append(Content.assemble((f"{'flags':<8}", MUTED), ", ".join(flags)))
    heard = Content("\n").join(rows) if rows else Content.styled("Nothing the coach scores.", MUTED)
    if not turn.rule:  # transcripts saved before traces existed
        return heard
    state = turn.state or ""
    if traced is not None and traced.to_state and traced.to_state != state:
        state += f" → {traced.to_state}"
    because = traced.because if traced is not None else turn.why
    rows = [heard, Content(""), Content.assemble((f"{'state':<8}", MUTED), literal(state, "bold")),
            Content.assemble((f"{'rule':<8}", MUTED), literal(turn.rule))]
    rows += [Content.assemble((f"{'because' if index == 0 else '':<8}", MUTED), literal(reason))
             for index, reason in enumerate(because)]
    return Content("\n").join(rows)


class ReviewScreen(DojoScreen):
    """A transcript, one step at a time: the opening, each turn, the ending."""

    BINDINGS = [
        # Priority: the scroll panes would otherwise take ←/→ for sideways scrolling.
        Binding("right", "step(1)", "Next turn", key_display="→", priority=True),
        Binding("left", "step(-1)", "Previous turn", key_display="←", priority=True),
        Binding("j", "step(1)", "Next turn", show=False),
        Binding("k", "step(-1)", "Previous turn", show=False),
        Binding("home,g", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Ending", show=False),
        Binding("escape,q", "close", "Close"),
    ]
    PALETTE_ACTIONS = (("step(1)", "Review: next turn", "Step forward one turn"),
                       ("step(-1)", "Review: previous turn", "Step back one turn"),
                       ("jump(-1)", "Review: go to the ending", "Skip to how it ended"),
                       ("export", "Export transcript", "Save this conversation as Markdown and an HTML page to share"))

    step: reactive[int] = reactive(0, init=False)

    def __init__(self, path: Path | str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.path = Path(path)
        self.transcript: Transcript | None = None
        self.error: str | None = None
        try:
            self.transcript = load_transcript(self.path)
        except TranscriptError as err:
            self.error = str(err)
        self.film: Film = self.transcript.film() if self.transcript else Film()
        self.traced = {turn.turn: turn for turn in trace(self.transcript.events)} if self.transcript else {}

    # ---- the steps: 0 the opening, 1..n the turns, n+1 the ending
    @property
    def last_step(self) -> int:
        return len(self.film.turns) + 1

    def turn_at(self, step: int) -> Turn | None:
        return self.film.turns[step - 1] if 1 <= step <= len(self.film.turns) else None

    # ---- layout
    def compose(self) -> ComposeResult:
        transcript = self.transcript
        title = Content.styled("Review  ", f"bold {ACCENT}")
        if transcript is not None:
            title = Content.assemble(title, literal(transcript.title, "bold"), ("  with ", MUTED),
                                     literal(transcript.persona))
            if transcript.players:
                title = Content.assemble(title, ("  · ", MUTED), literal(", ".join(transcript.players)))
        with Horizontal(classes="topbar"):
            yield Static(title, id="review-title")
            yield Static("", id="review-position", classes="topbar-right")
        if self.error is not None:
            yield Static(Content.assemble(("Cannot open this transcript\n\n", "bold $text-error"),
                                          literal(self.error), ("\n\nPress escape to go back.", MUTED)),
                         id="review-error")
            yield Footer()
            return
        assert transcript is not None
        if transcript.notice:
            yield Static(literal(transcript.notice, "$text-warning"), id="review-notice")
        with Horizontal(id="review-body"):
            with VerticalScroll(id="review-film"):
                yield Static("", id="review-conversation")
            with VerticalScroll(id="review-detail"):
                yield Label("", id="review-step", classes="section")
                yield Static("", id="review-reply")
                yield Label("HEARD", id="review-heard-label", classes="section")
                yield Static("", id="review-heard")
                yield Label("SCORE EVENTS", id="review-events-label", classes="section")
                yield Static("", id="review-events")
                # What the live coach panel showed after this turn, drawn from the saved events.
                yield Label("RUNNING SCORES", classes="section")
                yield ScoreBoard(id="review-scores")
                yield Label("PATHWAY", classes="section")
                yield PathwayTrack(id="review-pathway")
                yield Label("RECIPROCITY LEDGER", classes="section")
                yield Ledger(id="review-ledger")
        yield Footer()

    def on_mount(self) -> None:
        if self.error is None:
            self.show_step()

    # ---- stepping
    def action_step(self, delta: int) -> None:
        if self.error is None:
            self.step = max(0, min(self.last_step, self.step + delta))

    def action_jump(self, where: int) -> None:
        if self.error is None:
            self.step = self.last_step if where < 0 else max(0, min(self.last_step, where))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "export" and self.transcript is None else True

    def action_export(self) -> None:
        if self.transcript is not None:
            self.export_transcript(self.path)

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:  # the bottom screen is the first one shown
            self.app.pop_screen()
        else:  # opened straight into review (`dojo review FILE`): closing leaves the app
            self.app.exit(0)

    def watch_step(self, step: int) -> None:
        self.show_step()

    def show_step(self) -> None:
        step = self.step
        turns = len(self.film.turns)
        position = ("Opening" if step == 0 else "Ending" if step == self.last_step else f"Turn {step} of {turns}")
        self.query_one("#review-position", Static).update(Content.styled(position, "bold"))
        self.query_one("#review-conversation", Static).update(self.conversation(step))
        film = self.query_one("#review-film", VerticalScroll)
        film.call_after_refresh(film.scroll_end, animate=False)
        turn = self.turn_at(step)
        events = self.transcript.events if self.transcript else []
        view = CoachView.of(events, min(step, len(self.film.turns)))
        if turn is None or view.turn != turn.number:  # the opening, the ending, or a cut-off turn
            # The call is over at the ending step: there the pathway says so, not what comes next.
            ended = step == self.last_step and self.film.ended is not None
            view = CoachView(scores=view.scores, state=view.state, turn=view.turn, ended=ended)
        self.query_one(ScoreBoard).show(view)
        self.query_one(PathwayTrack).show(view)
        self.query_one(Ledger).show(view)
        for widget_id in ("#review-heard-label", "#review-heard", "#review-events-label"):
            self.query_one(widget_id).display = turn is not None
        if turn is not None:
            self.query_one("#review-step", Label).update(f"TURN {turn.number} OF {turns}")
            self.query_one("#review-reply", Static).update(
                Content.assemble((f"{turn.player or 'You'}: ", "bold $text-primary"), literal(turn.reply)))
            self.query_one("#review-heard", Static).update(heard_content(turn, self.traced.get(turn.number)))
            self.query_one("#review-events", Static).update(self.events_content(turn))
        elif step == 0:
            self.query_one("#review-step", Label).update("OPENING")
            self.query_one("#review-reply", Static).update(Content.assemble(
                literal(self.transcript.persona if self.transcript else "", "bold $text-secondary"),
                (" opens the conversation. ", MUTED),
                ("1 turn follows: press → to see it." if turns == 1 else
                 f"{turns} turns follow: press → to step through them.", MUTED)))
            self.query_one("#review-events", Static).update("")
        else:
            self.query_one("#review-step", Label).update("ENDING")
            self.query_one("#review-reply", Static).update(self.ending_content())
            self.query_one("#review-events", Static).update("")

    # ---- what each part shows
    def events_content(self, turn: Turn) -> Content:
        if turn.scores is None and not turn.events:
            return Content.styled("This turn was cut off before it was scored.", MUTED)
        if not turn.events:
            return Content.styled("No score change on this reply.", MUTED)
        return Content("\n\n").join(event_content(event) for event in turn.events)

    def ending_content(self) -> Content:
        ended = self.film.ended
        if ended is None:
            return Content.styled("The session was interrupted before it ended: every completed turn is above.",
                                  MUTED)
        scores = ended.scores
        return Content("\n\n").join([
            outcome_content(ended.result, ended.title),
            literal(ended.lesson),
            Content.assemble(("Final overall ", MUTED), (f"{scores.overall}", f"bold {score_text_style(scores.overall)}"),
                             " ", grade_content(scores.overall)),
        ])

    def conversation(self, step: int) -> Content:
        """Every line up to `step`; the current turn is marked so the eye finds it."""
        persona = self.transcript.persona if self.transcript else "Prospect"
        blocks: list[Content] = [Content.assemble(literal(persona, "bold $text-secondary"), "\n", literal(line))
                                 for line in self.film.opening]
        for turn in self.film.turns[:step]:
            current = turn.number == step
            marker = Content.styled("▶ " if current else "  ", f"bold {ACCENT}")
            who = turn.player or "You"
            blocks.append(Content.assemble(marker, (f"{who}", "bold $text-primary"), (f"  turn {turn.number}", MUTED),
                                           "\n", literal(turn.reply, "" if current else MUTED)))
            for line in turn.prospect:
                if line in turn.narration:  # an ending's epilogue: what happened next, not the prospect talking
                    blocks.append(literal(line, f"italic {MUTED}"))
                else:
                    blocks.append(Content.assemble(literal(persona, "bold $text-secondary"), "\n",
                                                   literal(line, "" if current else MUTED)))
        if step == self.last_step and self.film.ended is not None:
            blocks.append(outcome_content(self.film.ended.result, self.film.ended.title))
        return Content("\n\n").join(blocks)
