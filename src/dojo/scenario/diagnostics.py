"""Compiler-style diagnostics for scenario files: where, what, a stable code and a hint.

A `Diagnostic` prints as one line (`file:line:col: key: message [D101]`) for
logs and `grep`, or `render()`s like a compiler: the offending line with a
caret under it and a hint in a trainer's words. Every check that can run on a
file runs, so a trainer sees all of the file's problems at once.

Codes are stable; docs/authoring.md lists them. D0xx: the file itself;
D1xx: errors (the scenario cannot load); D3xx: warnings from `lint`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from dojo.scenario.keylines import Path as KeyPath
from dojo.scenario.keylines import dotted, key_lines, line_of
from dojo.text import one_line

Severity = Literal["error", "warning"]

#: Every code with a short name, for docs and `--format json` consumers.
CODES: dict[str, str] = {
    "D001": "unreadable file",
    "D002": "invalid TOML",
    "D101": "unknown state",
    "D102": "unknown ending",
    "D103": "unknown key",
    "D104": "missing key",
    "D105": "wrong type",
    "D106": "value not allowed",
    "D107": "bad id",
    "D108": "unknown name",
    "D109": "lost backslash",
    "D110": "invalid pattern",
    "D111": "duplicate name",
    "D112": "time-out is a win",
    "D113": "empty text",
    "D114": "bad reference in a test",
    "D116": "unsupported schema",
    "D117": "unknown fact",
    "D118": "unknown scenario-wide rule",
    "D119": "unknown lexicon rule",
    "D301": "unreachable state",
    "D302": "no way out",
    "D303": "ending never reached",
    "D304": "no win or no loss",
    "D305": "shadowed rule",
    "D306": "repeated line",
    "D307": "thin lesson",
    "D308": "no tests",
    "D310": "duplicate scenario id",
    "D311": "hidden fact",
    "D312": "pattern misses its example",
    "D313": "unsure with nothing unknown",
    "D314": "answered before, never told",
    "D315": "acknowledgement that answers",
}


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int | None
    key: str
    message: str
    code: str = "D100"
    col: int | None = None
    severity: Severity = "error"
    hint: str = ""
    #: The offending line of the file, as written (for the caret display).
    source: str = ""
    #: How many characters the caret underlines.
    span: int = 1

    @property
    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.col}" if self.col else f"{self.file}:{self.line}"

    def __str__(self) -> str:
        """One line: `file:line:col: [warning: ]key: message [D101]`, for logs, grep and the app."""
        subject = f"{self.key}: {self.message}" if self.key else self.message
        severity = "warning: " if self.severity == "warning" else ""
        # Names come from the file: a line break in one must not break the line.
        text = one_line(f"{self.where}: {severity}{subject}")
        return f"{text} [{self.code}]" if self.code != "D100" else text

    def render(self) -> str:
        """The compiler view: the one-line form, then the line with a caret under the spot, then the hint."""
        out = [str(self)]
        if self.line is not None and self.source:
            gutter = " " * len(str(self.line))
            source, col = _window(self.source, self.col or 1)
            out.append(f" {self.line} | {_printable(source)}")
            if self.col:
                out.append(f" {gutter} | {' ' * (col - 1)}{'^' * max(1, min(self.span, len(source) - col + 1))}")
        if self.hint:
            out.append(f" {' ' * len(str(self.line or ''))} = hint: {one_line(self.hint)}")
        return "\n".join(out)

    def as_json(self) -> dict:
        return {"file": self.file, "line": self.line, "col": self.col, "code": self.code,
                "severity": self.severity, "key": self.key, "message": self.message, "hint": self.hint}


#: The most of a source line shown under a diagnostic; a minified or generated line can be huge.
SOURCE_WIDTH = 100


def _window(line: str, col: int) -> tuple[str, int]:
    """A slice of `line` around `col` (1-based) that fits SOURCE_WIDTH, and the column within it."""
    if len(line) <= SOURCE_WIDTH:
        return line, col
    start = max(0, min(col - 1 - SOURCE_WIDTH // 3, len(line) - SOURCE_WIDTH))
    piece = line[start:start + SOURCE_WIDTH]
    return ("…" if start else "") + piece + ("…" if start + SOURCE_WIDTH < len(line) else ""), col - start + (1 if start else 0)


def _printable(line: str) -> str:
    return "".join(ch if ch.isprintable() or ch == "\t" else f"\\x{ord(ch):02x}" for ch in line)


def did_you_mean(name: str, known: list[str] | set[str] | frozenset[str], what: str) -> str:
    """'did you mean 'x'?' when a known name is close, else the list of known names."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"known {what}: {', '.join(sorted(known))}" if known else f"there are no {what} yet"


