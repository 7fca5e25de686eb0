"""A rule's `when`: whether it holds, which of its conditions held (in words) and how specific it is.

One table per condition keeps the three in step: a condition that is checked
is also explained in traces and counted when rules compete.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import re2

from dojo.coach import Coach, ScoreEvent, Signals
from dojo.coach.sentences import sentences
from dojo.coach.spoken import CLEFT, SCENE_SET, WHEN_ASKS
from dojo.coach.spoken import announced as _announced
from dojo.coach.spoken import content_words as _content_words
from dojo.coach.spoken import sets_the_scene as _sets_the_scene
from dojo.scenario.model import Fact, When

#: Weights for specificity. What the rep just said narrows a rule more than the running ledger does,
#: and a precise label (`get:timeline`) more than a whole category (`get`) or a flag (`question`).
KIND_LABEL = 3
#: Asking for a fact is narrower than any one label: it names what the persona holds.
FACT_ASKED = 4
#: Asking only about what the persona doesn't hold outranks the broad labels such a question also carries.
UNSURE = 5
BROAD_LABEL = 2
REPLY_FLAG = 2
EXCLUSION = 1
LEDGER = 1


#: The labels that name what a fact answers (when, who, the money): asked in a question once the fact is told, such a
#: label asks for it again. A broad label does not: "how will you choose?" (criteria) is not answered by the
#: procurement rule told on that label, nor "what's it like day to day?" (empathy) by the line that told the pain.
RETOLD_ON = frozenset({"get:timeline", "get:decision_makers", "get:budget"})


@dataclass
class Memory:
    """What the persona remembers across turns, beyond the coach's ledger."""

    flags: set[str] = field(default_factory=set)
    counters: Counter[str] = field(default_factory=Counter)
    #: Fact id → the turn it was revealed.
    revealed: dict[str, int] = field(default_factory=dict)
    #: Codes and labels of every coach event so far (`jumped`, `chase:check_in`).
    happened: set[str] = field(default_factory=set)


