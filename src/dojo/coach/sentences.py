"""Where a reply's sentences begin and end: the one reading of "a sentence" that the coach and the persona share.

A sentence ends at a full stop, question mark or exclamation mark (a run of them, "?!" or "...", is one end) or at a
line break: a chat message's lines are its sentences even without punctuation. A point between two digits is a
decimal point, not an end: "it's 4.5 hours a week" and "£2.50 a head" are one sentence each.

The clause reader (`clauses.Reading`) cuts clauses and sentences with the lexicon's own cues, which stop at more than
this (a semicolon, "but"); it drops decimal points from them by the same rule (`without_decimal_points`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import AnyStr

#: A sentence end before decimal points are set aside: a run of closing marks, or a line break. (Python's engine, not
#: the linear-time one: the pattern cannot backtrack, and a reply from a Python caller may hold a lone surrogate.)
_END = re.compile(r"[.?!]+|\n")


def is_decimal_point(text: AnyStr, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a single point with a digit either side ("4.5", "£2.50"), in text or in bytes."""
    if end - start != 1 or start == 0 or end >= len(text):
        return False
    point, before, after = text[start:end], text[start - 1:start], text[end:end + 1]
    return point in (".", b".") and before.isdigit() and after.isdigit()


def without_decimal_points(text: AnyStr, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` (spans of sentence or clause ends in `text`) without the decimal points among them. A pattern cannot say
    so itself (the linear-time engine has no look-behind), so the points are dropped after matching."""
    return [(start, end) for start, end in found if not is_decimal_point(text, start, end)]


def ends(text: str) -> list[tuple[int, int]]:
    """Every sentence end in `text`, as the span of its closing marks (or line break), in order."""
    return without_decimal_points(text, [found.span() for found in _END.finditer(text)])


def sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as a span that runs from just past the end before it to the end of its own closing
    marks (and the line breaks straight after them); a stretch of only closing marks is no sentence."""
    found: list[tuple[int, int]] = []
    start = 0
    for mark_start, mark_end in ends(text):
        if found and found[-1][1] == mark_start:  # "?\n", "!!\n\n": one close, however many marks and breaks
            found[-1] = (found[-1][0], mark_end)
        elif mark_start > start:
            found.append((start, mark_end))
        start = mark_end
    if start < len(text):
        found.append((start, len(text)))
    return found


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence holding position `at`, with its closing marks: from just past the last end that is over
    by `at`, to the close of the first end that is not (the text's end when none is)."""
    start, stop = 0, len(text)
    for _, mark_end in ends(text):
        if mark_end <= at:
            start = mark_end
        else:
            stop = mark_end
            break
    return start, stop


def sentences_spanning(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each span, from the start of the sentence holding its start to the close of the sentence holding its end:
    `sentence_around` at either end, with the text's sentence ends found once for all of them, not twice a span."""
    if not spans:  # most replies tell no story: no need to read their sentence ends
        return []
    closes = [mark_end for _, mark_end in ends(text)]
    size = len(text)
    found: list[tuple[int, int]] = []
    for start, end in spans:
        before = bisect_right(closes, start)  # the ends over by `start`; the last of them opens its sentence
        after = bisect_right(closes, end)  # the first end not over by `end` closes its sentence
        found.append((closes[before - 1] if before else 0, closes[after] if after < len(closes) else size))
    return found


def closing_marks(text: str, at: int) -> tuple[int, int] | None:
    """The span of the first sentence end that is not over by `at`, or None when the sentence runs to the text's end."""
    return next(((mark_start, mark_end) for mark_start, mark_end in ends(text) if mark_end > at), None)
