"""Choose a persona: every scenario with its best score, a preview, type to filter, Enter starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, HorizontalGroup, Vertical, VerticalGroup, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Input, OptionList, Static

from dojo.tui.base import DojoScreen
from dojo.tui.look import ACCENT, MUTED, difficulty_content, grade_content, literal, score_text_style
from dojo.tui.widgets.scenario_list import ScenarioList

if TYPE_CHECKING:
    from dojo.coach import Scores
    from dojo.scenario.model import Scenario
    from dojo.tui.live_reload import LibraryReload


def matches(scenario: Scenario, query: str) -> bool:
    """Every word of the query appears in the scenario's name, role, company, archetype, title or summary."""
    persona = scenario.persona
    haystack = " ".join([scenario.id, scenario.title, scenario.archetype, scenario.summary,
                         persona.name, persona.role, persona.company]).casefold()
    return all(word in haystack for word in query.casefold().split())


def preview(scenario: Scenario, best: Scores | None) -> Content:
    """What the rep needs before starting: who, how hard, what it is about. Never the backstory or the
    persona's traits (authors use them as notes on how the persona can be won)."""
    persona = scenario.persona
    parts = [
        literal(scenario.title, "bold $text-primary"),
        Content.assemble(literal(persona.name, "bold"), (" · ", MUTED), literal(persona.role),
                         (" at ", MUTED), literal(persona.company)),
        Content(""),
        Content.assemble(("Archetype   ", MUTED), literal(scenario.archetype, ACCENT)),
        Content.assemble(("Difficulty  ", MUTED), difficulty_content(scenario.difficulty),
                         (f"  {scenario.difficulty}/5", MUTED)),
        Content.assemble(("Turns       ", MUTED), f"up to {scenario.max_turns}"),
    ]
    if best is not None:
        parts.append(Content.assemble(("Your best   ", MUTED),
                                      (f"{best.overall}", f"bold {score_text_style(best.overall)}"), " ",
                                      grade_content(best.overall)))
    parts += [Content(""), literal(scenario.summary), Content(""), Content.styled("Objectives", "bold")]
    return Content("\n").join(parts)


def objective_rows(scenario: Scenario) -> list[HorizontalGroup]:
    """One row per objective, wrapped with a hanging indent under its bullet (goals, not ticks: nothing is done yet)."""
    return [HorizontalGroup(Static(Content.styled("•", MUTED), classes="tick"),
                            Static(literal(goal), classes="goal"), classes="objective")
            for goal in scenario.objectives]


class FilterInput(Input):
    """The filter box. Enter starts the highlighted scenario; it is this widget's own key, so it is
    handled after every letter typed before it (a screen-level priority key could overtake them)."""

    BINDINGS = [Binding("enter", "screen.start", "Start")]


class PickerScreen(DojoScreen):
    """The home screen."""

    _shown_query = ""
    #: Watches the library folders once the picker has painted.
    library_reload: LibraryReload | None = None

    BINDINGS = [
        Binding("enter", "start", "Start"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("ctrl+s", "app.settings", "Settings"),
        Binding("ctrl+l", "app.toggle_theme", "Light/dark"),
    ]

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(("dojo", "bold $text-accent"), ("  sales conversation practice", MUTED)),
                         classes="brand")
            yield Static("", id="player", classes="topbar-right")
        with Horizontal(id="picker-body"):
            with Vertical(id="picker-left"):
                yield FilterInput(placeholder="Type to filter by name, role, archetype…", id="filter")
                yield ScenarioList(id="scenarios")
                yield Static("", id="no-match")
            with Vertical(id="preview-pane"):
                with VerticalScroll(id="preview-scroll"):
                    yield Static("", id="preview")
                    yield VerticalGroup(id="objectives")
                yield Button("▶  Start practice", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter", Input).cursor_blink = self.dojo.blink
        self.refresh_list()
        self.show_player()
        self.query_one("#filter", Input).focus()
        self.run_worker(self._watch_library(), group="library-watch")

    async def _watch_library(self) -> None:
        """A trainer's saved or new file shows up in the list. Live reload needs the engine, so it starts
        once the library read (in the background, after the first paint) has loaded it."""
        await self.dojo.library_ready.wait()
        from dojo.tui.live_reload import watch_library

        self.library_reload = watch_library(self)

    def on_screen_resume(self) -> None:
        # Back from a debrief ("Pick another"): a fresh list, not the last search.
        filter_box = self.query_one("#filter", Input)
        filter_box.value = ""
        filter_box.focus()
        self.refresh_list()
        self.show_player()

    # ---- contents
    def show_player(self) -> None:
        name = self.dojo.player
        label = Content.assemble(("Practising as ", MUTED), literal(name, "bold")) if name else \
            Content.styled("No player name yet (ctrl+s)", MUTED)
        self.query_one("#player", Static).update(label)

    def visible_scenarios(self) -> list[Scenario]:
        query = self.query_one("#filter", Input).value
        return [s for s in self.dojo.scenarios() if matches(s, query)]

    def refresh_list(self) -> None:
        self._shown_query = self.query_one("#filter", Input).value
        listing = self.query_one(ScenarioList)
        current = self.selected_id()
        shown = self.visible_scenarios()
        listing.fill([(s, self.dojo.best(s.id)) for s in shown], keep=current)
        empty = self.query_one("#no-match", Static)
        empty.display = not shown
        if not shown:
            if not self.dojo.library_loaded:
                empty.update(Content.styled("Loading scenarios…", MUTED))
            elif self.dojo.scenarios():
                empty.update(Content.styled("No scenario matches the filter. Press Escape to clear it.", MUTED))
            else:
                empty.update(Content.assemble(
                    ("No scenarios found. ", "bold"),
                    (f"Add scenario .toml files to {self.dojo.user_scenarios_dir()} and restart.", MUTED)))
        self.show_preview()

    def selected_id(self) -> str | None:
        option = self.query_one(ScenarioList).highlighted_option
        return option.id if option is not None else None

    def show_preview(self) -> None:
        chosen = self.selected_id()
        scenario = self.dojo.scenario(chosen) if chosen else None
        self.query_one("#start", Button).disabled = scenario is None
        self.query_one("#preview", Static).update(
            preview(scenario, self.dojo.best(scenario.id)) if scenario else Content.styled("Nothing selected.", MUTED))
        objectives = self.query_one("#objectives", VerticalGroup)
        objectives.remove_children()
        if scenario is not None:
            objectives.mount_all(objective_rows(scenario))

    # ---- events
    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        self.refresh_list()

    @on(OptionList.OptionHighlighted, "#scenarios")
    def _highlighted(self) -> None:
        self.show_preview()

    @on(OptionList.OptionSelected, "#scenarios")
    def _selected(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#start")
    def _start_pressed(self) -> None:
        self.action_start()

    # ---- actions
    def action_start(self) -> None:
        if self.query_one("#filter", Input).value != self._shown_query:
            self.refresh_list()  # typed-then-Enter faster than the Changed message: filter first
        chosen = self.selected_id()
        if chosen:
            self.dojo.start_scenario(chosen)

    def action_move(self, step: int) -> None:
        listing = self.query_one(ScenarioList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
