"""The prospect line a reply answers: its tags, as the scenario wrote them or as heard in its words.

The coach judges some replies by what the prospect just said (a discount after
a stall, a pitch after a no, a give after an errand). Scenario lines carry tags;
an untagged line, and every line of a real call, is tagged from the rules in
`context.toml`. The same file says how a reply agrees to run an errand without
naming it ("will do, I'll get that over by Thursday"; `errands` books the give).
Those rules are data: they are compiled, never executed, and each pattern is
checked to run in time linear in the line's length.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dojo.vocab import PROSPECT_TAGS

#: Tags the words can show; `open` (the opening line) is only ever written by a scenario.
INFERRED_TAGS = tuple(tag for tag in PROSPECT_TAGS if tag != "open")
MAX_REPEAT = 100

_parser: Any = importlib.import_module("re._parser")  # the parser `re` itself uses
_constants: Any = importlib.import_module("re._constants")
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " "})
_ESCAPE = re.compile(r"\\.")
#: Characters whose lower-casing changes a line's length, or that `re` folds onto ASCII letters.
_SPECIAL_FOLDS = frozenset("\u0130\u0131\u017f")


class ContextError(Exception):
    """The tagging rules are broken; the message names the file and the problem."""


def linear_time_problem(pattern: str) -> str | None:
    """Why `pattern` could take more than linear time, or None when it cannot.

    Every repetition must have an upper bound of at most MAX_REPEAT, and none
    may sit inside another: then the work at each position of a line is
    bounded by the pattern alone, so a search costs at most a constant per
    character, however the line is written.
    """
    try:
        parsed = _parser.parse(pattern)
    except re.error as err:
        return f"not a valid regular expression: {err}"
    return _repeat_problem(parsed, inside_repeat=False)


def _repeat_problem(items: Iterable[Any], inside_repeat: bool) -> str | None:
    repeats = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
    for op, value in items:
        if op in repeats:
            _, high, body = value
            if inside_repeat:
                return "a repetition inside another repetition can take exponential time; flatten it"
            if high == _constants.MAXREPEAT or high > MAX_REPEAT:
                return f"every repetition needs an upper bound of at most {MAX_REPEAT} (write {{0,40}}, not * or +)"
            found = _repeat_problem(body, inside_repeat=True)
        elif op == _constants.SUBPATTERN:
            found = _repeat_problem(value[-1], inside_repeat)
        elif op == _constants.BRANCH:
            found = next((problem for branch in value[1]
                          if (problem := _repeat_problem(branch, inside_repeat))), None)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            found = _repeat_problem(value[1], inside_repeat)
        else:
            found = None
        if found:
            return found
    return None


class TagRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    tag: str
    patterns: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()

    @field_validator("tag")
    @classmethod
    def _known_tag(cls, tag: str) -> str:
        if tag not in INFERRED_TAGS:
            raise ValueError(f"unknown tag {tag!r}; one of {', '.join(INFERRED_TAGS)}")
        return tag

    @field_validator("patterns", "unless")
    @classmethod
    def _linear(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return checked_patterns(patterns)


def checked_patterns(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """`patterns`, when each runs in linear time on lower-cased lines; else a ValueError naming the first that does not."""
    for pattern in patterns:
        problem = linear_time_problem(pattern) or _case_problem(pattern)
        if problem:
            raise ValueError(f"pattern {pattern!r}: {problem}")
    return patterns


def _case_problem(pattern: str) -> str | None:
    """Lines are matched lower-cased (about three times faster than ignoring case), so patterns are too."""
    if re.search(r"\\[xuUN]|\(\?[a-zA-Z-]+[:)]", pattern):
        return "write characters themselves, without \\x, \\u or \\N escapes or inline flags"
    if any(char != char.lower() for char in _ESCAPE.sub("", pattern)):
        return "write patterns in lower case; lines are matched ignoring case"
    return None


class Agreeing(BaseModel):
    """A reply that agrees to run the errand without naming it: "will do", "sure, I'll send it over"."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    patterns: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()

    @field_validator("patterns", "unless")
    @classmethod
    def _linear(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return checked_patterns(patterns)


class ContextFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: int = Field(alias="schema")
    tags: list[TagRule]
    agreeing: Agreeing | None = None


@dataclass(frozen=True)
class Tagger:
    #: (tag, any of these, none of these), in the order the file lists them, to match on lower-cased text.
    rules: tuple[tuple[str, re.Pattern, re.Pattern | None], ...]
    #: (a reply agreeing to run the errand, unless these words are in it), or None when the file says nothing.
    agreeing: tuple[re.Pattern, re.Pattern | None] | None = None

    def tags(self, line: str) -> tuple[str, ...]:
        """The tags the prospect's words show, in vocabulary order."""
        read = _readable(line)
        found = {tag for tag, heard, cancelled in self.rules
                 if _search(read, heard) and not (cancelled and _search(read, cancelled))}
        return tuple(tag for tag in INFERRED_TAGS if tag in found)

    def agreement(self, reply: str) -> tuple[int, int] | None:
        """Where `reply` agrees to run an errand it does not name ("yep no problem, I'll get that over"), or None."""
        if self.agreeing is None:
            return None
        agrees, unless = self.agreeing
        read = _readable(reply)
        match = _search(read, agrees)
        if match is None or (unless and _search(read, unless)):
            return None
        return match.span()


def _readable(line: str) -> tuple[str, bool]:
    """`line` with curly apostrophes straightened, and whether it is lower-cased: it is unless its lower case is not
    letter for letter (then patterns ignore case the slow way). Offsets are `line`'s own either way."""
    plain = line.translate(_PLAIN)
    lowered = plain.lower()
    if len(lowered) == len(plain) and _SPECIAL_FOLDS.isdisjoint(plain):
        return lowered, True
    return plain, False


def _search(read: tuple[str, bool], pattern: re.Pattern) -> re.Match | None:
    text, lowered = read
    return pattern.search(text) if lowered else _folded(pattern).search(text)


def _either(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def _folded(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern, re.IGNORECASE)  # `re` caches the compiled pattern


def parse_context(text: str, label: str) -> Tagger:
    try:
        data = ContextFile.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as err:
        raise ContextError(f"{label}: invalid TOML: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ContextError(f"{label}: {where}: {first['msg']}") from None
    agreeing = data.agreeing
    return Tagger(
        tuple((rule.tag, _either(rule.patterns), _either(rule.unless) if rule.unless else None) for rule in data.tags),
        (_either(agreeing.patterns), _either(agreeing.unless) if agreeing.unless else None) if agreeing else None)


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    text = resources.files("dojo.coach").joinpath("context.toml").read_text(encoding="utf-8")
    return parse_context(text, "dojo/coach/context.toml")


def infer_tags(line: str) -> tuple[str, ...]:
    """Tags for a prospect line nobody tagged: what its words show."""
    return default_tagger().tags(line)


def prospect_tags(line: str, declared: Iterable[str] = ()) -> tuple[str, ...]:
    """The tags the coach reads a reply against: the scenario's own, else those heard in the line."""
    written = tuple(declared)
    return written if written else infer_tags(line)