class Locator:
    """Turns key paths into file positions; reads the text only when something is reported."""

    def __init__(self, text: str, label: str):
        self.text = text
        self.label = label
        self._lines: dict[KeyPath, int] | None = None

    @cached_property
    def rows(self) -> list[str]:
        return self.text.splitlines()

    @property
    def lines(self) -> dict[KeyPath, int]:
        if self._lines is None:
            self._lines = key_lines(self.text)
        return self._lines

    def diagnostic(self, path: KeyPath, message: str, code: str, *, hint: str = "",
                   severity: Severity = "error", needle: str | None = None, at_value: bool = False,
                   line: int | None = None) -> Diagnostic:
        if line is None and self.rows:
            # A key missing at the top level has no line of its own: the file starts at line 1.
            line = (line_of(self.lines, path) if path else None) or 1
        col, span, source = None, 1, ""
        if line is not None and 0 < line <= len(self.rows):
            source = self.rows[line - 1]
            col, span = _column(source, path, needle, at_value)
        return Diagnostic(self.label, line, dotted(path), message, code, col, severity, hint, source, span)

    def line_holding(self, path: KeyPath, needle: str) -> int | None:
        """The key's line, or the first line of its value (a list over several lines) holding `needle`."""
        line = line_of(self.lines, path) if path else None
        if line is None:
            return None
        for number in range(line, min(len(self.rows), line + 60) + 1):
            row = self.rows[number - 1]
            if needle in row:
                return number
            if number > line and row.lstrip().startswith("["):
                break  # the next table: the value ended without it
        return line


def _column(source: str, path: KeyPath, needle: str | None, at_value: bool) -> tuple[int, int]:
    if needle and needle in source:
        return source.index(needle) + 1, len(needle)
    if at_value and "=" in source and not source.lstrip().startswith("["):
        start = source.index("=") + 1
        value = source[start:].split("#")[0].strip()
        if value:
            return source.index(value, start) + 1, len(value)
    last = next((part for part in reversed(path) if isinstance(part, str)), None)
    if last and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", source):
        found = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", source)
        assert found
        return found.start() + 1, len(last)
    stripped = len(source) - len(source.lstrip())
    return stripped + 1, max(1, len(source.strip()))


# ---------------------------------------------------------------- TOML syntax
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
#: A table header's brackets and name. The name is one run up to the first `]` and is trimmed in
#: Python: spaces on both sides of a lazy name made a header with thousands of spaces and no `]`
#: take minutes to reject.
_HEADER = re.compile(r"^\s*(\[\[?)([^\]]+)\]")


def source_error(message: str, line: int | None, col: int | None, text: str, label: str) -> Diagnostic:
    """A file that is not TOML (or not readable as one): D002 with a hint for the usual causes."""
    if not message.startswith("invalid TOML: "):
        rows = text.splitlines()
        source = rows[line - 1] if line and 0 < line <= len(rows) else ""
        return Diagnostic(label, line, "", message, "D001", col, "error", "", source)
    position = f" (at line {line}, column {col})" if line and col else ""
    found = toml_error(message.removeprefix("invalid TOML: ") + position, text, label)
    return found if found.line else Diagnostic(**{**found.__dict__, "line": line})


def toml_error(message: str, text: str, label: str) -> Diagnostic:
    position = _TOML_POSITION.search(message)
    line, col = (int(position.group(1)), int(position.group(2))) if position else (None, None)
    message = _TOML_POSITION.sub("", message)
    # "Cannot declare ('states', 'x') twice" → "Cannot declare [states.x] twice"
    message = re.sub(r"\(((?:'[^']*',? ?)+)\)", lambda m: "[" + ".".join(re.findall(r"'([^']*)'", m.group(1))) + "]",
                     message)
    rows = text.splitlines()
    source = rows[line - 1] if line and 0 < line <= len(rows) else ""
    return Diagnostic(label, line, "", f"invalid TOML: {message}", "D002", col, "error",
                      _apostrophe_hint(rows, line, col) or _toml_hint(message, rows, line), source)


