"""The detection lexicon: TOML data (word classes, clause cues, rules), compiled once, extendable per scenario.

Every pattern runs on RE2, a linear-time engine: no reply and no scenario
file can make matching backtrack. A pattern RE2 cannot compile is a load
error naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

import re2
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from dojo.coach.anchoring import bounded_gaps, class_starts_at_words, runs_are_short, starts_at_words
from dojo.coach.normalise import Normalised, normalise
from dojo.coach.prefilter import required_words
from dojo.vocab import (
    CLASS_REF,
    SHIPPED,
    WORD_GAP,
    GuardedPattern,
    LexiconRule,
    _re2_options,
    check_pattern,
    is_shipped,
)


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
    #: Optional cues that cancel a give from *earlier in its sentence*, past commas: the give is held back
    #: until the prospect's step ("Once the PO is raised, the drawings are yours").
    held_back: list[str] = []
    #: Optional cues that cancel a give from the opening of the *next* sentence, which defers it back to after a
    #: get: "Happy to talk numbers. Before I do, what will you do with our number?" (the number is held back).
    deferred_after: list[str] = []
    #: Optional cues that keep a give whole against `deferred_after` when found in the give's own sentence: a give
    #: promised for a day or an hour ("I'll send a revised proposal by Friday. Before I do: …") is made, and the
    #: question after it only comes first in the talk.
    dated_promise: list[str] = []
    #: Optional cues that find a give wished for or only possible in its own sentence ("I'd love to show you", "I could
    #: send samples"), and cues that find the next sentence, opened by "but", withdrawing it for a reason on the rep's
    #: side ("…, but the showroom's shut till March", "…, but we've run out"): the give is not made (session 38).
    wished: list[str] = []
    withdrawn_after: list[str] = []
    #: Optional: negation cues, by their opening words as written, that only put the rep's own give off until later
    #: ("before ", "once "): they do not cancel an ask ("Before I commit a crew, I need to know who signs off").
    deferrals: list[str] = []
    #: Optional: negation cues, by their opening words as written, that only soften an ask ("not sure", "don't mind"):
    #: they cancel a give, but not the ask that follows them ("not sure who else is involved?").
    hedges: list[str] = []

    @model_validator(mode="after")
    def _wished_with_its_withdrawal(self) -> Negation:
        # Either cue alone hears nothing (a give is cancelled only when wished for and then withdrawn), so a lexicon
        # that sets one would silently do nothing.
        if bool(self.wished) != bool(self.withdrawn_after):
            raise ValueError("`wished` and `withdrawn_after` work as a pair: set both, or neither")
        return self


class ClauseCues(BaseModel):
    """How a reply is cut into clauses and how each clause's form is read (see clauses.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: Where a clause ends: negation and speaker reach back no further.
    breaks: str
    #: Where a sentence ends: a trailing cue reaches no further, and "?" makes a question.
    sentence_end: str
    #: A clause that opens like this is a question, with or without "?".
    question_opener: str
    #: A clause that contains this asks the prospect for something ("can you", "let me know").
    request: str
    #: Subjects that make the rep the speaker, and subjects that make it the prospect's errand.
    rep_subject: str
    prospect_subject: str
    #: A handing-over verb aimed at the rep: "send me", "give us" asks rather than gives.
    ask_object: str
    #: Optional: a fronted clause that opens a sentence and ends before its move ("Before I dive in,", "Right, so",
    #: "Just so I understand,"): a move right after it is read as opening its sentence (`Reading.fronted`).
    fronted: str | None = None
    #: Optional: an introductory clause straight before a move, after whatever opened its sentence ("…, but before I do,",
    #: "…, first,", "…, quick one,"): a move right after it is read as opening its sentence too (`Reading.fronted`).
    introduced: str | None = None
    #: Optional: a discourse "so" opening a question with no comma of its own ("Great, so how long…"): after a short
    #: opening clause the question is read as opening its sentence (`Reading.fronted`).
    discourse_so: str | None = None
    #: Optional: a further question joined by "and" after a comma ("How many boats, and who crews them?"): it opens a
    #: clause of its own, so in a sentence ending on "?" it is read as opening its sentence (`Reading.fronted`).
    joined_question: str | None = None
    #: Optional: a third party named as the one who offers (`Reading.third_partys`): "the council's rebate", "the
    #: manufacturer knocks", "your trade association gets members"; and the same named after the move as its source
    #: ("20% off, courtesy of the council").
    third_party: str | None = None
    third_party_after: str | None = None
    #: Optional: a whole sentence that names a thing but asks rather than offers it: the prospect's request said back
    #: as a question with no figure ("Best price for three hundred trucks, sight unseen?"), or a booking put to them
    #: with a day ("let's book a demo for all twelve clinics, Thursday?"). What it names is no give
    #: (`Reading.asks_not_offers`).
    asks_not_offers: str | None = None
    #: Optional: the rep saying the prospect's own situation back to them ("so the trouble is", "you said", "if I've
    #: got it right"): a fact later in that sentence is theirs, not one the rep hands over (`Reading.said_back`).
    said_back: str | None = None
    #: Optional: their date or fact acknowledged at the end of its sentence ("your deadline of 30 June is noted", "your
    #: tender closes on the 14th, if I've read it right"), matched against the rest of the sentence after the match
    #: (anchored at its end): the sentence says their situation back, like `said_back` (`Reading.said_back`).
    noted_back: str | None = None
    #: Optional: more ways of opening a sentence by saying their situation back, heard only for a rule that needs a reason
    #: given ("understood — you need…", "your team said…") (`Reading.only_said_back`).
    heard_back: str | None = None
    #: Optional: money the prospect loses or pays now, anywhere in the sentence ("every month on oil is about £1,100
    #: gone", "that's £90 a week going in the skip", "costs you about £410 a week"): a figure in that sentence is their
    #: cost said to them, not a price of ours (`Reading.said_back`).
    their_loss: str | None = None
    #: Optional: the rep declining their own move, anywhere in its clause before it ("I'd rather not send a brochure"),
    #: and the same with the "I" dropped, opening the clause ("Won't send a brochure") (`Reading.refuses`).
    refusal: str | None = None
    refusal_opens: str | None = None
    #: Optional: whose thing a move names, read once from the words just before it (`Reading.owner`). Each is matched
    #: against one whole word, lower-cased: an owner who is the prospect ("your proposal", "ur deck"), an owner who is
    #: someone else ("their quote", "Priya's demo", "the client's case study"), a word that only looks like an owner
    #: ("it's", "today's"), and words that open the noun phrase without an owner ("the", "our", "for"), past which no
    #: owner is read: "send your team the deck" names who receives, not whose deck. A rule opts in with
    #: `not_owned_by`.
    owner_you: str | None = None
    owner_them: str | None = None
    owner_not: str | None = None
    owner_stop: str | None = None
    #: After "the" or "a", a possessive names someone else's thing only if it names a party like this ("the client's
    #: proposal"), not a role that may be on our side ("the agronomist's report is attached").
    owner_party: str | None = None
    #: A word that, after a name's "'s", shows the "'s" is "is": "the cooler's free for a month".
    owner_is: str | None = None


