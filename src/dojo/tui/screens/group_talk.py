"""A team talks to one prospect: the chat, whose turn it is, the players' scoreboard, the input.

Relay and hot seat answer straight away; in a round each player's draft is typed
masked, the keyboard passes on, and when the last draft is in the reveal screen
shows them side by side for the facilitator to pick.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Footer, Input, Static

from dojo.engine import ReplyError, SessionOver
from dojo.engine.events import (
    AnswerPicked,
    Event,
    PlayerSkipped,
    RepReplied,
    SessionEnded,
)
from dojo.engine.group import GroupError, GroupSession
from dojo.engine.group_summary import group_summary
from dojo.engine.session import MAX_REPLY_CHARS
from dojo.tui.base import DojoScreen
from dojo.tui.heap import before_turn, freeze_long_lived, settle_turn, thaw
from dojo.tui.look import ACCENT, MUTED, literal, outcome_content
from dojo.tui.screens.group_dialogs import NoteDialog, OverrideDialog, OverrideRequest, PinnedNote
from dojo.tui.widgets.chat import ChatLog
from dojo.tui.widgets.reply import ReplyBox
from dojo.tui.widgets.scoreboard import GroupScoreboard

MODE_TITLES = {"relay": "Relay", "round": "Round", "hotseat": "Hot seat"}


class GroupTalkScreen(DojoScreen):
    DEFAULT_CSS = """
    GroupTalkScreen #group-body { height: 1fr; }
    GroupTalkScreen #group-left { width: 1fr; }
    GroupTalkScreen #group-side { width: 40%; min-width: 30; max-width: 56; padding: 0 1; }
    GroupTalkScreen #whose-turn {
        height: auto; padding: 0 1; margin: 0 1; background: $accent-muted; text-style: bold;
    }
    GroupTalkScreen #draft { margin: 0 1; border: round $primary 50%; }
    GroupTalkScreen #draft:focus { border: round $primary; }
    GroupTalkScreen #group-reply { margin: 0 1; }
    GroupTalkScreen #group-ended { height: auto; padding: 0 1; background: $surface; }
    GroupTalkScreen #group-ended > Static { width: 1fr; }
    GroupTalkScreen.-narrow #group-ended { layout: vertical; }
    GroupTalkScreen.-narrow #group-debrief { margin-top: 1; }
    GroupTalkScreen #group-notes { height: auto; margin-top: 1; color: $text-muted; }
    """
    #: Under 100 columns the outcome and the debrief button do not fit side by side: they stack.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("ctrl+s", "skip", "Skip", tooltip="Pass this turn to the next player"),
        Binding("ctrl+n", "note", "Note", tooltip="Pin a facilitator's note to the last turn"),
        Binding("ctrl+o", "override", "Override", tooltip="Give a player a score of your own, with a reason"),
        Binding("ctrl+b", "hide", "Hide scores", tooltip="Hide or show scores until the debrief"),
        Binding("ctrl+g", "end", "End", tooltip="Stop here and go to the group debrief"),
        Binding("ctrl+y", "app.history", "History", show=False),
    ]
    PALETTE_ACTIONS = (
        ("skip", "Skip player", "Pass this turn to the next player"),
        ("note", "Pin note", "Pin a facilitator's note to the last turn"),
        ("override", "Override a score", "Give a player a score of your own, with a reason"),
        ("hide", "Hide/show scores", "Keep scores hidden until the debrief"),
        ("end", "End now", "Stop here and go to the group debrief"),
    )

    def __init__(self, team, bests: dict[str, int | None] | None = None, hidden: bool = False) -> None:
        super().__init__()
        self.team = team  # a GroupRecorder (saving) or the GroupSession itself
        self.group: GroupSession = getattr(team, "group", team)
        self.bests = bests or {}
        self.hidden = hidden
        self._typing: str | None = None  # whose text is in the input box now

    @property
    def scenario(self):
        return self.group.scenario

    def compose(self) -> ComposeResult:
        persona = self.scenario.persona
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(literal(persona.name, "bold $text-secondary"), "  ",
                                          literal(f"{persona.role}, {persona.company}", MUTED)), id="who")
            yield Static("", id="group-turn", classes="topbar-right")
        with Horizontal(id="group-body"):
            with Vertical(id="group-left"):
                yield ChatLog(id="chat")
                yield Static("", id="whose-turn")
                if self.group.mode == "round":
                    yield Input(password=True, max_length=MAX_REPLY_CHARS, id="draft",
                                placeholder="Your draft stays hidden until everyone has written theirs")
                else:
                    yield ReplyBox(placeholder=f"Type what you would say to {persona.name}…", id="group-reply")
                with Horizontal(id="group-ended"):
                    yield Static("", id="group-ended-text")
                    yield Button("Group debrief  ▶", id="group-debrief", variant="primary", compact=True)
            with Vertical(id="group-side"):
                yield GroupScoreboard(id="scoreboard")
                yield Static("", id="group-notes")
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(self.hidden, "-hidden")
        self.query_one(ChatLog).show_scores = not self.hidden
        self.query_one("#group-ended").display = False
        for box in self.query("#draft, #group-reply"):
            if isinstance(box, (Input, ReplyBox)):
                box.cursor_blink = getattr(self.app, "blink", True)
        self.render_events(self.group.events)
        self.refresh_state()
        warning = getattr(self.team, "warning", None)
        if warning:
            self.notify(warning, title="Not saving this session", severity="warning", timeout=8, markup=False)
        freeze_long_lived()

    def on_unmount(self) -> None:
        thaw()

    # ---- drawing
    def render_events(self, events: list[Event]) -> None:
        self.query_one(ChatLog).play(events, self.scenario.persona.name, "Team", _notice)

    def refresh_state(self) -> None:
        group = self.group
        current = group.whose_turn()
        summary = group_summary(group.events)
        self.query_one(GroupScoreboard).show(summary, current, self.hidden, self.bests)
        turn = Content.assemble((f"{MODE_TITLES[group.mode]}  ", f"bold {ACCENT}"), ("Turn ", MUTED),
                                (f"{group.session.turn}", "bold"), (f"/{self.scenario.max_turns}", MUTED))
        if self.hidden:
            turn = Content.assemble(Content.styled(" SCORES HIDDEN ", "bold reverse $text-warning"), "  ", turn)
        self.query_one("#group-turn", Static).update(turn)
        notes = summary.notes[-3:] if summary else []
        self.query_one("#group-notes", Static).update(Content("\n").join(
            [Content.styled("NOTES", "bold")] + [Content.assemble((f"turn {n.turn}: ", "bold"), literal(n.text))
                                                 for n in notes]) if notes else "")
        box = self.query_one("#draft, #group-reply")
        if group.finished:
            self._show_ended()
            return
        if current is None:
            self.query_one("#whose-turn", Static).update("Every draft is in: reveal them.")
            return
        if group.mode == "round":
            done = len(group.drafts)
            count = f"{done}/{done + len(group.waiting_drafters())}"
            line = Content.assemble(("✎ ", ACCENT), literal(current, "bold"),
                                    f", draft your answer (hidden) — {count} drafts in")
        elif group.mode == "hotseat":
            line = Content.assemble(("● ", ACCENT), literal(current, "bold"), (" is in the hot seat", ""))
        else:
            line = Content.assemble(("▶ ", ACCENT), literal(current, "bold"), ("'s turn to answer", ""))
        self.query_one("#whose-turn", Static).update(line)
        if current != self._typing:  # the keyboard passed on: never hand one player's words to the next
            self._typing = current
            if isinstance(box, Input):
                box.value = ""
            elif isinstance(box, ReplyBox):
                box.clear()
        box.border_title = f"{current}'s reply" if group.mode != "round" else f"{current}'s draft"
        box.focus()

    def _show_ended(self) -> None:
        self.query_one("#whose-turn").display = False
        self.query_one("#draft, #group-reply").display = False
        ended = self.group.session.ended
        assert ended is not None
        self.query_one("#group-ended").display = True
        self.query_one("#group-ended-text", Static).update(Content.assemble(
            outcome_content(ended.result, ended.title, " "),
            ("\nThe conversation is over: ctrl+g for the group debrief.", MUTED)))
        # Not the button: someone still typing a draft must not land on the debrief by accident.
        self.query_one(ChatLog).focus()

    # ---- input
    @on(ReplyBox.Submitted)
    def _reply(self, message: ReplyBox.Submitted) -> None:
        box = self.query_one(ReplyBox)
        if self._act(lambda: self.team.reply(message.text)):
            box.clear_sent(message.text)
        else:
            box.give_back(message.text)

    @on(Input.Submitted, "#draft")
    def _draft(self, message: Input.Submitted) -> None:
        who = self.group.whose_turn()
        if not self._act(lambda: self.team.draft(message.value)):
            return
        self.query_one("#draft", Input).value = ""
        nxt = self.group.whose_turn()
        if nxt is not None:
            self.notify(f"{who}'s draft is in. Pass the keyboard to {nxt}.", title="Draft saved", timeout=3,
                        markup=False)
        else:
            self.reveal()

    def reveal(self) -> None:
        from dojo.tui.screens.group_reveal import GroupRevealScreen

        def picked(player: str | None) -> None:
            if player is None:  # closed without picking: the best draft goes, as in a script
                best = self.group.best_draft()
                player = best.player if best else None
            self._act(lambda: self.team.pick(player))

        self.app.push_screen(GroupRevealScreen(self.group, self.hidden, self.team), picked)

    def _act(self, action) -> bool:
        """Run one group action, show what it added; a refusal is a notification, never a crash."""
        before_turn()
        try:
            events = action()
        except (GroupError, ReplyError, SessionOver) as err:
            title = "Reply not sent" if isinstance(err, ReplyError) else "Not done"  # as the solo screen says it
            self.notify(str(err).capitalize() + ".", title=title, severity="error", markup=False)
            return False
        self.render_events(events)
        self.refresh_state()
        self.refresh_bindings()
        self.call_after_refresh(settle_turn)  # the collector's passes while the room reads the answer
        return True

    # ---- the facilitator
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        finished = self.group.finished
        if action == "skip":
            return None if finished or self.group.whose_turn() is None or len(self.group.players) < 2 else True
        if action == "end":
            return True
        return True

    def action_skip(self) -> None:
        if not self.group.finished and self.group.whose_turn() is not None:
            self._act(lambda: self.team.skip())
            if self.group.mode == "round" and self.group.whose_turn() is None:
                self.reveal()

    def action_note(self) -> None:
        turn = self.group.session.turn
        about = "on the opening" if turn == 0 else f"on turn {turn}"

        def pinned(note: PinnedNote | None) -> None:
            if note and self._act(lambda: self.team.note(note.text, turn)):
                self.notify(f"Pinned {about}.", title="Note", timeout=2)

        self.app.push_screen(NoteDialog(about), pinned)

    def action_override(self) -> None:
        last = next((e.player for e in reversed(self.group.events) if isinstance(e, RepReplied)), None)

        def saved(request: OverrideRequest | None) -> None:
            if request and self._act(lambda: self.team.override(request.player, request.dimension, request.value,
                                                                request.reason)):
                self.notify(f"{request.player}: {request.dimension} {request.value} (the coach's score "
                            f"is kept too).", title="Override saved", timeout=3, markup=False)

        self.app.push_screen(OverrideDialog(self.group.players, last), saved)

    def action_hide(self) -> None:
        self.hidden = not self.hidden
        self.set_class(self.hidden, "-hidden")
        self.query_one(ChatLog).show_scores = not self.hidden
        self.refresh_state()
        self.notify("Scores stay hidden until the debrief." if self.hidden else "Scores are showing.",
                    title="Scores hidden" if self.hidden else "Scores shown", timeout=3)

    @on(Button.Pressed, "#group-debrief")
    def _to_debrief(self) -> None:
        self.action_end()

    def action_end(self) -> None:
        if not self.group.finished:
            self.team.end()
        self.dojo.show_group_debrief(self)


def _notice(event: Event) -> Content | None:
    """What the team sees in the chat for a pick, a skip or the ending."""
    if isinstance(event, AnswerPicked):
        how = "the best scored" if event.chosen_by == "best" else "picked by the facilitator"
        return Content.assemble(("The prospect hears ", MUTED), literal(event.player, "bold"),
                                (f"'s answer ({how})", MUTED))
    if isinstance(event, PlayerSkipped):
        return Content.assemble(literal(event.player, "bold"), (" passes this turn", MUTED))
    if isinstance(event, SessionEnded):
        return outcome_content(event.result, event.title, " ")
    return None