def _apostrophe_hint(rows: list[str], line: int | None, col: int | None) -> str:
    """`'I'm here'`: the apostrophe closed the single-quoted string, and TOML stumbles on the letter after it."""
    if not line or not col or not 0 < line <= len(rows) or col < 3:
        return ""
    row = rows[line - 1]
    if col > len(row) or row[col - 2] != "'" or not (row[col - 3].isalpha() and row[col - 1].isalpha()):
        return ""
    return ("an apostrophe ends a '…' string early; put the text between triple quotes, "
            "'''like this, it's fine''', or in double quotes")


def _toml_hint(message: str, rows: list[str], line: int | None) -> str:
    if message.startswith("Unclosed array"):
        return "a list is missing a comma between two items, or its closing `]`"
    if message.startswith(("Unescaped '\\'", "Unrecognized escape")):
        return ("in double quotes a backslash starts an escape; write regular expressions in single "
                "quotes instead: '\\bwhat else\\b'")
    if message.startswith(("Illegal character '\\n'", "Unterminated string")):
        return "a string is not closed on this line: add the closing quote, or use ''' or \"\"\" for text over several lines"
    if message.startswith(("Cannot overwrite a value", "Cannot declare")):
        doubled = _single_vs_double(rows, line)
        if doubled:
            return doubled
        earlier = _earlier_header(rows, line)
        if earlier:
            return f"this table is already written at line {earlier}; merge the two, or rename one of them"
        return "this key is set twice; keep one of them"
    if message.startswith(("Invalid value", "Expected")):
        return "text goes in quotes, lists in [ ], true and false in lower case; see docs/authoring.md"
    return "see docs/authoring.md for the file's format"


def _header_at(rows: list[str], line: int | None) -> tuple[str, str] | None:
    if not line or not 0 < line <= len(rows):
        return None
    found = _HEADER.match(rows[line - 1])
    return (found.group(1), found.group(2).strip().replace(" ", "")) if found else None


def _single_vs_double(rows: list[str], line: int | None) -> str:
    here = _header_at(rows, line)
    if not here:
        return ""
    brackets = {_header_at(rows, number) for number in range(1, len(rows) + 1)}
    name = here[1]
    if ("[", name) in brackets and ("[[", name) in brackets:
        return (f"`[{name}]` (single brackets) is one table, but `[[{name}]]` (double brackets) "
                f"starts a list of them; write every one as `[[{name}]]`")
    if here[0] == "[" and name.rsplit(".", 1)[-1] in LIST_TABLES:
        return f"each of these is one item of a list: write every one as `[[{name}]]` (double brackets)"
    return ""


#: Keys whose items are tables written one by one with `[[…]]`: rules, tests, a test's turns, advice.
LIST_TABLES = frozenset({"rules", "tests", "turns", "hint_if", "lesson_if"})


def _earlier_header(rows: list[str], line: int | None) -> int | None:
    here = _header_at(rows, line)
    if not here or not line:
        return None
    for number in range(1, line):
        if _header_at(rows, number) == here:
            return number
    return None


# ---------------------------------------------------------------- raw checks
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ESCAPES = {"\x08": "\\b", "\x0c": "\\f", "\x07": "\\a", "\x0b": "\\v", "\x00": "\\0"}
_CONTROL_NAMES = {"\x08": "a backspace", "\x0c": "a form feed"}


