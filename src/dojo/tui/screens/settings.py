"""The player's name (asked once, then remembered) and the settings dialog."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, Switch

from dojo.settings import MAX_NAME, clean_name
from dojo.tui.look import MUTED, literal


class PlayerNameScreen(ModalScreen[str | None]):
    """First run: who is practising? Dismisses with the name, or None to skip."""

    BINDINGS = [Binding("escape", "skip", "Skip for now")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.assemble(("Welcome to the dojo", "bold $text-accent")), classes="dialog-title")
            yield Static(Content.styled(
                "Practise sales conversations against scripted prospects. Every reply is scored and explained.",
                MUTED), classes="dialog-text")
            yield Label("What's your name?")
            yield Input(placeholder="e.g. Sam Rivera", max_length=MAX_NAME, id="name")
            yield Static(Content.styled("It labels your transcripts and best scores. Change it any time with ctrl+s.",
                                        MUTED), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Skip", id="skip")
                yield Button("Let's go", id="ok", variant="primary")

    def on_mount(self) -> None:
        name = self.query_one("#name", Input)
        name.cursor_blink = getattr(self.app, "blink", True)
        name.focus()

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        name = clean_name(self.query_one("#name", Input).value)
        if name is None:
            self.query_one("#name", Input).focus()
            self.notify("Type a name, or press Escape to skip.", severity="warning", timeout=3)
            return
        self.dismiss(name)

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class SettingsResult:
    player: str | None
    dark: bool


class SettingsScreen(ModalScreen[SettingsResult | None]):
    """Edit the player name and the theme. Enter saves, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, player: str | None, dark: bool, where: str) -> None:
        super().__init__()
        self.player = player
        self.dark = dark
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.styled("Settings", "bold $text-accent"), classes="dialog-title")
            yield Label("Player name")
            yield Input(value=self.player or "", placeholder="Your name", max_length=MAX_NAME, id="name")
            with Horizontal(classes="dialog-row"):
                yield Switch(value=self.dark, id="dark")
                yield Label("Dark theme", classes="switch-label")
            yield Static(Content.assemble(("Saved in ", MUTED), literal(self.where, MUTED)), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")

    def on_mount(self) -> None:
        name = self.query_one("#name", Input)
        name.cursor_blink = getattr(self.app, "blink", True)
        name.focus()

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.dismiss(SettingsResult(player=clean_name(self.query_one("#name", Input).value),
                                    dark=self.query_one("#dark", Switch).value))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
