"""The app's only door to saved transcripts and history (issue 4's `dojo.transcript`).

The app codes against this small adapter so it keeps working, without saving
anything, where `dojo.transcript` is missing, and so a history index that
cannot be read costs the player a best score, never the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dojo.coach import Scores
from dojo.engine import Session
from dojo.engine.events import Event


@dataclass(frozen=True)
class Attempt:
    """One earlier try at a scenario, as the debrief shows it."""

    started: datetime | None
    result: str
    scores: Scores | None
    path: Path | None
    turns: int | None = None


class Unrecorded:
    """Plays the session without saving it (used when transcripts are unavailable)."""

    path: Path | None = None
    warning: str | None = None

    def __init__(self, session: Session) -> None:
        self.session = session

    def reply(self, text: str, player: str | None = None) -> list[Event]:
        return self.session.reply(text, player=player)

    def end(self) -> list[Event]:
        return self.session.end()


def record(session: Session, data_dir: Path | None = None):
    """A recorder wrapping `session`: `.reply(text)`, `.end()`, `.path`, `.warning`."""
    try:
        from dojo.transcript import Recorder
    except ImportError:
        return Unrecorded(session)
    return Recorder(session, data_dir=data_dir)


class History:
    """Best scores and earlier attempts; empty when there is no history store or it cannot be read."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.warning: str | None = None
        try:
            from dojo.transcript import History as Store, HistoryError
        except ImportError:
            self._store, self._errors = None, ()
        else:
            self._store, self._errors = Store(data_dir=data_dir), (HistoryError,)

    def best(self, player: str | None, scenario: str) -> Scores | None:
        if self._store is None:
            return None
        try:
            return self._store.best(player, scenario)
        except self._errors as err:
            self.warning = str(err)
            return None

    def attempts(self, player: str | None, scenario: str) -> list[Attempt]:
        """Newest first; sessions left before the first reply are not attempts."""
        if self._store is None:
            return []
        try:
            found = self._store.attempts(player=player, scenario=scenario)
        except self._errors as err:
            self.warning = str(err)
            return []
        return [attempt for attempt in map(_attempt, found) if attempt.turns != 0]


def _attempt(item: Any) -> Attempt:
    started = getattr(item, "started", None) or getattr(item, "started_at", None)
    if isinstance(started, str):
        try:
            started = datetime.fromisoformat(started)
        except ValueError:
            started = None
    if isinstance(started, datetime) and started.tzinfo is not None:
        started = started.astimezone()
    result = getattr(item, "result", None) or getattr(item, "outcome", None) or "unfinished"
    path = getattr(item, "path", None)
    return Attempt(started=started if isinstance(started, datetime) else None,
                   result=str(result), scores=getattr(item, "scores", None),
                   path=Path(path) if path else None, turns=getattr(item, "turns", None))
