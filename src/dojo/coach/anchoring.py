"""Which lexicon patterns can be matched from word starts only, and what their first word begins with.

RE2 matches a reply against every pattern in one pass of a set, but on text it
has not seen before that pass builds new matching states all the way along:
each state holds every pattern's partial matches at once, and a reply new to
the engine is a new mix of them. A pattern that can only begin at the start of
a word (`\\b` and then a word character) need not be searched for everywhere:
it is matched *anchored* at each word start, where the states it needs are few
and soon all built.

The check reads a pattern with Python's regular expression parser (RE2's
syntax for these patterns is the same). Anything it cannot read, or cannot
prove, leaves the pattern to the ordinary one-pass search: the shortcut may be
missed, never a match.

Worst-case time stays linear: a pattern qualifies only if each of its
unbounded runs (`\\w+`, `\\s*`, `[^\\s.?!;]+`) stays inside one stretch of text
that has no space, or one that has no word character; replies holding a
stretch longer than `LONGEST_RUN` bytes are searched the ordinary way
(`runs_are_short`), so each word start reads a bounded amount of text.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: Longest stretch of text without a space (or without a word character) a word start may read.
LONGEST_RUN = 200

_WORD = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_SPACE = frozenset(b" \t\n\r\f")
_ALL = frozenset(range(128))
_CATEGORY = {
    sre.CATEGORY_DIGIT: frozenset(b"0123456789"),
    sre.CATEGORY_WORD: _WORD,
    sre.CATEGORY_SPACE: frozenset(b" \t\n\r\f\v"),
    sre.CATEGORY_NOT_WORD: _ALL - _WORD,
}
#: A run of three or more letters that is not an escape (`\\b`) or a flag (`(?i)`): read as "x" and
#: its last letter (which a `?` may follow), the same to every check here, so that long
#: alternations of words parse fast.
_LETTER_RUN = re.compile(r"(?<![\\?-])[A-Za-z_]{3,}")


def _shorter(run: re.Match) -> str:
    return "x" + run.group()[-1]
_LONG_TOKEN = re.compile(rb"[^ \t\n\f\r]{%d}|[^0-9A-Za-z_]{%d}" % (LONGEST_RUN + 1, LONGEST_RUN + 1))


class _Unproven(Exception):
    """The pattern may start elsewhere than at a word start, or may read unboundedly far."""


@lru_cache(maxsize=4096)
def starts_at_words(source: str) -> bool:
    """Whether every match of `source` begins at a word start (RE2's `\\b` before a word
    character) and each of its unbounded runs stays inside one stretch without a space, or
    one without a word character.

    Remembered by text: the rules written once for several kinds read the same here."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = list(sre_parse.parse(_LETTER_RUN.sub(_shorter, source)))
    except Exception:  # RE2 syntax Python does not read: leave it to the one-pass search
        return False
    if not parsed or parsed[0] != (sre.AT, sre.AT_BOUNDARY):
        return False
    try:
        _check_runs(parsed)
        return not _nullable_word_first(parsed[1:])
    except _Unproven:
        return False


def _chars(op, av) -> frozenset[int]:
    """The ASCII characters a one-character node can match; raises for nodes that may match more kinds."""
    if op is sre.LITERAL:
        return frozenset((av,)) if av < 128 else frozenset()
    if op is sre.IN:
        found: set[int] = set()
        negated = bool(av) and av[0][0] is sre.NEGATE
        for member, value in av[1:] if negated else av:
            if member is sre.LITERAL:
                if value < 128:
                    found.add(value)
            elif member is sre.RANGE:
                found.update(range(value[0], min(value[1], 127) + 1))
            elif member is sre.CATEGORY and value in _CATEGORY:
                found.update(_CATEGORY[value])
            else:  # other categories
                raise _Unproven
        return _ALL - found if negated else frozenset(found)
    if op is sre.CATEGORY and av in _CATEGORY:
        return _CATEGORY[av]
    raise _Unproven


