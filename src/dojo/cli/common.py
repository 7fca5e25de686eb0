"""Helpers every command shares: one-line errors, exit codes, JSON output, opening transcripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dojo.fsutil import atomic_write
from dojo.scenario.library import Entry, resolve
from dojo.scenario.load import ScenarioError
from dojo.text import one_line
from dojo.transcript.store import (
    Transcript,
    TranscriptError,
    load_transcript,
    newest_transcript,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Wherever a command takes a transcript FILE, `last` means the newest finished session
#: (see `newest_transcript`).
LAST = "last"

#: What `add_subparsers()` returns; every command module's `register()` takes one.
Commands = Any


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


#: Seeds are stored as SQLite integers (signed 64-bit); anything larger is no more random.
MAX_SEED = 2**63 - 1


def fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"dojo: {one_line(message)}", file=sys.stderr)
    return code


def seed(text: str) -> int:
    """An argparse type: a whole number from 0 to MAX_SEED."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"{value} is out of range; use 0 to {MAX_SEED}")
    return value


def warn(message: str) -> None:
    print(f"dojo: warning: {one_line(message)}", file=sys.stderr, flush=True)


def load_entry(ref: str) -> Entry:
    try:
        return resolve(ref)
    except ScenarioError as err:
        raise UsageError(str(err)) from None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def resolve_file(ref: str) -> Path:
    path = Path(ref)
    if ref == LAST and not path.exists():
        newest = newest_transcript()
        if newest is None:
            raise UsageError("no saved transcripts yet; play a session first")
        return newest
    return path


def open_transcript(ref: str) -> Transcript:
    try:
        return load_transcript(resolve_file(ref))
    except TranscriptError as err:
        raise UsageError(str(err)) from None


def write_output(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        atomic_write(output, text)
    except OSError as err:
        raise UsageError(f"{output}: cannot write ({err.strerror or err})") from None
    print(f"dojo: wrote {one_line(str(output))}", file=sys.stderr)


def player_filter(args: argparse.Namespace) -> str | None:
    """`dojo history --player NAME`, or the global `dojo --player NAME history`."""
    return args.only_player if args.only_player is not None else args.player
