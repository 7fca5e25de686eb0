"""Asked to say it again: "Sorry, what did you say?" wants the last line again, not a new one.

A rep who missed a line asks for it again ("Sorry, I missed that, who was it?", "you cut out,
when?"). Any rule would answer such a reply as if it asked something new (a fallback's "Hard
to say!", a repeat rule's "Asked and answered"). The words that ask for a repeat are data
(`say_again.toml`); this module finds the sentences that carry them and the line to say again.

Asked once more for a fact already told, with no "sorry" at all ("who signs off on software?" a turn
after naming Raymond), a persona whose state has nothing to say but its fallback ("Mm-hm. And?")
reminds the rep of what it said instead (`line_told_before`).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import re2

from dojo.coach import Signals
from dojo.coach.sentences import sentences
from dojo.engine.conditions import Context, readable
from dojo.scenario.model import Fact
from dojo.vocab import check_pattern

#: A line as said, with its tags.
Said = tuple[str, tuple[str, ...]]

#: A question this short beside a request to hear the line again ("Decide what?", "Who, sorry?") asks
#: about the line missed, not something new; a question of its own has more words.
FRAGMENT_WORDS = 3


#: What a line said once more may open with that belonged to the moment it was first said: its interjections ("Oh,
#: well,", "Gosh!") and a reaction to the reply before it ("since you put it like that:", "if that's really all right:").
#: After a lead-in ("Oh, like I said:") they stutter ("Oh, like I said: Oh, well, if that's really all right: honestly…",
#: the lead's play, session 37), so the line said again starts where its content does. Only a reminder ("like I said")
#: drops them: a line said again because the rep missed it, or put again when asked what it meant, is said as it was
#: ("Sorry, let me say that properly: Oh hello! I saw your email…"). An interjection is one only when punctuation
#: follows it: the "Oh" of "Oh hello!" is part of the greeting.
_OPENING_NOISE = re2.compile(r"(?i)^(?:(?:oh|ah|aw|ooh|well|gosh|um|erm|er|ha|right)\b[,!.]+\s+)+")
_OPENING_REACTION = re2.compile(r"(?i)^(?:if|since|as|given|now|seeing)\b[^.?!:;]{0,45}:\s+")


def after_lead(lead: str, line: str) -> str:
    """`line` said again after `lead`: without the interjections and the reaction it opened with."""
    rest = _OPENING_NOISE.sub("", line, count=1)
    rest = _OPENING_REACTION.sub("", rest, count=1) if rest != line else rest
    return f"{lead} {rest[:1].upper()}{rest[1:]}" if rest else f"{lead} {line}"


#: The lead-ins of a persona whose scenario has no `clarify` of its own.
DEFAULT_CLARIFY = ("I mean:", "What I'm saying is:", "Put another way:")

#: What a persona whose scenario has no `wait` lines says when asked to hold on.
DEFAULT_WAIT = ("Sure.", "Take your time.", "Go ahead.")

#: What a persona whose scenario has no `small_talk` lines says to small talk off the business.
DEFAULT_SMALL_TALK = ("Ha, yes. Anyway, where were we?", "Ha. Anyway, go on.", "Mm, it's been that sort of week. Go on.")

#: What a persona says when asked what it meant by a line that meant nothing more than "go on" (a fallback, an
#: acknowledgement, a wait, small talk): it asks the rep to say what they want, instead of putting the same line
#: again after "I mean:".
DEFAULT_NOTHING_MORE = ("Nothing more than that. What did you want to ask me?", "Just that. Go on.",
                        "Only that I'm listening. What is it you wanted?")

#: Why a line is put again when the rep asked what it meant (the session picks the `clarify` lead-ins).
CLARIFY_WHY = "asked what the last line meant"


@lru_cache(maxsize=4)
def _pattern(key: str = "patterns"):
    text = resources.files("dojo.engine").joinpath("say_again.toml").read_text(encoding="utf-8")
    patterns = [check_pattern(p, f"say_again {key} pattern") for p in tomllib.loads(text)[key]]
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.never_capture = True
    return re2.compile("|".join(f"(?:{p})" for p in patterns), options)


def asks_again(signals: Signals) -> tuple[bool, bool]:
    """(whether a sentence of the reply asks to hear the last line again, or what it meant, whether another
    sentence asks a question of its own). "Sorry, you're breaking up. How do staff book rooms?" asks something new."""
    again, other, _ = _asks_again(signals)
    return again, other


def asks_to_wait(signals: Signals) -> bool:
    """Whether the reply only asks the prospect to wait ("Hold on, let me check."): the coach heard nothing in
    it, and a sentence of it is a request to wait."""
    return says_nothing(signals) and _a_sentence_is(signals.text, "wait")


def small_talk(signals: Signals) -> bool:
    """Whether the reply is small talk off the business ("Did you watch the match last night?", "What's the weather
    like there?"): the coach heard Rapport and nothing else in it but a question, and a sentence of it is about one of
    the `small_talk` topics (say_again.toml)."""
    if signals.stages != ["rapport"] or signals.gives or signals.gets or signals.chase or signals.close_ask \
            or signals.permission:
        return False
    return _a_sentence_is(signals.text, "small_talk")


def _a_sentence_is(text: str, key: str) -> bool:
    """Whether a sentence of `text` matches the say_again.toml patterns under `key`."""
    return any(_pattern(key).search(readable(text[start:end].strip()))
               for start, end in sentences(text))


def says_nothing(signals: Signals) -> bool:
    """Whether the coach heard nothing to answer in the reply: no give, get, stage, chasing, question, close or
    permission ("ok", "hmm", "sorry about that", "got it", a joke, the weather)."""
    return not (signals.gives or signals.gets or signals.stages or signals.chase or signals.question
                or signals.close_ask or signals.permission)


def _asks_again(signals: Signals) -> tuple[bool, bool, bool]:
    """`asks_again`, and whether the reply asks what the line meant rather than what it said."""
    text = signals.text
    asks = [m.span[0] for m in signals.matches if m.label == "question"]
    again = other = clarify = False
    fragments = False
    for start, end in sentences(text):
        sentence = readable(text[start:end].strip())
        if _pattern().search(sentence):
            again = True
        elif _pattern("clarify").search(sentence):
            again = clarify = True
        elif sentence.endswith("?") or any(start <= at < end for at in asks):
            # "Sorry, lost you. Decide what?": a fragment beside the request asks about the line missed.
            if len(sentence.split()) <= FRAGMENT_WORDS:
                fragments = True
            else:
                other = True
    return again, other or (fragments and not again), clarify


def line_to_repeat(context: Context, signals: Signals, facts: dict[str, Fact], told_in: dict[str, Said],
                   last: Said) -> tuple[Said, list[str]] | None:
    """The line to say again, and why, when the reply asks to hear it again; None when it asks something new.

    "Sorry, what did you say?" gets the `last` line again. "Sorry, I missed that, who was it?" or "the
    signal went. Who decides?" asks once more for a fact already told: the line that told it (`told_in`)
    is said again. A reply that also asks for something not told yet (a precise ask, or a fact's own
    words), or asks a question of its own ("sorry, bad line. How do staff book rooms?"), is answered as
    any reply is; so is one that gives, chases, closes or proposes a meeting."""
    if any(context.heard(label) for label in ("give", "chase", "close_ask", "get:meeting")):
        return None
    again, other, clarify = _asks_again(signals)
    if not again:
        return None
    # "Sorry, what did you say?" is a question and nothing more: a fact revealed on any question is not
    # asked by it. "Sorry, I missed that, why now?" asks, and is answered as any reply is.
    if any(fact_id not in told_in and set(context.asked_for(fact_id)) - {"question"} for fact_id in facts):
        return None
    # Once told, a fact with its own words is asked by labels no longer (Context.asked_for); asked again
    # after a missed line, a precise label still asks for it.
    told = told_lines([fact_id for fact_id in told_in
                        if context.asked_in_own_words(fact_id) or context.asked_for(fact_id)
                        or any(context.heard(label) for label in facts[fact_id].reveal_on if label.startswith("get:"))],
                       facts, told_in)
    if told is not None:
        return told
    if other or not last[0]:
        return None
    # "What do you mean by that?" wants the same line put again, with a lead-in that says so ("What I mean is:").
    return last, [CLARIFY_WHY if clarify else "asked to hear the last line again"]


def line_told_before(context: Context, facts: dict[str, Fact], told_in: dict[str, Said]) -> tuple[Said, list[str]] | None:
    """The line that told a fact, and why, when a question asks for that fact once more; None otherwise.

    Called only when the persona's state has nothing but its fallback to say: a rule written for the
    moment ("Raymond, like I said", "I've told you the real reason") always comes first. A reply that
    gives, chases, closes or proposes a meeting is answered as any reply is."""
    if not context.heard("question") or any(context.heard(label) for label in ("give", "chase", "close_ask", "get:meeting")):
        return None
    # A fact's own words ask for it here, and so does a label naming what it answers (when, who, the money:
    # `Context.asked_again`). "How will you choose?" is heard as asking for criteria, and the fact told on that
    # label is not what it asks ("procurement rules" again would answer nothing).
    # Asked in a fact's own words, the label-heard others are not asked as well ("who signs off, is there budget?"
    # wants Raymond again, not the overtime bill told on the budget label).
    own = [fact_id for fact_id in told_in if context.asked_in_own_words(fact_id)]
    return told_lines(own or [fact_id for fact_id in told_in if context.asked_again(fact_id)], facts, told_in)


def told_lines(told: list[str], facts: dict[str, Fact], told_in: dict[str, Said]) -> tuple[Said, list[str]] | None:
    """The lines that told the facts `told`, joined, with why; None when there are none."""
    if not told:
        return None
    lines = list(dict.fromkeys(told_in[fact_id] for fact_id in told))
    labels = ", ".join(facts[fact_id].label for fact_id in told)
    return (" ".join(line for line, _ in lines), lines[0][1]), [f"asked again about {labels}"]
