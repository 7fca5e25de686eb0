"""Signal detection: which gives, gets, pathway stages and chasing a reply contains."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from dojo.coach.lexicon import SPECIAL_FOLDS, Lexicon, default_lexicon
from dojo.vocab import CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES

# A negation only reaches back to the start of its own clause: a sentence end,
# a colon or semicolon, a dash ("I don't know offhand — I'll find out"), a comma
# ("We don't do free pilots, but I can…", "If you don't mind, I'll send…") or "but".
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n\u2014\u2013]|\s-\s|\bbut\b")
# A trailing cue reaches forward to the end of the sentence, across commas:
# "Sending a quote now would be a guess, so I'll hold off." But a new sentence
# or "but" starts over: "I'll send the deck. Pricing would be premature."
_SENTENCE_END = re.compile(r"[.!?;\n]|\bbut\b")


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
    permission: bool = False
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


def _negated_after(text: str, end: int, lexicon: Lexicon) -> bool:
    if lexicon.trailing is None:
        return False
    after = text[end:end + lexicon.trailing_window]
    stop = _SENTENCE_END.search(after)
    sentence = after[:stop.start()] if stop else after
    return lexicon.trailing.search(sentence) is not None


# Apostrophe look-alikes (curly quotes, backtick, acute accent, modifier letter)
# become "'" and a no-break space becomes a space. One character for one, so
# spans still index the text the rep typed.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u00a0": " "})


def _normalise(text: str) -> str:
    return text.translate(_PLAIN)


def _lowered(plain: str) -> str | None:
    """The text lower-cased for the rules' fast twins, or None where that would change matches."""
    lowered = plain.lower()
    if len(lowered) != len(plain) or not SPECIAL_FOLDS.isdisjoint(plain):
        return None
    return lowered


def classify(text: str, lexicon: Lexicon | None = None) -> Signals:
    lexicon = lexicon or default_lexicon()
    plain = _normalise(text)
    lowered = _lowered(plain)
    matches: list[Match] = []
    for rule in lexicon.rules:
        for index, twin in enumerate(rule.lowercase_twins):
            if twin is not None and lowered is not None:
                found_all = twin.finditer(lowered)
            else:
                found_all = rule.matcher(index).finditer(plain)
            for found in found_all:
                if found.end() == found.start():
                    continue
                if rule.negatable and (_negated(plain, found.start(), lexicon)
                                       or _negated_after(plain, found.end(), lexicon)):
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
