"""The dojo app: pick a persona, talk, see the coach, get a debrief.

`run()` is what `dojo` (no command) calls. The app holds the shared state
(player, library, history, theme) and the navigation between screens; each
screen renders the engine's events and calls only its public API.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from dojo import paths
from dojo.settings import Settings, load_settings, save_settings, settings_path
from dojo.tui import paste
from dojo.tui.base import home_relative
from dojo.tui.coach_ready import CoachReadiness
from dojo.tui.commands import DojoCommands
from dojo.tui.group_nav import GroupNavigation
from dojo.tui.themes import DARK, LIGHT, themes

if TYPE_CHECKING:  # the engine, the coach and pydantic load after the first paint, not before it
    from dojo.coach import Scores
    from dojo.engine import Session
    from dojo.scenario.cards import Card
    from dojo.scenario.library import Library
    from dojo.scenario.model import Scenario
    from dojo.transcript import History, Recorder
    from dojo.transcript.history import Attempt


class DojoApp(CoachReadiness, GroupNavigation, App[int]):
    """Everything the screens share. Tests inject a library folder, a seed and a data dir."""

    CSS_PATH = "dojo.tcss"
    TITLE = "dojo"
    COMMANDS = App.COMMANDS | {DojoCommands}
    BINDINGS = [
        Binding("ctrl+q", "leave", "Quit", tooltip="Leave dojo", priority=True),
        Binding("ctrl+s", "settings", "Settings", tooltip="Change your name or the theme", show=False),
        Binding("ctrl+l", "toggle_theme", "Light/dark", tooltip="Switch between the light and dark theme",
                show=False),
        Binding("ctrl+y", "history", "History", tooltip="Your scores over time and every saved session"),
        # The Keys panel (from the palette) closes with Escape; otherwise Escape goes to the screen.
        Binding("escape", "hide_keys", "Close keys", show=False, priority=True),
    ]

    def __init__(self, player: str | None = None, seed: int | None = None,
                 library_dirs: list[Path] | None = None, data_dir: Path | None = None,
                 blink: bool = True, review: Path | None = None, library_in_background: bool = True,
                 coach_in_background: bool = True) -> None:
        super().__init__()
        self.review_path = review
        self.player_override = player
        self.seed = seed
        self.library_dirs = library_dirs
        self.data_root = data_dir
        self.blink = blink
        self.exam = False
        #: Read in a worker once the picker is up; None until read.
        self.library: Library | None = None
        #: What the picker lists: from the card cache until the library is read, then from the library.
        self._cards: list[Card] = []
        self._cards_from: Library | None = None
        self.library_in_background = library_in_background
        #: Compile the coach's rules in a thread once the picker is filled (see coach_ready.py).
        self.coach_in_background = coach_in_background
        #: Set once the library is read and the picker filled (what a script or benchmark waits on).
        self.library_ready = asyncio.Event()
        self.history: History | None = None
        self._best: dict[str, Scores | None] = {}
        # Chosen before mounting: the first screen is styled in the saved theme from the start.
        for theme in themes():
            self.register_theme(theme)
        self.settings, self._settings_warning = load_settings(self.data_root)
        self._start_in_theme(DARK if self.settings.dark else LIGHT)

    def _start_in_theme(self, name: str) -> None:
        """What setting `theme` does, minus its last step: that reparses and reapplies the whole
        stylesheet, which at start-up would be done a second time for nothing (the stylesheet is
        first read with the theme already set)."""
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.update_classes({f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())  # nothing is parsed yet: no reparse needed

    # ---- start-up
    def get_default_screen(self) -> Screen:
        """The first screen is the bottom one (no blank screen under it to style and paint): the
        picker, filled from the card cache until the files are read, or the film for `dojo review FILE`."""
        if self.review_path is not None:
            from dojo.tui.screens.review import ReviewScreen

            return ReviewScreen(self.review_path)
        from dojo.tui.screens.picker import PickerScreen

        if self.library_in_background:  # the list as it was last time, until the files are read again
            from dojo.scenario.cards import cached_cards

            self._show_cards(cached_cards(self.library_dirs, self.data_root))
        return PickerScreen(id="picker")

    def on_mount(self) -> None:
        if self._settings_warning:
            self.notify(self._settings_warning, title="Settings", severity="warning", timeout=12, markup=False)
        if self.review_path is None and self.group_plan is None and self.player is None \
                and not self.settings.name_asked:
            from dojo.tui.screens.settings import PlayerNameScreen

            self.push_screen(PlayerNameScreen(), self._named)
        if self.library_in_background and self.review_path is None:
            # Started after the first paint: the worker shares the interpreter lock with the painting.
            self.call_after_refresh(self.run_worker, self._read_library_in_background, thread=True,
                                    group="library", exit_on_error=False)
        else:
            self._library_read(*self._read_library())

    def _read_library(self) -> tuple[Library, History]:
        from dojo.scenario.cards import file_stamps, save_cards
        from dojo.scenario.library import load_library
        from dojo.transcript import History

        stamps = file_stamps(self.library_dirs)
        library = load_library(self.library_dirs)
        save_cards(library, stamps, self.data_root)  # what the next start paints before reading a file
        return library, History(self.data_root)

    def _read_library_in_background(self) -> None:
        found: tuple[Library, History | None]
        try:
            found = self._read_library()
        except Exception as err:  # noqa: BLE001 - an empty picker with a reason beats a dead app
            from dojo.scenario.library import Library

            self.call_from_thread(self.notify, f"Could not read the scenario library ({type(err).__name__}).",
                                  title="Scenarios", severity="error", markup=False)
            found = (Library({}, []), None)
        self.call_from_thread(self._library_read, *found)

    def _library_read(self, library: Library, history: History | None) -> None:
        """The library is in: fill the picker, then whatever waited for it (a group plan, the outbox)."""
        self.library, self.history = library, history
        if library.problems:
            count = len(library.problems)
            self.notify(f"{count} problem{'s' if count != 1 else ''} in scenario files; run `dojo validate` "
                        f"on {self.user_scenarios_dir()} for details.", title="Some scenarios were skipped",
                        severity="warning", timeout=8)
        self.send_team_results()  # what waited from an earlier, offline session
        self._refresh_picker()
        self.library_ready.set()
        cards = self.cards()
        if cards and self.review_path is None:  # the card the picker highlights first
            first = self.scenario(cards[0].id)
            if first is not None:
                self.prepare_coach(first)
        if self.group_plan is not None and self.review_path is None:  # `dojo group`: straight to the team
            scenario_id, players, mode = self.group_plan
            if scenario_id and players:
                self.start_group(scenario_id, players, mode, at_once=True)
            else:
                self.open_group_setup(scenario_id, players, mode)

    def _named(self, name: str | None) -> None:
        # Asked once: skipping is an answer too, and the settings dialog (ctrl+s) changes it later.
        self._save(self.settings.with_player(name).asked())
        self._refresh_picker()

    # ---- shared state the screens read
    @property
    def player(self) -> str | None:
        return self.player_override or self.settings.player

    @property
    def library_loaded(self) -> bool:
        return self.library is not None

    def _show_cards(self, cards: list[Card]) -> None:
        self._cards = sorted(cards, key=lambda card: (card.difficulty, card.persona.name.casefold(), card.id))

    def cards(self) -> list[Card]:
        """The scenarios the picker lists, easiest first: the library's once read (or read again by
        live reload), the card cache's until then."""
        if self.library is not None and self._cards_from is not self.library:
            from dojo.scenario.cards import Card

            self._cards_from = self.library
            self._show_cards([Card.of(entry.scenario) for entry in self.library.entries.values()])
        return self._cards

    def card(self, scenario_id: str) -> Card | None:
        return next((card for card in self.cards() if card.id == scenario_id), None)

    def scenarios(self) -> list[Scenario]:
        if self.library is None:
            return []
        found = [entry.scenario for entry in self.library.entries.values()]
        return sorted(found, key=lambda s: (s.difficulty, s.persona.name.casefold(), s.id))

    def scenario(self, scenario_id: str) -> Scenario | None:
        entry = self.library.entries.get(scenario_id) if self.library is not None else None
        return entry.scenario if entry else None

    def user_scenarios_dir(self) -> Path:
        return paths.user_scenarios_dir(self.data_root)

    def best(self, scenario_id: str) -> Scores | None:
        """The player's best attempt; a history index that cannot be read costs the best score, never the app."""
        if self.history is None:  # not read yet (or unreadable): nothing to import for it
            return None
        from dojo.transcript import HistoryError

        if scenario_id not in self._best:
            try:
                self._best[scenario_id] = self.history.best(self.player, scenario_id)
            except HistoryError:
                self._best[scenario_id] = None
        return self._best[scenario_id]

    def earlier_attempts(self, scenario_id: str, current: Path | None) -> list[Attempt]:
        """The player's other attempts at a scenario, newest first."""
        from dojo.transcript import HistoryError

        if self.history is None:
            return []
        try:
            self.history.sync()
            found = self.history.attempts(self.player, scenario_id)
        except HistoryError:
            return []
        return [a for a in found if current is None or a.path.name != current.name]

    def record(self, session: Session) -> Recorder:
        """Saving wraps the session; the conversation screen saves each turn in a worker."""
        from dojo.transcript import Recorder

        return Recorder(session, data_dir=self.data_root)

    # ---- navigation
    def start_scenario(self, scenario_id: str, replace: bool = False) -> None:
        from dojo.tui.screens.conversation import ConversationScreen

        if self.library is None:  # chosen from the cached list before the files were read: start once they are
            self.run_worker(self._start_when_read(scenario_id, replace), group="start", exclusive=True)
            return
        scenario = self.scenario(scenario_id)
        if scenario is None:
            self.notify(f"No scenario {scenario_id!r} in the library.", severity="error")
            return
        if self.when_coach_ready(scenario, lambda: self.start_scenario(scenario_id, replace)):
            return
        self._abandon_conversation()
        screen = ConversationScreen(scenario, exam=self.exam)
        if self.screen.id == "picker" and not replace:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    async def _start_when_read(self, scenario_id: str, replace: bool) -> None:
        screen = self.screen
        await self.library_ready.wait()
        if self.screen is screen:  # not if the player went elsewhere meanwhile
            self.start_scenario(scenario_id, replace)

    def show_debrief(self, conversation) -> None:
        from dojo.tui.screens.debrief import DebriefScreen

        session, recorder = conversation.session, conversation.recorder
        assert session is not None
        self.exam = conversation.exam
        current = recorder.path if recorder is not None else None
        self._best.pop(session.scenario.id, None)
        screen = DebriefScreen(session.scenario, session.events, current)
        self.switch_screen(screen)

        # Indexing reads every transcript that changed: a worker, so the debrief shows at once.
        def load_earlier() -> None:
            if recorder is not None:
                recorder.save()  # the last turn is on disk before the index reads it
            earlier = self.earlier_attempts(session.scenario.id, current)
            self.call_from_thread(screen.show_progress, earlier)

        self.run_worker(load_earlier, thread=True, group="history", exit_on_error=False)
        self.send_team_results()

    def send_team_results(self) -> None:
        """Send finished attempts waiting in the outbox to the team's LRS, off the UI thread."""
        self.run_worker(self._send_team_results, thread=True, group="lrs", exit_on_error=False)

    def _send_team_results(self) -> None:
        from dojo.transcript.outbox import deliver

        try:
            delivery = deliver(self.data_root)
        except Exception as err:  # noqa: BLE001 - the practice app never falls over for the network
            self.call_from_thread(self.notify, f"Could not send team results ({type(err).__name__}).",
                                  title="Team results", markup=False)
            return
        line = delivery.waiting_line() if delivery else None
        if line:
            self.call_from_thread(self.notify, line[0].upper() + line[1:] + ".", title="Team results",
                                  markup=False)

    def back_to_picker(self) -> None:
        self._abandon_conversation()
        self._best.clear()
        while self.screen.id != "picker" and len(self.screen_stack) > 1:
            self.pop_screen()

    def open_transcript(self, path: Path) -> None:
        from dojo.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(path))

    def open_history(self, scenario: str | None = None) -> None:
        """Score trends and best/last/attempts per scenario."""
        from dojo.tui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen(self.player, scenario, self.data_root))

    def action_history(self) -> None:
        self.open_history()

    def action_review_last(self) -> None:
        from dojo.transcript.store import newest_transcript

        newest = newest_transcript(self.data_root)
        if newest is None:
            self.notify("No saved sessions yet: finish a practice session first.", title="Review")
            return
        self.open_transcript(newest)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hide_keys":
            return bool(self.screen.query("HelpPanel"))
        return True

    def action_hide_keys(self) -> None:
        self.action_hide_help_panel()

    def _abandon_conversation(self) -> None:
        """Leaving a conversation mid-way still records how it ended."""
        from dojo.tui.screens.conversation import ConversationScreen

        screen = self.screen
        if isinstance(screen, ConversationScreen):
            screen.end_session()

    def action_leave(self) -> None:
        """ctrl+q: quit, after asking when that would abandon a call in progress."""
        from dojo.tui.screens.confirm import ConfirmScreen
        from dojo.tui.screens.conversation import ConversationScreen

        conversation = next((s for s in self.screen_stack if isinstance(s, ConversationScreen)), None)
        if conversation is None or not conversation.in_progress:
            self.exit()
            return

        def leave(confirmed: bool | None) -> None:
            if confirmed:
                conversation.end_session()
                self.exit()

        if not isinstance(self.screen, ConfirmScreen):
            self.push_screen(ConfirmScreen("Quit dojo?", "The call in progress ends here and counts as an "
                                           "attempt.", "Quit"), leave)

    async def action_quit(self) -> None:
        self.action_leave()

    def _refresh_picker(self) -> None:
        from dojo.tui.screens.picker import PickerScreen

        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen) and screen.is_mounted:  # a picker still to mount fills itself
                screen.show_player()
                screen.refresh_list()

    # ---- settings and theme
    def action_toggle_theme(self) -> None:
        dark = self.theme != DARK
        self.theme = DARK if dark else LIGHT
        self._save(self.settings.with_dark(dark))

    def action_settings(self) -> None:
        from dojo.tui.screens.settings import SettingsScreen

        def saved(result) -> None:
            if result is None:
                return
            if result.player != self.settings.player:
                self.player_override = None
                self._best.clear()
            self.theme = DARK if result.dark else LIGHT
            self._save(Settings(player=result.player, dark=result.dark, name_asked=True))
            self._refresh_picker()

        if isinstance(self.screen, SettingsScreen):
            return
        where = home_relative(settings_path(self.data_root))
        self.push_screen(SettingsScreen(self.player, self.theme == DARK, str(where)), saved)

    def _save(self, settings: Settings) -> None:
        self.settings = settings
        warning = save_settings(settings, self.data_root)
        if warning:
            self.notify(warning, title="Settings not saved", severity="warning", markup=False)


