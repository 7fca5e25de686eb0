"""Signal detection: which gives, gets, pathway stages and chasing a reply contains."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from dojo.coach.lexicon import CompiledRule, Lexicon, default_lexicon
from dojo.vocab import CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES

# A negation only reaches back to the start of its own clause: a sentence end,
# a colon or semicolon, a dash ("I don't know offhand — I'll find out"), a comma
# ("We don't do free pilots, but I can…", "If you don't mind, I'll send…") or "but".
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n\u2014\u2013]|\s-\s|\bbut\b")


class Match(BaseModel):
    model_config = ConfigDict(frozen=True)
    label: str
    span: tuple[int, int]
    rule: str
    text: str


class Signals(BaseModel):
    """What the coach heard in one reply. Field names are the `dojo classify --json` contract."""

    model_config = ConfigDict(frozen=True)
    text: str
    gives: list[str]
    gets: list[str]
    stages: list[str]
    chase: list[str]
    question: bool
    close_ask: bool
    matches: list[Match]

    def has(self, label: str) -> bool:
        """`give` (any give), `give:demo`, `stage:trust`, `question`, …"""
        if label == "question":
            return self.question
        if label == "close_ask":
            return self.close_ask
        category, _, kind = label.partition(":")
        found = {"give": self.gives, "get": self.gets, "stage": self.stages, "chase": self.chase}.get(category, [])
        return bool(found) if not kind else kind in found

    def quote(self, *labels: str) -> str:
        """The words that triggered any of `labels` (prefix match), in reply order, overlaps merged."""
        spans = sorted(m.span for m in self.matches
                       if any(m.label == lb or m.label.startswith(lb + ":") for lb in labels))
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return " … ".join(self.text[start:end] for start, end in merged)


def _negated(text: str, start: int, lexicon: Lexicon) -> bool:
    window_start = max(0, start - lexicon.window)
    before = text[window_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return lexicon.negation.search(clause) is not None


# Apostrophe look-alikes (curly quotes, backtick, acute accent, modifier letter)
# become "'" and a no-break space becomes a space. One character for one, so
# spans still index the text the rep typed.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u00a0": " "})


def _normalise(text: str) -> str:
    return text.translate(_PLAIN)


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
_SPECIAL_FOLDS = frozenset("\u0130\u0131\u017f")


def _lowercase_twin(pattern: re.Pattern) -> re.Pattern | None:
    if not pattern.flags & re.IGNORECASE or _HIDDEN_LETTER.search(pattern.pattern):
        return None
    literal = _ESCAPE.sub("", pattern.pattern)
    if any(char.isalpha() and (char != char.lower() or not char.isascii()) for char in literal):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_Plan = tuple[tuple[CompiledRule, tuple[tuple[re.Pattern, re.Pattern | None], ...]], ...]
# Keyed by the identity of a lexicon's rules (hashing compiled patterns on every
# reply would cost more than it saves); the entry keeps the rules alive, so the
# id cannot be reused while it is cached.
_plans: dict[int, tuple[tuple[CompiledRule, ...], _Plan]] = {}


def _plan(lexicon: Lexicon) -> _Plan:
    cached = _plans.get(id(lexicon.rules))
    if cached is None or cached[0] is not lexicon.rules:
        if len(_plans) >= 64:
            _plans.clear()
        plan = tuple((rule, tuple((pattern, _lowercase_twin(pattern)) for pattern in rule.patterns))
                     for rule in lexicon.rules)
        cached = _plans[id(lexicon.rules)] = (lexicon.rules, plan)
    return cached[1]


def _lowered(plain: str) -> str | None:
    lowered = plain.lower()
    if len(lowered) != len(plain) or not _SPECIAL_FOLDS.isdisjoint(plain):
        return None
    return lowered


def classify(text: str, lexicon: Lexicon | None = None) -> Signals:
    lexicon = lexicon or default_lexicon()
    plain = _normalise(text)
    lowered = _lowered(plain)
    matches: list[Match] = []
    for rule, patterns in _plan(lexicon):
        for pattern, twin in patterns:
            found_all = twin.finditer(lowered) if twin is not None and lowered is not None else pattern.finditer(plain)
            for found in found_all:
                if found.end() == found.start():
                    continue
                if rule.negatable and _negated(plain, found.start(), lexicon):
                    continue
                matches.append(Match(label=rule.label, span=found.span(), rule=rule.id, text=text[found.start():found.end()]))
    matches.sort(key=lambda m: (m.span, m.label))
    labels = {m.label for m in matches}

    def kinds(category: str, vocabulary: tuple[str, ...]) -> list[str]:
        return [kind for kind in vocabulary if f"{category}:{kind}" in labels]

    return Signals(
        text=text,
        gives=kinds("give", GIVE_KINDS),
        gets=kinds("get", GET_KINDS),
        stages=kinds("stage", STAGES),
        chase=kinds("chase", CHASE_KINDS),
        question="question" in labels,
        close_ask="close_ask" in labels,
        matches=matches,
    )
