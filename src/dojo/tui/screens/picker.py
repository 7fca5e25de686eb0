"""Choose a persona: every scenario with its best score, a preview, type to filter, Enter starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from dojo.tui.base import DojoScreen
from dojo.tui.look import ACCENT, MUTED, difficulty_content, grade_content, literal, score_text_style
from dojo.tui.widgets.bullets import HangingList
from dojo.tui.widgets.footer import SteadyFooter
from dojo.tui.widgets.scenario_list import ScenarioList
from dojo.tui.widgets.start_button import StartButton
from dojo.tui.widgets.text_pane import TextPane
from dojo.tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from dojo.coach import Scores
    from dojo.scenario.cards import Card
    from dojo.tui.live_reload import LibraryReload


def matches(scenario: Card, query: str) -> bool:
    """Every word of the query appears in the scenario's name, role, company, archetype, title or summary."""
    persona = scenario.persona
    haystack = " ".join([scenario.id, scenario.title, scenario.archetype, scenario.summary,
                         persona.name, persona.role, persona.company]).casefold()
    return all(word in haystack for word in query.casefold().split())


def preview(scenario: Card, best: Scores | None) -> Content:
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


class FilterInput(Input):
    """The filter box. Enter starts the highlighted scenario; it is this widget's own key, so it is
    handled after every letter typed before it (a screen-level priority key could overtake them)."""

    BINDINGS = [Binding("enter", "screen.start", "Start")]


class PickerScreen(DojoScreen):
    """The home screen."""

    _shown_query = ""
    #: What the list and the preview last showed: refilled only when that changes.
    _shown_list: tuple = ()
    _shown_preview: tuple = ()
    _shown_player: Content | None = None
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
        # Composed filled in (from the card cache at start-up): the first frame is the finished one.
        # Few widgets: the top line is one, the preview and its objectives one, the list one.
        rows = self._rows("")
        first, best = rows[0] if rows else (None, None)
        listing = ScenarioList(id="scenarios")
        listing.fill(rows, scores_known=self.dojo.library_loaded, width_hint=self._list_width())
        empty = Static(self._empty_message(rows), id="no-match")
        empty.display = not rows
        self._shown_list = (rows, self.dojo.library_loaded)
        self._shown_preview = (first, best)
        self._shown_player = self._player_label()
        yield TopBar(Content.assemble(("dojo", "bold $text-accent"), ("  sales conversation practice", MUTED)),
                     self._shown_player, id="topbar")
        with Horizontal(id="picker-body"):
            with Vertical(id="picker-left"):
                yield FilterInput(placeholder="Type to filter by name, role, archetype…", id="filter")
                yield listing
                yield empty
            with Vertical(id="preview-pane"):
                yield TextPane(self._preview(first, best), id="preview")
                yield StartButton("▶  Start practice", id="start", disabled=first is None)
        yield SteadyFooter()

    def _list_width(self) -> int:
        """The list's width before the first layout, as dojo.tcss lays the picker out: the preview pane
        takes 44% of the screen (up to 64 cells), the list's column a cell of padding each side, the
        list's scrollbar two."""
        width = self.app.size.width
        return width - min(64, width * 44 // 100) - 2 - 2

    def on_mount(self) -> None:
        self.query_one("#filter", Input).cursor_blink = self.dojo.blink
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
    def _player_label(self) -> Content:
        name = self.dojo.player
        return Content.assemble(("Practising as ", MUTED), literal(name, "bold")) if name else \
            Content.styled("No player name yet (ctrl+s)", MUTED)

    def show_player(self) -> None:
        label = self._player_label()
        if label != self._shown_player:
            self._shown_player = label
            self.query_one(TopBar).show(right=label)

    def _rows(self, query: str) -> list[tuple[Card, Scores | None]]:
        return [(s, self.dojo.best(s.id)) for s in self.dojo.cards() if matches(s, query)]

    def visible_scenarios(self) -> list[Card]:
        return [card for card, _ in self._rows(self.query_one("#filter", Input).value)]

    def _empty_message(self, rows: list) -> Content:
        if rows:
            return Content("")
        if not self.dojo.library_loaded:
            return Content.styled("Loading scenarios…", MUTED)
        if self.dojo.cards():
            return Content.styled("No scenario matches the filter. Press Escape to clear it.", MUTED)
        return Content.assemble(("No scenarios found. ", "bold"),
                                (f"Add scenario .toml files to {self.dojo.user_scenarios_dir()} and restart.", MUTED))

    def refresh_list(self) -> None:
        self._shown_query = self.query_one("#filter", Input).value
        rows = self._rows(self._shown_query)
        # Best scores come with the library read; until then a card says nothing rather than "not tried".
        loaded = self.dojo.library_loaded
        if (rows, loaded) == self._shown_list:
            return  # a resume or a re-read with nothing new: no relayout
        self._shown_list = (rows, loaded)
        self.query_one(ScenarioList).fill(rows, keep=self.selected_id(), scores_known=loaded)
        empty = self.query_one("#no-match", Static)
        empty.display = not rows
        if not rows:
            empty.update(self._empty_message(rows))
        self.show_preview()

    def selected_id(self) -> str | None:
        return self.query_one(ScenarioList).highlighted_id

    def show_preview(self) -> None:
        chosen = self.selected_id()
        scenario = self.dojo.card(chosen) if chosen else None
        best = self.dojo.best(scenario.id) if scenario else None
        if (scenario, best) == self._shown_preview:
            return
        self._shown_preview = (scenario, best)
        self.query_one("#start", StartButton).disabled = scenario is None
        self.query_one(TextPane).show(self._preview(scenario, best))

    @staticmethod
    def _preview(scenario: Card | None, best: Scores | None) -> HangingList | Content:
        """Who, how hard, what about, then the objectives as a bulleted list: one widget draws them all."""
        if scenario is None:
            return Content.styled("Nothing selected.", MUTED)
        return HangingList([literal(goal) for goal in scenario.objectives], Content.styled("•", MUTED),
                           before=preview(scenario, best))

    # ---- events
    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        self.refresh_list()

    @on(ScenarioList.Highlighted, "#scenarios")
    def _highlighted(self) -> None:
        self.show_preview()

    @on(ScenarioList.Selected, "#scenarios")
    def _selected(self) -> None:
        self.action_start()

    @on(StartButton.Pressed, "#start")
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