def open_app(player: str | None = None, **options) -> DojoApp:
    """The app as the `dojo` command opens it in a terminal (the benchmark times this path)."""
    paste.install()
    _keep_imports()
    return DojoApp(player=player, **options)


def _keep_imports() -> None:
    """Everything imported by now (modules, classes, functions) lives as long as the process: moved
    out of the garbage collector's sight, so the first full collection, which start-up triggers
    while painting the first screen, does not walk all of them (≈ 50 ms before the first frame)."""
    import gc

    from dojo.tui.screens import picker  # noqa: F401 - the first screen: imported before, not after

    gc.freeze()


def run(player: str | None = None) -> int:
    """Open the app; the exit code for the `dojo` command."""
    app = open_app(player)
    app.run()
    return app.return_code or 0


def run_group(scenario_id: str | None, players: list[str] | None, mode: str) -> int:
    """`dojo group`: the app opened on a group session (or its set-up when something is missing).

    The library is read before the first screen, not behind the picker: read in the background, the
    picker showed for a moment first and took whatever the first player had started typing."""
    app = open_app(None, library_in_background=False)
    app.group_plan = (scenario_id, players, mode)
    app.run()
    return app.return_code or 0


def run_review(path: Path, player: str | None = None) -> int:
    """`dojo review FILE` in a terminal: the app opened on the review screen."""
    app = open_app(player, review=Path(path))
    app.run()
    return app.return_code or 0
