"""A scenario file's raw text, read safely: bounded in size, decoded with the position of a
bad byte, and checked for absurd nesting before a TOML reader (which recurses once per level)
could meet it. Every failure is a `SourceError` carrying the line (and column) to point at.
"""

from __future__ import annotations

import re
import threading
import tomllib
from pathlib import Path
from typing import Any

import toml_rs

from dojo.fsutil import UnreadableFile, read_input

MAX_FILE_BYTES = 1_000_000
#: Far deeper than any scenario needs (three or four levels), far shallower than the recursion limit.
MAX_NESTING = 32


class SourceError(Exception):
    """The file cannot become TOML data; `line`/`column` (from 1) say where, when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def read_scenario_bytes(path: str | Path) -> bytes:
    try:
        raw = read_input(path, MAX_FILE_BYTES, "scenario")
    except UnreadableFile as err:
        message = str(err).removeprefix(f"{path}: ")
        if message == "no such file":
            raise SourceError(f"{message}; check the path or run `dojo list`") from None
        if "a scenario file must be under" in message:
            raise SourceError(f"the file passes {MAX_FILE_BYTES:,} bytes by this line; a scenario file "
                              f"must be smaller (move long texts out or split the scenario)",
                              _line_at_limit(path)) from None
        raise SourceError(message) from None
    return raw


def _line_at_limit(path: str | Path) -> int | None:
    """The line where the size limit falls, so a trainer can find what made the file so big."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(MAX_FILE_BYTES).count(b"\n") + 1
    except OSError:
        return None


def decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        head = raw[:err.start]
        line = head.count(b"\n") + 1
        start = head.rfind(b"\n") + 1
        column = len(raw[start:err.start].decode("utf-8", "replace")) + 1
        raise SourceError(f"not UTF-8 text (byte 0x{raw[err.start]:02x}); save the file as UTF-8",
                          line, column) from None
    return text.removeprefix("\ufeff")


#: A TOML 1.0 reader in Rust, ~10× faster than `tomllib` on scenario files. It gives what `tomllib`
#: gives (the same values, types and key order) on every shipped and test scenario, thousands of
#: fuzzed ones and TOML's corner cases (tests/test_scenario_toml.py), and refuses what `tomllib`
#: refuses; a file it refuses is read again by `tomllib`, whose messages (and line and column) dojo
#: has always reported.
#:
#: Only on the main thread: toml-rs 0.4.3 crashed the whole process (a segmentation fault inside the
#: reader) now and then when the app read its library in a fresh worker thread after an earlier
#: worker had exited; two runs in three of two start-up tests in a row, none in six without it. The
#: command line reads on the main thread, where it never has; a worker thread reads with `tomllib`,
#: ≈ 90 ms more for the shipped library, in the background.
_fast_toml = toml_rs.loads

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_AT_END = " (at end of document)"


def parse_toml(text: str) -> dict[str, Any]:
    if not text.strip():
        raise SourceError("empty file; a scenario starts with its `schema` number and `id` "
                          "(see docs/authoring.md)", 1)
    if threading.current_thread() is not threading.main_thread():
        check_nesting(text)
        return _read_with_tomllib(text)
    opens = text.count("[") + text.count("{")
    scanned = opens > FAST_READER_OPENS
    if scanned:
        check_nesting(text)  # the scan first: no reader may meet thousands of levels
    try:
        data = _fast_toml(text, toml_version="1.0.0")
    except Exception:  # noqa: BLE001 - whatever it is, tomllib reads the file again and words the problem
        pass
    else:
        # Each level of brackets in valid TOML (an array, an inline table; a table header is at
        # most two) is a level of the data, so data no deeper than the limit was never written
        # deeper, and the nesting scan (~0.5 ms a file, half of reading one) would find nothing.
        if not scanned and opens > MAX_NESTING and not _no_deeper(data, MAX_NESTING):
            check_nesting(text)
        return data
    if not scanned:
        check_nesting(text)  # before tomllib, which recurses once per level
    return _read_with_tomllib(text)


def _read_with_tomllib(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        position = _TOML_POSITION.search(message)
        if position:
            line, column = int(position.group(1)), int(position.group(2))
            message = message[:position.start()]
        else:
            # "at end of document": the last line is where the reader gave up.
            line, column = max(1, len(text.splitlines())), None
            message = message.removesuffix(_TOML_AT_END) + " before the end of the file"
        raise SourceError(f"invalid TOML: {message}", line, column) from None
    except RecursionError:  # pragma: no cover - check_nesting stops this first
        raise SourceError(f"values nested too deeply (over {MAX_NESTING} levels)") from None


#: Texts with more opening brackets than this are scanned for nesting before the fast reader sees
#: them (it recurses once per level and, unlike `tomllib`, has no limit: ~10,000 levels overflow
#: the stack); fewer cannot nest deeper than it handles on any thread's stack.
FAST_READER_OPENS = 1000


def _no_deeper(data: Any, limit: int) -> bool:
    """Whether `data` nests tables and arrays at most `limit` deep (the document itself counting one)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return False
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return True


def check_nesting(text: str) -> None:
    """Refuse arrays and inline tables nested deeper than MAX_NESTING, in one pass.

    Brackets inside strings and comments do not count; the scan only needs to be
    good enough to stop runaway nesting, tomllib still judges the syntax.
    """
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return  # too few brackets to nest that deep, wherever they are
    depth, index, size = 0, 0, len(text)
    while True:
        found = _NESTING_MARKS.search(text, index)
        if found is None:
            return
        index = found.start()
        char = text[index]
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise SourceError(f"arrays or tables nested more than {MAX_NESTING} deep; "
                                  f"flatten the value", text.count("\n", 0, index) + 1)
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "#":
            end = text.find("\n", index)
            index = size if end < 0 else end
            continue
        else:
            triple = text.startswith(char * 3, index)
            quote = char * 3 if triple else char
            index = _string_end(text, index + len(quote), quote)
            continue
        index += 1


#: What the nesting scan stops at; it skips everything else in one step (the line is counted only
#: for the error).
_NESTING_MARKS = re.compile(r"""[\[\]{}#"']""")


def _string_end(text: str, start: int, quote: str) -> int:
    """The index just past the closing quote (or the end of the line/file when unclosed)."""
    escapes = quote[0] == '"'
    index = start
    while True:
        end = text.find(quote, index)
        if end < 0:
            return len(text)
        if len(quote) == 1:
            newline = text.find("\n", index, end)
            if newline >= 0:
                return newline  # unterminated single-line string: tomllib will say so
        if escapes and _escaped(text, end):
            index = end + 1
            continue
        end += len(quote)
        if len(quote) == 3:  # up to two more quote marks right before the closing ones belong to the string
            for _ in range(2):
                if end < len(text) and text[end] == quote[0]:
                    end += 1
        return end


def _escaped(text: str, position: int) -> bool:
    backslashes = 0
    while position - backslashes - 1 >= 0 and text[position - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