def lost_backslashes(data: Any, where: Locator, path: KeyPath = (), earlier: int = 0) -> list[Diagnostic]:
    """Strings with control characters: `"\\bwhat"` in double quotes is a backspace, not a word boundary.

    `data` is `where.text` read as TOML, so a text with no backslash and no control character is clean."""
    if not path and "\\" not in where.text and not _CONTROL.search(where.text):
        return []  # the text has neither an escape nor a raw control character, so no string can
    found: list[Diagnostic] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += lost_backslashes(value, where, (*path, key))
    elif isinstance(data, list):
        earlier = 0  # strings before this one in the list that are also reported: their lines come first
        for index, value in enumerate(data):
            found += lost_backslashes(value, where, (*path, index), earlier)
            earlier += isinstance(value, str) and bool(_CONTROL.search(value))
    elif isinstance(data, str):
        bad = _CONTROL.search(data)
        if bad:
            char = bad.group()
            escape = _ESCAPES.get(char, f"\\x{ord(char):02x}")
            written = escape if escape != "\\0" else None
            line = _line_with(where, path, written, earlier)
            found.append(where.diagnostic(
                path, f"contains {_CONTROL_NAMES.get(char, 'a control character')}: in double quotes "
                      f"TOML reads {escape} as that character, not as a backslash and a letter",
                "D109", needle=written, line=line,
                hint="in double quotes TOML reads \\b as a backspace; write patterns in single quotes, "
                     "'\\bwhat else\\b', or double the backslash: \"\\\\b\""))
    return found


_BASIC_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def _line_with(where: Locator, path: KeyPath, needle: str | None, earlier: int = 0) -> int | None:
    """The line, at or after the key's own line, of the double-quoted string that wrote `needle`,
    skipping `earlier` such strings (an array's items span lines; '…' strings keep their backslashes)."""
    start = line_of(where.lines, path)
    if start is None or not needle:
        return start
    for number in range(start, min(len(where.rows), start + 60) + 1):
        for string in _BASIC_STRING.finditer(where.rows[number - 1]):
            if needle in string.group(1):
                if earlier == 0:
                    return number
                earlier -= 1
    return start


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> list:
    """A list from the raw data, or nothing when the file put something else there (reported elsewhere)."""
    return value if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


@dataclass
class _Names:
    states: set[str] = field(default_factory=set)
    endings: set[str] = field(default_factory=set)
    #: State tables that look like typos of another state: name → the state it is close to.
    misspelt: dict[str, str] = field(default_factory=dict)


def _names(data: dict) -> _Names:
    states = _mapping(data.get("states"))
    names = _Names(set(states), set(_mapping(data.get("endings"))))
    # `[[states.probign.rules]]` creates a state with rules but no fallback: a typo, not a new state.
    complete = {name for name, body in states.items() if isinstance(body, dict) and "fallback" in body}
    for name, body in states.items():
        if name in complete or not isinstance(body, dict):
            continue
        close = difflib.get_close_matches(name, sorted(complete), n=1, cutoff=0.6)
        if close:
            names.misspelt[name] = close[0]
    names.states -= set(names.misspelt)
    return names


def reference_checks(data: dict, where: Locator) -> tuple[list[Diagnostic], set[KeyPath]]:
    """Broken names between parts of the file; also returns the paths whose other errors they explain."""
    names = _names(data)
    found: list[Diagnostic] = []
    explained: set[KeyPath] = set()
    for name, meant in names.misspelt.items():
        path: KeyPath = ("states", name)
        explained.add(path)
        found.append(where.diagnostic(
            path, f"unknown state {name!r} — did you mean {meant!r}?", "D101", needle=name,
            line=_first_header_line(where, name),
            hint=f"a table header names the state it belongs to; states are: {', '.join(sorted(names.states))}"))

    def state_ref(path: KeyPath, value: Any) -> None:
        if isinstance(value, str) and value not in names.states:
            found.append(where.diagnostic(
                path, f"unknown state {value!r}; {did_you_mean(value, names.states, 'states')}", "D101",
                at_value=True, hint=f"known states: {', '.join(sorted(names.states)) or 'none'}"))

    def ending_ref(path: KeyPath, value: Any, code: str = "D102") -> None:
        if isinstance(value, str) and value not in names.endings:
            found.append(where.diagnostic(
                path, f"unknown ending {value!r}; {did_you_mean(value, names.endings, 'endings')}", code,
                at_value=True, hint=f"known endings: {', '.join(sorted(names.endings)) or 'none'}"))

    state_ref(("start",), data.get("start"))
    ending_ref(("on_max_turns",), data.get("on_max_turns"))
    timeout = data.get("on_max_turns")
    if isinstance(timeout, str) and _mapping(_mapping(data.get("endings")).get(timeout)).get("outcome") == "win":
        found.append(where.diagnostic(
            ("on_max_turns",), f"running out of turns ends in {timeout!r}, a win", "D112", at_value=True,
            hint="a rep who stalls until time runs out should not win; point on_max_turns at a neutral or loss ending"))
    for path, step in _steps(data):
        state_ref((*path, "goto"), step.get("goto"))
        ending_ref((*path, "ending"), step.get("ending"))
    for index, test in enumerate(_items(data.get("tests"))):
        if isinstance(test, dict):
            ending_ref(("tests", index, "expect_ending"), test.get("expect_ending"), "D114")
            for turn_index, turn in enumerate(_items(test.get("turns"))):
                expect = _mapping(_mapping(turn).get("expect"))
                state_ref(("tests", index, "turns", turn_index, "expect", "state"), expect.get("state"))
                rule = expect.get("rule")
                problem = unknown_rule(rule, data) if isinstance(rule, str) else None
                if problem:
                    found.append(where.diagnostic(
                        ("tests", index, "turns", turn_index, "expect", "rule"), problem, "D114", at_value=True,
                        hint="name a rule as traces do: states.NAME.rules[N], states.NAME.fallback, rules[N], "
                             "or a rule's id"))
    found += _text_checks(data, where)
    return found, explained


