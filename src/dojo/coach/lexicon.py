"""The detection lexicon: TOML data, compiled once, extendable per scenario."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dojo.vocab import LexiconRule


class LexiconError(Exception):
    """The lexicon file is broken; the message names the file and the problem."""


class Negation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    #: Regular expressions that, found in the same clause just before a match, cancel it.
    cues: list[str] = Field(min_length=1)
    #: How many characters before the match to look for a cue.
    window: int = Field(default=60, ge=1, le=400)
    #: Optional cues that cancel a negatable match from *after* it, in the same sentence:
    #: "Sending a quote now would be a guess, so I'll hold off."
    trailing: list[str] = []
    #: How many characters after the match to look for a trailing cue.
    trailing_window: int = Field(default=80, ge=1, le=400)


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: int = Field(alias="schema")
    negation: Negation
    rules: list[LexiconRule]
    tips: dict[str, str] = {}


@dataclass(frozen=True)
class CompiledRule:
    id: str
    label: str
    #: The patterns as written; matched case-insensitively.
    patterns: tuple[str, ...]
    negatable: bool
    #: For each pattern, a case-sensitive twin to run on lower-cased text, or None (see below).
    lowercase_twins: tuple[FastPattern | None, ...] = ()

    def matcher(self, index: int) -> re.Pattern:
        """Pattern `index` compiled case-insensitively: only needed where there is no twin,
        so it is compiled on first use (`re` caches it) rather than for every rule up front."""
        return re.compile(self.patterns[index], re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[CompiledRule, ...]
    negation: re.Pattern
    window: int
    tips: dict[str, str] = field(default_factory=dict)
    #: Cues that cancel a negatable match from later in its sentence, or None.
    trailing: re.Pattern | None = None
    trailing_window: int = 80

    def tip(self, code: str, kind: str | None = None) -> str:
        """The most specific tip: `code.kind`, else `code`, else empty."""
        if kind and f"{code}.{kind}" in self.tips:
            return self.tips[f"{code}.{kind}"]
        return self.tips.get(code, "")

    def extended(self, rules: Iterable[LexiconRule] = (), disable: Iterable[str] = ()) -> Lexicon:
        """A copy with rules added (same id replaces) and ids disabled, as a scenario asks."""
        replacing = {rule.id: _compile(rule) for rule in rules}
        dropped = set(disable) | set(replacing)
        kept = tuple(rule for rule in self.rules if rule.id not in dropped)
        return Lexicon(kept + tuple(replacing.values()), self.negation, self.window, self.tips,
                       self.trailing, self.trailing_window)

    def labels(self) -> list[str]:
        return sorted({rule.label for rule in self.rules})


# Speed: matching case-insensitively costs about twice as much as matching
# lower-cased text with the same pattern compiled case-sensitively, and every
# rule pattern runs over every reply. The two give identical matches when the
# pattern has no upper-case letter of its own (nor an escape that could spell
# one) and lower-casing the text changes nothing but case: it keeps the length
# and the text has none of the three characters that IGNORECASE equates with
# an ASCII letter ("ı" and "İ" with i, "ſ" with s). Otherwise the lexicon's
# own pattern runs on the text as typed.
_ESCAPE = re.compile(r"\\.")
_HIDDEN_LETTER = re.compile(r"\\[xuUN0-7]|\(\?[a-zA-Z]*-[a-zA-Z]*[i:)]")
SPECIAL_FOLDS = frozenset("\u0130\u0131\u017f")


@dataclass(frozen=True)
class FastPattern:
    """A pattern compiled case-sensitively, to run on lower-cased text.

    Most lexicon patterns start with `\\b`, and a leading assertion stops `re`
    from skipping straight to the characters a match can start with (twice as
    slow on a typical pattern). Such a pattern is compiled without it and the word
    boundary is checked here, at each candidate start, which finds exactly
    the matches the original would.
    """

    regex: re.Pattern
    word_start: bool = False

    def finditer(self, text: str) -> Iterator[re.Match]:
        if not self.word_start:
            yield from self.regex.finditer(text)
            return
        position, end = 0, len(text)
        while position <= end:
            found = self.regex.search(text, position)
            if found is None:
                return
            start = found.start()
            before = start > 0 and _is_word(text[start - 1])
            after = start < end and _is_word(text[start])
            if before != after:
                yield found
                position = found.end() if found.end() > start else start + 1
            else:
                position = start + 1


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what `\\w` means for `re` on str


def _starts_with_word_boundary(pattern: str) -> bool:
    """True when the whole pattern is `\\b` followed by the rest (not `\\ba|b`)."""
    try:
        parsed = re._parser.parse(pattern)  # the parser `re` itself uses
    except Exception:  # an unknown shape is simply not sped up
        return False
    return len(parsed.data) > 1 and parsed.data[0] == (re._constants.AT, re._constants.AT_BOUNDARY)


def _lowercase_twin(pattern: str) -> FastPattern | None:
    if _HIDDEN_LETTER.search(pattern):
        return None
    literal = _ESCAPE.sub("", pattern)
    if any(char.isalpha() and (char != char.lower() or not char.isascii()) for char in literal):
        return None
    if pattern.startswith(r"\b") and _starts_with_word_boundary(pattern):
        return FastPattern(re.compile(pattern[2:]), word_start=True)
    return FastPattern(re.compile(pattern))


def _compile(rule: LexiconRule) -> CompiledRule:
    twins = tuple(_lowercase_twin(pattern) for pattern in rule.patterns)
    return CompiledRule(rule.id, rule.label, tuple(rule.patterns), rule.is_negatable, twins)


def parse_lexicon(text: str, label: str) -> Lexicon:
    try:
        data = LexiconFile.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{label}: invalid TOML: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"{label}: {where}: {first['msg']}") from None
    ids = [rule.id for rule in data.rules]
    duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if duplicates:
        raise LexiconError(f"{label}: duplicate rule id {duplicates[0]!r}")
    negation = re.compile("|".join(f"(?:{cue})" for cue in data.negation.cues), re.IGNORECASE)
    trailing = (re.compile("|".join(f"(?:{cue})" for cue in data.negation.trailing), re.IGNORECASE)
                if data.negation.trailing else None)
    rules = tuple(_compile(rule) for rule in data.rules)
    return Lexicon(rules, negation, data.negation.window, dict(data.tips), trailing, data.negation.trailing_window)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    text = resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return parse_lexicon(text, "dojo/coach/lexicon.toml")