class KeptAsTyped(BaseModel):
    """Where a shorthand word is not the word it usually stands for, and is left as typed: "ya" opening a clause
    before anything "you" could not be the subject of is "yeah" ("ya happy to demo it thurs", "Ya the door runs on
    single phase"), where "ya wanna come by Saturday" is "you"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: A regex the text just before the word must end with (a clause's opening).
    opening: str
    #: A regex the text just after the word must start with.
    followed_by: str

    @field_validator("opening", "followed_by")
    @classmethod
    def _linear(cls, pattern: str, info: ValidationInfo) -> str:
        return pattern if is_shipped(info) else check_pattern(pattern)


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: int = Field(alias="schema")
    shorthand: dict[str, str] = {}
    #: Shorthand word → where it is left as typed (`KeptAsTyped`).
    shorthand_kept: dict[str, KeptAsTyped] = {}
    classes: dict[str, list[str]] = {}
    clause: ClauseCues
    negation: Negation
    rules: list[LexiconRule]


class Regex:
    """A pattern RE2 has read, compiled the first time a reply needs it on its own.

    The lexicon's one-pass sets say which few patterns can match a reply, so most patterns are never
    searched for alone: compiling each when the lexicon is built cost most of a second and ~35 MB
    that a session mostly never used. The text was read when the lexicon was built, so a bad pattern
    is still a load error there (`build_lexicon`)."""

    __slots__ = ("_compiled", "pattern", "where")

    def __init__(self, pattern: str, where: str):
        self.pattern = pattern
        self.where = where
        self._compiled: re2._Regexp | None = None

    def compiled(self) -> re2._Regexp:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile(self.pattern, self.where)
        return compiled

    @property
    def _regexp(self):
        """The RE2 object itself, as on `re2._Regexp` (what the matching loops call `Match` on)."""
        compiled = self._compiled
        return (compiled if compiled is not None else self.compiled())._regexp

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    rule: CompiledRule
    source: str
    regex: Regex
    not_before: Regex | None
    not_after: Regex | None
    unless: Regex | None
    #: The pattern as plain bytes when it is a bare punctuation literal ("\?"), found without RE2.
    literal: bytes | None = None
    #: Whether anything can cancel a match (a guard, negation or a clause check); if not, every match is heard.
    judged: bool = True


@dataclass(frozen=True)
class CompiledRule:
    id: str
    label: str
    negatable: bool
    needs: tuple[str, ...]
    patterns: tuple[str, ...]
    yields_to: tuple[str, ...] = ()
    yields_in_reply: tuple[str, ...] = ()
    yields_in_sentence: tuple[str, ...] = ()
    sure: bool = False
    guards_rule_out: bool = True
    rules_out: bool = False
    keeps_model_from: tuple[str, ...] = ()
    #: Whose thing, named just before the match, cancels it (`LexiconRule.not_owned_by`): "you", "them".
    not_owned_by: tuple[str, ...] = ()
    stands_asked_apart: bool = False
    small_talk: bool = False


#: The clause cues that read whose thing a move names (`ClauseCues.owner_you` and the rest).
OWNER_CUES = ("owner_you", "owner_them", "owner_not", "owner_stop", "owner_party", "owner_is")


@dataclass(frozen=True)
class Clauses:
    breaks: re2._Regexp
    sentence_end: re2._Regexp
    question_opener: re2._Regexp
    request: re2._Regexp
    rep_subject: re2._Regexp
    prospect_subject: re2._Regexp
    ask_object: re2._Regexp
    negation: re2._Regexp
    window: int
    trailing: re2._Regexp | None
    trailing_window: int
    held_back: re2._Regexp | None = None
    #: The opening of a next sentence that defers the give before it (`Negation.deferred_after`), anchored; not one
    #: of the one-pass cues: it is only searched when a give was heard.
    deferred_after: re2._Regexp | None = None
    #: A day or an hour in the give's own sentence (`Negation.dated_promise`): that give is not deferred after all.
    dated_promise: re2._Regexp | None = None
    #: A give wished for in its own sentence (`Negation.wished`) and the next sentence withdrawing it
    #: (`Negation.withdrawn_after`, anchored): that give is not made. Not one-pass cues: searched when a give was heard.
    wished: re2._Regexp | None = None
    withdrawn_after: re2._Regexp | None = None
    #: A fronted clause, matched from a sentence's start to just before a move (`ClauseCues.fronted`); not one of
    #: the one-pass cues: it is only searched when a `not_before` guard would cancel a move.
    fronted: re2._Regexp | None = None
    #: An introductory clause (`ClauseCues.introduced`) opening a clause and ending just before a move, and the same
    #: opening a move's own words ("so, what broke?"); searched only with `fronted`.
    introduced: re2._Regexp | None = None
    introduced_opening: re2._Regexp | None = None
    #: A discourse "so" opening a move's own words (`ClauseCues.discourse_so`); searched only with `fronted`.
    discourse_so: re2._Regexp | None = None
    #: A question joined by "and" opening a move's own words (`ClauseCues.joined_question`); searched only with
    #: `fronted`.
    joined_question: re2._Regexp | None = None
    #: A third party who offers, before a move or after it as its source (`ClauseCues.third_party`); not one-pass cues.
    third_party: re2._Regexp | None = None
    third_party_after: re2._Regexp | None = None
    #: A whole sentence that asks rather than offers (`ClauseCues.asks_not_offers`), anchored at both ends; not a one-pass cue:
    #: it is only searched when a give's speaker is judged.
    asks_not_offers: re2._Regexp | None = None
    #: Their situation said back (`ClauseCues.said_back`); not a one-pass cue: only searched when a fact of ours is heard.
    said_back: re2._Regexp | None = None
    #: Their fact acknowledged after it, to the sentence's end (`ClauseCues.noted_back`); searched only with `said_back`.
    noted_back: re2._Regexp | None = None
    #: More openers that say their situation back (`ClauseCues.heard_back`); searched only with `noted_back`.
    heard_back: re2._Regexp | None = None
    #: Their money lost or paid now (`ClauseCues.their_loss`); searched only with `said_back`.
    their_loss: re2._Regexp | None = None
    #: The rep declining their own move in a clause, and the same opening it (`ClauseCues.refusal`, `.refusal_opens`,
    #: the latter matched from the clause's start); not one-pass cues: only searched where a give was negated.
    refusal: re2._Regexp | None = None
    refusal_opens: re2._Regexp | None = None
    #: Whose thing a move names (`ClauseCues.owner_you` and the rest), each matched against one whole word; not
    #: one-pass cues: only read for a rule with `not_owned_by`.
    owner_you: re2._Regexp | None = None
    owner_them: re2._Regexp | None = None
    owner_not: re2._Regexp | None = None
    owner_stop: re2._Regexp | None = None
    owner_party: re2._Regexp | None = None
    owner_is: re2._Regexp | None = None
    #: A negation cue's opening words (lower case) that only defer a give, or only soften an ask (`Negation.deferrals`,
    #: `.hedges`), and how many bytes from a cue's start the longest hedge reaches.
    deferrals: tuple[bytes, ...] = ()
    hedges: tuple[bytes, ...] = ()
    hedge_reach: int = 0
    #: A commitment of the prospect's side made the condition of what the rep concedes (class `on_their_commitment`);
    #: not a one-pass cue: only searched where a concession was deferred (`Reading.negated`, `conceding`).
    their_commitment: re2._Regexp | None = None


#: Where a clause opens inside a sentence: after a comma, colon or semicolon, or after "but" or "and". An introductory
#: clause (`ClauseCues.introduced`) counts only when it opens one.
CLAUSE_OPENS = r"(?:[,;:]\s*|\b(?:but|and)\s+)"
#: The clause cues, in the order they follow the rule patterns in the lexicon's one-pass set.
CUE_NAMES = ("breaks", "sentence_end", "question_opener", "request", "rep_subject", "prospect_subject",
             "ask_object", "negation", "trailing", "held_back")
#: Every cue name: what a reply may contain when the one-pass set could not say.
ALL_CUES = frozenset(CUE_NAMES)


class LexiconSource:
    """A lexicon's file as a validated `LexiconFile`, or the shipped file's text, validated the first time it is
    asked for: a default lexicon built from its analysis on disk (`prepared.py`) never reads its TOML unless a
    scenario extends it."""

    __slots__ = ("_data", "_text")

    def __init__(self, data: LexiconFile | None = None, text: str | None = None):
        self._data = data
        self._text = text

    def data(self) -> LexiconFile:
        if self._data is None:
            self._data = LexiconFile.model_validate(tomllib.loads(self._text or ""), context=SHIPPED)
            self._text = None
        return self._data


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[CompiledRule, ...]
    patterns: tuple[CompiledPattern, ...]
    #: Every pattern in one RE2 set, then each clause cue, then a pattern that matches any text:
    #: one pass over a reply says which patterns can match and which cues occur in it at all.
    #: A scenario's lexicon shares the default lexicon's set and adds a small one for its patch
    #: (see `Matcher`); the default lexicon has one, in its own order.
    matchers: tuple[Matcher, ...]
    clauses: Clauses
    shorthand: Mapping[str, str]
    shorthand_finder: re2._Regexp | None
    #: The shorthand words, as bytes, when each is ASCII word characters only (see `normalise`), else None.
    shorthand_words: frozenset[bytes] | None
    classes: Mapping[str, tuple[str, ...]]
    #: The file this lexicon was compiled from, validated when first asked for (`source`).
    origin: LexiconSource = field(repr=False, compare=False)
    #: The lexicon this one was extended from (the default), whose compiled patterns and set it shares.
    base: Lexicon | None = field(default=None, repr=False, compare=False)
    #: Whether the learned second opinion (dojo.coach.learned) joins the rules: on wherever the coach
    #: hears a reply (docs/coaching.md, section 7). `dataclasses.replace(lexicon, second_opinion=False)`
    #: or `dojo classify --no-second-opinion` hears with the rules alone, as the rules are measured.
    second_opinion: bool = field(default=True, compare=False)
    #: Rule id → the label prefixes that cancel it when heard anywhere in the reply (`yields_in_reply`).
    reply_yielding: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    #: Rule id → the label prefixes that cancel it when heard in the same sentence (`yields_in_sentence`).
    sentence_yielding: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    #: The ids of the rules marked `stands_asked_apart`: a question of its own beside another in its sentence yields
    #: (`yields_in_sentence`) only to a move heard in its own clause.
    stands_asked_apart: frozenset[str] = field(default=frozenset(), compare=False)
    #: The ids of the rules marked `small_talk`: a question following what they hear up, with no word of their work
    #: (the class `followed_up_work`), is not discovery.
    small_talk: frozenset[str] = field(default=frozenset(), compare=False)
    #: The ids of the rules marked `sure`: the second opinion never overrules what they hear.
    sure: frozenset[str] = field(default=frozenset(), compare=False)
    #: The ids of the rules marked `scored = false`: what they hear steers a scenario's persona, never the scores.
    unscored: frozenset[str] = field(default=frozenset(), compare=False)
    #: Shorthand word → (opening, followed_by), compiled: where the word is left as typed (`KeptAsTyped`).
    shorthand_kept: Mapping[str, tuple[re2._Regexp, re2._Regexp]] = field(default_factory=dict, repr=False,
                                                                          compare=False)
    #: The unanchored patterns searched only in a reply that holds one of their words (`Keyed`), none when empty.
    keyed: Keyed | None = field(default=None, repr=False, compare=False)

    @cached_property
    def regexes_by_text(self) -> dict[str, Regex]:
        """Every pattern and guard by its text, compiled or not yet: what a lexicon extending this one shares rather
        than reads again. Gathered once, however many scenarios' lexicons extend this one."""
        found: dict[str, Regex] = {}
        for pattern in self.patterns:
            for regex in (pattern.regex, pattern.not_before, pattern.not_after, pattern.unless):
                if regex is not None:
                    found[regex.pattern] = regex
        return found

    def class_regex(self, name: str) -> re2._Regexp | None:
        """The word class `name` searched for whole, outside any rule: its words as one alternation, the classes they
        name expanded, compiled the first time it is asked for and kept with this lexicon (a scenario's lexicon, with
        its own words added, keeps its own). None when the lexicon has no such class or it is empty. What the coach
        looks for where a learned label's kind must be named (`signals.EVIDENCE_NEEDED`)."""
        built = self._class_regexes
        if name not in built:
            words = self.classes.get(name, ())
            built[name] = _compile(expand("|".join(f"(?:{word})" for word in words), self.classes, name),
                                   f"classes.{name}") if words else None
        return built[name]

    @cached_property
    def _class_regexes(self) -> dict[str, re2._Regexp | None]:
        """Each word class `class_regex` has been asked for, compiled (or None)."""
        return {}

    @property
    def source(self) -> LexiconFile:
        """The lexicon file, validated: what `extended` builds a scenario's lexicon from."""
        return self.origin.data()

    def normalised(self, text: str) -> Normalised:
        """`text` rewritten for matching as this lexicon reads it: its shorthand, and where the shorthand stays as typed.
        The coach, the training script and the benchmarks all read a reply this way, so none hears other words."""
        return normalise(text, self.shorthand, self.shorthand_finder, self.shorthand_words, self.shorthand_kept)

    def extended(self, rules: Iterable[LexiconRule] = (), disable: Iterable[str] = (),
                 classes: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
        """A copy with rules added (same id replaces), ids disabled and words added to classes."""
        added = list(rules)
        dropped = set(disable) | {rule.id for rule in added}
        kept = [rule for rule in self.source.rules if rule.id not in dropped]
        merged = {name: list(words) for name, words in self.source.classes.items()}
        for name, words in (classes or {}).items():
            merged.setdefault(name, []).extend(words)
        data = self.source.model_copy(update={"rules": kept + added, "classes": merged})
        built = build_lexicon(data, "scenario lexicon", base=self.base or self)
        # The learned second opinion never saw a scenario's own words: it does not overrule its rules.
        own = {rule.id for rule in added}
        sure = built.sure | {rule.id for rule in built.rules if rule.id.partition(":")[0] in own}
        return replace(built, second_opinion=self.second_opinion, sure=frozenset(sure))

    def labels(self) -> list[str]:
        return sorted({rule.label for rule in self.rules})

    def scan(self, data: bytes) -> tuple[list[int] | range, frozenset[str], dict[int, list[int]] | None]:
        """The patterns that can match `data` (ascending), the clause cues it contains, and, for the
        patterns matched from word starts, the word starts (ascending) where a match begins.

        A cue that occurs nowhere in the reply cannot occur in any part of it, so the clause checks
        skip its search. The patterns that can only begin at a word start are matched anchored at
        each word start (see anchoring.py); the rest, and the cues, in small unanchored passes
        (`_floating_group`, each group cut by `_floating_parts`). When a set could not finish (RE2's set has no fallback when its DFA runs
        out of memory, and then reports nothing, not even the pattern that matches any text), or
        the reply is one the word starts cannot be trusted on, every pattern is a candidate and
        every cue may occur: slower, never wrong.
        """
        found: list[int] = []
        cues: list[str] = []
        starts: dict[int, list[int]] = {}
        for matcher in self.matchers:
            ids = matcher.ids
            sentinel = len(ids)
            match = matcher.set._set.Match
            if matcher.anchored:
                positions = self._word_starts(data)
                if positions is None:
                    return range(len(self.patterns)), ALL_CUES, None
                view = memoryview(data)
                answers = list(map(match, [view[position:] for position in positions]))
                nothing = [sentinel]
                for position, hits in zip(positions, answers, strict=True):
                    if hits == nothing:
                        continue
                    if sentinel not in hits:  # the match-anything sentinel is missing: incomplete
                        return range(len(self.patterns)), ALL_CUES, None
                    for hit in hits:
                        if hit != sentinel:
                            number = ids[hit]
                            if number >= 0:
                                starts.setdefault(number, []).append(position)
                continue
            hits = match(data)
            if sentinel not in hits:  # the match-anything sentinel is missing: incomplete
                return range(len(self.patterns)), ALL_CUES, None
            for hit in hits:
                if hit != sentinel:
                    number = ids[hit]
                    if number >= 0:
                        found.append(number)
                    elif number != UNUSED:
                        cues.append(CUE_NAMES[-1 - number])
        if self.keyed is not None:
            found += self.keyed.candidates(data)
        if starts:
            found.extend(starts)
        found.sort()
        return found, _cue_set(frozenset(cues)), starts

    def scan_many(self, texts: Sequence[bytes]) -> list[tuple[list[int] | range, frozenset[str],
                                                                dict[int, list[int]] | None]]:
        """`scan` for each of `texts`, with the same answers, cheaper per text.

        Each set runs over every text's word starts (or every text) before the next set runs, and in
        sorted order rather than the replies' order: word starts that open with the same words
        walk the same matching states one after the other, while those states are still in the
        processor's cache. The order changes what each call costs, never what it answers."""
        count = len(texts)
        failed = [False] * count
        found: list[list[int]] = [[] for _ in texts]
        cues: list[list[str]] = [[] for _ in texts]
        starts: list[dict[int, list[int]]] = [{} for _ in texts]
        for matcher in self.matchers:
            ids = matcher.ids
            sentinel = len(ids)
            match = matcher.set._set.Match
            if matcher.anchored:
                where: list[tuple[int, list[int]]] = []
                keys: list[bytes] = []
                views: list[memoryview] = []
                for number, data in enumerate(texts):
                    if failed[number]:
                        continue
                    positions = self._word_starts(data)
                    if positions is None:
                        failed[number] = True
                        continue
                    where.append((number, positions))
                    view = memoryview(data)
                    views += [view[position:] for position in positions]
                    keys += [data[position:position + _SORT_PREFIX] for position in positions]
                answers: list[list[int]] = [[]] * len(views)
                for index in sorted(range(len(views)), key=keys.__getitem__):
                    answers[index] = match(views[index])
                nothing = [sentinel]
                at = 0
                for number, positions in where:
                    mine = starts[number]
                    for position, hits in zip(positions, answers[at:at + len(positions)], strict=True):
                        if hits == nothing:
                            continue
                        if sentinel not in hits:
                            failed[number] = True
                            break
                        for hit in hits:
                            if hit != sentinel:
                                pattern = ids[hit]
                                if pattern >= 0:
                                    mine.setdefault(pattern, []).append(position)
                    at += len(positions)
                continue
            order = sorted((number for number in range(count) if not failed[number]), key=texts.__getitem__)
            for number in order:
                hits = match(texts[number])
                if sentinel not in hits:
                    failed[number] = True
                    continue
                for hit in hits:
                    if hit != sentinel:
                        pattern = ids[hit]
                        if pattern >= 0:
                            found[number].append(pattern)
                        elif pattern != UNUSED:
                            cues[number].append(CUE_NAMES[-1 - pattern])
        answered: list[tuple[list[int] | range, frozenset[str], dict[int, list[int]] | None]] = []
        for number in range(count):
            if failed[number]:
                answered.append((range(len(self.patterns)), ALL_CUES, None))
                continue
            hits, mine = found[number], starts[number]
            if self.keyed is not None:
                hits += self.keyed.candidates(texts[number])
            if mine:
                hits.extend(mine)
            hits.sort()
            answered.append((hits, _cue_set(frozenset(cues[number])), mine))
        return answered

    @staticmethod
    def _word_starts(data: bytes) -> list[int] | None:
        """Where each word of `data` starts, or None when word starts cannot be trusted: a stretch
        too long for linear time (anchoring.py), or a character that matches an ASCII letter when
        case is ignored (the Kelvin sign is "k", the long s is "s") where RE2's word boundary,
        which is ASCII-only, does not see a word."""
        if not data.isascii() and (b"\xe2\x84\xaa" in data or b"\xc5\xbf" in data):
            return None
        if not runs_are_short(data):
            return None
        return [word.start() for word in _WORD_RUN.finditer(data)]


#: How many bytes from each word start `scan_many` sorts by.
_SORT_PREFIX = 24

#: A run of ASCII word characters: a word, as RE2's word boundary sees words.
_WORD_RUN = re.compile(rb"[0-9A-Za-z_]+")


#: In `Matcher.ids`: a set entry this lexicon does not use (a rule the scenario replaced or disabled).
UNUSED = -1000
#: In `_matchers`, where a base pattern is kept: among base's keyed patterns (`Keyed`), not in a set.
KEYED = -1


@dataclass(frozen=True)
class Matcher:
    """An RE2 set over some patterns and cues, and what each of its entries is in a lexicon."""

    set: re2.Set
    #: For each entry but the last (which matches any text): a pattern index, -1 - the cue's
    #: position in CUE_NAMES, or UNUSED.
    ids: tuple[int, ...]
    #: Matched anchored at each word start that can open one of its patterns, not once over the text.
    anchored: bool = False


@dataclass(frozen=True)
class Keyed:
    """The unanchored patterns that name words a reply must hold for them to match (prefilter.py), kept out of the
    one-pass sets: each is a candidate, searched on its own, only in a reply that holds a word of each of its sets.

    On a reply RE2 has not seen, the sets built a state for each mix of these patterns' partial matches; one set of
    plain words has few mixes, and a pattern searched alone builds only its own states (`Lexicon.scan`)."""

    #: Every pattern's words, lower case, matched in the lower-cased reply, then the entry that matches any text.
    words: re2.Set
    #: For each entry of `words`: the patterns (this lexicon's numbers) whose first set of words holds it.
    patterns: tuple[tuple[int, ...], ...]
    #: A pattern's further sets of words, as entries of `words`: a word of each must be found too.
    further: Mapping[int, tuple[frozenset[int], ...]]
    #: Every keyed pattern: the candidates when the words cannot be trusted.
    every: tuple[int, ...]

    def candidates(self, data: bytes) -> list[int]:
        """The keyed patterns that may match `data`: those with a word of each of their sets in it. Every one when the
        reply holds a character RE2 reads as an ASCII letter, case ignored (the Kelvin sign, the long s), or when the
        word set could not finish (its match-anything entry missing): slower, never wrong."""
        if not data.isascii() and (b"\xe2\x84\xaa" in data or b"\xc5\xbf" in data):
            return list(self.every)
        hits = self.words._set.Match(data.lower())
        sentinel = len(self.patterns)
        if sentinel not in hits:
            return list(self.every)
        first: set[int] = set()
        for hit in hits:
            if hit != sentinel:
                first.update(self.patterns[hit])
        if not first:
            return []
        found = frozenset(hits)
        further = self.further
        return [number for number in first if all(words & found for words in further.get(number, ()))]


def _read_alone(label: str, regexes: list[Regex], numbers: list[int]) -> None:
    """Have RE2 read the patterns kept out of every set (`Keyed`), as a set would have read them, so that one it cannot
    read is a load error naming its rule now, not when a reply first needs it."""
    parser = re2.Set.SearchSet(_re2_options())
    for number in numbers:
        try:
            parser.Add(regexes[number].pattern)
        except re2.error:
            regexes[number].compiled()  # raises the LexiconError that names the pattern's place
            raise LexiconError(f"{label}: pattern {regexes[number].pattern!r} could not be read") from None


def _keyed(label: str, keys: Mapping[int, tuple[tuple[str, ...], ...]]) -> Keyed | None:
    """The `Keyed` of the patterns in `keys` (pattern number → its sets of words); None when there are none."""
    if not keys:
        return None
    entry: dict[str, int] = {}  # word → its entry in the set
    for sets in keys.values():
        for words in sets:
            for word in words:
                entry.setdefault(word, len(entry))
    by_word: list[list[int]] = [[] for _ in entry]
    for number, sets in keys.items():
        for word in sets[0]:
            by_word[entry[word]].append(number)
    options = _re2_options()
    options.literal = True
    options.case_sensitive = True  # the reply is lower-cased, as every word is
    options.max_mem = 64 << 20
    words = re2.Set.SearchSet(options)
    for word in entry:
        words.Add(word)
    words.Add("")
    try:
        words.Compile()
    except re2.error:
        raise LexiconError(f"{label}: the patterns' words are too many to look for in one pass") from None
    further = {number: tuple(frozenset(entry[word] for word in words) for words in sets[1:])
               for number, sets in keys.items() if len(sets) > 1}
    return Keyed(words, tuple(map(tuple, by_word)), further, tuple(sorted(keys)))


@lru_cache(maxsize=1024)
def _cue_set(names: frozenset[str]) -> frozenset[str]:
    """One shared frozenset per answer (at most 2⁹ different ones)."""
    return names


def expand(pattern: str, classes: Mapping[str, tuple[str, ...]], where: str) -> str:
    """`{class}` becomes the class's words as one alternation; `_3_` a gap of up to three words. A class
    word may name another class ("any other _2_{peers}"), as long as no class ends up naming itself."""
    def one_class(found, inside: tuple[str, ...] = ()) -> str:
        name = found.group(1)
        if name not in classes:
            raise LexiconError(f"{where}: unknown word class {{{name}}}")
        if name in inside:
            raise LexiconError(f"{where}: word class {{{name}}} names itself through {{{inside[-1]}}}")
        words = sorted(classes[name], key=lambda word: (-len(word), word))
        words = [CLASS_REF.sub(lambda nested: one_class(nested, (*inside, name)), word) if "{" in word else word
                 for word in words]
        return r"\b(?:" + "|".join(words) + r")\b"
    with_classes = CLASS_REF.sub(one_class, pattern)
    return WORD_GAP.sub(lambda found: r"(?:[^\s.?!;]+ ){0," + found.group(1) + "}", with_classes)


def _pattern_options() -> re2.Options:
    options = _re2_options()
    options.max_mem = 64 << 20  # room for each big alternation's DFA, so RE2 need not fall back to its NFA
    return options


def _compile(pattern: str, where: str) -> re2._Regexp:
    try:
        return re2.compile(pattern, _pattern_options())
    except re2.error:
        try:
            check_pattern(pattern)
        except ValueError as err:
            raise LexiconError(f"{where}: {err}") from None
        raise LexiconError(f"{where}: pattern {pattern!r} is too large for the matching engine") from None


def build_lexicon(data: LexiconFile, label: str, base: Lexicon | None = None) -> Lexicon:
    """Compile `data`. With `base` (the lexicon `data` extends), every pattern, cue and class word
    `base` already has is taken from it rather than compiled again, and `base`'s one-pass set is
    shared: only what the extension adds or changes goes into a second, small set."""
    return _realise(_analyse(data, label, base), label, base, LexiconSource(data))


class PatternPlan(NamedTuple):
    """One rule pattern as `_analyse` works it out: its texts with classes expanded, and how it is matched."""

    #: The rule's place in `Plan.rules` (a rule with kinds has one entry per kind).
    rule: int
    #: Where it is in the file ("rules.give.deck.patterns[2]"), for a load error.
    where: str
    expanded: str
    #: Its guards, anchored at the match's edge (`not_before`, `not_after`) or not (`unless`).
    not_before: str | None
    not_after: str | None
    unless: str | None
    literal: bytes | None
    judged: bool
    #: Only for a lexicon of its own (no base): whether it is matched from word starts (anchoring.py), and if not,
    #: which unanchored set it joins (`_floating_group`).
    at_words: bool | None
    group: int | None
    #: Only for a lexicon of its own, and a pattern in an unanchored set: the words one of which a reply must hold for
    #: it to match (prefilter.py), or None. A pattern with words is searched on its own, not in a set (`Keyed`).
    key: tuple[tuple[str, ...], ...] | None = None


@dataclass(frozen=True)
class Plan:
    """What `_analyse` works out from a lexicon file: everything but the RE2 objects. `_realise` turns it into a
    `Lexicon`; the default lexicon's is kept on disk between runs (`prepared.py`), since working it out costs more than
    compiling what it describes. On disk it is plain data that marshal stores (`plain`, `from_plain`)."""

    rules: tuple[CompiledRule, ...]
    #: The ids of the rules marked `scored = false`.
    unscored: tuple[str, ...]
    patterns: tuple[PatternPlan, ...]
    #: Each clause cue (a field of `Clauses`) → its expanded text and where it is in the file, or None when left out.
    clauses: dict[str, tuple[str, str] | None]
    window: int
    trailing_window: int
    deferrals: tuple[bytes, ...]
    hedges: tuple[bytes, ...]
    classes: dict[str, tuple[str, ...]]
    shorthand: dict[str, str]
    #: Shorthand word → (opening, followed_by): where it is left as typed.
    shorthand_kept: dict[str, tuple[str, str]]

    def plain(self) -> dict[str, Any]:
        """This plan as strings, numbers, tuples and dicts, each rule and pattern a tuple of its fields in order."""
        rule_fields = [item.name for item in fields(CompiledRule)]
        out = {item.name: getattr(self, item.name) for item in fields(Plan)}
        out["rules"] = tuple(tuple(getattr(rule, name) for name in rule_fields) for rule in self.rules)
        out["patterns"] = tuple(tuple(pattern) for pattern in self.patterns)
        return out

    @classmethod
    def from_plain(cls, data: Any) -> Plan:
        """The plan `plain` wrote; an error of any kind when `data` is not one (then it is worked out again)."""
        values = dict(data)
        values["rules"] = tuple(CompiledRule(*rule) for rule in values["rules"])
        values["patterns"] = tuple(PatternPlan(*pattern) for pattern in values["patterns"])
        return cls(**values)


def _analyse(data: LexiconFile, label: str, base: Lexicon | None) -> Plan:
    """The lexicon `data` describes, worked out in Python and checked: classes expanded into every pattern, guards
    anchored, which patterns are matched from word starts and which unanchored set each of the others joins. Every
    text RE2 is not otherwise handed whole is read by it here (class words, guards), so a bad one is a load error now;
    rule patterns and cues are read when `_realise` compiles them."""
    ids = [rule.id for rule in data.rules]
    duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if duplicates:
        raise LexiconError(f"{label}: duplicate rule id {duplicates[0]!r}")
    classes = {name: tuple(words) for name, words in data.classes.items()}
    for name, words in classes.items():
        checked = set(base.classes.get(name, ())) if base is not None else set()
        unchecked = [word for word in words if word not in checked]
        if _all_parse(unchecked):
            continue
        for word in unchecked:  # compiled one by one only to say which word is wrong, and how
            try:
                check_pattern(word, f"word {word!r} of class")
            except ValueError as err:
                raise LexiconError(f"{label}: classes.{name}: {err}") from None
    read_before = base.regexes_by_text if base is not None else {}

    def probed(pattern: str, where: str) -> str:
        """`pattern` (a guard), read by RE2 now unless `base` has it, so a guard RE2 cannot read is a load error."""
        if pattern not in read_before:
            try:
                re2.Set.SearchSet(_re2_options()).Add(pattern)
            except re2.error:
                _compile(pattern, where)  # raises the LexiconError that says what is wrong
        return pattern

    def guard(pattern: str | None, where: str, at_end: bool | None) -> str | None:
        """A guard's regex: `{class}` expanded as in a pattern, so a list of words two rules guard
        against lives in one class; anchored at the match's edge (`at_end`), or not (`unless`)."""
        if pattern is None:
            return None
        # A guard names word classes as a pattern does: "not after {personal}" stays true as the class grows.
        pattern = expand(pattern, classes, f"{label}: {where}")
        return probed(pattern if at_end is None else f"(?:{pattern})$" if at_end else f"^(?:{pattern})",
                      f"{label}: {where}")

    def cue(pattern: str, where: str) -> tuple[str, str]:
        return expand(pattern, classes, f"{label}: {where}"), where

    cues = data.clause
    negation = data.negation
    clauses = {
        "breaks": cue(cues.breaks, "clause.breaks"),
        "sentence_end": cue(cues.sentence_end, "clause.sentence_end"),
        "question_opener": cue(cues.question_opener, "clause.question_opener"),
        "request": cue(cues.request, "clause.request"),
        "rep_subject": cue(cues.rep_subject, "clause.rep_subject"),
        "prospect_subject": cue(cues.prospect_subject, "clause.prospect_subject"),
        "ask_object": cue(cues.ask_object, "clause.ask_object"),
        "negation": cue("|".join(f"(?:{cue})" for cue in negation.cues), "negation.cues"),
        "trailing": cue("|".join(f"(?:{cue})" for cue in negation.trailing), "negation.trailing")
        if negation.trailing else None,
        "held_back": cue("|".join(f"(?:{cue})" for cue in negation.held_back), "negation.held_back")
        if negation.held_back else None,
        "deferred_after": cue("^[\\s.!?;]{0,6}(?:" + "|".join(f"(?:{cue})" for cue in negation.deferred_after) + ")",
                              "negation.deferred_after") if negation.deferred_after else None,
        "dated_promise": cue("|".join(f"(?:{cue})" for cue in negation.dated_promise), "negation.dated_promise")
        if negation.dated_promise else None,
        "wished": cue("|".join(f"(?:{cue})" for cue in negation.wished), "negation.wished")
        if negation.wished and negation.withdrawn_after else None,
        "withdrawn_after": cue("^\\s*(?:" + "|".join(f"(?:{cue})" for cue in negation.withdrawn_after) + ")",
                               "negation.withdrawn_after") if negation.wished and negation.withdrawn_after else None,
        "fronted": cue(f"^(?:{cues.fronted})$", "clause.fronted") if cues.fronted else None,
        "introduced": cue(f"{CLAUSE_OPENS}(?:{cues.introduced})$", "clause.introduced") if cues.introduced else None,
        "introduced_opening": cue(cues.introduced, "clause.introduced") if cues.introduced else None,
        "discourse_so": cue(cues.discourse_so, "clause.discourse_so") if cues.discourse_so else None,
        "joined_question": cue(cues.joined_question, "clause.joined_question") if cues.joined_question else None,
        "third_party": cue(cues.third_party, "clause.third_party") if cues.third_party else None,
        "third_party_after": cue(cues.third_party_after, "clause.third_party_after")
        if cues.third_party_after else None,
        "asks_not_offers": cue(f"^(?:{cues.asks_not_offers})$", "clause.asks_not_offers")
        if cues.asks_not_offers else None,
        "said_back": cue(cues.said_back, "clause.said_back") if cues.said_back else None,
        "noted_back": cue(f"(?:{cues.noted_back})\\W*$", "clause.noted_back") if cues.noted_back else None,
        "heard_back": cue(cues.heard_back, "clause.heard_back") if cues.heard_back else None,
        "their_loss": cue(cues.their_loss, "clause.their_loss") if cues.their_loss else None,
        "refusal": cue(cues.refusal, "clause.refusal") if cues.refusal else None,
        "refusal_opens": cue(cues.refusal_opens, "clause.refusal_opens") if cues.refusal_opens else None,
        "their_commitment": cue("|".join(f"(?:{word})" for word in classes["on_their_commitment"]),
                                "classes.on_their_commitment") if classes.get("on_their_commitment") else None,
        **{name: cue(f"^(?:{getattr(cues, name)})$", f"clause.{name}") if getattr(cues, name) else None
           for name in OWNER_CUES},
    }
    rules: list[CompiledRule] = []
    patterns: list[PatternPlan] = []
    stand_ins = _stand_ins(classes) if base is None else {}
    for rule in data.rules:
        for kind in rule.kinds or (None,):
            rule_id = rule.id if kind is None else f"{rule.id}:{kind}"
            rule_label = _for_kind(rule.label, kind)
            negatable = rule.is_negatable
            rules.append(CompiledRule(rule_id, rule_label, negatable, tuple(rule.needs),
                                      tuple(p if isinstance(p, str) else p.re for p in rule.patterns),
                                      tuple(rule.yields_to), tuple(rule.yields_in_reply),
                                      tuple(rule.yields_in_sentence), rule.sure and kind not in rule.unsure_kinds,
                                      rule.guards_rule_out, rule.rules_out,
                                      tuple(rule.keeps_model_from), tuple(rule.not_owned_by),
                                      rule.stands_asked_apart, rule.small_talk))
            for index, pattern in enumerate(rule.patterns):
                spec = pattern if isinstance(pattern, GuardedPattern) else GuardedPattern.model_construct(
                    re=pattern, not_before=None, not_after=None, unless=None)
                source = _for_kind(spec.re, kind)
                where = f"rules.{rule.id}.patterns[{index}]"
                expanded = expand(source, classes, f"{label}: {where}")
                at_words = group = key = None  # only without `base`: matched from word starts (anchoring.py), else
                if base is None:  # which set, or the words that spare the search (prefilter.py)
                    at_words = starts_at_words(expand(source, stand_ins, f"{label}: {where}"))
                    group = None if at_words else _floating_group(expanded)
                    key = None if at_words or _literal(expanded) is not None else required_words(expanded)
                # A guard names the kind as its pattern does, so one kind's reading can be ruled out alone: the
                # occasion of a question already asked ("what will the board look at when they decide?") is no date.
                before, after, unless = (None if text is None else _for_kind(text, kind)
                                         for text in (spec.not_before, spec.not_after, spec.unless))
                patterns.append(PatternPlan(
                    len(rules) - 1, where, expanded,
                    guard(before, f"{where}.not_before", at_end=True),
                    guard(after, f"{where}.not_after", at_end=False),
                    guard(unless, f"{where}.unless", at_end=None),
                    _literal(expanded),
                    spec.not_before is not None or spec.not_after is not None or spec.unless is not None
                    or negatable or bool(rule.needs) or rule.rules_out or bool(rule.not_owned_by),
                    at_words, group, key))
    return Plan(
        rules=tuple(rules),
        unscored=tuple(rule.id for rule in data.rules if not rule.scored),
        patterns=tuple(patterns),
        clauses=clauses,
        window=negation.window,
        trailing_window=negation.trailing_window,
        deferrals=tuple(words.lower().encode() for words in negation.deferrals),
        hedges=tuple(words.lower().encode() for words in negation.hedges),
        classes=classes,
        shorthand={word.lower(): spelled for word, spelled in data.shorthand.items()},
        shorthand_kept={word.lower(): (kept.opening, kept.followed_by) for word, kept in data.shorthand_kept.items()},
    )


def _realise(plan: Plan, label: str, base: Lexicon | None, source: LexiconSource) -> Lexicon:
    """The lexicon `plan` describes (`_analyse`), compiled: its clause cues, its one-pass sets, its shorthand; each
    rule pattern and guard is compiled on its own when a reply first needs it (`Regex`). With `base`, whatever `base`
    already holds is shared rather than compiled again."""
    compiled_before = _compiled_regexes(base) if base is not None else {}
    read_before = base.regexes_by_text if base is not None else {}

    def compiled(pattern: str, where: str) -> re2._Regexp:
        found = compiled_before.get(pattern)
        return found if found is not None else _compile(pattern, f"{label}: {where}")

    def read(pattern: str | None, where: str) -> Regex | None:
        """`pattern`, compiled when first needed (RE2 has read it by now: a rule's pattern is added to a one-pass set,
        a guard was read by `_analyse`). In a scenario's lexicon, what its patch adds is compiled now, so a pattern too
        large for RE2 is a load error there too."""
        if pattern is None:
            return None
        found = read_before.get(pattern)
        if found is not None:
            return found
        regex = Regex(pattern, f"{label}: {where}")
        if base is not None:
            regex.compiled()
        return regex

    clauses = Clauses(**{name: compiled(*entry) if entry is not None else None for name, entry in plan.clauses.items()},
                      window=plan.window, trailing_window=plan.trailing_window, deferrals=plan.deferrals,
                      hedges=plan.hedges, hedge_reach=max(map(len, plan.hedges), default=0))
    compiled_rules = plan.rules
    patterns: list[CompiledPattern] = []
    at_words: list[bool | None] = []
    groups: list[int | None] = []
    keys: dict[int, tuple[tuple[str, ...], ...]] = {}
    for rule, where, expanded, not_before, not_after, unless, literal, judged, found_at_words, group, key \
            in plan.patterns:
        regex = read(expanded, where)
        assert regex is not None  # a rule's own pattern is always there; only its guards may be missing
        patterns.append(CompiledPattern(compiled_rules[rule], expanded, regex,
                                        read(not_before, f"{where}.not_before"), read(not_after, f"{where}.not_after"),
                                        read(unless, f"{where}.unless"), literal, judged))
        at_words.append(found_at_words)
        groups.append(group)
        if key is not None:
            keys[len(patterns) - 1] = key
    cue_sources = [cue.pattern if cue is not None else NOTHING for cue in (getattr(clauses, name) for name in CUE_NAMES)]
    matchers, keyed = _matchers(label, [pattern.regex for pattern in patterns], cue_sources, base, at_words, groups,
                                keys)
    shorthand = plan.shorthand
    finder = None
    if shorthand:
        escaped = sorted((re2.escape(word) for word in shorthand), key=lambda word: (-len(word), word))
        finder = re2.compile(r"\b(?:" + "|".join(escaped) + r")\b", _re2_options())
    plain_words = all(re.fullmatch(r"[0-9a-z_]+", word) for word in shorthand)
    return Lexicon(tuple(compiled_rules), tuple(patterns), matchers, clauses, shorthand, finder,
                   frozenset(word.encode() for word in shorthand) if plain_words else None, plan.classes, source,
                   base,
                   reply_yielding={rule.id: rule.yields_in_reply for rule in compiled_rules if rule.yields_in_reply},
                   sentence_yielding={rule.id: rule.yields_in_sentence for rule in compiled_rules
                                      if rule.yields_in_sentence},
                   stands_asked_apart=frozenset(rule.id for rule in compiled_rules if rule.stands_asked_apart),
                   small_talk=frozenset(rule.id for rule in compiled_rules if rule.small_talk),
                   sure=frozenset(rule.id for rule in compiled_rules if rule.sure),
                   unscored=frozenset(plan.unscored),
                   shorthand_kept={word: (re2.compile(f"(?:{opening})$", _re2_options()),
                                          re2.compile(followed_by, _re2_options()))
                                   for word, (opening, followed_by) in plan.shorthand_kept.items()},
                   keyed=keyed)


def _all_parse(words: list[str]) -> bool:
    """Whether RE2 reads every word (each parsed on its own, as `check_pattern` reads it, without
    compiling: a class's words are compiled inside the patterns that name them)."""
    parser = re2.Set.SearchSet(_re2_options())
    try:
        for word in words:
            parser.Add(WORD_GAP.sub("(?:x )*", CLASS_REF.sub("(?:x)", word)))
    except re2.error:
        return False
    return True


#: What a cue the lexicon leaves out (no trailing negation) is in the set: nothing matches it.
NOTHING = r"\b\B"


def _compiled_regexes(lexicon: Lexicon) -> dict[str, re2._Regexp]:
    """Every clause cue of `lexicon` by its pattern text."""
    found: dict[str, re2._Regexp] = {}
    for name in CUE_NAMES:
        cue = getattr(lexicon.clauses, name)
        if cue is not None:
            found[cue.pattern] = cue
    return found


def _stand_ins(classes: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """For each word class, one word that reads the same to `starts_at_words` wherever the class
    sits in a pattern: "x" when every word of the class begins with a word character and reads
    bounded runs only, else ".*", which makes no pattern start at words. Reading each class once,
    rather than its words again in every pattern that names it, keeps compiling fast."""
    return {name: ("x",) if class_starts_at_words(words) else (".*",) for name, words in classes.items()}


def _matchers(label: str, regexes: list[Regex], cue_sources: list[str], base: Lexicon | None,
              at_words: list[bool | None], groups: list[int | None], keys: Mapping[int, tuple[tuple[str, ...], ...]],
              ) -> tuple[tuple[Matcher, ...], Keyed | None]:
    """The sets that find which patterns can match a reply and which cues it holds, and the patterns searched only in
    a reply that holds one of their words.

    Without `base`: the patterns that can only begin at a word start in an anchored set (see
    anchoring.py); every other pattern with words in `keys` kept out of the sets (`Keyed`); the rest, then every cue,
    in unanchored sets (`_floating_group`, each group cut by `_floating_parts`). Extending `base`: base's sets and its
    keyed patterns (each entry mapped to this lexicon's pattern or cue with the same text, if any) and an unanchored
    set of the rest."""
    cue_ids = [-1 - position for position in range(len(cue_sources))]
    sources = [regex.pattern for regex in regexes]
    if base is None:
        anchored: list[int] = []
        floating: dict[int, list[int]] = {}  # by _floating_group
        for number, found_at_words in enumerate(at_words):
            if found_at_words:
                anchored.append(number)
            elif number not in keys:
                group = groups[number]
                assert group is not None  # every pattern not found from word starts has its group (_analyse)
                floating.setdefault(group, []).append(number)  # _floating_group
        rest = floating.pop(2, [])
        texts = {**{number: sources[number] for number in range(len(sources))},
                 **{number: source for number, source in zip(cue_ids, cue_sources, strict=True)}}
        matchers = [_matcher(label, regexes, [texts[number] for number in part], part)
                    for _, group in sorted(floating.items()) for part in _floating_parts(group, texts)]
        matchers += [_matcher(label, regexes, [texts[number] for number in part], part)
                     for part in _floating_parts(rest + cue_ids, texts)]
        matchers[:0] = [_matcher(label, regexes, [sources[number] for number in part], part, anchored=True)
                        for part in _anchored_parts(anchored, sources)]
        _read_alone(label, regexes, sorted(keys))
        return tuple(matchers), _keyed(label, keys)
    unclaimed: dict[str, list[tuple[int, int]]] = {}  # pattern text → (matcher, entry) in base's sets
    for place, shared in enumerate(base.matchers):
        for entry, number in enumerate(shared.ids):
            if number >= 0:
                unclaimed.setdefault(base.patterns[number].source, []).append((place, entry))
    base_keyed = base.keyed
    if base_keyed is not None:  # a keyed pattern of base: (KEYED, its number in base)
        for number in base_keyed.every:
            unclaimed.setdefault(base.patterns[number].source, []).append((KEYED, number))
    mapped = [[UNUSED] * len(shared.ids) for shared in base.matchers]
    keyed_as: dict[int, int] = {}  # a keyed pattern's number in base → its number here
    extra_sources: list[str] = []
    extra_ids: list[int] = []
    for number, source in enumerate(sources):
        entries = unclaimed.get(source)
        if entries:
            place, entry = entries.pop(0)
            if place == KEYED:
                keyed_as[entry] = number
            else:
                mapped[place][entry] = number
        else:
            extra_sources.append(source)
            extra_ids.append(number)
    base_cues = [getattr(base.clauses, name) for name in CUE_NAMES]
    for position, source in enumerate(cue_sources):
        before = base_cues[position]
        place = next(place for place, shared in enumerate(base.matchers) if -1 - position in shared.ids)
        entry = base.matchers[place].ids.index(-1 - position)
        if (before.pattern if before is not None else NOTHING) == source:
            mapped[place][entry] = -1 - position
        else:
            extra_sources.append(source)
            extra_ids.append(-1 - position)
    matchers = [Matcher(shared.set, tuple(ids), shared.anchored) for shared, ids in zip(base.matchers, mapped, strict=True)]
    if extra_sources:
        matchers.append(_matcher(label, regexes, extra_sources, extra_ids))
    keyed = None
    if base_keyed is not None and keyed_as:  # base's word set, each word's patterns renumbered (or dropped) for this one
        keyed = Keyed(base_keyed.words,
                      tuple(tuple(keyed_as[number] for number in numbers if number in keyed_as)
                            for numbers in base_keyed.patterns),
                      {keyed_as[number]: sets for number, sets in base_keyed.further.items() if number in keyed_as},
                      tuple(sorted(keyed_as.values())))
    return tuple(matchers), keyed


#: Into how many RE2 sets the patterns matched from word starts are compiled (`split_anchored_set`).
_anchored_sets = 1


def split_anchored_set(parts: int) -> None:
    """Compile the patterns matched from word starts into `parts` RE2 sets in the lexicons built from
    now on (the default lexicon is built once, on first use, and kept).

    One set is the fastest to hear a reply with: one RE2 call a word start. But while RE2 compiles it,
    it holds working copies of the whole set (its parse trees, its program as built and as
    flattened), ≈ 100 MB above what it keeps, for a moment (peak RSS of a bare process building the
    default lexicon: 160 MB in one set, 123 in two, 107 in three, compiled one after the other). Each
    extra set is one more call a word start: ≈ 15–30 µs more for a typical reply heard before, nothing
    measurable for one RE2 has not seen. So a process that holds a screen's worth of Textual beside
    the lexicon (the app) splits it, and batch tools do not. How the patterns are split never changes
    what is heard: each pattern is in exactly one set, and a word start's matches are gathered from
    all of them."""
    global _anchored_sets
    _anchored_sets = max(1, parts)


def _anchored_parts(numbers: list[int], sources: list[str]) -> list[list[int]]:
    """`numbers` in `_anchored_sets` runs, by pattern text: patterns that open alike share one set's
    matching states."""
    ordered = sorted(numbers, key=sources.__getitem__)
    count = min(_anchored_sets, len(ordered))
    return _even_runs(ordered, count)


def _even_runs(ordered: list[int], count: int) -> list[list[int]]:
    """`ordered` cut into `count` consecutive runs whose sizes differ by at most one."""
    return [ordered[len(ordered) * part // count:len(ordered) * (part + 1) // count] for part in range(count)]


#: At most how many entries each unanchored set holds (`_floating_parts`).
_FLOATING_SET_SIZE = 26


def _floating_parts(numbers: list[int], texts: Mapping[int, str]) -> list[list[int]]:
    """An unanchored group's entries (pattern numbers and cue ids) in runs of at most `_FLOATING_SET_SIZE`, by text.

    On a reply RE2 has not seen, an unanchored set builds a matching state for each mix of its patterns' partial
    matches the reply walks through, and the mixes multiply with the patterns: the 101 patterns that open on a word
    boundary cost ≈ 1,330 µs a new reply in one set, ≈ 270 µs each in a set of its own (added up), and ≈ 470–610 µs
    in four to eight sets of neighbours by text (patterns that open alike move together, so their mixes are few),
    for ≈ 1.5–3 µs more a reply RE2 has seen (one call a set). Which set a pattern is in never changes what is
    heard: each is in exactly one, and every set's answer is gathered."""
    ordered = sorted(numbers, key=texts.__getitem__)
    count = max(1, -(-len(ordered) // _FLOATING_SET_SIZE))
    return _even_runs(ordered, count)


def _floating_group(source: str) -> int:
    """Which unanchored set a pattern not matched from word starts joins: 0 for one that opens at a
    word boundary, 1 for one that opens at the start or after a clause's punctuation, 2 for the
    rest (with the clause cues), 3 for one that holds two or more long bounded gaps, whatever it
    opens with. In one set, a new reply's matching states mixed every pattern's partial matches: on
    text RE2 had not seen it cost about twice the three sets together, while on text it has seen
    each extra set costs a call (~1.5–4 µs a reply).

    Two long gaps in one unanchored pattern (`{offer}|\\b(?:we|i)\\b|…` then `[^.?!]{0,40}?`, and
    a gap of 80 further on) give RE2 a state for every pair of places a match could have reached in
    each gap, started afresh at each opener it passes: on text it had not seen, one such pattern
    made the whole word-boundary set cost ≈ 2.5× as much (a new reply 105–125 µs for that set,
    39–46 µs without it; on the same replies seen before, 8–11 µs either way). Apart, it costs one
    call, and its states are its own."""
    if bounded_gaps(source) >= 2:
        return 3
    if source.startswith(("\\b", "(?:\\b")):
        return 0
    if source.startswith("(?:^|"):
        return 1
    return 2


def _matcher(label: str, regexes: list[Regex], sources: list[str], ids: list[int], anchored: bool = False) -> Matcher:
    """A set of `sources`, entry by entry pattern number or cue in `ids`; `regexes` are the
    lexicon's patterns by number, compiled on their own only to say what is wrong with one RE2
    cannot read (a load error naming the rule and the pattern's place)."""
    matcher = re2.Set.MatchSet(_set_options()) if anchored else re2.Set.SearchSet(_set_options())
    for source, number in zip(sources, ids, strict=True):
        try:
            matcher.Add(source)
        except re2.error:
            if number >= 0:
                regexes[number].compiled()  # raises the LexiconError that names the pattern's place
            what = f"clause cue {CUE_NAMES[-1 - number]}" if number < 0 else f"pattern {source!r}"
            raise LexiconError(f"{label}: {what} could not be added to the matcher") from None
    matcher.Add("")  # matches any text: its absence from a result means the pass did not finish
    try:
        matcher.Compile()
    except re2.error:
        raise LexiconError(f"{label}: the rules are too large to match in one pass") from None
    return Matcher(matcher, tuple(ids), anchored)


def _literal(pattern: str) -> bytes | None:
    r"""`\?` → b"?": an escaped punctuation mark (or a run of them), which case cannot change."""
    found = re.fullmatch(r"(?:\\[^\w\s])+", pattern)
    return pattern.replace("\\", "").encode() if found else None


def _for_kind(text: str, kind: str | None) -> str:
    """`text` (a label, a pattern or a guard) for one kind of a rule that hears several (`kinds`); as written when the
    rule hears one."""
    return text if kind is None else text.replace("{kind}", kind)


def _set_options() -> re2.Options:
    options = _re2_options()
    # Room for the set's DFA (built lazily); see Lexicon.scan when it is not enough. At 256 MB release 25's patterns no
    # longer fitted: a reply heard again cost 2.7 ms instead of 0.19 as the set gave up and every pattern was tried.
    options.max_mem = 512 << 20
    return options


def parse_lexicon(text: str, label: str, shipped: bool = False) -> Lexicon:
    """The lexicon in `text`; `shipped` for dojo's own file, whose patterns are not compiled twice (`vocab.SHIPPED`)."""
    return build_lexicon(_validated(text, label, shipped), label)


def _validated(text: str, label: str, shipped: bool) -> LexiconFile:
    try:
        return LexiconFile.model_validate(tomllib.loads(text), context=SHIPPED if shipped else None)
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{label}: invalid TOML: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"{label}: {where}: {first['msg']}") from None


#: How the default lexicon names itself in a load error.
DEFAULT_LABEL = "dojo/coach/lexicon.toml"


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, compiled once per process (`load_default_lexicon`)."""
    return load_default_lexicon()


def load_default_lexicon() -> Lexicon:
    """The shipped lexicon, compiled afresh. What `_analyse` works out from its file is kept on disk
    (`prepared.py`), so a process after the first only compiles it; a kept analysis that is stale, damaged or
    unusable is worked out again from the file."""
    from dojo import vocab
    from dojo.coach import anchoring, prefilter, prepared

    text = _shipped_text()
    key = prepared.key("lexicon", text, (__file__, anchoring.__file__, prefilter.__file__, prepared.__file__,
                                         vocab.__file__))
    kept = prepared.load("lexicon", key) if key is not None else None
    if kept is not None:
        try:
            return _realise(Plan.from_plain(kept), DEFAULT_LABEL, None, LexiconSource(text=text))
        except Exception:  # not a plan this code can use after all: worked out again from the file, as if missing
            pass
    data = _validated(text, DEFAULT_LABEL, shipped=True)
    plan = _analyse(data, DEFAULT_LABEL, None)
    lexicon = _realise(plan, DEFAULT_LABEL, None, LexiconSource(data))
    if key is not None:
        prepared.save("lexicon", key, plan.plain())  # only once RE2 has compiled it: a lexicon that fails is never kept
    return lexicon


def _shipped_text() -> str:
    return resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8")