@dataclass
class Context:
    """Everything a condition may look at, for one reply (or for the end, with no reply)."""

    coach: Coach
    memory: Memory
    facts: dict[str, Fact]
    turn: int
    visits: int
    signals: Signals | None = None
    score_events: list[ScoreEvent] = field(default_factory=list)
    #: The scenario's `unsure_about`: questions about things the persona does not hold.
    unsure_about: tuple[str, ...] = ()
    _heard: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _questions: list[tuple[int, int]] | None = field(default=None, init=False, repr=False, compare=False)
    _unsure: list[tuple[int, int]] | None = field(default=None, init=False, repr=False, compare=False)
    _spoken: list[tuple[int, int]] | None = field(default=None, init=False, repr=False, compare=False)
    _pointed: list[tuple[int, int]] | None = field(default=None, init=False, repr=False, compare=False)
    _halves: tuple[str, list[tuple[int, int]]] | None = field(default=None, init=False, repr=False, compare=False)
    #: Fact id → (sentence, the half of it that asks) for each sentence asking in the fact's own words.
    _asked_by: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] | None = field(default=None, init=False, repr=False, compare=False)

    def heard(self, label: str) -> bool:
        # Rules ask about the same few labels over and over within one reply: each is worked out once.
        known = self._heard.get(label)
        if known is None:
            known = self._heard[label] = self._hears(label)
        return known

    def _hears(self, label: str) -> bool:
        if self.signals is None:
            return False
        # Chasing the coach inferred from context counts as heard, like chasing in the words.
        inferred = {e.label for e in self.score_events if e.code == "chase" and e.label}
        if label == "question" and not self.signals.question:
            # A spoken question ("oh no and how many like roughly a week") asks the persona as one with a "?".
            return bool(self._spoken_questions())
        if label == SCENE_SET and self._only_setting_the_scene(label):
            return False
        return self.signals.has(label) or label in inferred or (label == "chase" and bool(inferred))

    def _only_setting_the_scene(self, label: str) -> bool:
        """Whether every word heard as `label` is in a sentence whose "when" only sets the scene for the question
        after its comma ("And when this gets decided, who signs?" asks who, not when), or only says at what moment
        inside a wh-question ("what will the board weigh when it compares the quotes?" asks what)."""
        signals = self.signals
        assert signals is not None
        starts = [m.span[0] for m in signals.matches if m.label == label]
        scenes = [span for span in sentences(signals.text)
                  if _sets_the_scene(text := signals.text[span[0]:span[1]])
                  or _when_only_subordinate(text)]
        return bool(starts and scenes) and all(any(a <= at < b for a, b in scenes) for at in starts)

    def heard_by(self, rule_ids: frozenset[str]) -> str | None:
        """The first of `rule_ids` (lexicon rules) that heard this reply, or None."""
        if self.signals is None:
            return None
        return next((m.rule for m in self.signals.matches if m.rule in rule_ids), None)

    def asked_for(self, fact_id: str) -> list[str]:
        """The labels of this reply that ask for the fact ([] when it doesn't)."""
        fact = self.facts.get(fact_id)
        if fact is None:
            return []
        asked_by = self._questions_asking()
        if fact_id in asked_by:  # asked in the persona's own words: the labels heard, or just "a question"
            return [label for label in fact.reveal_on if self.heard(label)] or ["question"]
        if fact.needs_question and not self.heard("question"):
            return []
        if fact.asked_by and fact_id in self.memory.revealed:
            return []  # once told, only its own words ask again: another discovery question is not a repeat
        heard = [label for label in fact.reveal_on if self.heard(label)]
        unsure = self._unsure_halves()
        if unsure:
            # "Does it need SSO?" sounds like discovery too, but it asks about something the persona
            # doesn't hold: its labels ask for no fact.
            heard = [label for label in heard if self._heard_outside(label, unsure)]
        pointed = self._pointed_halves()
        if pointed:
            # "Whos the one making the final decison" asks for a person and "when is their contract up" for a
            # time: the coach may hear discovery across such a question (their world, their problems), but
            # that asks for no fact ("the driver app loses photos" answers neither). What a who or a when
            # asks in other labels, or in a fact's own words, still asks.
            heard = [label for label in heard if not label.startswith("stage:") or self._heard_outside(label, pointed)]
        if asked_by:
            # "Who scores the quotes?" asks for the scorer; that it also sounds like discovery (a label
            # another fact is revealed on) does not ask for what went wrong as well. A precise ask in
            # the sentence's other half still asks: "who picks the winner, and when do you need it?"
            claimed = [span for spans in asked_by.values() for span, _ in spans]
            halves = [half for spans in asked_by.values() for _, half in spans]
            heard = [label for label in heard
                     if self._heard_outside(label, halves if label.startswith("get:") else claimed)]
        if not fact.needs_question or self.signals is None:
            return heard
        # A fact that needs a question is asked by a question about it: "That sounds exhausting. Shall I
        # send it Friday?" reflects (empathy) in one sentence and asks about something else in the next.
        return [label for label in heard if self._asked_in_a_question(label)]

    def unsure(self) -> bool:
        """Whether the reply asks only about what the persona doesn't hold: a question matching the
        scenario's `unsure_about`, no fact asked, and nothing given, pushed or chased besides."""
        if not self._unsure_halves() or any(self.asked_for(fact_id) for fact_id in self.facts):
            return False
        return not any(self.heard(label) for label in ("give", "chase", "close_ask", "get:meeting"))

    def _unsure_halves(self) -> list[tuple[int, int]]:
        """The halves of this reply's questions that ask about something in `unsure_about`."""
        known = self._unsure
        if known is None:
            known = self._unsure = []
            if self.unsure_about:
                text, halves = self._question_halves()
                pattern = _compiled(self.unsure_about)
                known += [(a, b) for a, b in halves if pattern.search(text[a:b])]
        return known

    def _pointed_halves(self) -> list[tuple[int, int]]:
        """The halves of this reply's questions that ask who or when: "whos the one making the final
        decison", "when is there contract up". A who about the present asks about their world as any
        discovery question does ("who are you with at the moment?", "whos cleaning the blocks curently")."""
        known = self._pointed
        if known is None:
            text, halves = self._question_halves()
            known = self._pointed = [
                (a, b) for a, b in halves
                if (word := _opening_word(text[a:b])) in WHEN_WORDS
                or (word in WHO_WORDS and not _THE_PRESENT.search(text, a, b))]
        return known

    def _question_halves(self) -> tuple[str, list[tuple[int, int]]]:
        """The reply's text (g's restored) and each of its questions cut where a second question starts:
        "who picks the winner, | and when do you need it?". No halves when the reply asks nothing."""
        known = self._halves
        if known is None:
            halves: list[tuple[int, int]] = []
            text = ""
            if self.signals is not None and self.heard("question"):
                text = _g_restored(self.signals.text)
                for start, end in self._question_sentences():
                    cuts = [start, *(m.start() for m in _SECOND_QUESTION.finditer(text, start, end)), end]
                    halves += pairwise(cuts)
            known = self._halves = (text, halves)
        return known

    def asked_again(self, fact_id: str) -> bool:
        """Whether this reply asks once more for a fact already told: in the fact's own words, or in a question
        carrying one of its `reveal_on` labels that names what it answers (`RETOLD_ON`): "when's all that got to be
        sorted by?" after the March re-tender was told asks for March again, whatever the words."""
        if fact_id not in self.memory.revealed:
            return False
        if self.asked_in_own_words(fact_id):
            return True
        fact = self.facts.get(fact_id)
        if fact is None or self.signals is None:
            return False
        # A fact told on several of them (a confession: "nobody's buying, no budget, no date") answers none in
        # particular, and its state's own lines say it again better than the whole confession would.
        named = [label for label in fact.reveal_on if label in RETOLD_ON]
        if len(named) != 1:
            return False
        label = named[0]
        if not (self.heard(label) and self._asked_in_a_question(label)):
            return False
        unsure = self._unsure_halves()
        return not unsure or self._heard_outside(label, unsure)

    def asked_in_own_words(self, fact_id: str) -> bool:
        """Whether a sentence of this reply asks for the fact in its `asked_by` words."""
        return fact_id in self._questions_asking()

    def _questions_asking(self) -> dict[str, list[tuple[tuple[int, int], tuple[int, int]]]]:
        """Fact id → the sentences of this reply that ask for the fact in its `asked_by` words."""
        known = self._asked_by
        if known is None:
            known = self._asked_by = {}
            if self.signals is not None:
                # Its questions ask. A sentence the coach heard no question in asks when it opens with
                # the words ("whos the current cleaner"; "5am calls?? how much is overtime costing u"),
                # not when it only mentions them ("we could talk about who decides").
                text = _g_restored(self.signals.text)
                questions = set(self._question_sentences()) if self.heard("question") else set()
                spans_of_sentences = sentences(text)
                for fact_id, fact in self.facts.items():
                    if fact.asked_by:
                        pattern = _compiled(tuple(fact.asked_by))
                        spans = [((start, end), _clause(text, start, end, found)) for start, end in spans_of_sentences
                                 if (found := _asks(pattern, text[start:end], (start, end) not in questions))]
                        if spans:
                            known[fact_id] = spans
        return known

    def _heard_outside(self, label: str, claimed: list[tuple[int, int]]) -> bool:
        signals = self.signals
        if signals is None:
            return True
        starts = [m.span[0] for m in signals.matches if m.label == label or m.label.startswith(label + ":")]
        return not starts or any(not any(start <= at < end for start, end in claimed) for at in starts)

    def _asked_in_a_question(self, label: str) -> bool:
        signals = self.signals
        assert signals is not None
        starts = [m.span[0] for m in signals.matches if m.label == label or m.label.startswith(label + ":")]
        if not starts:  # heard from context rather than words: the reply as a whole decides
            return True
        questions = self._question_sentences()
        return any(start <= at < end for at in starts for start, end in questions)

    def _question_sentences(self) -> list[tuple[int, int]]:
        known = self._questions
        if known is None:
            signals = self.signals
            assert signals is not None
            asks = [m.span[0] for m in signals.matches if m.label == "question"]
            every = sentences(signals.text)
            spoken = set(self._spoken_questions())
            asked = [(start, end) for start, end in every
                     if (start, end) in spoken or any(start <= at < end for at in asks)]
            # A bare tag after a statement ("a meeting with the person who signs. Deal?") puts that statement as the
            # question: the tag asks nothing by itself.
            tagged = [every[i - 1] for i, (start, end) in enumerate(every)
                      if i and (start, end) in asked and _TAG_QUESTION.fullmatch(signals.text[start:end].strip())]
            known = self._questions = sorted(set(asked) | set(tagged)) or every
        return known

    def _spoken_questions(self) -> list[tuple[int, int]]:
        """Sentences that ask as speech does, with no question mark: a voice note's "right and um who
        else would need to be in on a decision like this". The coach hears a question only at the start
        of a reply or at a "?"; the persona hears one wherever a sentence opens with a question word."""
        known = self._spoken
        if known is None:
            signals = self.signals
            known = self._spoken = [] if signals is None else [
                (start, end) for start, end in sentences(signals.text) if _opens_with_question(signals.text[start:end])]
        return known


