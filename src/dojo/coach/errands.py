"""A reply that agrees to run the prospect's errand gives what the errand asked for, even when it names nothing.

"I need a written quote by Friday. Can you do that?" / "yep no problem at all, ill get that over by thurs.": the
reply names no quote, yet it promises one, for nothing. Heard alone it holds no give; heard as the answer to the
errand it gives the proposal the errand asked for, so reciprocity books it and chasing sees the errand run for
nothing, as it does when the rep says "I'll send the quote". Live play and re-scoring both derive it from the
prospect's line and the reply, so the event stream alone says what was given.
"""

from __future__ import annotations

from collections.abc import Iterable

from dojo.coach.context import default_tagger
from dojo.coach.lexicon import Lexicon
from dojo.coach.sentences import sentence_around
from dojo.coach.signals import Match, Signals
from dojo.vocab import GIVE_KINDS

#: The `rule` of a give booked because the reply agreed to the errand (a `Match` names what heard it).
AGREED_ERRAND = "context:agreed-errand"


def errand_asks(line: str, tags: Iterable[str], lexicon: Lexicon) -> tuple[str, ...]:
    """The gives an errand line asks for, in vocabulary order: the kinds whose `thing.*` words it names ("a written
    quote": proposal). Information is the catch-all, so it counts only when nothing more particular is named; a line
    tagged `price` that names nothing asks for pricing; any other errand asks for information ("send me something")."""
    named = [kind for kind in GIVE_KINDS
             if (words := lexicon.class_regex(f"thing.{kind}")) is not None and words.search(line)]
    particular = [kind for kind in named if kind != "information"]
    if particular:
        return tuple(particular)
    if named:
        return tuple(named)
    return ("pricing",) if "price" in tags else ("information",)


def with_errand_agreed(signals: Signals, answering: str, tags: Iterable[str], lexicon: Lexicon) -> Signals:
    """`signals`, with the errand's gives added when the reply agrees to run it without naming a give of its own.
    `answering` is the prospect's line the reply answers and `tags` its tags."""
    tags = tuple(tags)
    if "errand" not in tags or signals.gives or not answering:
        return signals
    span = default_tagger().agreement(signals.text)
    if span is None:
        return signals
    kinds = errand_asks(answering, tags, lexicon)
    span = _sentence_quoted(signals.text, span)
    words = signals.text[span[0]:span[1]]
    agreed = [Match(label=f"give:{kind}", span=span, rule=AGREED_ERRAND, text=words) for kind in kinds]
    matches = sorted([*signals.matches, *agreed], key=lambda match: match.span)
    return signals.model_copy(update={"gives": list(kinds), "matches": matches})


def _sentence_quoted(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The agreeing words' sentence, without the space before it: "no worries" says little on its own, "no worries, I
    can have one with you thursday" is what the rep promised."""
    start, stop = sentence_around(text, span[0])
    stop = max(stop, span[1])
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop
