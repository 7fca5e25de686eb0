"""What every dojo screen shares: typed access to the app's shared state, and exporting a transcript."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from dojo.tui.app import DojoApp


class DojoScreen(Screen):
    @property
    def dojo(self) -> DojoApp:
        """The running app, typed: the player, the library, the history and the navigation."""
        return cast("DojoApp", self.app)

    def export_transcript(self, path: Path) -> None:
        """Write the transcript at `path` as Markdown and an HTML page beside it, and say where."""
        from dojo.transcript.export import export_beside
        from dojo.transcript.store import TranscriptError

        try:
            base = export_beside(path)
        except (OSError, ValueError, TranscriptError) as err:  # an export must never cost the screen
            self.notify(str(err), title="Transcript not exported", severity="error", markup=False)
            return
        self.notify_written("Transcript exported", base, ".md and .html")

    def notify_written(self, title: str, base: Path, endings: str) -> None:
        """Say where files went: the folder on a line of its own (under ~ when it is in the home folder),
        then the file names. A path run on as one word was folded wherever the toast's edge fell, and a
        rep could not tell where the folder ended or find the files."""
        folder = str(home_relative(base.parent)).rstrip("/\\")
        self.notify(f"{folder}/\n{base.name}{endings}", title=title, timeout=15, markup=False)


def home_relative(path: Path) -> Path:
    """A path as a person types it: under `~` when it is inside the home folder."""
    try:
        return Path("~") / path.relative_to(Path.home())
    except ValueError:
        return path
