"""Set up a group role-play: the scenario, the players in turn order, and the format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import (
    Button,
    Footer,
    Input,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    Static,
)
from textual.widgets.option_list import Option

from dojo.engine.group import MODES, GroupError, parse_players
from dojo.tui.look import MUTED, literal

MODE_HELP = {
    "relay": "Relay — players answer in turn, one reply each; every reply is scored to its writer.",
    "round": "Round — everyone drafts an answer to the same line, hidden; reveal, compare, the facilitator picks.",
    "hotseat": "Hot seat — one player answers, the team watches, the facilitator pins notes.",
}


class FormatChoice(RadioSet):
    """The format buttons, where the arrow keys choose as they move, as in a desktop radio group.

    Textual's RadioSet only moves a highlight on the arrows and chooses on Enter or Space, so a
    facilitator who arrowed down to "Round" and tabbed on to Start got a relay."""

    BINDINGS = [
        Binding("down,right", "choose_next", "Next format", show=False),
        Binding("up,left", "choose_previous", "Previous format", show=False),
    ]

    def on_mount(self) -> None:
        # RadioSet's own mount handler, which runs after this one, puts the highlight on the first
        # button; afterwards, move it to the chosen one (`--mode hotseat`) so the arrows start there.
        self.call_after_refresh(self._highlight_chosen)

    def _highlight_chosen(self) -> None:
        if self.pressed_index >= 0:
            self._selected = self.pressed_index

    def action_choose_next(self) -> None:
        self.action_next_button()
        self.action_toggle_button()

    def action_choose_previous(self) -> None:
        self.action_previous_button()
        self.action_toggle_button()


@dataclass(frozen=True)
class GroupPlan:
    scenario_id: str
    players: list[str]
    mode: str


if TYPE_CHECKING:
    from dojo.tui.app import DojoApp


class GroupSetupScreen(Screen[GroupPlan | None]):
    """Keyboard: Tab moves through the fields, the arrows choose within one, Enter in the players box starts."""

    @property
    def dojo(self) -> DojoApp:
        return cast("DojoApp", self.app)

    DEFAULT_CSS = """
    GroupSetupScreen #group-setup { padding: 0 2; height: 1fr; }
    GroupSetupScreen #group-scenarios { height: auto; max-height: 10; }
    GroupSetupScreen #group-modes { width: 1fr; height: auto; }
    GroupSetupScreen Label { margin-top: 1; color: $text-muted; text-style: bold; }
    GroupSetupScreen #group-buttons { height: auto; margin-top: 1; }
    GroupSetupScreen #group-buttons > Button { margin-right: 2; }
    GroupSetupScreen #mode-help { height: auto; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Back"),
        Binding("ctrl+j", "start", "Start", show=False),
    ]

    def __init__(self, scenario_id: str | None = None, players: list[str] | None = None,
                 mode: str = "relay") -> None:
        super().__init__()
        self.scenario_id = scenario_id
        self.players = players or []
        self.mode = mode if mode in MODES else "relay"

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(("Group role-play", "bold $text-accent"),
                                          ("  a team around one screen", MUTED)))
        with VerticalScroll(id="group-setup"):
            yield Label("SCENARIO")
            options = [Option(Content.assemble(literal(s.persona.name, "bold"), "  ",
                                               literal(f"{s.title} · {s.archetype}", MUTED)), id=s.id)
                       for s in self.dojo.scenarios()]
            yield OptionList(*options, id="group-scenarios")
            yield Label("PLAYERS, IN TURN ORDER")
            yield Input(", ".join(self.players), placeholder="Ana, Ben, Cy", id="group-players")
            yield Label("FORMAT")
            with FormatChoice(id="group-modes"):
                for mode in MODES:
                    yield RadioButton(mode.title() if mode != "hotseat" else "Hot seat", value=mode == self.mode,
                                      name=mode)
            yield Static(Content.styled(MODE_HELP[self.mode], MUTED), id="mode-help")
            with Horizontal(id="group-buttons"):
                yield Button("Start  ▶", id="group-start", variant="primary", compact=True)
                yield Button("Back", id="group-back", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        scenarios = self.query_one(OptionList)
        ids = [s.id for s in self.dojo.scenarios()]
        scenarios.highlighted = ids.index(self.scenario_id) if self.scenario_id in ids else 0
        players = self.query_one("#group-players", Input)
        players.cursor_blink = getattr(self.app, "blink", True)
        (players if self.scenario_id else scenarios).focus()

    @on(OptionList.OptionSelected)
    def _scenario_chosen(self) -> None:
        self.query_one("#group-players", Input).focus()

    @on(RadioSet.Changed)
    def _mode_chosen(self, event: RadioSet.Changed) -> None:
        self.mode = event.pressed.name or "relay"
        self.query_one("#mode-help", Static).update(Content.styled(MODE_HELP[self.mode], MUTED))

    @on(Input.Submitted, "#group-players")
    @on(Button.Pressed, "#group-start")
    def action_start(self) -> None:
        scenarios = self.query_one(OptionList)
        if scenarios.highlighted is None or scenarios.option_count == 0:
            self.notify("Pick a scenario first.", severity="warning", timeout=3)
            return
        scenario_id = scenarios.get_option_at_index(scenarios.highlighted).id
        try:
            players = parse_players(self.query_one("#group-players", Input).value)
        except GroupError as err:
            self.query_one("#group-players", Input).focus()
            self.notify(str(err).capitalize() + ".", title="Players", severity="warning", timeout=5, markup=False)
            return
        assert scenario_id is not None
        self.dismiss(GroupPlan(scenario_id, players, self.mode))

    @on(Button.Pressed, "#group-back")
    def action_cancel(self) -> None:
        self.dismiss(None)