#: A question that only points back at the sentence before: a tag ("Deal?", "Fair?", "Sound good?") or a who, when or
#: what with nothing of its own ("…only if the people who'd sign are in the room. Who would that be?" asks who signs:
#: the tally's Helen, session 38, said the rep had never asked).
_TAG_QUESTION = re.compile(r"(?:and |so )?(?:deal|yes|yeah|ok|okay|agreed|fair|fair enough|right|correct|no|sound good|"
                           r"sounds good|does that work|is that fair|is that ok|is that okay|how about it|what do you say|"
                           r"(?:who|when|what|which)(?:'s| is| are| would| will| might| could)? ?(?:that|they|those|it|"
                           r"this|these)(?: be)?(?: then)?)\W*\?+\W*",
                           re.IGNORECASE)


#: A dropped g written with an apostrophe: "lookin'", "runnin'", "readin'".
_DROPPED_G = re.compile(r"(?<=[a-z]in)'(?![a-z])", re.IGNORECASE)


#: A lone surrogate: only a Python caller can pass one, and the linear-time engine cannot read it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _g_restored(text: str) -> str:
    """`text` with "lookin'" read as "looking", so a fact's own words ask in any accent, and with any lone
    surrogate read as U+FFFD; one character for another, so every position in it is the same as in the reply."""
    text = readable(text)
    return _DROPPED_G.sub("g", text) if "'" in text else text


