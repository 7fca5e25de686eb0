"""The facilitator's one-line dialogs: pin a note, override a score with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from dojo.engine.group import MAX_NOTE_CHARS, OVERRIDABLE
from dojo.tui.look import MUTED, literal

DIALOG_CSS = """
NoteDialog, OverrideDialog { align: center middle; }
NoteDialog > .dialog, OverrideDialog > .dialog { width: 70; }
NoteDialog #note-on { width: 1fr; margin-top: 1; }
OverrideDialog #player, OverrideDialog #dimension { width: 1fr; margin-right: 1; }
OverrideDialog #value { width: 10; }
"""


@dataclass(frozen=True)
class NoteTarget:
    """What a note can be pinned on: a turn, and the player whose answer it is about (None: the team's)."""

    label: str
    turn: int
    player: str | None = None


@dataclass(frozen=True)
class PinnedNote:
    text: str
    target: NoteTarget | None


class NoteDialog(ModalScreen[PinnedNote | None]):
    """Dismisses with the note (and what it is pinned on, when `targets` offered a choice), or None.

    During play a note is about the moment just played; after it, in the debrief, the facilitator goes
    back over each trainee's answers, so `targets` lists them to choose from (the first is the default)."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, about: str, targets: list[NoteTarget] | None = None) -> None:
        super().__init__()
        self.about = about
        self.targets = targets or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.assemble(("Pin a note  ", "bold $text-accent"), literal(self.about, MUTED)),
                         classes="dialog-title")
            yield Input(placeholder="What should the team remember about this moment?",
                        max_length=MAX_NOTE_CHARS, id="note")
            if self.targets:
                yield Select([(Content(target.label), index) for index, target in enumerate(self.targets)],
                             value=0, allow_blank=False, id="note-on", compact=True)
            help_text = "Enter pins it · Escape cancels. Notes appear in the debrief, review and report."
            if self.targets:
                help_text = "Tab chooses the answer it is about · " + help_text
            yield Static(Content.styled(help_text, MUTED), classes="dialog-text")

    def on_mount(self) -> None:
        note = self.query_one(Input)
        note.cursor_blink = getattr(self.app, "blink", True)
        note.focus()

    @on(Input.Submitted)
    def _pin(self, event: Input.Submitted) -> None:
        text = " ".join(event.value.split())
        if not text:
            self.notify("Type a note, or press Escape to cancel.", severity="warning", timeout=3)
            return
        target = self.targets[int(str(self.query_one(Select).value))] if self.targets else None
        self.dismiss(PinnedNote(text, target))

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class OverrideRequest:
    player: str
    dimension: str
    value: int
    reason: str


class OverrideDialog(ModalScreen[OverrideRequest | None]):
    """Player, score, value and a one-line reason; the coach's score stays beside it."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, players: list[str], player: str | None) -> None:
        super().__init__()
        self.players = players
        self.player = player if player in players else players[0]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.styled("Override a score", "bold $text-accent"), classes="dialog-title")
            with Horizontal(classes="dialog-row"):
                yield Select([(name, name) for name in self.players], value=self.player, allow_blank=False,
                             id="player", compact=True)
                yield Select([(d.title(), d) for d in OVERRIDABLE], value="overall", allow_blank=False,
                             id="dimension", compact=True)
                yield Input(placeholder="0–100", type="integer", max_length=3, id="value", compact=True)
            yield Label("Why? (one line, kept beside the coach's score)")
            yield Input(placeholder="e.g. the tone was warmer than the words", max_length=MAX_NOTE_CHARS,
                        id="reason")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save override", id="ok", variant="primary")

    def on_mount(self) -> None:
        for box in self.query(Input):  # as the note dialog: no blink where the app says none (tests, snapshots)
            box.cursor_blink = getattr(self.app, "blink", True)
        self.query_one("#value", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _save(self) -> None:
        raw = self.query_one("#value", Input).value.strip()
        reason = " ".join(self.query_one("#reason", Input).value.split())
        if not raw.isdigit() or not 0 <= int(raw) <= 100:
            self.query_one("#value", Input).focus()
            self.notify("The score is a whole number from 0 to 100.", severity="warning", timeout=3)
            return
        if not reason:
            self.query_one("#reason", Input).focus()
            self.notify("Say in one line why the score should differ.", severity="warning", timeout=3)
            return
        self.dismiss(OverrideRequest(str(self.query_one("#player", Select).value),
                                     str(self.query_one("#dimension", Select).value), int(raw), reason))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
