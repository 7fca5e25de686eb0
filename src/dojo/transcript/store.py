"""Transcript files: a session's event log, one JSON object per line, written as it is played.

Line 1 is a header (schema version, dojo version, scenario id and content hash,
seed, players, start time, id); every later line is one engine event exactly as
`event.model_dump(mode="json")` gives it. Each turn's lines go out in one write
followed by flush + fsync, so a killed process loses at most the turn in flight,
and a reader tolerates (and reports) a half-written last line.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dojo.engine.events import EVENT_ADAPTER, Event, RepReplied, SessionEnded, event_from_dict
from dojo.engine.summary import Film, film
from dojo.fsutil import UnreadableFile, read_input
from dojo.paths import transcripts_dir

SCHEMA = 1
SUFFIX = ".jsonl"
#: A transcript bigger than this is not something dojo wrote.
MAX_FILE_BYTES = 50_000_000
HEADER_KEYS = ("schema", "scenario", "scenario_hash", "seed", "players", "started", "id")


class TranscriptError(Exception):
    """A transcript cannot be read; the message names file:line and what is wrong."""


# ---------------------------------------------------------------- file names

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str | None, limit: int = 32, fallback: str = "anon") -> str:
    """A file-name-safe fragment: ASCII letters, digits and single dashes, never empty, never `..`."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    cleaned = _SLUG_DROP.sub("-", folded).strip("-")[:limit].strip("-")
    return cleaned or fallback


def transcript_name(started: datetime, scenario_id: str, players: list[str], ident: str) -> str:
    stamp = started.strftime("%Y%m%dT%H%M%S.") + f"{started.microsecond // 1000:03d}Z"
    who = slug("-".join(players), limit=32) if players else "anon"
    return f"{stamp}-{slug(scenario_id, limit=40, fallback='scenario')}-{who}-{ident[:8]}{SUFFIX}"


def _inside(folder: Path, name: str) -> Path:
    path = folder / name
    # Belt and braces: a slug can hold no separator, but never trust a name to stay inside.
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"refusing to write {name!r} outside {folder}")
    return path


# ---------------------------------------------------------------- writing

def _line(data: dict[str, Any]) -> str:
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (only a Python caller can pass one) has no UTF-8 form; JSON's
        # \u escapes keep it exactly, so the line is valid UTF-8 and reloads to the same text.
        line = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return line + "\n"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _why(err: OSError) -> str:
    return err.strerror or err.__class__.__name__


# ---------------------------------------------------------------- reading

@dataclass
class Transcript:
    path: Path
    header: dict[str, Any]
    events: list[Event]
    #: The last line was cut off mid-write (a crash or kill); every complete line was read.
    truncated: bool = False
    _film: Film | None = field(default=None, repr=False)

    def film(self) -> Film:
        if self._film is None:
            self._film = film(self.events)
        return self._film

    @property
    def scenario(self) -> str:
        return self.header["scenario"]

    @property
    def title(self) -> str:
        title = self.header.get("scenario_title")
        return title if isinstance(title, str) and title else self.scenario

    @property
    def persona(self) -> str:
        name = self.header.get("persona")
        return name if isinstance(name, str) and name else "Prospect"

    @property
    def seed(self) -> int:
        return self.header["seed"]

    @property
    def players(self) -> list[str]:
        """The header's players, then anyone else who replied, in order of appearance."""
        names = list(self.header.get("players") or [])
        for event in self.events:  # (type, not isinstance: pydantic models are slow to say no)
            if type(event) is RepReplied and event.player and event.player not in names:
                names.append(event.player)
        return names

    @property
    def started(self) -> str:
        return self.header["started"]

    @property
    def ended(self) -> SessionEnded | None:
        return self.film().ended

    @property
    def replies(self) -> list[RepReplied]:
        return [event for event in self.events if type(event) is RepReplied]

    @property
    def notice(self) -> str | None:
        """A one-line note for readers when the file did not end cleanly."""
        if self.truncated:
            return (f"{self.path}: the last line was cut off (the session was interrupted); "
                    f"showing every complete turn")
        if self.ended is None:
            return f"{self.path}: the session has no ending (it was interrupted or is still being played)"
        return None


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = first["msg"]
    if first["type"] == "union_tag_invalid":
        return f"unknown event kind {first.get('input', {}).get('kind')!r}" if isinstance(first.get("input"), dict) \
            else message
    return f"{where}: {message}" if where else message


def _check_header(data: Any, label: str) -> dict[str, Any]:
    where = f"{label}:1"
    if not isinstance(data, dict) or "schema" not in data:
        raise TranscriptError(f"{where}: not a dojo transcript (the first line is not a transcript header)")
    schema = data["schema"]
    if not isinstance(schema, int):
        raise TranscriptError(f"{where}: schema must be a number, not {schema!r}")
    if schema > SCHEMA:
        raise TranscriptError(f"{where}: transcript schema {schema} is newer than this dojo reads ({SCHEMA}); "
                              f"upgrade dojo")
    missing = [key for key in HEADER_KEYS if key not in data]
    if missing:
        raise TranscriptError(f"{where}: the header is missing {', '.join(missing)}")
    checks = {"scenario": str, "scenario_hash": str, "seed": int, "players": list, "started": str, "id": str}
    for key, kind in checks.items():
        if not isinstance(data[key], kind) or (kind is int and isinstance(data[key], bool)):
            raise TranscriptError(f"{where}: header {key} must be a {kind.__name__}, not {data[key]!r}")
    if not all(isinstance(name, str) for name in data["players"]):
        raise TranscriptError(f"{where}: header players must be a list of names")
    try:
        datetime.fromisoformat(data["started"])
    except ValueError:
        raise TranscriptError(f"{where}: header started is not an ISO-8601 time: {data['started']!r}") from None
    return data


