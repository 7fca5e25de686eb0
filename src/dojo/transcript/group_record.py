"""Saving a group session: every draft, pick, skip, note and override is flushed as it happens.

A group transcript is an ordinary transcript (any reader loads it) whose header
also says `group: {mode, players}`; the group's own events sit between the turns.
Notes pinned in the debrief, after the call ended, are appended to the same file.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from dojo.engine.events import Event
from dojo.engine.group import GroupSession
from dojo.transcript.recorder import Recorder
from dojo.transcript.store import _line, _why


class GroupRecorder(Recorder):
    """A Recorder for a GroupSession; the group's methods, each saved as soon as it returns."""

    def __init__(self, group: GroupSession, data_dir: Path | str | None = None, *,
                 scenario_path: Path | str | None = None, index: bool = True):
        self.group = group
        super().__init__(group.session, data_dir, scenario_path=scenario_path, players=group.players, index=index)

    def _open(self, started: datetime) -> None:
        self.header["group"] = {"mode": self.group.mode, "players": list(self.group.players)}
        # A group's drafts, picks and overrides are not what replaying its replies alone would write.
        self.header.pop("replay", None)
        super()._open(started)

    # ---- the group's actions, saved
    def reply(self, text: str, player: str | None = None) -> list[Event]:
        return self._saved(self.group.reply(text, player))

    def draft(self, text: str, player: str | None = None) -> list[Event]:
        return self._saved(self.group.draft(text, player))

    def pick(self, player: str | None = None) -> list[Event]:
        return self._saved(self.group.pick(player))

    def skip(self, player: str | None = None) -> list[Event]:
        return self._saved(self.group.skip(player))

    def end(self) -> list[Event]:
        was_over = self.group.finished
        events = self.group.end()
        if not was_over:
            self._saved(events)
        return events

    def note(self, text: str, turn: int | None = None, player: str | None = None) -> list[Event]:
        return self._saved(self.group.note(text, turn, player))

    def override(self, player: str, dimension: str, value: int, reason: str,
                 turn: int | None = None) -> list[Event]:
        return self._saved(self.group.override(player, dimension, value, reason, turn))

    # ---- writing
    def _saved(self, events: list[Event]) -> list[Event]:
        if self._handle is not None:
            self.save()
        elif self.path is not None and self.warning is None:
            with self._lock:
                self._append_late()
        return events

    def _append_late(self) -> None:
        """A note or override after the ending: append it to the closed file and re-index."""
        new = self.session.events[self._written:]
        self._written = len(self.session.events)
        if not new or self.path is None:
            return
        try:
            with open(self.path, "a", encoding="utf-8", newline="\n") as handle:
                handle.write("".join(_line(event.model_dump(mode="json")) for event in new))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as err:
            self.warning = f"the note was not saved to {self.path} ({_why(err)})"
            return
        if self._index:
            from dojo.transcript.history import History, HistoryError
            from dojo.transcript.store import TranscriptError

            try:
                History(self.data_dir).index(self.path)
            except (HistoryError, TranscriptError, OSError) as err:
                self.warning = f"the note was saved but the history index was not updated ({err})"
