"""`dojo sync`, and the LRS side of `dojo play`, `dojo export --format xapi` and `dojo report --lrs`."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dojo.cli.common import EXIT_FAILED, EXIT_OK, Commands, UsageError
from dojo.text import visible
from dojo.transcript.lrs import LrsClient, LrsError, LrsSettings, load_lrs_settings
from dojo.transcript.outbox import BackgroundDelivery, Outbox, deliver, waiting_line
from dojo.transcript.report import Report, build_report
from dojo.transcript.store import (
    Transcript,
    TranscriptError,
    list_transcripts,
    load_transcript,
)
from dojo.transcript.xapi import statements
from dojo.transcript.xapi_report import StatementError, history_from_statements

NO_ENDPOINT = ("no LRS is set: set DOJO_LRS_ENDPOINT (and DOJO_LRS_USERNAME, DOJO_LRS_PASSWORD) "
               "or the [lrs] table of settings.toml; see docs/lrs.md")
#: How long `dojo play` waits for its background send before saying what still waits.
PLAY_WAIT = 5.0


def register(commands: Commands) -> None:
    sync = commands.add_parser(
        "sync", help="send finished attempts waiting in the outbox to the team's LRS",
        description="Send the xAPI statements waiting in the outbox to the learning record store set by "
                    "DOJO_LRS_ENDPOINT or settings.toml, and say what was sent and what still waits. "
                    "Sending twice never stores a statement twice.")
    sync.add_argument("--all", action="store_true",
                      help="first queue every finished attempt already saved (e.g. after setting up the LRS)")
    sync.set_defaults(handler=run_sync)


def _note(message: str) -> None:
    print(f"dojo: {visible(message)}", file=sys.stderr, flush=True)


def settings_or_fail() -> LrsSettings:
    settings, warning = load_lrs_settings()
    if warning:
        _note(f"warning: {warning}")
    if not settings.enabled:
        raise UsageError(NO_ENDPOINT)
    return settings


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def queue_all(settings: LrsSettings) -> tuple[int, list[str]]:
    """Queue every finished attempt in the data dir; (attempts queued, unreadable files)."""
    outbox = Outbox()
    queued, problems = 0, []
    for path in list_transcripts():
        try:
            if outbox.put(load_transcript(path), settings) is not None:
                queued += 1
        except TranscriptError as err:
            problems.append(str(err))
        except OSError as err:
            problems.append(f"{path}: cannot queue ({err.strerror or err})")
    return queued, problems


def run_sync(args) -> int:
    settings = settings_or_fail()
    if args.all:
        queued, problems = queue_all(settings)
        for problem in problems:
            _note(f"warning: {problem} (skipped)")
        _note(f"queued {_plural(queued, 'finished attempt')}")
    waiting, _total = Outbox().counts()
    if not waiting:
        print("Nothing waits for the LRS.")
        return EXIT_OK
    delivery = deliver(settings=settings)
    assert delivery is not None
    for problem in delivery.problems:
        _note(f"warning: {problem}")
    where = LrsClient(settings).shown
    if delivery.sent_attempts:
        print(f"Sent {_plural(delivery.sent_attempts, 'attempt')} "
              f"({_plural(delivery.sent_statements, 'statement')}) to {visible(where)}.")
    line = delivery.waiting_line()
    if line:
        _note(line)
        return EXIT_FAILED
    return EXIT_OK


# ---------------------------------------------------------------- dojo play

def start_delivery() -> BackgroundDelivery | None:
    """Send what waits on a background thread, when an LRS is set and something waits."""
    settings, _ = load_lrs_settings()
    if not settings.enabled or not Outbox().waiting():
        return None
    return BackgroundDelivery().start()


def finish_delivery(sender: BackgroundDelivery | None, timeout: float = PLAY_WAIT) -> None:
    """Give the background send a moment; if anything still waits, say so in one quiet line."""
    if sender is None:
        return
    delivery = sender.wait(timeout)
    if delivery is not None:
        line = delivery.waiting_line()
    else:
        attempts, total = Outbox().counts()
        line = waiting_line(attempts, total, "still sending") if attempts else None
    if line:
        _note(line)


# ---------------------------------------------------------------- export and report

def xapi_json(transcript: Transcript) -> str:
    """The statements dojo sends for this transcript, as a JSON array an LRS can import."""
    settings, _ = load_lrs_settings()
    found = statements(transcript, settings.homepage, turns=settings.turns)
    if not found:
        raise UsageError(f"{transcript.path}: the session has no ending yet, so it is not a finished attempt; "
                         f"nothing to export as xAPI")
    return json.dumps(found, ensure_ascii=False, indent=2) + "\n"


def report_from_lrs(player: str | None, since: str | None) -> Report:
    """The team report from the LRS's statements, built exactly as the local one is."""
    settings = settings_or_fail()
    client = LrsClient(settings)
    try:
        found = list(client.statements(since=asked_of_the_lrs(since)))
    except LrsError as err:
        raise LrsUnavailable(str(err)) from None
    with tempfile.TemporaryDirectory(prefix="dojo-lrs-report-") as folder:
        try:
            history = history_from_statements(found, Path(folder))
        except StatementError as err:
            raise UsageError(str(err)) from None
        return build_report(history, player, since)


def asked_of_the_lrs(since: str | None) -> str | None:
    """The `since` to ask the LRS for a report "since" `since`: a millisecond earlier.

    The LRS's `since` is exclusive, and it compares it with when it stored a statement (as the
    xAPI spec says) or with the statement's `timestamp`, the attempt's start to the millisecond
    (as Ralph's file backend does). Either way a millisecond earlier returns every attempt started
    at or after `since` (a superset: `build_report` keeps exactly those), including one that
    started in that very millisecond, which the local report counts."""
    if since is None:
        return None
    moment = datetime.fromisoformat(f"{since}T00:00:00+00:00" if len(since) == 10 else since)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - timedelta(milliseconds=1)).isoformat(timespec="milliseconds")


class LrsUnavailable(Exception):
    """The LRS could not answer; exit code 1 (a failed check, not bad input)."""
