"""Words a pattern cannot match without: a cheap look at a reply that spares the unanchored patterns it cannot hold.

An unanchored RE2 set builds, on text it has not seen, a matching state for each mix of its patterns' partial matches,
and the mixes multiply with the patterns (lexicon.py, `_floating_parts`): the 283 patterns and cues searched anywhere
in a reply cost ≈ 1,600 µs a new reply in their twelve sets, ≈ 600 µs each searched on its own. Most of them name a
word the reply must hold for them to match at all ("case study", "trial", "pilot"), and most replies hold none of a
given pattern's words. So such a pattern is searched on its own only in a reply that holds one of its words, found by
one RE2 set of plain words; the rest stay in the sets.

The words are read with Python's regular expression parser (RE2's syntax for these patterns is the same, as
anchoring.py relies on). Anything it cannot read, or any part it cannot prove is needed, gives no word: the pattern is
then searched as before. A word is only ever a part that every match must contain, so a pattern is skipped only in a
reply it cannot match: skipping changes what a reply costs, never what is heard.
"""

from __future__ import annotations

import warnings
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: The shortest word worth looking for: shorter ones ("a", "to") are in nearly every reply and spare nothing.
SHORTEST = 3

#: Words so common in any reply that a set holding one spares almost nothing (and costs a look every time): such a set
#: is not used. Plain English, not drawn from any reply: which sets are used changes what a reply costs, never what
#: is heard.
COMMON = frozenset((
    "a", "all", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "for", "from", "get", "has",
    "have", "i", "if", "in", "is", "it", "'ll", "me", "my", "not", "of", "on", "once", "or", "our", "so", "that",
    "the", "this", "to", "too", "up", "we", "what", "when", "will", "with", "would", "you", "your",
))

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


#: At most how many sets of words a pattern is given (`required_words`): each must be met, so a few spare more replies.
MOST = 3


def required_words(source: str) -> tuple[tuple[str, ...], ...] | None:
    """Sets of lower-case ASCII words of at least `SHORTEST` characters such that every match of `source` contains
    (case ignored, as the lexicon matches) a word of each set: at most `MOST` of them, the most telling first, each
    sorted; None when no such set can be proven.

    Only ASCII is read: RE2 matches an ASCII letter, case ignored, also as the Kelvin sign ("k") or the long s ("s"),
    which a reply holding either is searched for without this check (`Keyed.candidates`)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(source)
    except Exception:  # RE2 syntax Python does not read: no words, the pattern is searched as before
        return None
    needed = sorted(set(_needed(parsed)), key=_telling)[:MOST]
    return tuple(tuple(sorted(words)) for words in needed) or None


def _needed(items) -> list[frozenset[str]]:
    """Every set of words found that a match of the sequence `items` must contain a word of: each item of a sequence
    is needed, so each item's sets are, and a run of plain characters is a set of one word."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        found += _word(run)
        run = []
        if op is sre.SUBPATTERN:
            found += _needed(av[-1])
        elif op is sre.BRANCH:  # one alternative or another: a word of whichever is taken, its most telling set
            best = [min(_needed(alternative), key=_telling, default=None) for alternative in av[1]]
            chosen = [words for words in best if words is not None]
            if len(chosen) == len(best):
                found.append(frozenset().union(*chosen))
        elif op in _REPEATS and av[0] >= 1:  # read at least once
            found += _needed(av[2])
        # a class, a boundary, an optional part, anything else: needs no word
    return found + _word(run)


def _word(run: list[str]) -> list[frozenset[str]]:
    """A run of plain characters as a set of one word, unless it is too short or too common to tell anything."""
    word = "".join(run)
    return [frozenset((word,))] if len(word) >= SHORTEST and word.strip() not in COMMON else []


def _telling(words: frozenset[str]) -> tuple[int, int]:
    """How telling a set of words is, the most telling least: a set whose shortest word is longer (a long word is
    rarer), then a smaller one."""
    return -min(map(len, words)), len(words)
