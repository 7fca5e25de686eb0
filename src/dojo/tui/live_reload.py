"""Live reload in the app: a trainer saves a scenario file and sees the change without quitting.

The conversation screen watches the file of the scenario being played: on save it
loads the file again and replays the replies so far against the new version (the
same replay as `dojo play --watch`), so the trainer lands where they were. A file
with errors never stops the session: a notice in the conversation names file:line
and the last good version plays on. The picker's list follows the library folders.

A reloaded conversation is a play-test of a changing file, not practice: its
transcript so far is closed without an ending (so it is not an attempt) and the
replayed session is not saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.content import Content

from dojo.engine.replay import replay, replies_of
from dojo.scenario.diagnostics import Diagnostic
from dojo.scenario.library import library_dirs, load_library
from dojo.scenario.load import check_file
from dojo.scenario.watching import FileWatch, folder_stamp
from dojo.tui.look import MUTED, literal
from dojo.tui.widgets.chat import ChatLog

if TYPE_CHECKING:
    from dojo.tui.app import DojoApp
    from dojo.tui.screens.conversation import ConversationScreen
    from dojo.tui.screens.picker import PickerScreen

#: How often files are checked: a stat per file, so it costs next to nothing.
POLL_SECONDS = 0.5
#: Load errors shown in the conversation; the rest are counted (`dojo validate` lists them all).
SHOWN_ERRORS = 3


class ConversationReload:
    """Watches the played scenario's file for one conversation screen."""

    def __init__(self, screen: ConversationScreen, path: Path) -> None:
        self.screen = screen
        self.path = path
        self.file = FileWatch(path)

    def poll(self) -> None:
        if self.file.changed():
            self.file.mark()
            self.reload()

    def reload(self) -> None:
        scenario, problems, _ = check_file(self.path)
        if scenario is None:
            self._show_errors(problems)
            return
        screen = self.screen
        old = screen.session
        assert old is not None
        replayed = replay(scenario, replies_of(old.events), old.seed, old.player)
        if screen.recorder is not None:
            screen.recorder.close()  # unfinished on disk, so not an attempt; nothing more is saved
        screen.begin(scenario, replayed.session)
        count = len(replayed.replies)
        said = f"replayed {replayed.played} of {count} repl{'y' if count == 1 else 'ies'}"
        if replayed.cut_short:
            said += f"; the new version ends the conversation before the last {replayed.left_over}"
        screen.query_one(ChatLog).add_notice(Content.assemble(
            ("↻ Reloaded ", "bold"), literal(self.path.name, "bold"), (f": {said}. A play-test now, not saved.", MUTED)))

    def _show_errors(self, problems: list[Diagnostic]) -> None:
        # The file name, not its whole path: the notice is narrow, and the heading says which folder.
        lines = [literal(str(replace(problem, file=self.path.name))) for problem in problems[:SHOWN_ERRORS]]
        more = len(problems) - SHOWN_ERRORS
        if more > 0:
            lines.append(Content.styled(f"…and {more} more (run `dojo validate {self.path}`)", MUTED))
        heading = Content.assemble(
            ("⚠ Not reloaded: ", "bold $text-error"), literal(str(self.path), "bold"),
            (f" has {len(problems)} error{'s' if len(problems) != 1 else ''}; "
             "the last good version plays on until you save a fix.", MUTED))
        self.screen.query_one(ChatLog).add_notice(Content("\n").join([heading, *lines]))


def watch_scenario_file(screen: ConversationScreen) -> ConversationReload | None:
    """Start watching the played scenario's file when it is in the library (None otherwise)."""
    library = screen.dojo.library
    entry = library.entries.get(screen.scenario.id) if library is not None else None
    if entry is None:
        return None
    watcher = ConversationReload(screen, entry.path)
    screen.set_interval(POLL_SECONDS, watcher.poll)
    return watcher


class LibraryReload:
    """Reloads the app's library when a scenario file in its folders is added, removed or saved."""

    def __init__(self, app: DojoApp, refreshed: Callable[[], None], shown: Callable[[], bool]) -> None:
        self.app = app
        self.refreshed = refreshed
        self.shown = shown
        self.folders = app.library_dirs if app.library_dirs is not None else library_dirs()
        self._stamp = folder_stamp(self.folders)

    def poll(self) -> None:
        stamp = folder_stamp(self.folders)
        if stamp == self._stamp or self.app.library is None:  # still being read at start-up
            return
        self._stamp = stamp
        before = {str(problem) for problem in self.app.library.problems}
        self.app.library = load_library(self.app.library_dirs)
        new = [problem for problem in self.app.library.problems if str(problem) not in before]
        if new and self.shown():  # in a conversation, its own notice speaks for the file being played
            self.app.notify(f"{new[0]}" + (f" (and {len(new) - 1} more)" if len(new) > 1 else ""),
                            title="A scenario file has errors and is skipped", severity="warning",
                            timeout=8, markup=False)
        self.refreshed()


def watch_library(screen: PickerScreen) -> LibraryReload:
    watcher = LibraryReload(screen.dojo, screen.refresh_list, lambda: screen.is_current)
    screen.set_interval(POLL_SECONDS * 2, watcher.poll)
    return watcher