def _check_runs(items) -> None:
    """Every unbounded repeat is one character class that cannot match both a space and a word character."""
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, item = av
            if high == sre.MAXREPEAT:
                nodes = list(item)
                if len(nodes) != 1:
                    raise _Unproven
                chars = _chars(*nodes[0])
                if chars & _SPACE and chars & _WORD:
                    raise _Unproven
            else:
                _check_runs(item)
        elif op is sre.SUBPATTERN:
            _check_runs(av[-1])
        elif op is sre.BRANCH:
            for alternative in av[1]:
                _check_runs(alternative)
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS, sre.ATOMIC_GROUP,
                    sre.POSSESSIVE_REPEAT, sre.NOT_LITERAL, sre.ANY):
            if op in (sre.NOT_LITERAL, sre.ANY):
                continue  # one character: bounded
            raise _Unproven


def _nullable_word_first(items) -> bool:
    """Whether `items` can match the empty string; raises if a first character may be a non-word character."""
    for op, av in items:
        if not _word_first(op, av):
            return False
    return True


def _word_first(op, av) -> bool:
    """Check one node's possible first characters are word characters; return whether it can match empty."""
    if op in (sre.LITERAL, sre.IN) or op is sre.CATEGORY:
        chars = _chars(op, av)
        if not chars or not chars <= _WORD:
            raise _Unproven
        return False
    if op is sre.SUBPATTERN:
        return _nullable_word_first(av[-1])
    if op is sre.BRANCH:
        nullable = False
        for alternative in av[1]:
            nullable = _nullable_word_first(alternative) or nullable
        return nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, item = av
        return _nullable_word_first(item) or low == 0
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return True
    raise _Unproven


#: A bounded repeat at least this long is a gap for `bounded_gaps`.
LONG_GAP = 8


@lru_cache(maxsize=4096)
def bounded_gaps(source: str) -> int:
    """How many bounded repeats of at least LONG_GAP that can read both spaces and word characters
    (`[^.?!]{0,40}`, `(?:\\w+ ){0,8}`) `source` holds, nested ones included; 0 when Python's parser
    cannot read it. An unanchored RE2 set keeps a state for each place a match could have reached
    in each such gap at once, so two of them in one pattern multiply (lexicon.py, `_floating_group`)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = list(sre_parse.parse(_LETTER_RUN.sub(_shorter, source)))
    except Exception:
        return 0
    return _gaps(parsed)


def _gaps(items) -> int:
    found = 0
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            _, high, item = av
            if high != sre.MAXREPEAT and high >= LONG_GAP and _reads_across_words(list(item)):
                found += 1
            found += _gaps(item)
        elif op is sre.SUBPATTERN:
            found += _gaps(av[-1])
        elif op is sre.BRANCH:
            found += sum(_gaps(alternative) for alternative in av[1])
    return found


def _reads_across_words(nodes) -> bool:
    """Whether a repeated item can read both a space and a word character (a group of several
    nodes is taken to: it is a run of words)."""
    if len(nodes) != 1:
        return True
    try:
        chars = _chars(*nodes[0])
    except _Unproven:
        return True
    return bool(chars & _SPACE and chars & _WORD)


#: A word of a class that is plain text: word characters first, then only word characters,
#: spaces, apostrophes and hyphens. Such a word starts at a word start and reads a bounded run.
_PLAIN_WORD = re.compile(r"[0-9A-Za-z_][0-9A-Za-z_ '-]*")


def class_starts_at_words(words: tuple[str, ...]) -> bool:
    """`starts_at_words` of the class's alternation, `\\b(?:word|word|…)\\b`, read a word at a
    time (the alternation starts at words exactly when each of its words does), plain words
    without parsing."""
    return all(_PLAIN_WORD.fullmatch(word) or starts_at_words(r"\b(?:" + word + r")\b") for word in words)


def runs_are_short(data: bytes) -> bool:
    """No stretch of `data` without a space, or without a word character, is longer than LONGEST_RUN."""
    return len(data) <= LONGEST_RUN or _LONG_TOKEN.search(data) is None
