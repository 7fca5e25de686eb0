"""Talk to the prospect: the chat on the left, the coach on the right, the reply box below."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from dojo.engine import ReplyError, Session
from dojo.engine.events import Event, SessionEnded
from dojo.scenario.model import Scenario
from dojo.transcript import Recorder
from dojo.tui.base import DojoScreen
from dojo.tui.heap import before_turn, freeze_long_lived, lean_lexicons, settle_turn, thaw
from dojo.tui.live_reload import ConversationReload, watch_scenario_file
from dojo.tui.look import MUTED, difficulty_content, literal, outcome_content
from dojo.tui.screens.confirm import ConfirmScreen
from dojo.tui.widgets.chat import ChatLog
from dojo.tui.widgets.coach import CoachPanel, CoachView
from dojo.tui.widgets.footer import SteadyFooter
from dojo.tui.widgets.reply import ReplyBox


class ConversationScreen(DojoScreen):
    """One practice session. The engine answers synchronously: a reply is scored within the frame."""

    BINDINGS = [
        Binding("ctrl+t", "hint", "Hint", tooltip="What a good rep would do now"),
        Binding("ctrl+o", "exam", "Exam mode", tooltip="Hide the coach; scores only at the end"),
        Binding("ctrl+r", "restart", "Restart", tooltip="Start this scenario again from the top"),
        Binding("ctrl+g", "end", "End now", tooltip="Stop here and go to the debrief"),
        # Shown once the call is over: the rep is still here, a key away from the debrief, and wants to share it.
        Binding("ctrl+e", "export", "Export", tooltip="Save this conversation as Markdown and an HTML page"),
        # Still works here, but the footer keeps room for the conversation's own keys at 80 columns.
        Binding("ctrl+y", "app.history", "History", show=False),
    ]

    #: Under 100 columns the coach leaves the conversation too narrow for the outcome and the debrief
    #: button side by side: the ended bar stacks them (dojo.tcss) instead of wrapping the outcome.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    #: Offered in the command palette as (action, name, help).
    PALETTE_ACTIONS = (
        ("hint", "Hint", "What a good rep would do now"),
        ("exam", "Exam mode", "Hide or show the coach; scores at the end"),
        ("restart", "Restart", "Start this conversation again"),
        ("end", "End now", "Stop here and go to the debrief"),
        ("export", "Export transcript", "Save this conversation as Markdown and an HTML page to share"),
    )

    def __init__(self, scenario: Scenario, exam: bool = False) -> None:
        super().__init__()
        self.scenario = scenario
        self.exam = exam
        self.session: Session | None = None
        self.recorder: Recorder | None = None
        self.live_reload: ConversationReload | None = None
        self._turn_width = 0

    # ---- layout
    def compose(self) -> ComposeResult:
        persona = self.scenario.persona
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(literal(persona.name, "bold $text-secondary"), ("  ", ""),
                                          literal(f"{persona.role}, {persona.company}", MUTED)), id="who")
            yield Static("", id="turn", classes="topbar-right")
        with Horizontal(id="talk-body"):
            with Vertical(id="talk-left"):
                yield ChatLog(id="chat")
                yield ReplyBox(placeholder=f"Type what you would say to {persona.name}…", id="reply")
                with Horizontal(id="ended-bar"):
                    yield Static("", id="ended-text")
                    yield Button("See debrief  ▶", id="debrief", variant="primary", compact=True)
            yield CoachPanel(self.scenario.objectives, id="coach")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one(ReplyBox).cursor_blink = self.dojo.blink
        self.begin()
        self.live_reload = watch_scenario_file(self)
        freeze_long_lived()
        # While the opening line is read: the first reply would otherwise pay for the coach's first use.
        if self.session is not None:
            self.call_after_refresh(self.run_worker, self.session.prepare, thread=True, group="prepare",
                                    exit_on_error=False)

    def on_unmount(self) -> None:
        thaw()

    # ---- the session
    def begin(self, scenario: Scenario | None = None, replayed: Session | None = None) -> None:
        """Start (or restart) the session: a fresh engine, an empty log, the opening line.
        Live reload passes the new version and the session replayed on it, which is not saved."""
        self.scenario = scenario or self.scenario
        lean_lexicons()
        self.session = replayed or Session(self.scenario, seed=self.dojo.seed, player=self.dojo.player)
        self.recorder = None if replayed else self.dojo.record(self.session)
        chat = self.query_one(ChatLog)
        chat.clear_log()
        self.set_class(self.exam, "-exam")
        chat.show_scores = not self.exam
        self.query_one("#ended-bar").display = False
        self.remove_class("-ended")
        reply = self.query_one(ReplyBox)
        reply.display = True
        reply.disabled = False
        if replayed is None:  # a reload keeps what the trainer was typing
            reply.clear()
        self.render_events(self.session.events)
        self.refresh_coach()
        reply.focus()
        self.call_after_refresh(settle_turn)  # what the last session left, before the first reply
        if self.recorder is not None and self.recorder.warning:
            self.notify(self.recorder.warning, title="Not saving this session", severity="warning", timeout=8,
                        markup=False)

    def render_events(self, events: list[Event]) -> None:
        """Show new events in order; a reply's score changes sit under it (hidden in exam mode)."""

        def notice(event: Event) -> Content | None:
            if not isinstance(event, SessionEnded):
                return None
            # The ended bar replaces the reply box once the last lines are painted: swapping them lays
            # the screen out again and changes the footer's keys, which need not delay the prospect's
            # last words.
            self.query_one(ChatLog).after_paint(partial(self.show_ended, event))
            return outcome_content(event.result, event.title, " ")

        self.query_one(ChatLog).play(events, self.scenario.persona.name, "You", notice)

    def refresh_coach(self) -> None:
        assert self.session is not None
        session = self.session
        self.query_one(CoachPanel).show(CoachView.of(session.events))
        turn = Content.assemble(("Turn ", MUTED), (f"{session.turn}", "bold"), (f"/{self.scenario.max_turns}", MUTED),
                                "   ", literal(self.scenario.archetype, "$text-accent"), "  ",
                                difficulty_content(self.scenario.difficulty))
        if self.exam:
            turn = Content.assemble(Content.styled(" EXAM ", "bold reverse $text-warning"), "   ", turn)
        # As wide at turn 1 as at the last turn, so "Turn 9" to "Turn 10" does not lay the screen out
        # again under that reply (its right edge stays put: it sits at the right of the top bar).
        turn = Content(" " * (len(str(self.scenario.max_turns)) - len(str(session.turn)))) + turn
        # Only a change of width (exam mode, a reloaded scenario) needs the top bar laid out again.
        width, self._turn_width = self._turn_width, turn.cell_length
        self.query_one("#turn", Static).update(turn, layout=width != turn.cell_length)

    def show_ended(self, ended: SessionEnded) -> None:
        self.add_class("-ended")  # no reply box under the notices now: they may be wide (dojo.tcss)
        self.query_one(ReplyBox).display = False
        bar = self.query_one("#ended-bar")
        bar.display = True
        self.query_one("#ended-text", Static).update(Content.assemble(
            outcome_content(ended.result, ended.title, " "), ("\nThe conversation is over.", MUTED)))
        self.query_one("#debrief", Button).focus()
        self.refresh_bindings()  # the footer trades the call's keys for export
        self.call_after_refresh(settle_turn)  # what laying out the ended bar left, not under the next paint

    # ---- input
    @on(ReplyBox.Submitted)
    def _send(self, message: ReplyBox.Submitted) -> None:
        self.send(message.text)

    def send(self, text: str) -> None:
        session = self.session
        if session is None or session.finished:
            return
        before_turn()
        try:
            events = session.reply(text)
        except ReplyError as err:
            self.query_one(ReplyBox).give_back(text)
            self.notify(str(err).capitalize() + ".", title="Reply not sent", severity="error", markup=False)
            return
        with self.app.batch_update():  # one frame for the reply box, the chat and the coach
            self.query_one(ReplyBox).clear_sent(text)
            self.render_events(events)
            self.refresh_coach()
        # Saved as soon as the answer is on screen: encoding the events must not delay painting it.
        recorder = self.recorder
        self.call_after_refresh(self.save, recorder)
        self.call_after_refresh(settle_turn)  # while the rep reads the answer, not under the next one

    def save(self, recorder: Recorder | None = None) -> None:
        """Append the new events to the transcript off the UI thread: fsync on a slow disk
        must not freeze the screen. Saves run one at a time, in order."""
        recorder = recorder or self.recorder
        if recorder is not None:
            self.run_worker(recorder.save, thread=True, group="save", exit_on_error=False)

    def end_session(self) -> None:
        """The rep stops here: record how it ended (the result is `unfinished`)."""
        if self.session is not None and not self.session.finished:
            self.session.end()
            self.save()

    @on(Button.Pressed, "#debrief")
    def _to_debrief(self) -> None:
        self.dojo.show_debrief(self)

    # ---- actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        finished = self.session is not None and self.session.finished
        # Once the call is over, the keys that only make sense during it leave the footer to make room
        # for the one that does now: export.
        if action == "hint":
            return False if finished else None if self.exam else True
        if action == "exam":
            return not finished
        if action == "export":
            return finished and self.recorder is not None
        return True

    def action_hint(self) -> None:
        if self.session is None or self.session.finished or self.exam:
            return
        self.query_one(ChatLog).say_coach(self.session.hint())

    def action_exam(self) -> None:
        self.exam = not self.exam
        self.set_class(self.exam, "-exam")
        self.query_one(ChatLog).show_scores = not self.exam
        self.refresh_coach()
        self.refresh_bindings()
        self.notify("Coach hidden: scores at the end." if self.exam else "Coach is back.",
                    title="Exam mode on" if self.exam else "Exam mode off", timeout=3)

    @property
    def in_progress(self) -> bool:
        """A call with at least one reply that has not ended: leaving it abandons an attempt."""
        return self.session is not None and not self.session.finished and self.session.turn > 0

    def action_restart(self) -> None:
        def restart(confirmed: bool | None) -> None:
            if not confirmed:
                return
            self.end_session()
            self.begin()
            self.refresh_bindings()
            self.notify("Fresh start: the prospect has forgotten everything.", title="Restarted", timeout=3)

        if self.in_progress:
            self.app.push_screen(ConfirmScreen("Restart this call?", "This call ends here and counts as an "
                                               "attempt. The prospect forgets everything.", "Restart"), restart)
        else:
            restart(True)

    def action_export(self) -> None:
        """Markdown and HTML beside the saved transcript, once its last turn is on disk (in a worker, as
        every save is)."""
        recorder = self.recorder
        if recorder is None or self.session is None or not self.session.finished:
            return

        def save_then_export() -> None:
            recorder.save()
            if recorder.path is None:
                self.app.call_from_thread(self.notify, "This session was not saved, so there is nothing to export.",
                                          title="Transcript not exported", severity="error")
            else:
                self.app.call_from_thread(self.export_transcript, recorder.path)

        self.run_worker(save_then_export, thread=True, group="save", exit_on_error=False)

    def action_end(self) -> None:
        self.end_session()
        self.dojo.show_debrief(self)
