"""Recording a session as it is played: every turn appended and fsynced, then indexed.

Lives apart from `store` (reading transcripts) so that the history index, which reads
transcripts, and the recorder, which updates the index, do not import each other.
"""

from __future__ import annotations

import os
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from dojo import __version__
from dojo.engine.events import Event
from dojo.engine.hearing import hearing_fingerprint, replay_fingerprint
from dojo.engine.session import Session
from dojo.paths import data_dir as default_data_dir
from dojo.paths import transcripts_dir
from dojo.scenario.load import content_hash
from dojo.transcript.history import History, HistoryError
from dojo.transcript.store import SCHEMA, TranscriptError, _fsync_dir, _inside, _line, _why, transcript_name


class Recorder:
    """Wraps a Session and appends its events to a transcript file every turn.

    Never raises for a storage problem: if the data dir is read-only, full or
    missing, `warning` says so in one line and the session carries on in memory.
    Reply errors (an empty reply, a finished session) come from the session as usual.
    """

    def __init__(self, session: Session, data_dir: Path | str | None = None, *,
                 scenario_path: Path | str | None = None, players: list[str] | None = None,
                 index: bool = True):
        self.session = session
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path: Path | None = None
        self.warning: str | None = None
        self._index = index
        self._handle: TextIO | None = None
        self._written = 0
        self._lock = threading.Lock()
        names = players if players is not None else ([session.player] if session.player else [])
        started = datetime.now(UTC)
        self.id = uuid.uuid4().hex
        self.header: dict[str, Any] = {
            "schema": SCHEMA,
            "dojo_version": __version__,
            "scenario": session.scenario.id,
            "scenario_hash": content_hash(session.scenario),
            "scenario_path": str(Path(scenario_path).resolve()) if scenario_path else None,
            "scenario_title": session.scenario.title,
            "persona": session.scenario.persona.name,
            "seed": session.seed,
            "players": list(names),
            "started": started.isoformat(timespec="milliseconds"),
            "id": self.id,
            # Lets a re-score trust the recorded signals while hearing is unchanged (engine.hearing).
            "hearing": hearing_fingerprint(session.scenario),
            # Lets a re-score read the recorded events while the code that plays them is unchanged.
            "replay": replay_fingerprint(),
        }
        self._open(started)
        if session.finished:
            self._finish()

    # ---- delegating to the session
    @property
    def events(self) -> list[Event]:
        return self.session.events

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def saving(self) -> bool:
        return self._handle is not None

    def reply(self, text: str, player: str | None = None) -> list[Event]:
        events = self.session.reply(text, player=player)
        self.save()
        return events

    def end(self) -> list[Event]:
        events = self.session.end()
        self.save()
        return events

    def save(self) -> None:
        """Append the events not yet on disk (fsynced); index the file once the session has ended.

        Safe to call from a worker thread while the session plays on: the app plays a reply
        at once and saves it in the background, so a slow disk never freezes the screen."""
        with self._lock:
            # Read before flushing: the app plays the next reply on the UI thread while this runs, and
            # a session that ends between the flush and the check would be closed without its last turn.
            finished = self.session.finished
            self._flush()
            if finished:
                self._finish()

    def close(self) -> None:
        """Stop writing without ending the session (the file stays a valid, unfinished transcript)."""
        if self._handle is not None:
            try:
                self._handle.close()
            except OSError:
                pass
            self._handle = None

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- the file
    def _open(self, started: datetime) -> None:
        folder = transcripts_dir(self.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            name = transcript_name(started, self.session.scenario.id, self.header["players"], self.id)
            path = _inside(folder, name)
            self._handle = open(path, "x", encoding="utf-8", newline="\n")
        except (OSError, ValueError) as err:
            reason = _why(err) if isinstance(err, OSError) else str(err)
            self._give_up(f"cannot save transcripts in {folder} ({reason})")
            return
        self.path = path
        self._write(_line(self.header))
        self._flush()
        _fsync_dir(folder)

    def _flush(self) -> None:
        new = self.session.events[self._written:]
        self._written = len(self.session.events)
        if new:
            self._write("".join(_line(event.model_dump(mode="json")) for event in new))

    def _write(self, text: str) -> None:
        if self._handle is None:
            return
        try:
            self._handle.write(text)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as err:
            self.close()
            self._give_up(f"stopped saving {self.path} ({_why(err)})")

    def _give_up(self, what: str) -> None:
        self.warning = f"{what}; this session carries on but will not be saved"

    def _finish(self) -> None:
        saved = self._handle is not None
        self.close()
        if saved and self._index and self.path is not None:
            try:
                History(self.data_dir).index(self.path)
            except (HistoryError, TranscriptError, OSError) as err:
                self.warning = f"the transcript was saved but the history index was not updated ({err})"
        if saved and self.path is not None:
            from dojo.transcript.outbox import queue_attempt

            queue_attempt(self.path, self.data_dir)  # only when an LRS is set; never raises
