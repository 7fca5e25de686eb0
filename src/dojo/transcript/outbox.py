"""The outbox: statements wait in the data dir until the LRS has them, so nothing is lost offline.

When an attempt ends its statements are written to `<data dir>/outbox/<transcript id>.json`
(temp file, fsync, rename), and sent from there. A file is deleted only after the
LRS answered 2xx (or 409: it already holds those ids), and the ids are derived
from the transcript, so a kill mid-send loses nothing and a resend duplicates nothing.
With no LRS endpoint set, no outbox is written.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dojo.fsutil import atomic_write
from dojo.paths import data_dir as default_data_dir
from dojo.transcript.lrs import (
    BATCH,
    LrsClient,
    LrsError,
    LrsSettings,
    load_lrs_settings,
)
from dojo.transcript.store import Transcript, TranscriptError, load_transcript
from dojo.transcript.xapi import statements

FOLDER = "outbox"
SUFFIX = ".json"


@dataclass
class Delivery:
    """What one pass over the outbox did."""

    sent_attempts: int = 0
    sent_statements: int = 0
    waiting_attempts: int = 0
    waiting_statements: int = 0
    error: str | None = None
    problems: list[str] = field(default_factory=list)

    def waiting_line(self) -> str | None:
        """The one quiet line a user sees when statements wait, or None when none do."""
        if not self.waiting_attempts:
            return None
        return waiting_line(self.waiting_attempts, self.waiting_statements, self.error)


def waiting_line(attempts: int, total: int, why: str | None = None) -> str:
    one = attempts == 1
    reason = f" ({why})" if why else ""
    return (f"{_count(attempts, 'attempt')} ({_count(total, 'statement')}) {'waits' if one else 'wait'} "
            f"for the LRS{reason}; `dojo sync` sends {'it' if one else 'them'}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class Outbox:
    def __init__(self, data_dir: Path | str | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.folder = self.data_dir / FOLDER

    def path_for(self, transcript_id: str) -> Path:
        # Transcript ids are uuid4 hex; anything else is refused rather than trusted as a file name.
        if not transcript_id.isalnum():
            raise ValueError(f"not a transcript id: {transcript_id!r}")
        return self.folder / f"{transcript_id}{SUFFIX}"

    def put(self, transcript: Transcript, settings: LrsSettings) -> Path | None:
        """Queue the attempt's statements; None when the transcript is not a finished attempt."""
        found = statements(transcript, settings.homepage, turns=settings.turns)
        if not found:
            return None
        path = self.path_for(transcript.header["id"])
        atomic_write(path, json.dumps({"transcript": transcript.path.name, "statements": found},
                                      ensure_ascii=False) + "\n")
        return path

    def waiting(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(path for path in self.folder.glob(f"*{SUFFIX}") if path.is_file())

    @staticmethod
    def read(path: Path) -> list[dict[str, Any]]:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = data["statements"]
        if not isinstance(found, list):
            raise TypeError("statements is not a list")
        return found

    def counts(self) -> tuple[int, int]:
        """(attempts, statements) waiting."""
        files = self.waiting()
        total = 0
        for path in files:
            try:
                total += len(self.read(path))
            except (OSError, ValueError, KeyError, TypeError):
                pass
        return len(files), total

    def send(self, client: LrsClient) -> Delivery:
        """Send every waiting file, several attempts to a request; stop at the first failure
        (the LRS is down or refusing), leaving the rest queued."""
        delivery = Delivery()
        batch: list[tuple[Path, list[dict[str, Any]]]] = []
        for path in self.waiting():
            try:
                found = self.read(path)
            except FileNotFoundError:
                continue  # another dojo sent it meanwhile
            except (OSError, ValueError, KeyError, TypeError) as err:
                delivery.problems.append(f"{path}: unreadable outbox file ({err}); left in place")
                continue
            batch.append((path, found))
            if sum(len(items) for _, items in batch) >= BATCH:
                if not self._send_batch(client, batch, delivery):
                    break
                batch = []
        else:
            if batch:
                self._send_batch(client, batch, delivery)
        if delivery.error is not None:
            delivery.waiting_attempts, delivery.waiting_statements = self.counts()
        return delivery

    @staticmethod
    def _send_batch(client: LrsClient, batch: list[tuple[Path, list[dict[str, Any]]]], delivery: Delivery) -> bool:
        try:
            client.send([statement for _, items in batch for statement in items])
        except LrsError as err:
            delivery.error = str(err)
            return False
        for path, items in batch:
            # Only now, after a 2xx: a kill before this line leaves the file to be resent, never lost.
            path.unlink(missing_ok=True)
            delivery.sent_attempts += 1
            delivery.sent_statements += len(items)
        return True


def queue_attempt(transcript_path: Path | str, data_dir: Path | str | None = None) -> Path | None:
    """The end-of-session hook: queue a finished attempt when an LRS is set. Never raises."""
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    settings, _ = load_lrs_settings(root)
    if not settings.enabled:
        return None
    try:
        return Outbox(root).put(load_transcript(transcript_path), settings)
    except (OSError, TranscriptError, ValueError):
        return None


def deliver(data_dir: Path | str | None = None, settings: LrsSettings | None = None) -> Delivery | None:
    """Send what waits; None when no LRS is set (nothing is sent and nothing changes)."""
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    if settings is None:
        settings, _ = load_lrs_settings(root)
    if not settings.enabled:
        return None
    return Outbox(root).send(LrsClient(settings))


class BackgroundDelivery:
    """Sends the outbox on a daemon thread, so the CLI never waits on the network to finish a session."""

    def __init__(self, data_dir: Path | str | None = None):
        self.data_dir = data_dir
        self.result: Delivery | None = None
        self._thread = threading.Thread(target=self._run, name="dojo-lrs", daemon=True)

    def start(self) -> BackgroundDelivery:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.result = deliver(self.data_dir)
        except Exception as err:  # noqa: BLE001 - a background sender must never take the session down
            self.result = Delivery(error=f"sending stopped ({type(err).__name__})")

    def wait(self, timeout: float) -> Delivery | None:
        """The delivery once done, or None if it is still running after `timeout` seconds."""
        self._thread.join(timeout)
        return None if self._thread.is_alive() else self.result