#: An event line parsed and checked in one step (see `load_transcript`): pydantic's own validator,
#: called without the adapter's per-call wrapper.
_parsed_event = EVENT_ADAPTER.validator.validate_json


def load_transcript(path: str | Path) -> Transcript:
    """Read a transcript; a truncated last line is tolerated and reported in `truncated`."""
    path = Path(path)
    label = str(path)
    try:
        raw = read_input(path, MAX_FILE_BYTES, "transcript")
    except UnreadableFile as err:
        hint = "; see `dojo history` for saved transcripts" if str(err).endswith("no such file") else ""
        raise TranscriptError(f"{err}{hint}") from None
    if not raw.strip():
        raise TranscriptError(f"{label}: empty file, not a dojo transcript")
    lines = raw.split(b"\n")
    # A complete file ends with a newline, so the split leaves an empty tail.
    tail_complete = lines[-1] == b""
    if tail_complete:
        lines.pop()
    header: dict[str, Any] | None = None
    events: list[Event] = []
    truncated = False
    last = len(lines)
    start = 1
    if lines[0].strip(b" \t\r\x00"):
        # The header on line 1, as dojo writes it; then, in one go, every event line as a well-formed
        # event. One line that is not (a blank, a damaged or cut-off line) and the lines are read
        # again one at a time below, which tell blanks and cut-off lines apart and say what is wrong.
        try:
            data = json.loads(lines[0].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise TranscriptError(f"{label}:1: not a dojo transcript (the first line is not a JSON header)") from None
        header = _check_header(data, label)
        parsed = _parsed_event
        try:
            events = [parsed(chunk) for chunk in lines[1:]]
        except ValidationError:
            start = 2
        else:
            return Transcript(path=path, header=header, events=events, truncated=False)
    for number, chunk in enumerate(lines[start - 1:], start=start):
        cut_off = number == last and not tail_complete
        if not chunk.strip(b" \t\r\x00"):
            if cut_off and chunk:
                truncated = True
            continue
        if header is not None:
            # A well-formed event is parsed and checked in one step by pydantic's own JSON reader.
            # It accepts no line that the steps below reject; anything it rejects goes through them,
            # which find what is wrong and say so exactly as always.
            try:
                events.append(_parsed_event(chunk))
                continue
            except ValidationError:
                pass
        try:
            data = json.loads(chunk.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            if cut_off and header is not None:
                truncated = True
                break
            if number == 1:
                raise TranscriptError(f"{label}:1: not a dojo transcript (the first line is not a JSON header)") from None
            what = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else f"not valid JSON ({err.msg})"
            raise TranscriptError(f"{label}:{number}: {what}") from None
        if header is None:
            header = _check_header(data, label)
            continue
        if not isinstance(data, dict):
            raise TranscriptError(f"{label}:{number}: an event must be a JSON object")
        try:
            events.append(event_from_dict(data))
        except ValidationError as err:
            raise TranscriptError(f"{label}:{number}: not a valid event ({_first_error(err)})") from None
    if header is None:
        raise TranscriptError(f"{label}:1: not a dojo transcript (the header line was cut off)")
    return Transcript(path=path, header=header, events=events, truncated=truncated)


def whole_lines(path: str | Path) -> tuple[dict[str, Any], list[bytes]] | None:
    """The header and the event lines of a transcript written in full the way dojo writes one:
    a valid header on line 1, then one non-blank line per event, the last ending in a newline.

    None for anything else (a file that cannot be read, a damaged or blank header, a cut-off last
    line): `load_transcript` reads those and says what is wrong. The event lines are not checked
    here, not even for blanks (a blank line is no JSON): a reader that finds one it cannot take
    leaves the file to `load_transcript` too."""
    try:
        raw = read_input(path, MAX_FILE_BYTES, "transcript")
    except UnreadableFile:
        return None
    lines = raw.split(b"\n")
    if len(lines) < 2 or lines[-1] != b"":
        return None
    lines.pop()
    try:
        header = _check_header(json.loads(lines[0].decode("utf-8")), str(path))
    except (UnicodeDecodeError, json.JSONDecodeError, TranscriptError):
        return None
    return header, lines[1:]


def list_transcripts(data_dir: Path | str | None = None) -> list[Path]:
    """Every transcript file in the data dir, oldest first (names start with the UTC start time)."""
    folder = transcripts_dir(Path(data_dir) if data_dir is not None else None)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(f"*{SUFFIX}") if path.is_file())


def newest_transcript(data_dir: Path | str | None = None, group: bool = False) -> Path | None:
    """What `last` means wherever a saved session is asked for: the newest one that has ended.

    A session still being played (in the app, or in another window) or one cut off by a crash has
    no ending yet; reviewing it is rarely what "the last session" meant, so it is passed over. Only
    when no session has ended is the newest unfinished one given, which every reader marks as such.
    With `group`, only group sessions count (their header names the group)."""
    unfinished: Path | None = None
    for path in reversed(list_transcripts(data_dir)):
        if group and not _is_group(path):
            continue
        try:
            ended = load_transcript(path).ended
        except TranscriptError:
            continue  # not the one asked for; `dojo history` reports the files it cannot read
        if ended is not None:
            return path
        unfinished = unfinished or path
    return unfinished


def _is_group(path: Path) -> bool:
    """Whether a transcript's header (its first line, read alone) names a group."""
    try:
        with path.open(encoding="utf-8") as lines:
            header = json.loads(lines.readline())
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(header, dict) and bool(header.get("group"))
