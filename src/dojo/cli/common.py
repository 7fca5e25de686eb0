"""Helpers every command shares: one-line errors, exit codes, JSON output."""

from __future__ import annotations

import json
import sys

from dojo.scenario.library import Entry, resolve
from dojo.scenario.load import ScenarioError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"dojo: {message}", file=sys.stderr)
    return code


def load_entry(ref: str) -> Entry:
    try:
        return resolve(ref)
    except ScenarioError as err:
        raise UsageError(str(err)) from None


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()