_RULE_REF = re.compile(r"(?:states\.([^.\[\]]+)\.)?(?:rules\[(\d+)\]|rules\.([^.\[\]]+)|(fallback))")


def unknown_rule(reference: str, data: dict) -> str | None:
    """Why a test's `expect.rule` names no rule in the file, or None when it names one."""
    rule_ids = {rule.get("id") for rule in _items(data.get("rules")) if isinstance(rule, dict)}
    states = _mapping(data.get("states"))
    for state in states.values():
        rule_ids |= {rule.get("id") for rule in _items(_mapping(state).get("rules")) if isinstance(rule, dict)}
    if reference in rule_ids:
        return None
    found = _RULE_REF.fullmatch(reference)
    if found is None:
        return (f"unknown rule {reference!r}; "
                f"{did_you_mean(reference, {i for i in rule_ids if isinstance(i, str)}, 'rule ids')}")
    state_name, position, rule_id, fallback = found.groups()
    if state_name is not None and state_name not in states:
        return f"unknown state {state_name!r} in rule {reference!r}; {did_you_mean(state_name, set(states), 'states')}"
    if fallback:
        return None if state_name is not None else f"{reference!r}: only a state has a fallback (states.NAME.fallback)"
    rules = [r for r in _items(_mapping(states.get(state_name)).get("rules") if state_name is not None
                               else data.get("rules")) if isinstance(r, dict)]
    where = f"states.{state_name}" if state_name is not None else "the scenario-wide rules"
    if position is not None:
        count = len(rules)
        return None if 1 <= int(position) <= count else \
            f"{reference!r}: {where} has {count} rule{'s' if count != 1 else ''}, counted from 1"
    ids = {str(r["id"]) for r in rules if isinstance(r.get("id"), str)}
    return None if rule_id in ids else f"{reference!r}: no rule in {where} has id {rule_id!r}; " \
        f"{did_you_mean(rule_id, ids, 'ids')}"


def _first_header_line(where: Locator, state: str) -> int | None:
    pattern = re.compile(rf"^\s*\[\[?\s*states\s*\.\s*[\"']?{re.escape(state)}[\"']?\s*[.\]]")
    return next((n for n, row in enumerate(where.rows, 1) if pattern.match(row)), None)


def _steps(data: dict):
    """Every table that may carry `goto`/`ending`: state rules, fallbacks, scenario-wide rules."""
    for name, state in _mapping(data.get("states")).items():
        state = _mapping(state)
        for index, rule in enumerate(_items(state.get("rules"))):
            if isinstance(rule, dict):
                yield ("states", name, "rules", index), rule
        if isinstance(state.get("fallback"), dict):
            yield ("states", name, "fallback"), state["fallback"]
    for index, rule in enumerate(_items(data.get("rules"))):
        if isinstance(rule, dict):
            yield ("rules", index), rule


def _text_checks(data: dict, where: Locator) -> list[Diagnostic]:
    found = []
    for name, ending in _mapping(data.get("endings")).items():
        lesson = _mapping(ending).get("lesson")
        if isinstance(lesson, str) and lesson and not lesson.strip():
            found.append(where.diagnostic(("endings", name, "lesson"), "the lesson is blank", "D113", at_value=True,
                                          hint="say in a sentence what the rep should do differently next time"))
    return found


