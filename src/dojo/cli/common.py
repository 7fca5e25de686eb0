"""Helpers every command shares: one-line errors, exit codes, JSON output."""

from __future__ import annotations

import argparse
import json
import sys

from dojo.scenario.library import Entry, resolve
from dojo.scenario.load import ScenarioError
from dojo.text import one_line

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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


def load_entry(ref: str) -> Entry:
    try:
        return resolve(ref)
    except ScenarioError as err:
        raise UsageError(str(err)) from None


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()