def readable(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD, which the linear-time engine can match against."""
    return _SURROGATE.sub("\ufffd", text)


@lru_cache(maxsize=1024)
def _compiled(patterns: tuple[str, ...]):
    """A fact's `asked_by` as one linear-time regex, any case (checked when the scenario loaded)."""
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.never_capture = True
    return re2.compile("|".join(f"(?:{p})" for p in patterns), options)


#: How many words may come before the asking words of a sentence the coach heard no question in.
OPENING_WORDS = 3

#: Words a spoken question opens with, once its fillers are set aside.
QUESTION_WORDS = frozenset({"who", "whom", "whose", "whos", "who's", "what", "whats", "what's", "when", "where",
                            "why", "how", "hows", "how's", "which", "is", "are", "do", "does", "did", "can", "could",
                            "would", "will", "has", "have", "should", "any",
                            # chat spellings
                            "wat", "wats", "wot", "hw", "wen", "r", "cld", "wld", "cud", "wud"})


#: Question words that ask for a person or a time, not for the prospect's troubles.
WHO_WORDS = frozenset({"who", "whom", "whose", "whos", "who's"})
WHEN_WORDS = frozenset({"when", "whens", "when's", "wen"})
#: A who about the present: "who are you with at the moment?" asks who supplies them now.
_THE_PRESENT = re.compile(r"\b(?:now|nowadays|today|these days|at the moment|atm|at present|presently|"
                          r"cur{1,2}en?tl?y|current)\b", re.IGNORECASE)


#: After an announcement, these open a yes-or-no question: "I wonder whether the incumbent keeps it".
_ANNOUNCED_YES_NO = frozenset({"whether", "if"})


def _first_word(text: str, punctuation: str) -> str:
    """The first word of `text` that is not a filler, stripped of `punctuation` and casefolded ("" when none)."""
    return next(_content_words(text, punctuation), "")


def _opening_word(sentence: str) -> str:
    """The first word of `sentence` after any "can I ask" and fillers, casefolded ("" when none)."""
    return _first_word(_announced(sentence), ",;:!?.'\"()")


def _opens_with_question(sentence: str) -> bool:
    if CLEFT.match(sentence):
        return False
    asked = _announced(sentence)
    first = _first_word(asked, ",;:!'\"")
    return first in QUESTION_WORDS or (asked is not sentence and first in _ANNOUNCED_YES_NO)


#: Words that ask a wh-question before a "when" that then only says at what moment ("what will the board weigh when it
#: compares the quotes?"), and the words before such a "when" that join a second question to the first instead ("who
#: signs and when?").
_WH_BEFORE = frozenset({"what", "what's", "whats", "which", "how", "how's", "who", "who's", "whom"})
_WHEN_JOINED = frozenset({"and", "or", "but", "by", "until", "till", "since", "from", "then", "also", "plus"})
#: Words that ask for a time however the sentence is built: such a sentence still asks when.
_TIME_WORDS = re.compile(
    r"\b(?:deadlines?|dates?|dated|timelines?|time ?frames?|time ?scales?|how (?:long|soon)|by when|due|"
    r"jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|weeks?|months?|quarters?|years?)\b", re.IGNORECASE)


def _when_only_subordinate(sentence: str) -> bool:
    """Whether the only "when" of `sentence` sits inside a wh-question, saying at what moment rather than asking for
    one: "May I ask what the board will be weighing when it compares the quotes?", "what happens when someone
    doesn't turn up?". "Who signs, and when?", "what do you need and when do you need it?" and "what's due when the
    contract ends in March?" still ask when."""
    words = list(_content_words(_announced(sentence), ",;:!?.'\"()"))
    if "when" not in words or _TIME_WORDS.search(sentence):
        return False
    at = words.index("when")
    if words.count("when") > 1 or at == 0 or at + 1 >= len(words):
        return False
    before, after = words[at - 1], words[at + 1]
    return (any(word in _WH_BEFORE for word in words[:at - 1]) and before not in _WHEN_JOINED
            and before not in _WH_BEFORE and after not in WHEN_ASKS and not re.search(r",\s*when\b", sentence, re.I))


def _asks(pattern, sentence: str, opening_only: bool) -> tuple[int, int] | None:
    """Where in `sentence` the words ask (None when they don't)."""
    found = pattern.search(sentence)
    if found is None or (opening_only and (_words_before(sentence[:found.start()]) > OPENING_WORDS
                                           or CLEFT.match(sentence[:found.start()]))):
        return None
    return found.span()


def _words_before(prefix: str) -> int:
    """The words before the asking ones, fillers aside ("right that makes sense and who signs it off" has
    three; "we could talk about your timeline and who decides" has six, and only mentions it)."""
    return sum(1 for _ in _content_words(_announced(prefix), ",;:!'"))


#: Where a sentence turns to a second question: "who picks the winner, and when do you need it?", and in a
#: numbered list: "three things: 1) what's the problem, 2) who decides, 3) by when?", and after a dash that ends a
#: reflection: "so finance said no last time - who in finance was that?" (session 31's play)
_SECOND_QUESTION = re.compile(
    r"(?:[,;:]|\s[-–—]|\s(?:and|but|or|also|plus))\s+(?:(?:and|but|or|also|plus|then)\s+)?(?:\(?(?:\d{1,2}|[a-e])[.)]\s*)?"
    r"(?=(?:by )?(?:who|whom|whose|when|what|how|where|why|which|is|are|was|were|do|does|did|has|have|had|would|"
    r"could|can|will|should)\b)", re.IGNORECASE)


def _clause(text: str, start: int, end: int, found: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence `text[start:end]` that holds the asking words at `found` (relative to
    the sentence): a question joined to another by "and"/a comma claims only its own half."""
    cuts = [m.start() for m in _SECOND_QUESTION.finditer(text, start, end)]
    clause_start = max((cut for cut in cuts if cut <= start + found[0]), default=start)
    clause_end = min((cut for cut in cuts if cut >= start + found[1]), default=end)
    return clause_start, clause_end


def _weight(label: str) -> int:
    # The walk-away is one move, as narrow as a get's kind: it competes as the scenario rules heard as `get:next_steps`
    # that it replaced did.
    return KIND_LABEL if ":" in label or label == "walk_away" else BROAD_LABEL


# Each check: (weight, holds, words). Only the conditions a `when` gives are produced.
Check = tuple[int, Callable[[Context], bool], Callable[[Context], str]]


def _checks(when: When) -> Iterator[Check]:
    if when.any:
        any_of = tuple(when.any)
        yield (min(_weight(label) for label in any_of),
               lambda c: any(map(c.heard, any_of)),
               lambda c: "heard " + next(label for label in any_of if c.heard(label)))
    for label in when.all:
        yield _heard(label)
    if when.none:
        none_of = tuple(when.none)
        yield (EXCLUSION, lambda c: not any(map(c.heard, none_of)),
               lambda c: "did not hear " + " or ".join(none_of))
    if when.asks:
        yield (FACT_ASKED, lambda c: any(c.asked_for(fact) for fact in when.asks),
               lambda c: "asked about " + next(c.facts[f].label for f in when.asks if c.asked_for(f)))
    if when.heard_by:
        # It narrows a label the rule already names to some of the words that carry it, and adds no
        # weight: rules compete as they did on the label alone, and only the replies it leaves out change.
        by = frozenset(when.heard_by)
        yield 0, (lambda c: c.heard_by(by) is not None), (lambda c: f"heard by {c.heard_by(by)}")
    if when.unsure is not None:
        unsure = when.unsure
        yield (UNSURE, lambda c: c.unsure() == unsure,
               lambda c: "asked about something the persona doesn't hold" if unsure else "asked about nothing unknown")
    if when.jumped is not None:
        # Every push counts for the persona, though the coach penalises the same jump only once.
        yield (REPLY_FLAG, lambda c: when.jumped == (c.signals is not None and bool(c.coach.reached_early)),
               lambda c: "jumped ahead on the pathway" if when.jumped else "no jump")
    if when.chased is not None:
        yield (REPLY_FLAG, lambda c: when.chased == any(e.dimension == "chasing" for e in c.score_events),
               lambda c: "chased" if when.chased else "no chasing")
    yield from _ledger_checks(when)
    yield from _memory_checks(when)


def _heard(label: str) -> Check:
    return _weight(label), (lambda c: c.heard(label)), (lambda c: f"heard {label}")


def _at_least(value: int | None, read: Callable[[Context], int], name: str) -> Iterator[Check]:
    if value is not None:
        yield LEDGER, (lambda c: read(c) >= value), (lambda c: f"{name} ≥ {value}")


def _ledger_checks(when: When) -> Iterator[Check]:
    yield from _at_least(when.open_gives_at_least, lambda c: len(c.coach.open_gives), "open gives")
    yield from _at_least(when.unpaired_gives_at_least, lambda c: c.coach.unpaired_gives, "unpaired gives")
    yield from _at_least(when.gets_at_least, lambda c: c.coach.gets, "gets")
    yield from _at_least(when.turn_at_least, lambda c: c.turn, "turn")
    yield from _at_least(when.visits_at_least, lambda c: c.visits, "visits")
    if when.turn_at_most is not None:
        most = when.turn_at_most
        yield LEDGER, (lambda c: c.turn <= most), (lambda c: f"turn ≤ {most}")
    if when.earned:
        yield (LEDGER, lambda c: all(s in c.coach.earned for s in when.earned),
               lambda c: "earned " + ", ".join(when.earned))
    if when.not_earned:
        yield (LEDGER, lambda c: not any(s in c.coach.earned for s in when.not_earned),
               lambda c: "not yet earned " + ", ".join(when.not_earned))
    if when.happened:
        yield (LEDGER, lambda c: all(h in c.memory.happened for h in when.happened),
               lambda c: "earlier: " + ", ".join(when.happened))
    if when.not_happened:
        yield (LEDGER, lambda c: not any(h in c.memory.happened for h in when.not_happened),
               lambda c: "never: " + ", ".join(when.not_happened))


def _memory_checks(when: When) -> Iterator[Check]:
    if when.flags:
        yield (LEDGER, lambda c: all(f in c.memory.flags for f in when.flags),
               lambda c: "remembers " + ", ".join(when.flags))
    if when.not_flags:
        yield (LEDGER, lambda c: not any(f in c.memory.flags for f in when.not_flags),
               lambda c: "does not remember " + ", ".join(when.not_flags))
    for name, value in when.counter_at_least.items():
        yield _counter(name, value, at_least=True)
    for name, value in when.counter_below.items():
        yield _counter(name, value, at_least=False)
    if when.revealed:
        yield (LEDGER, lambda c: all(f in c.memory.revealed for f in when.revealed),
               lambda c: "already told " + ", ".join(c.facts[f].label for f in when.revealed))
    if when.not_revealed:
        yield (LEDGER, lambda c: not any(f in c.memory.revealed for f in when.not_revealed),
               lambda c: "not yet told " + ", ".join(c.facts[f].label for f in when.not_revealed))


def _counter(name: str, value: int, at_least: bool) -> Check:
    def holds(c: Context) -> bool:
        return (c.memory.counters[name] >= value) == at_least
    return LEDGER, holds, (lambda c: f"{name} {'≥' if at_least else '<'} {value}")


def checks_of(when: When) -> tuple[Check, ...]:
    """`when`'s checks, built once per `When` (a scenario's rules are asked again every reply)."""
    known = _built.get(id(when))
    if known is None or known[0] is not when:
        if len(_built) >= MAX_BUILT:
            _built.clear()
        known = _built[id(when)] = (when, tuple(_checks(when)))
    return known[1]


#: `When` id → (the `When`, kept alive so its id stays its own; its checks). Cleared when full, so a
#: long-running process that loads many scenarios holds the checks of the recent ones only.
_built: dict[int, tuple[When, tuple[Check, ...]]] = {}
MAX_BUILT = 20_000


def evaluate(when: When, context: Context) -> list[str] | None:
    """The conditions that held, in words, or None when one of them did not hold."""
    checks = checks_of(when)
    for _, holds, _ in checks:
        if not holds(context):
            return None
    return [words(context) for _, _, words in checks]


def specificity(when: When) -> int:
    """How narrowly `when` picks its moment; when several rules hold, the highest wins."""
    return sum(weight for weight, _, _ in checks_of(when))


_GET_QUESTIONS = {
    "meeting": "propose a meeting with a date and time",
    "direct_line": "ask for a direct line",
    "timeline": "ask when a decision is needed, and why then",
    "criteria": "ask what they will decide, and on what",
    "decision_makers": "ask who else is involved in the decision",
    "budget": "ask about budget",
    "nda": "ask for an NDA",
    "testimonial": "ask for a testimonial",
    "referral": "ask for a referral",
    "next_steps": "agree next steps on both sides",
}
_STAGE_QUESTIONS = {
    "rapport": "build some rapport first",
    "empathy": "ask about their situation and what it costs them",
    "trust": "earn trust: be honest about fit, offer relevant proof",
    "hope": "paint the picture of where they want to be",
    "urgency": "ask what waiting would cost",
}


def question_for(fact: Fact) -> str:
    """What a rep could have asked to uncover `fact`, for a debrief's "missed" list."""
    if fact.ask:
        return fact.ask
    phrases = []
    for label in fact.reveal_on:
        category, _, kind = label.partition(":")
        phrase = (_GET_QUESTIONS.get(kind) if category == "get" else
                  _STAGE_QUESTIONS.get(kind) if category == "stage" else
                  "ask a question" if label == "question" else None)
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    # "; or " because a phrase may hold a comma of its own: "ask when a decision is needed, and why
    # then or ask about budget" read as one run-on question.
    text = "; or ".join(phrases) or "ask about it"
    return text[0].upper() + text[1:] + "."