# ---------------------------------------------------------------- pydantic errors
_TYPE_WORDS = {
    "int_type": "a whole number", "int_parsing": "a whole number", "bool_type": "true or false",
    "bool_parsing": "true or false", "string_type": "text in quotes", "list_type": "a list in [ ]",
    "dict_type": "a table", "model_type": "a table", "model_attributes_type": "a table",
    "float_type": "a number", "tuple_type": "a list in [ ]",
}


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return repr(value)


def validation_errors(errors: list, where: Locator, model: Any, explained: set[KeyPath]) -> list[Diagnostic]:
    """Pydantic's errors in a trainer's words, minus those another diagnostic already explains."""
    errors = [e for e in errors if not any(tuple(e["loc"])[:len(path)] == path for path in explained)]
    # `rol = "x"` is one mistake, not an unknown `rol` plus a missing `role`.
    misspelt = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = tuple(error["loc"])
            close = difflib.get_close_matches(str(loc[-1]), known_keys_at(model, loc) or [], n=1, cutoff=0.6)
            if close:
                misspelt.add((*loc[:-1], close[0]))
    return [validation_error(error, where, known_keys_at(model, tuple(error["loc"])))
            for error in errors if not (error["type"] == "missing" and tuple(error["loc"]) in misspelt)]


#: Top-level tables a scenario must have, with what goes in them.
_TOP_TABLES = {"opening": "`say = [...]` (the prospect's first lines) and `tags = [...]`",
               "persona": "`name`, `role`, `company`, `backstory` and `traits`",
               "states": "at least one [states.NAME] and its fallback",
               "endings": "at least one [endings.NAME] with an outcome and a lesson"}


def _is_number(text: str, kind: str) -> bool:
    """Whether `text`, unquoted, is what a key of this pydantic type `kind` wants."""
    try:
        int(text) if kind == "int_type" else float(text)
    except ValueError:
        return False
    return True


def validation_error(error: dict, where: Locator, known_keys: list[str] | None) -> Diagnostic:
    path: KeyPath = tuple("schema" if part == "schema_" else part for part in error["loc"])
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        key = str(path[-1])
        advice = did_you_mean(key, known_keys or [], "keys") if known_keys else ""
        return where.diagnostic(path, f"unknown key {key!r}" + (f"; {advice}" if advice else ""), "D103",
                                hint="dojo never ignores a key it does not know; check the spelling against docs/authoring.md")
    if kind == "missing":
        parent = path[-2] if len(path) > 1 and isinstance(path[-2], str) else None
        if len(path) == 1 and path[0] in _TOP_TABLES:
            # A whole table is missing: `opening = …` would be wrong advice, and line 1 is often a comment.
            # Point where tables begin, which is where the new one can go.
            first_table = next((n for n, row in enumerate(where.rows, 1) if row.lstrip().startswith("[")), None)
            return where.diagnostic(path, f"required table [{path[0]}] is missing", "D104", line=first_table,
                                    hint=f"add the [{path[0]}] table with {_TOP_TABLES[path[0]]}"
                                         f"{', for example above this line' if first_table else ''}; "
                                         "docs/authoring.md shows an example")
        return where.diagnostic(path, "required key is missing", "D104", needle=parent,
                                hint=f"add `{path[-1]} = …` here; docs/authoring.md shows an example")
    if kind in _TYPE_WORDS:
        wanted = _TYPE_WORDS[kind]
        hint = f"expected {wanted}; dojo does not convert types for you"
        if isinstance(value, str) and kind == "bool_type":
            hint += f": write `{path[-1]} = true` or `{path[-1]} = false`, without quotes"
        elif isinstance(value, str) and kind in ("int_type", "float_type") and _is_number(value, kind):
            hint += f": write `{path[-1]} = {value.strip()}`, without quotes"
        elif isinstance(value, str) and kind in ("int_type", "float_type"):
            # Quoting a word ("two") is not the mistake to undo: the value has to be written in digits.
            example = "3" if kind == "int_type" else "0.5"
            hint += f": write it in digits, without quotes, like `{path[-1]} = {example}`"
        elif kind == "list_type" and isinstance(value, dict) and path and path[-1] in LIST_TABLES:
            hint = f"each item is a table of its own: write `[[{dotted(path)}]]` (double brackets), once per item"
        elif kind == "list_type" and isinstance(value, str) and '"' not in value and "\\" not in value:
            # The one-item list written without its brackets (`when.any = "get:meeting"`): show the fix.
            hint += f': a single item is still a list, so write it in square brackets, `["{value}"]`'
        return where.diagnostic(path, f"expected {wanted}, got {_shown(value)}", "D105", at_value=True, hint=hint)
    if kind == "string_pattern_mismatch" and path and path[-1] == "id":
        if "_" in error.get("ctx", {}).get("pattern", ""):  # a rule's id, not the scenario's
            hint = "a rule id is lower-case letters, digits and underscores, like 'asks_budget'"
        else:
            hint = ("an id is lower-case letters, digits and dashes, starting with a letter or digit, "
                    "like 'tire-kicker' (lexicon rule ids may also use dots and underscores)")
        return where.diagnostic(path, f"{value!r} is not a valid id", "D107", at_value=True, hint=hint)
    message = error["msg"].removeprefix("Value error, ")
    code = "D106"
    if message.startswith("unknown "):
        code = "D108"
    elif "not a valid regular expression" in message:
        code = "D110"
    elif message.startswith("schema ") and "not supported" in message:
        code = "D116"
    elif kind == "too_short" and isinstance(value, (str, list)):
        message = "must not be empty" if not value else message
        code = "D113"
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        message = f"{_shown(value)} is out of range: {error['msg'].lower()}"
    elif kind == "literal_error":
        message = f"{_shown(value)} is not allowed; {error['msg'].lower()}"
    return where.diagnostic(path, message, code, at_value=True)


