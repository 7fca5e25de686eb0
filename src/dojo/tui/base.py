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
        self.notify(f"{base}.md and .html", title="Transcript exported", timeout=8, markup=False)