def known_keys_at(model: Any, loc: tuple) -> list[str] | None:
    """The keys the model allows at `loc` (the table containing the unknown key), for 'did you mean'."""
    current: Any = model
    for part in loc[:-1]:
        current = _step(current, part)
        if current is None:
            return None
    current = _step(current, None)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [info.alias or name for name, info in current.model_fields.items()]
    return None


def _step(kind: Any, part: Any) -> Any:
    """The type found at `part` inside `kind`, looking through Optional, lists and dicts."""
    for _ in range(6):
        origin = get_origin(kind)
        if origin is None:
            break
        args = [arg for arg in get_args(kind) if arg is not type(None)]
        if not args:
            return None
        if origin is dict:
            if part is not None and not isinstance(part, int):
                return args[-1]
            kind = args[-1]
        elif origin in (list, tuple):
            if isinstance(part, int):
                return args[0]
            kind = args[0]
        else:
            kind = args[0]
    if part is None or isinstance(part, int):
        return kind
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        fields = {info.alias or name: info for name, info in kind.model_fields.items()}
        info = fields.get(part) or kind.model_fields.get(part)
        return info.annotation if info else None
    return None


#: Keys whose values are lists of fact ids, wherever they appear (conditions, lines, tests).
_FACT_LISTS = frozenset({"asks", "revealed", "not_revealed", "reveal", "expect_revealed", "expect_not_revealed"})
_FACT_NAME = re.compile(r"\{fact\.([a-z0-9_]+)\}")


def unknown_facts(data: dict, where: Locator) -> list[Diagnostic]:
    """D117 from the raw file, for when it does not load into models (another error elsewhere), so a
    misspelt fact is reported in the same run as that error rather than only after it is fixed."""
    facts = {name for name in _mapping(data.get("facts")) if isinstance(name, str)}
    found: list[Diagnostic] = []

    def report(path: KeyPath, fact: str, needle: str | None = None) -> None:
        found.append(where.diagnostic(path, f"unknown fact {fact!r}; {did_you_mean(fact, facts, 'facts')}",
                                      "D117", needle=needle, line=where.line_holding(path, needle) if needle else None))

    def walk(value: Any, path: KeyPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in _FACT_LISTS and isinstance(item, list):
                    for fact in item:
                        if isinstance(fact, str) and fact not in facts:
                            report((*path, key), fact, fact)
                else:
                    walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*path, index))
        elif isinstance(value, str):
            for match in _FACT_NAME.finditer(value):
                if match.group(1) not in facts:
                    report(path, match.group(1), match.group(0))

    walk({key: value for key, value in data.items() if key != "facts"}, ())
    return found
