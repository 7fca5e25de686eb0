"""Signal detection: which gives, gets, pathway stages and chasing a reply contains.

One pass of the lexicon's RE2 set finds which patterns can match the
normalised reply, and which clause cues it contains; only those patterns run
again for their spans, and only those cues are searched for. Each match is then
judged by its clause (clauses.py): negation, question form and speaker are
worked out there, once, instead of inside every pattern.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import re2
from pydantic import BaseModel, ConfigDict

from dojo.coach.clauses import Reading
from dojo.coach.kinds import unheard_kinds
from dojo.coach.learned import Opinion, Reckoning, opinion, placed_features, reckon
from dojo.coach.lexicon import CompiledPattern, CompiledRule, Lexicon, default_lexicon
from dojo.coach.normalise import Normalised
from dojo.coach.quoting import has_meaning, meaningful
from dojo.coach.sentences import closing_marks, sentence_around, sentences, sentences_spanning
from dojo.coach.spoken import SCENE_ASKED, SCENE_PICTURED, SCENE_SET
from dojo.vocab import CATEGORIES, CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES, _re2_options

_UNANCHORED = re2._Anchor.UNANCHORED
_ANCHORED = re2._Anchor.ANCHOR_START
_NO_MATCH = (-1, -1)


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
    #: The rep invites a no ("it's fine if this isn't a fit"): never heard as chasing.
    permission: bool = False
    #: The rep walks away politely for now, door left open ("I'll leave it there; ring me when there's budget"):
    #: heard so personas can answer it, never scored as a get.
    walk_away: bool = False
    matches: list[Match]

    def has(self, label: str) -> bool:
        """`give` (any give), `give:demo`, `stage:trust`, `question`, …"""
        if label == "question":
            return self.question
        if label == "close_ask":
            return self.close_ask
        if label == "permission":
            return self.permission
        if label == "walk_away":
            return self.walk_away
        category, _, kind = label.partition(":")
        found = {"give": self.gives, "get": self.gets, "stage": self.stages, "chase": self.chase}.get(category, [])
        return bool(found) if not kind else kind in found

    def quote(self, *labels: str, telling: bool = False) -> str:
        """The words that triggered any of `labels` (prefix match), in reply order, overlaps merged. A quote is whole
        words: a span a pattern's bounded tail cut mid-word ("…I'll throw in a free onb") runs to the word's end, and
        the space a span took in at either end is left out. `telling`: a piece of fewer than three words, a cue that
        says nothing on its own ("Picture the", "March"), is quoted by its sentence."""
        text = self.text
        spans = [_whole_words(text, m.span) for m in self.matches if m.label in labels or _labelled(m.label, labels)]
        if telling:
            spans = [_sentence_of(text, span) if says_little(text[span[0]:span[1]]) else span for span in spans]
        if len(spans) < 2:
            return text[spans[0][0]:spans[0][1]].strip() if spans else ""
        spans.sort()
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return " … ".join(text[start:end].strip() for start, end in merged)


def says_little(quoted: str) -> bool:
    """Whether a quote is too short to say anything on its own ("Picture the", "March", "Sounds like"): fewer than
    three words. Such a cue is quoted by its sentence instead."""
    return len(quoted.split()) < 3


def _sentence_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding `span`'s start, without its closing marks, and never ending before `span` does."""
    start, stop = sentence_around(text, span[0])
    closing = closing_marks(text, span[0])
    end = closing[0] if closing and closing[0] >= span[1] else max(stop, span[1])
    return start, end


def _whole_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` widened to the whole words it starts and ends in."""
    start, end = span
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _labelled(label: str, wanted: tuple[str, ...]) -> bool:
    """`label` is one of `wanted`, or starts with one of them followed by ":" (`give` → `give:deck`)."""
    if label in wanted:
        return True
    colon = label.find(":")
    while colon != -1:
        if label[:colon] in wanted:
            return True
        colon = label.find(":", colon + 1)
    return False


_new = object.__new__
_set = object.__setattr__


def built_model(cls, values: dict):
    """A pydantic model from values already known to be valid: what `model_construct` does,
    without its per-field bookkeeping, which cost more than hearing the reply."""
    instance = _new(cls)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


@dataclass(frozen=True, slots=True)
class Candidate:
    """One pattern match and what the clause made of it (for `dojo classify --explain`)."""

    pattern: CompiledPattern
    start: int  # byte offsets in the normalised text
    end: int
    cancelled: str  # why it was not heard, or "" when it was


@dataclass(frozen=True, slots=True)
class LearnedCandidate:
    """One label the learned model would add, where it points and what became of it (for --explain)."""

    opinion: Opinion
    start: int  # byte offsets in the normalised text: the heaviest words in one clause
    end: int
    #: why it was not heard ("heard by a rule" when a rule already heard the label), or "" when it was
    cancelled: str
    #: the rules' label this opinion overruled (`_overruled`): the same label when it was dropped, another
    #: give kind when the model named the give's kind instead; "" when it overruled nothing
    overrules: str = ""


@dataclass(frozen=True)
class Hearing:
    normalised: Normalised
    reading: Reading
    #: Every match with its verdict, heard or cancelled; only kept when asked for (--explain).
    candidates: tuple[Candidate, ...]
    signals: Signals
    #: The learned model's opinions with their verdicts (see `_second_opinions`); kept with the candidates.
    learned: tuple[LearnedCandidate, ...] = ()


#: How far back a `not_before` guard reads: the 40 bytes before the match (six words or so), started at a whole word.
#: Guards name the words next to the move ("you " before "send", "their" before a price), and were weighed against
#: this reach: reading back to the start of the clause or the sentence instead cancels more moves that are right
#: than look-alikes it catches (a word like "your" or "budget" said earlier in a long clause is about something else).
GUARD_BEFORE = 40
#: How far on a `not_after` guard reads.
GUARD_AFTER = 60
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'")


def _guard_from(data: bytes, start: int) -> int:
    """Where a `not_before` guard starts reading: GUARD_BEFORE bytes back, moved on to the next word's start
    when that falls inside a word, so the cut end of a word ("…ur" of "your") is not read as a word."""
    begin = start - GUARD_BEFORE
    if begin <= 0:
        return 0
    while begin < start and data[begin - 1] in _WORD_BYTES:
        begin += 1
    return begin


#: Why a rules-out rule's match is not heard (`rules_out = true`): it is cancelled as a guard's match is, so the learned
#: second opinion hears no move of its category in the clause either. The words are those the always-true `unless` gave
#: before the setting existed, so a rules-out rule's verdicts read the same from one release to the next
#: (benchmarks/classify_digest.py); `--explain` shows it as "ruled out".
RULED_OUT_WHY = "guard: words inside"
#: Why a rule's thing named as someone else's is not heard (`not_owned_by`, `Reading.owner`): like a guard's, the
#: match is ruled out for the learned second opinion too, as the per-pattern guards it replaces did.
OWNER_WHY = "owner:"
OWNER_NAMES = {"you": "the prospect's own", "them": "someone else's"}
#: Why a when that only sets the scene for another question is not heard as a date asked (`Reading.sets_the_scene`).
SCENE_SET_WHY = "form: a when that sets the scene asks no date"
#: Why "what happens next?" after a scene from their side is not heard as the deal's next step (`asks_inside_a_scene`).
SCENE_ASKED_WHY = "form: what happens in a scene just set is discovery, not the next step"
#: Why a fact in a sentence that says the prospect's situation back to them is not heard as a give (`Reading.said_back`).
#: Why a learned Trust is not heard in a question about who or what on their side (`Reading.asks_who_or_what`).
ASKED_NOT_TOLD_WHY = "form: a question about their side tells them nothing to trust"
SAID_BACK_WHY = "speaker: their own situation said back, not ours to give"
#: …nor one inside a question about their situation (`Reading.asked_about`).
ASKED_ABOUT_WHY = "form: their situation asked about, not ours told"
#: Why a picture set up for that question is not heard as hope (`Reading.pictured_for_a_question`).
SCENE_PICTURED_WHY = "form: a scene pictured for a question about it paints no better future"


def _verdict(pattern: CompiledPattern, data: bytes, start: int, end: int, reading: Reading) -> str:
    if pattern.not_before is not None and pattern.not_before._regexp.Match(
            _UNANCHORED, data[(begin := _guard_from(data, start)):start], 0, start - begin)[0] != _NO_MATCH \
            and not ("ask" in pattern.rule.needs and reading.fronted(start)):
        # A question or request after a fronted clause ("Before I dive in, what's the report for?") opens its
        # sentence as surely as one with nothing before it: the words before the comma set it up.
        return "guard: words before"
    if pattern.not_after is not None and pattern.not_after._regexp.Match(
            _UNANCHORED, data[end:end + GUARD_AFTER], 0, min(GUARD_AFTER, len(data) - end))[0] != _NO_MATCH:
        return "guard: words after"
    if pattern.unless is not None and pattern.unless._regexp.Match(
            _UNANCHORED, data[start:end], 0, end - start)[0] != _NO_MATCH:
        return "guard: words inside"
    rule = pattern.rule
    if rule.rules_out:
        return RULED_OUT_WHY
    if rule.not_owned_by:
        owner, word = reading.owner(start)
        if owner in rule.not_owned_by:
            return f"{OWNER_WHY} {word!r} names the thing as {OWNER_NAMES[owner]}, not ours to give"
    if rule.label == SCENE_SET and reading.sets_the_scene(start):
        # "When the rooms sit empty, how would you even know?": the when sets the scene for another question.
        # Not a guard: the question after the comma may still ask for a get ("When your board meets, who presents?").
        return SCENE_SET_WHY
    if rule.label == SCENE_ASKED and reading.asks_inside_a_scene(start):
        # "when a cleaner doesn't show at the hospital site, what happens next?" asks about their day, not the deal's.
        return SCENE_ASKED_WHY
    if rule.label == SCENE_PICTURED and reading.pictured_for_a_question(start):
        # "Imagine the cheapest quote wins. What happens then?": the scene is set for them to fill in.
        return SCENE_PICTURED_WHY
    if rule.negatable and reading.negated(start, end, inside=bool(rule.needs), asking=rule.label.startswith("get:"),
                                          conceding=rule.label in CONCESSIONS):
        return "negation"
    for need in rule.needs:
        if need == "rep" and reading.prospect_speaks(start, end):
            return "speaker: prospect's errand or asking for it"
        if need == "ask" and not reading.asks(start):
            return "form: not a question or request"
        if need == "statement" and reading.opens_as_question(start):
            return "form: a question, not a statement"
        if need == "ours" and reading.third_partys(start, end):
            return "speaker: a third party's offer, not ours"
        if need == "told" and reading.said_back(start, end):
            return SAID_BACK_WHY
        if need == "told" and reading.asked_about(start):
            return ASKED_ABOUT_WHY
        if need == "reason" and reading.only_said_back(start, end):
            return SAID_BACK_WHY
        if need == "reason" and reading.asked_when(start):
            return ASKED_ABOUT_WHY
    return ""


#: Chasing kinds that read like the invitation itself when permission to say no is heard
#: ("no pressure at all, whatever suits"); `chasing` judges re-scored turns by the same list.
PERMISSION_LOOKALIKES = frozenset({"whatever_works", "pleading"})
#: The polite walk-away (`walk_away`) whose words may leave the door open on their signal: "ping me if you ever get budget".
WALK_AWAY_RULE = "flag.walk-away"
#: The rule that hears another customer's story told (a case study as a move, lexicon.toml), and the rules that
#: hear a document handed over: beside the story, that document is the story's write-up.
STORY_RULE = "give.customer-story"
#: A named customer's result told in a line: a case study told, like a story (session 39).
NAMED_RESULT_RULE = "give.named-customer-result"
STORY_RULES = (STORY_RULE, NAMED_RESULT_RULE)
RESULT_RULE = "stage.customer-result"
HANDED_OVER = ("give.offer:", "give.information", "give.handed", "give.delivered")
#: Gives that concede (money off, an extra): made the price of their commitment, they are offered in trade, not held
#: back (`Reading.negated`, `conceding`).
CONCESSIONS = frozenset({"give:discount", "give:favour"})
#: Chasing besides an extra: with any of it in the reply, an extra made the price of the order is still chasing.
OTHER_CHASING = frozenset(f"chase:{kind}" for kind in CHASE_KINDS if kind != "free_extra")
#: Words that name a price, so a price list handed over beside a story stays pricing ("their numbers" does not).
#: Gives whose document a report, summary, photos or film handed over beside them is (`_documents_another_give`).
DOCUMENTED_GIVES = frozenset({"give:case_study", "give:consulting", "give:demo", "give:trial", "give:deck"})
#: How sure the second opinion must be to name the give a report, photos or film handed over carries (`carried` in
#: `_second_opinions`): "I'll send you the report from Monday's visit" weighs 0.89 for a case study, "the report from
#: the council in Leeds" 0.93, and both are information.
CARRIED_SURE = 0.95
#: A document that only says what it is made of (words, pictures, film), not what it is about...
GENERIC_DOCUMENT = re2.compile(r"(?i)\b(?:reports?|summar(?:y|ies)|one[- ]?pagers?|photos?|pictures?|pics|images?|videos?|"
                               r"recordings?|footage|clips?|drawings?|sketch(?:es)?|mark-?ups?|layouts?|timetables?|"
                               r"articles?|stats|statistics|charts?|menus?|write-?ups?|results)\b")
#: ...unlike one that is about the product itself, which stays information beside any other give.
PRODUCT_DOCUMENT = re2.compile(r"(?i)\b(?:specs?|specifications?|sheets?|certificates?|certs?|manuals?|datasheets?|data|"
                               r"technical|tech|test|lab|faqs?|sds|msds|coa|warranty|instructions|guides?)\b")
#: The verb of an invitation to tell the rep bad news: the news told follows it ("fine to let me know the price is too high").
TELLING = re2.compile(r"(?i)\b(?:tell me|tell us|say|let me know|let us know)\b")
#: A learned label whose kind is made of something the reply must name → the word class (in the lexicon) its judged
#: clause must hold one of: the model weighs a reply's moves, not its things, so "give you two packages of food if I can
#: have two firewoods" weighs like a concession traded, though no price comes down.
EVIDENCE_NEEDED = {"give:discount": "money_said"}
#: The give kind that gives way when another kind names the same words (kinds.py): the fallback kind.
FALLBACK_GIVE = "give:information"
#: Why a learned information is not heard on words a give heard by a rule (or by the model, of another kind) already
#: names: "The hoists are from 1,150 a pair" tells one fact, its price, though the comma in "1,150" opens a clause.
SAME_WORDS_WHY = "kind: another give names these words; information, the fallback kind, gives way"
#: Why a learned label without the evidence its kind needs is not heard.
NO_EVIDENCE_WHY = "evidence: nothing in the sentences of its words names what this kind is made of"
NAMES_A_PRICE = re2.compile(r"(?i)pric|quot|\brates?\b|cost|tariff|\bfees?\b|[$£€]\s?\d")
#: (label, kind) per vocabulary kind, in the order `Signals` lists them.
_GIVE_LABELS = tuple((f"give:{kind}", kind) for kind in GIVE_KINDS)
_GET_LABELS = tuple((f"get:{kind}", kind) for kind in GET_KINDS)
_STAGE_LABELS = tuple((f"stage:{kind}", kind) for kind in STAGES)
_CHASE_LABELS = tuple((f"chase:{kind}", kind) for kind in CHASE_KINDS)
#: label → (which of gives, gets, stages, chase; its place in that list's order; kind).
_RANK = {label: (category, place, kind)
         for category, table in enumerate((_GIVE_LABELS, _GET_LABELS, _STAGE_LABELS, _CHASE_LABELS))
         for place, (label, kind) in enumerate(table)}


def hear(text: str, lexicon: Lexicon | None = None, keep_cancelled: bool = False) -> Hearing:
    learned: list[LearnedCandidate] = []
    read, (reading, candidates, signals) = _hear_one(text, lexicon or default_lexicon(), keep_cancelled, learned)
    return Hearing(read.normalised, reading, candidates, signals, tuple(learned))


def _hear_one(text: str, lexicon: Lexicon, keep_cancelled: bool, learned: list[LearnedCandidate] | None = None,
              ) -> tuple[_Read, tuple[Reading, tuple[Candidate, ...], Signals]]:
    """Read one reply and judge its matches: what `hear` and `classify` share."""
    read = _read(text, lexicon)
    patterns = lexicon.patterns
    found = {index: _read_spans(patterns[index], index, read) for index in read.hits
             if patterns[index].literal is None}
    return read, _judge(read, lexicon, found, keep_cancelled, learned)


def classify_many(texts: list[str], lexicon: Lexicon | None = None) -> list[Signals]:
    """`classify` for each text, with the same results. Each candidate pattern runs over every
    reply that needs it before the next pattern runs: a pattern's matching state is then still in
    the processor's cache for the next reply, which makes a batch much cheaper than one at a time.

    What is heard depends on the text alone, so a text said more than once in the batch ("ok",
    "thanks", a line pasted twice) is heard once and its signals (frozen) given to each copy."""
    lexicon = lexicon or default_lexicon()
    distinct = list(dict.fromkeys(texts))
    if len(distinct) < len(texts):
        heard = dict(zip(distinct, _classify_distinct(distinct, lexicon), strict=True))
        return [heard[text] for text in texts]
    return _classify_distinct(texts, lexicon)


def _classify_distinct(texts: list[str], lexicon: Lexicon) -> list[Signals]:
    patterns = lexicon.patterns
    normalised = [lexicon.normalised(text) for text in texts]
    reads = [_Read(text, one, one.encoded, hits, present, starts) for text, one, (hits, present, starts)
             in zip(texts, normalised, lexicon.scan_many([one.encoded for one in normalised]), strict=True)]
    wanted: dict[int, list[int]] = {}
    for number, read in enumerate(reads):
        for index in read.hits:
            if patterns[index].literal is None:
                wanted.setdefault(index, []).append(number)
    found: list[dict[int, list[tuple[int, int]]]] = [{} for _ in reads]
    for index in sorted(wanted):
        pattern = patterns[index]
        for number in wanted[index]:
            found[number][index] = _read_spans(pattern, index, reads[number])
    return [_judge(read, lexicon, spans, False)[2] for read, spans in zip(reads, found, strict=True)]


@dataclass(slots=True)  # not frozen, as `Normalised`: a frozen dataclass pays for object.__setattr__ on every field
class _Read:
    """A reply normalised, with what the lexicon's one pass found in it (read only, never changed)."""

    text: str
    normalised: Normalised
    data: bytes
    hits: list[int] | range  # the patterns that can match, ascending
    present: frozenset[str]  # the clause cues that occur in it
    #: For the patterns matched from word starts: where their matches can begin (Lexicon.scan).
    starts: dict[int, list[int]] | None


def _read(text: str, lexicon: Lexicon) -> _Read:
    normalised = lexicon.normalised(text)
    hits, present, starts = lexicon.scan(normalised.encoded)
    return _Read(text, normalised, normalised.encoded, hits, present, starts)


def _read_spans(pattern: CompiledPattern, index: int, read: _Read) -> list[tuple[int, int]]:
    """Where pattern number `index` matches the read reply: from the word starts the scan found for
    it when it is matched from word starts, else by searching the whole reply."""
    starts = read.starts
    if starts and index in starts:
        return _spans_from(pattern, read.data, starts[index])
    return _spans(pattern, read.data)


def _spans(pattern: CompiledPattern, data: bytes) -> list[tuple[int, int]]:
    """Every non-empty, non-overlapping match of `pattern` in `data`, in order, as byte spans."""
    match = pattern.regex._regexp.Match
    found: list[tuple[int, int]] = []
    position, size = 0, len(data)
    while position <= size:
        start, end = match(_UNANCHORED, data, position, size)[0]
        if start < 0:
            break
        position = end if end > start else start + 1
        if end > start:
            found.append((_first_word(data, start, end), end))
    return found


def _spans_from(pattern: CompiledPattern, data: bytes, starts: list[int]) -> list[tuple[int, int]]:
    """`_spans`, knowing every position where a match of `pattern` can begin (ascending): each
    match is then found anchored there, which needs no backward pass to find where it began."""
    match = pattern.regex._regexp.Match
    found: list[tuple[int, int]] = []
    position, size = 0, len(data)
    for start in starts:
        if start < position:
            continue
        begin, end = match(_ANCHORED, data, start, size)[0]
        if begin < 0:
            continue
        if end > begin:
            found.append((_first_word(data, begin, end), end))
            position = end
        else:
            position = begin + 1
    return found


_LEADING_BREAKS = frozenset(b" \t\n.,;:!?")


def _first_word(data: bytes, start: int, end: int) -> int:
    """Where the match's words begin. A pattern may open on the clause break before the move
    ("…, happy to send"): the quote, and the clause it is judged in, start at the rep's first word,
    not at the comma. A match of punctuation alone ("?") is kept whole."""
    first = start
    while first < end and data[first] in _LEADING_BREAKS:
        first += 1
    return first if first < end else start


def _judge(read: _Read, lexicon: Lexicon, found: dict[int, list[tuple[int, int]]],
           keep_cancelled: bool, learned: list[LearnedCandidate] | None = None,
           ) -> tuple[Reading, tuple[Candidate, ...], Signals]:
    """Judge each match `found` (pattern index → spans) by its clause, and gather the signals."""
    text, normalised, data = read.text, read.normalised, read.data
    reading = Reading(data, lexicon.clauses, read.present)
    quotes: dict[tuple[int, int], tuple[int, int]] = {}  # a learned label's judged span → the words quoted for it
    same_offsets = normalised.origin is None and normalised.char_at is None
    patterns = lexicon.patterns
    candidates: list[Candidate] = []
    heard: list[tuple[tuple[int, int], str, str]] = []
    heard_at: list[tuple[int, str]] = []  # (byte offset, label) of each heard match a yielding rule may defer to
    heard_bytes: list[tuple[int, int, str]] = []  # (byte start, byte end, label) of each permission and chase heard
    yielding: list[tuple[int, CompiledPattern, tuple[int, int], int]] = []  # (byte offset, pattern, span, byte end)
    gives: list[tuple[int, int, str, int]] = []  # (byte start, byte end, kind, index in `heard`) of each give heard
    guarded: list[tuple[int, int, str]] = []  # (byte start, byte end, label) of each match a rule's guard cancelled
    banned: list[tuple[int, int, str]] = []  # …of each rules-out rule's match: its whole category is ruled out there
    kept_from_model: list[tuple[int, int, str]] = []  # (byte start, byte end, label) the model may not add there (`keeps_model_from`)
    negated: list[tuple[int, str]] = []  # (byte start, label) of each match its clause negated
    refusals: list[tuple[int, str]] = []  # (byte start, label) of each give the rep declines (`Reading.refuses`)
    asked: list[tuple[int, tuple[int, int], str]] = []  # (byte offset, span, rule id) of each get heard
    clause_of: dict[tuple[tuple[int, int], str], int] = {}  # (span, rule id) of each rule's move heard → its clause
    gave_way: list[tuple[int, CompiledPattern, tuple[int, int], int]] = []  # stage moves that gave way in their clause
    for index in read.hits:
        pattern = patterns[index]
        if pattern.literal is not None:  # "\?": a substring search, no engine call
            _literal_candidates(pattern, data, reading, keep_cancelled, candidates, heard, normalised)
            continue
        rule = pattern.rule
        for start, end in found[index]:
            why = _verdict(pattern, data, start, end, reading) if pattern.judged else ""
            if keep_cancelled:
                candidates.append(Candidate(pattern, start, end, why))
            if why:
                if rule.rules_out or (why.startswith(("guard", OWNER_WHY)) and rule.guards_rule_out):  # the second opinion defers
                    guarded.append((start, end, rule.label))
                    if rule.rules_out:
                        banned.append((start, end, rule.label))
                elif why == "negation":
                    negated.append((start, rule.label))
                    if rule.label.startswith("give:") and reading.refuses(start, end):
                        refusals.append((start, rule.label))
                continue
            span = (start, end) if same_offsets else \
                normalised.to_original(normalised.to_char(start), normalised.to_char(end))
            if span[1] > span[0]:
                if rule.yields_to:
                    yielding.append((start, pattern, span, end))
                else:
                    if rule.label.startswith("give:"):
                        gives.append((start, end, rule.label[5:], len(heard)))
                    heard.append((span, rule.label, rule.id))
                    clause_of[(span, rule.id)] = reading.clause_start(start)
                    kept_from_model += [(start, end, label) for label in rule.keeps_model_from]
                    if rule.id not in lexicon.unscored:
                        # A rule marked `scored = false` steers the persona only: the move a yielding rule hears
                        # beside it stands ("wats that costing u in overtime" is discovery though Mags hears it
                        # as her budget asked, so that she answers with the cost) (play17).
                        heard_at.append((start, rule.label))
                    if rule.label.startswith("get:"):
                        asked.append((start, span, rule.id))
                    if rule.label == "permission" or rule.label.startswith("chase:"):
                        heard_bytes.append((start, end, rule.label))
    if yielding:  # a yielding rule is heard only when nothing it yields to was heard in its clause
        clause_labels: dict[int, set[str]] = {}
        for start, label in heard_at:
            clause_labels.setdefault(reading.clause_start(start), set()).add(label)
        # A get heard by a yielding rule is still a get for the rest ("Who actually puts pen to paper?" is a
        # decision-maker get, so it is not also discovery): yielding gets are judged first.
        yielding.sort(key=lambda item: not item[1].rule.label.startswith("get:"))
        for start, pattern, span, end in yielding:
            clause = reading.clause_start(start)
            here = clause_labels.get(clause, ())
            if not any(label.startswith(prefix) for label in here for prefix in pattern.rule.yields_to):
                if pattern.rule.label.startswith("give:"):
                    gives.append((start, end, pattern.rule.label[5:], len(heard)))
                elif pattern.rule.label.startswith("get:"):
                    clause_labels.setdefault(clause, set()).add(pattern.rule.label)
                    asked.append((start, span, pattern.rule.id))
                heard.append((span, pattern.rule.label, pattern.rule.id))
                clause_of[(span, pattern.rule.id)] = clause
                kept_from_model += [(start, end, label) for label in pattern.rule.keeps_model_from]
            elif pattern.rule.label.startswith("stage:"):
                gave_way.append((start, pattern, span, end))
    # Clauses whose every give is a report, photos or film handed over (`_documents_another_give`): there the second
    # opinion may still name the give the document carries.
    give_clauses: dict[int, bool] = {}
    for start, _, kind, number in gives:
        clause = reading.clause_start(start)
        give_clauses[clause] = give_clauses.get(clause, True) and _documents_another_give(
            (heard[number][0], "give:" + kind, heard[number][2]), text)
    carried = {clause for clause, documents in give_clauses.items() if documents}
    # Clauses whose every give the rules heard is a price: there a fact the second opinion hears beside it stands.
    give_kinds: dict[int, set[str]] = {}
    for start, _, kind, _ in gives:
        give_kinds.setdefault(reading.clause_start(start), set()).add(kind)
    priced = frozenset(clause for clause, kinds in give_kinds.items() if kinds == {"pricing"})
    named = [give[:2] for give in gives]  # the words of each give the rules kept (byte spans)
    if len(gives) > 1:  # one give frame, one kind: the thing nearest its verb (kinds.py)
        overreach = unheard_kinds([give[:3] for give in gives], data, lexicon.classes)
        if overreach:
            named = [give[:2] for number, give in enumerate(gives) if number not in overreach]
            dropped = {gives[number][3] for number in overreach}
            if keep_cancelled:
                cut = {(gives[number][0], gives[number][1], gives[number][2]) for number in overreach}
                candidates = [replace(c, cancelled="kind: a nearer thing is the give")
                              if not c.cancelled and (c.start, c.end, c.pattern.rule.label[5:]) in cut else c
                              for c in candidates]
            heard = [item for number, item in enumerate(heard) if number not in dropped]
    heard, candidates = _yield_in_reply(heard, candidates, lexicon, keep_cancelled)
    if lexicon.second_opinion:
        reckoning = reckon(normalised.text)
        if reckoning.model.veto or reckoning.model.arbitration:
            heard = _overruled(heard, reckoning, lexicon.sure, {label for _, _, label in guarded}, learned,
                               lambda kind: _model_words(kind, normalised, reading, reckoning), quotes)
            if gave_way:
                # A stage move that gave way to a move the model then all but ruled out stands after all: "If you
                # could fix one thing about how the ovens run on a Sunday morning, what would it be?" is discovery,
                # once the slot the rules heard in "Sunday morning" is overruled.
                standing: dict[int, set[str]] = {}
                for span, label, rule_id in heard:
                    if (span, rule_id) in clause_of:
                        standing.setdefault(clause_of[(span, rule_id)], set()).add(label)
                for start, pattern, span, end in gave_way:
                    here = standing.get(reading.clause_start(start), set())
                    if not any(label.startswith(prefix) for label in here for prefix in pattern.rule.yields_to) \
                            and (span, pattern.rule.label, pattern.rule.id) not in heard:
                        heard.append((span, pattern.rule.label, pattern.rule.id))
                        kept_from_model += [(start, end, label) for label in pattern.rule.keeps_model_from]
        # A label heard only by a rule that still gives way to a move ("Hi Tom,") is left for the model to hear
        # as well, and gives way below to any move the model hears ("Hi Tom, here's what the others left out").
        already = {label for _, label, rule_id in heard if rule_id not in lexicon.reply_yielding}
        if "permission" in already:  # inviting a no earns trust below, from the invitation's own words
            already.add("stage:trust")
        given = {reading.clause_start(start) for start, _, _, _ in gives}
        heard += _second_opinions(read, reading, reckoning, already, guarded + [(start, end, label.partition(":")[0])
                                                                          for start, end, label in banned],
                                  negated, given, learned, lexicon.rules,
                                  quotes, refusals, kept_from_model, carried, lexicon,
                                  named, priced)
        heard, candidates = _yield_in_reply(heard, candidates, lexicon, keep_cancelled)
    heard, candidates = _yield_in_sentence(heard, candidates, lexicon, reading, normalised, keep_cancelled)
    heard = _small_talk_followed_up(heard, text, lexicon)
    labels = {label for _, label, _ in heard}
    if any(label.startswith("chase:") for label in labels):
        # Chasing words opened by a quotation mark are mentioned, not said: "the 'no brainer' line in our old
        # brochure", "my manager's 'just checking in' emails".
        kept = [item for item in heard if not (item[1].startswith("chase:") and _quoted(text, item[0][0]))]
        if len(kept) < len(heard):
            heard = kept
            labels = {label for _, label, _ in heard}
    permission = "permission" in labels
    if permission:  # inviting a no is the opposite of chasing, and candour: it earns Trust
        # …so whatever-works and pleading words are taken as part of the invitation ("no pressure at all,
        # whatever suits"), and so are chasing words after it in its sentence ("tell me so, I'd rather know
        # than keep nudging you"); a check-in before it, in a clause of its own, still chases ("Just checking
        # in on the quote, no worries if you're not ready").
        invited = [(reading.sentence_start(start), reading.clause_start(start))
                   for start, _, label in heard_bytes if label == "permission"]
        chasing_apart = {label for start, _, label in heard_bytes if label.startswith("chase:")
                         and label[len("chase:"):] not in PERMISSION_LOOKALIKES
                         and not any(reading.sentence_start(start) == sentence and start >= clause
                                     for sentence, clause in invited)}
        heard = [item for item in heard if not item[1].startswith("chase:") or item[1] in chasing_apart]
        # The news they are invited to tell is no get or give of ours: "it's fine to tell me the timing's off" asks for no
        # timeline, "feel free to tell me the budget's gone elsewhere" for no budget, "let me know the price is too
        # high" gives no price. A get whose words lie inside the invitation's is part of it; a give only when it lies in
        # the news told, after "tell me", "say" or "let me know" ("if after the two free hours it doesn't feel right,
        # just say so" still gives the free hours). The second opinion's words are only its heaviest in the clause: the
        # last of them must lie there. An offer to stop inside the invitation ("If not, happy to call it a day") is
        # the no made welcome, not a walk-away yet: the prospect has not answered.
        invitations = [span for span, label, _ in heard if label == "permission"]
        told = [(start + found.end(), end) for start, end in invitations
                if (found := TELLING.search(text, start, end)) is not None]
        inside = [item for item in heard if any(
            _inside(item[0], invitation, learned=item[2] == "learned")
            for invitation in (invitations if item[1].startswith("get:") or item[1] == "walk_away" else
                               told if item[1].startswith("give:") else ()))]
        if inside:
            heard = [item for item in heard if item not in inside]
            asked = [item for item in asked if not any(start <= item[1][0] and item[1][1] <= end
                                                       for start, end in invitations)]
        heard += [(span, "stage:trust", rule_id) for span, label, rule_id in heard if label == "permission"]
        labels = {label for _, label, _ in heard}
    if "walk_away" in labels and any(label.startswith(("get:", "give:")) for label in labels):
        # Their signal the walk-away leaves the door open to is theirs to give, not ours to ask: "ping me if u ever get
        # budget", "if you get sign-off next year, let me know" hand the next move to them, so the budget, sign-off or
        # project named in that conditional is no get (nor is a next step whose words start there: "…let me know and
        # we'll talk"), and the second opinion's give in its words is none either ("sign-off" is no discount). A get
        # asked after the door is left open ("…give me a shout; who signs?") is still asked.
        leaving = [span for span, label, rule_id in heard if label == "walk_away" and rule_id == WALK_AWAY_RULE]
        handed = [item for item in heard if (item[1].startswith("get:") or (
            item[1].startswith("give:") and item[2] == "learned")) and any(
            _inside(item[0], walk_away, learned=True) if item[2] == "learned" else walk_away[0] <= item[0][0] < walk_away[1]
            for walk_away in leaving)]
        if handed:
            heard = [item for item in heard if item not in handed]
            asked = [item for item in asked if not any(start <= item[1][0] < end for start, end in leaving)]
            labels = {label for _, label, _ in heard}
    if "chase:free_extra" in labels and not any(label.startswith("give:") for label in labels):
        # An extra thrown in is a give even when no word says what it is ("extra box of wax for your shop,
        # gratis"): it is booked as a favour, and stays one when a get trades it below.
        heard += [(span, "give:favour", rule_id) for span, label, rule_id in heard if label == "chase:free_extra"]
        labels.add("give:favour")
    if "chase:free_extra" in labels and not labels & OTHER_CHASING:
        # An extra whose sentence makes their commitment its price ("if you order the full floor, the logo on every
        # cushion at no extra cost", "the mounting tool at no charge with such an order") is traded for the deal: the
        # favour stays, the chasing goes. Beside begging or insisting it is one more lever of the chase, and stays one.
        traded = [item for item in heard if item[1] == "chase:free_extra"
                  and on_their_commitment(text, item[0], lexicon.classes)]
        if traded:
            heard = [item for item in heard if item not in traded]
            labels = {label for _, label, _ in heard}
    if any(label.startswith("get:") for label in labels):
        # Asking for the prospect's step is the opposite of chasing. An extra traded for a commitment
        # ("complimentary onboarding; in return, a short review") is a give and a get; a softener on the ask
        # ("no rush, but could I grab your cell?", "whatever suits: who else should be on the call?") does not
        # hand them all control; and a check-in that asks for a commitment ("just following up: when does the
        # board meet?") has something to ask.
        asking_apart = {"chase:free_extra", "chase:whatever_works", "chase:check_in"}
        heard = [item for item in heard if item[1] not in asking_apart]
        labels -= asking_apart
    if "question" not in labels and asked and any(label.startswith("get:") for label in labels):
        # A get asked by request, mid-sentence or with no "?" ("just need ur budget roughly and ill sort it", "once I
        # have your rough figure I'll shape the quote") puts a question to the prospect as surely as "?" does: the
        # sentence holding it is a question wherever the reply reads its questions. A get merely named in a
        # statement ("we could talk about who decides") asks nothing.
        put = next(((span, rule_id) for start, span, rule_id in asked if reading.asks(start)), None)
        if put is not None:
            heard.append((put[0], "question", put[1]))
            labels.add("question")
    results = [span for span, _, rule_id in heard if rule_id == RESULT_RULE]
    if results and any(_handed_over(label, rule_id) for _, label, rule_id in heard):
        # A customer's result told in one breath is proof; with its write-up handed over, a case study given.
        heard += [(span, "give:case_study", STORY_RULE) for span in results]
    elif results and labels & {"give:case_study", "give:information"}:
        # ...and the learned opinion does not make one of it by the result's words ("clinics like yours cut
        # no-shows by a third in six months" is proof, not a case study told), nor a fact handed over ("we did help
        # another insurer clear a backlog of 7,000 in ten weeks" tells their result, play19).
        told = sentences_spanning(text, results)
        # (A write-up the model hears beside the result, "the owner wrote it in this letter", keeps the fact told.)
        learned_stories = [span[0] for span, label, rule_id in heard if label == "give:case_study" and rule_id == "learned"]
        written_up = [sentence for sentence in told if any(_starts_within(at, [sentence]) for at in learned_stories)]

        def reads_the_result(item: tuple[tuple[int, int], str, str]) -> bool:
            (at, _), label, rule_id = item
            return rule_id == "learned" and _starts_within(at, told) and (
                label == "give:case_study" or (label == "give:information" and not _starts_within(at, written_up)))

        heard = [item for item in heard if not reads_the_result(item)]
        labels = {label for _, label, _ in heard}
    # A story runs to the end of the sentence its result is in ("…went from 30 a week to 4.").
    told_spans = [span for span, _, rule_id in heard if rule_id in (*STORY_RULES, RESULT_RULE)]
    stories = [(start, sentence[1]) for (start, _), sentence in zip(told_spans, sentences_spanning(text, told_spans),
                                                                    strict=True)]
    if stories and any(rule_id in STORY_RULES for _, _, rule_id in heard):
        heard = [item for item in heard if not _part_of_story(item, stories, text)]
        labels = {label for _, label, _ in heard}
    if "give:information" in labels and labels & DOCUMENTED_GIVES:
        heard = [item for item in heard if not _documents_another_give(item, text)]
        labels = {label for _, label, _ in heard}
    if "give:case_study" in labels:  # proof handed over is proof
        handed_over = [(span, rule_id) for span, label, rule_id in heard
                       if label == "give:case_study" and rule_id != "learned"]
        trusted = [rule_id for _, label, rule_id in heard if label == "stage:trust"]
        if handed_over and all(rule_id == "learned" for rule_id in trusted):
            # ...quoted by the story a rule heard, not by the words the model weighed for Trust ("their", "firm"): a
            # trainer quotes the customer and what changed for them.
            heard = [item for item in heard if item[1] != "stage:trust"]
            heard += [(span, "stage:trust", rule_id) for span, rule_id in handed_over]
        elif not trusted:
            heard += [(span, "stage:trust", rule_id) for span, label, rule_id in heard if label == "give:case_study"]
        labels.add("stage:trust")
    if quotes:
        # Only now is a learned label's span moved to the words that earned it: every judgment above read the span
        # it was judged by, so the labels are what they were and only the quote changes. A label booked beside a
        # learned one (Trust beside a case study) quotes the same words.
        heard = [(quotes.get(span, span) if rule_id == "learned" else span, label, rule_id)
                 for span, label, rule_id in heard]
    # A quote is the words a trainer would quote: its edges move off function words to the phrase's ends
    # (quoting.py). Every judgment above read the words as matched; only what is shown changes.
    heard = [(meaningful(text, span), label, rule_id) for span, label, rule_id in heard]
    heard.sort()
    matches = [built_model(Match, {"label": label, "span": span, "rule": rule_id, "text": text[span[0]:span[1]]})
               for span, label, rule_id in heard]
    gives_heard: list[str] = []
    gets_heard: list[str] = []
    stages_heard: list[str] = []
    chase_heard: list[str] = []
    if labels:
        listed = (gives_heard, gets_heard, stages_heard, chase_heard)
        for category, _, kind in sorted([_RANK[label] for label in labels if label in _RANK]):
            listed[category].append(kind)
    signals = built_model(Signals, {
        "text": text,
        "gives": gives_heard,
        "gets": gets_heard,
        "stages": stages_heard,
        "chase": chase_heard,
        "question": "question" in labels,
        "close_ask": "close_ask" in labels,
        "permission": permission,
        "walk_away": "walk_away" in labels,
        "matches": matches,
    })
    return reading, tuple(candidates), signals


@lru_cache(maxsize=8)
def _any_of(patterns: tuple[str, ...]) -> re2._Regexp | None:
    return re2.compile("|".join(f"(?:{pattern})" for pattern in patterns), _re2_options()) if patterns else None


def on_their_commitment(text: str, span: tuple[int, int], classes=None) -> bool:
    """Whether the sentence holding `span` makes a commitment of the prospect's side the price of what it concedes
    ("5% off provided you commit to three years", "once you sign, the decals are on the house"; class
    `on_their_commitment`): the one test of "traded on their commitment", for extras here and for discounts in
    chasing.py and scores.py. `classes` defaults to the default lexicon's. (`Reading.negated` reads the same class,
    compiled once as the clause cue `their_commitment`, only before the give, to tell a condition from a deferral.)"""
    if classes is None:
        classes = default_lexicon().classes
    condition = _any_of(tuple(classes.get("on_their_commitment", ())))
    start, end = sentences_spanning(text, [span])[0]
    return condition is not None and condition.search(text[start:end]) is not None


def _starts_within(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position `at` falls inside any of `spans` (start inclusive, end exclusive)."""
    return any(start <= at < end for start, end in spans)


def _handed_over(label: str, rule_id: str) -> bool:
    """Whether a give is a document handed over (or brought to show), which beside a customer's story is its write-up."""
    if label == "give:demo":
        return rule_id == "give.show"
    return label in ("give:information", "give:pricing", "give:case_study") and rule_id.startswith(HANDED_OVER)


def _documents_another_give(item: tuple[tuple[int, int], str, str], text: str) -> bool:
    """Whether an information give is only the document of another give heard in the reply.

    Trainers book a document by what it carries: the findings of work on the prospect's own site or data are that
    consulting ("I walked your hall with the detector: seven leaks. Photos attached"), a customer's numbers are that
    case study ("I attach the summary of the Greystone job"), a film of it running is that demo, a one-pager beside
    the slides is the deck. A report, summary, photos or film handed over beside such a give is not a second give of
    information; a spec sheet, a certificate or a manual is about the product and stays information."""
    (start, end), label, rule_id = item
    if label != "give:information" or not _handed_over(label, rule_id):
        return False
    handed = text[start:end]
    return bool(GENERIC_DOCUMENT.search(handed)) and not PRODUCT_DOCUMENT.search(handed)


def _part_of_story(item: tuple[tuple[int, int], str, str], stories: list[tuple[int, int]], text: str) -> bool:
    """Whether a label heard in a reply that tells another customer's story belongs to that story.

    A document handed over beside the story is its write-up, not product information or a price list: "…their
    no-shows went from 11% to 4%. I can send you the report from them", "I attach their letter with the
    numbers", "I'll bring the headmaster's letter to show you". Inside the story, the customer's situation
    is not common ground with the prospect, the customer's result is not the prospect's future, and the
    customer's figures are not our price nor money off ours: "Kendal Mint Works were in the same boat", "their
    Instagram enquiries tripled", "empty slots went from 30 a week to 4", "their bookings went up 12%"."""
    (start, end), label, rule_id = item
    if label == "give:information" and _handed_over(label, rule_id):
        return True
    if label == "give:pricing" and _handed_over(label, rule_id):
        return not NAMES_A_PRICE.search(text[start:end])
    if label == "give:demo" and _handed_over(label, rule_id):
        return True
    if label in ("stage:rapport", "stage:hope", "give:pricing", "give:discount"):
        return any(story_start <= start and end <= story_end for story_start, story_end in stories)
    return False


def _overruled(heard: list[tuple[tuple[int, int], str, str]], reckoning: Reckoning, sure: frozenset[str],
               guarded: set[str], kept: list[LearnedCandidate] | None,
               placed: Callable[[str], tuple[tuple[int, int], tuple[int, int]] | None] | None = None,
               quotes: dict[tuple[int, int], tuple[int, int]] | None = None,
               ) -> list[tuple[tuple[int, int], str, str]]:
    """The rules' labels, less those the model all but rules out (`Model.veto`), and with a give's kind
    changed where the model is much surer of another kind one frame can be mistaken for
    (`Model.arbitration`). Only for the kinds outside labellers most often book otherwise: the rules
    hold the rest. A label any `sure` rule heard stands, and a give is never re-kinded to a kind a
    rule's guard ruled out in this reply ("I'll swing by your site and see what the damp looks like" is
    a visit, not a demo).

    A give re-kinded keeps the rule's words as its quote only when the model heard the new kind in their clause
    (`placed`: the clause and the words the model hears a kind by). Heard in another clause, the quote moves there
    (`quotes`): in "Would Frank join the demo for the last 15 mins? We did the same for a hotel group…" the case
    study is the hotel group's, not "last 15 mins" (play23). Only the quote moves: the labels are the same."""
    model = reckoning.model
    labels = {label for _, label, _ in heard}
    doubted = {label for label in labels if label in model.veto or label in model.arbitrated}
    doubted -= {label for _, label, rule_id in heard if rule_id in sure}
    if not doubted:
        return heard
    changed: dict[str, str | None] = {}
    for label in sorted(doubted):
        sureness = reckoning.probability(label)
        if model.arbitration and label in model.arbitrated and sureness < model.arbitration[1]:
            other = max(((reckoning.probability(kind), kind) for kind in model.arbitrated
                         if kind not in labels and kind not in guarded),
                        default=None)
            if other is not None and other[0] >= model.arbitration[0]:
                changed[label] = other[1]
                labels.add(other[1])
                if kept is not None:
                    kept.append(LearnedCandidate(Opinion(other[1], other[0], ()), 0, 0, "", label))
                continue
        if sureness < model.veto.get(label, 0.0) and not (
                model.stage_veto_evidence is not None and label.startswith("stage:")
                and sureness >= reckoning.against(label, model.stage_veto_evidence)):
            changed[label] = None
            if kept is not None:
                kept.append(LearnedCandidate(Opinion(label, sureness, ()), 0, 0, "", label))
    out: list[tuple[tuple[int, int], str, str]] = []
    for span, label, rule_id in heard:
        if label not in changed:
            out.append((span, label, rule_id))
        elif (kind := changed[label]) is not None:
            out.append((span, kind, "learned"))
            where = placed(kind) if placed is not None and quotes is not None else None
            if quotes is not None and where is not None and not (where[0][0] <= span[0] and span[1] <= where[0][1]):
                quotes[span] = where[1]
    return out


def _model_words(label: str, normalised: Normalised, reading: Reading, reckoning: Reckoning,
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the model hears `label`, as spans of the original reply: the clause of its heaviest word, and the
    clauses of that sentence its weighing words lie in, whole ("We did the same for a hotel group in Leeds, their COO
    signed off in a week": a story is told across clauses, and a word or two of it quotes nothing); None when no
    word weighs for it."""
    found = opinion(normalised.text, label, reckoning.model)
    if not found.evidence:
        return None
    byte = _byte_offsets(normalised.text, normalised.char_at is not None)
    heaviest = byte(found.evidence[0][0])
    sentence = reading.sentence_start(heaviest)
    here = [(byte(start), byte(end)) for start, end, _ in found.evidence
            if reading.sentence_start(byte(start)) == sentence]
    first = reading.clause_start(min(start for start, _ in here))
    last = reading.clause_end(max(end for _, end in here) - 1)
    first = _first_word(normalised.encoded, first, last)  # the story's first word, not the space after a stop
    while last > first and normalised.encoded[last - 1] in _LEADING_BREAKS:
        last -= 1  # …and ends on its last word, not the stop after it
    to_original, to_char = normalised.to_original, normalised.to_char
    clause = (reading.clause_start(heaviest), reading.clause_end(heaviest))
    return (to_original(to_char(clause[0]), to_char(clause[1])), to_original(to_char(first), to_char(last)))


def _second_opinions(read: _Read, reading: Reading, reckoning: Reckoning, heard: set[str],
                     guarded: list[tuple[int, int, str]], negated: list[tuple[int, str]], given: set[int],
                     kept: list[LearnedCandidate] | None, rules: tuple[CompiledRule, ...] = (),
                     quotes: dict[tuple[int, int], tuple[int, int]] | None = None,
                     refusals: list[tuple[int, str]] | None = None,
                     kept_from_model: list[tuple[int, int, str]] | None = None,
                     carried: set[int] | frozenset[int] = frozenset(), lexicon: Lexicon | None = None,
                     give_spans: list[tuple[int, int]] | None = None,
                     priced: frozenset[int] = frozenset(),
                     ) -> list[tuple[tuple[int, int], str, str]]:
    """The learned model's labels the rules did not hear, each pointed at its heaviest words within
    one clause and judged there as a rule's match would be: a give that is negated or is the
    prospect's errand, or a get that is negated, is not heard. Stages and chasing are not judged by
    negation: owning a limit ("it won't run off a car battery") earns trust. Nor is a label heard in
    a clause where a rule's guard ruled out that very move (`guarded`), including the clause
    where the guarded words end ("I'll add you to the invite, feel free…"): the guards hold trainers'
    judgments of look-alikes ("the 15% off was for the launch order only", "how many pages is the
    agreement?") that words alone cannot tell apart. A guard rules out its own move, not its category
    (session 27: a guarded pricing match had kept the model from hearing the information, a guarded
    empathy match the rapport, beside it: 224 tuned replies better, 1 worse, blind stage F1 0.790 -> 0.794);
    a rules-out rule (`rules_out = true`, passed as its bare category) still rules out every move of its
    category. Nor is a learned give heard in a clause where a
    rule heard a give (`given`, the clauses' starts): one give frame has one kind, and the rules chose
    it ("It comes in 250 ml and 2 litre" is information, not pricing). Session 15 lifted this gate on fourteen
    writers' folds (benchmarks/learned_cv.py --writers): gives recall 0.707 -> 0.721 at the same neutral replies
    heard, but precision 0.812 -> 0.803 (F1 0.756 -> 0.759) and the judgment above lost; keeping it only where the
    learned words overlap the rule's gained nothing. Nor is a label heard in a clause
    where a rule heard that very label and the clause negated it (`negated`): "You asked whether we
    could throw in the installation for free" offers no free extra, whatever the words weigh. Nor is Trust or a give
    heard in a clause where the rep declines a give a rule heard (`refusals`), and a learned give whose own words
    decline it ("Won't send a brochure": the model weighed "Won't" in, so nothing before it negates) is negated. Nor is
    a label heard in a clause where a rule heard a move that keeps it from the model (`keeps_model_from`, each clause its words span):
    "If we could end the lost photographs, what would that be worth to you?" pictures their better day, whatever
    "what would" weighs for criteria."""
    added: list[tuple[tuple[int, int], str, str]] = []
    # Most replies' labels the model hears were heard by the rules too: with nothing left to weigh (and no
    # --explain to keep), none of the clause work below is needed.
    weighed = reckoning.heard() if kept is not None else [label for label in reckoning.heard() if label not in heard]
    if not weighed:
        return added
    normalised, text = read.normalised, read.normalised.text
    # A guard rules out the move it guards; a rules-out rule (passed as its bare category) every move of its category.
    ruled_out = {(clause, label) for clause, label in _clauses_spanned(guarded, reading)}
    negated_here = {(reading.clause_start(start), label) for start, label in negated}
    outweighed = set(_clauses_spanned(kept_from_model or (), reading))
    # Clauses where a rule heard a give the rep declines ("I'd rather not send a brochure you won't have time to read",
    # `Reading.refuses`): the model weighs the refusal's words ("won't", "not") as candour, but a give declined is
    # neither a give nor proof of anything (session 22's retrain heard Trust there, and Mags took a polite walk-away for
    # a pitch). Owning a limit ("it won't run off a car battery"), or a give merely held back, is still the model's.
    refused = {reading.clause_start(start) for start, _ in refusals or ()}
    byte = _byte_offsets(text, normalised.char_at is not None)
    # The rules heard no move in the reply: the model alone would make a neutral reply a move, so it must be surer.
    alone = reckoning.model.lone if not any(label.partition(":")[0] in CATEGORIES for label in heard) else {}
    model = reckoning.model
    placed: list[tuple[str, int, int]] | None = None  # the reply's features, read once for every label weighed
    for label in weighed:
        if placed is None:
            placed = placed_features(text, model.classes, model.stem, model.marks)
        found = opinion(text, label, model, placed)
        if label in heard:
            if kept is not None:
                kept.append(LearnedCandidate(found, 0, 0, "heard by a rule"))
            continue
        if not found.evidence:
            continue
        heaviest = found.evidence[0]
        clause = reading.clause_start(byte(heaviest[0]))
        closing = reading.clause_end(byte(heaviest[0]))
        here = [(byte(heaviest[0]), byte(heaviest[1]))]
        here += [(byte(start), byte(end)) for start, end, _ in found.evidence[1:] if clause <= byte(start) < closing]
        start, end = min(first for first, _ in here), max(last for _, last in here)
        why = ""
        if found.probability < alone.get(found.label.partition(":")[0], 0.0):
            why = "alone: the rules heard no move in this reply, and the model is not sure enough"
        elif found.label == "stage:trust" and _rests_on_a_question(found, reading, byte):
            why = ASKED_NOT_TOLD_WHY
        elif (clause, found.label) in ruled_out or (clause, found.label.partition(":")[0]) in ruled_out:
            why = "guard: a rule ruled out this move in this clause"
        elif (clause, found.label) in outweighed:
            why = "kept from the model: a rule heard another move in these words"
        elif (clause, found.label) in negated_here:
            why = "negation: a rule heard this move negated in this clause"
        elif found.label == SCENE_SET and reading.sets_the_scene(start):
            why = SCENE_SET_WHY
        elif found.label == SCENE_ASKED and reading.asks_inside_a_scene(start):
            why = SCENE_ASKED_WHY
        elif found.label == SCENE_PICTURED and reading.pictured_for_a_question(start):
            why = SCENE_PICTURED_WHY
        elif clause in refused and (found.label == "stage:trust" or found.label.startswith("give:")):
            why = "refused: a rule heard a give refused in this clause"
        elif found.label in EVIDENCE_NEEDED and not any(_names_its_kind(
                found.label, reading.data[slice(*_sentence_of_clause(reading, at))].decode("utf-8", "replace"),
                lexicon) for at in sorted({reading.sentence_start(byte(first)) for first, _, _ in found.evidence}
                                          | {reading.sentence_start(clause)})):
            why = NO_EVIDENCE_WHY
        elif found.label.startswith("give:"):
            if found.label == FALLBACK_GIVE and _words_of_another_give(found, reading, byte, give_spans or ()):
                why = SAME_WORDS_WHY
            elif clause in given and not (clause in carried and found.label in DOCUMENTED_GIVES and found.probability >= CARRIED_SURE) \
                    and not (clause in priced and found.label == FALLBACK_GIVE):
                why = "kind: a rule heard this clause's give"
            elif reading.negated(start, end) or reading.refuses(start, end):
                why = "negation"
            # Who speaks is read before the move's heaviest words too: a span that opens on "You asked…"
            # has nothing before it to read.
            elif reading.prospect_speaks(start, end) or reading.prospect_speaks(*here[0]):
                why = "speaker: prospect's errand or asking for it"
            elif _needs(found.label, "ours", rules) and (reading.third_partys(start, end) or reading.third_partys(*here[0])):
                why = "speaker: a third party's offer, not ours"
            elif _needs(found.label, "told", rules) and reading.said_back(start, end):
                why = SAID_BACK_WHY
        elif found.label.startswith("get:") and reading.negated(start, end, asking=True):
            why = "negation"
        if kept is not None:
            kept.append(LearnedCandidate(found, start, end, why))
        if not why:
            span = normalised.to_original(normalised.to_char(start), normalised.to_char(end))
            added.append((span, found.label, "learned"))
            if quotes is not None:
                first, last = _earning_words(found, reading, byte)
                if not has_meaning(reading.data[first:last].decode("utf-8", "replace")):
                    # Words that weigh but mean nothing alone ("their" for Trust): the clause it was judged on.
                    first = _first_word(reading.data, clause, closing)
                    last = closing
                    while last > first and reading.data[last - 1] in _LEADING_BREAKS:
                        last -= 1
                quotes[span] = normalised.to_original(normalised.to_char(first), normalised.to_char(last))
    return added


def _words_of_another_give(found: Opinion, reading: Reading, byte, spans) -> bool:
    """Whether every word of meaning a learned label weighed lies inside a give the rules heard (`spans`, byte spans): the
    model heard those words again, as another kind. "The hoists are from 1,150 a pair" weighs "150" (and "are", "The",
    which say nothing) for information: the price's own words, one fact. "The lease is 1,150 pounds a month, servicing
    included" also weighs "included", a fact beside the price."""
    weighed = [(byte(start), byte(end)) for start, end, _ in found.evidence
               if has_meaning(reading.data[byte(start):byte(end)].decode("utf-8", "replace"))
               or not _is_word(reading.data, byte(start))]  # a sign ("%" in "12.5%") is a fact's, not nothing
    return bool(weighed) and all(any(first <= start and end <= last for first, last in spans) for start, end in weighed)


def _names_its_kind(label: str, clause: str, lexicon: Lexicon | None) -> bool:
    """Whether `clause` holds a word of what a learned `label` is made of (`EVIDENCE_NEEDED`); True when the lexicon has no
    such class (a scenario's own lexicon keeps the default's classes, so this is the default's judgment everywhere). The
    class is expanded and compiled once per lexicon (`Lexicon.class_regex`)."""
    evidence = lexicon.class_regex(EVIDENCE_NEEDED[label]) if lexicon is not None else None
    return evidence is None or evidence.search(clause) is not None


def _sentence_of_clause(reading: Reading, clause: int) -> tuple[int, int]:
    """The byte span of the sentence the clause starting at `clause` lies in (the lexicon's `sentence_end` cue)."""
    ends = reading.sentence_ends()
    closing = ends[bisect_left(ends, clause)] if clause <= (ends[-1] if ends else -1) else len(reading.data)
    return reading.sentence_start(clause), closing


def _rests_on_a_question(found: Opinion, reading: Reading, byte) -> bool:
    """Whether most of the weight of the words a learned label rests on lies in questions about who or what on their
    side (`Reading.asks_who_or_what`). Trust is earned by what the rep tells (proof, candour, a no made safe); "Who
    would own document intake if this went ahead?" tells nothing, however much its "if" weighs, and "if" weighs
    towards Trust from the many replies that invite a no with "if it's not a fit". Trust told elsewhere in the reply
    keeps its weight there: "I'd suggest fixing those before you buy anything. If you'd still like to pilot, who would
    sign off the licence?" is candour whose "If" falls in the question."""
    asked = sum(weight for start, _, weight in found.evidence if reading.asks_who_or_what(byte(start)))
    return asked > sum(weight for _, _, weight in found.evidence) / 2


def _earning_words(found: Opinion, reading: Reading, byte) -> tuple[int, int]:
    """The words a learned label is quoted by: from the first to the last of its weighing words in the clause where
    they weigh most together. The clause it is judged in is its single heaviest word's, which may stand alone there
    ("oh thats brilliant to hear! before we do a demo, hows booking working for you?" weighs "hows" a shade above
    "brilliant" for Rapport): a trainer quotes "brilliant to hear", the words that earned it. Judging by that
    clause instead changed what 224 tuned replies were heard as, since guards are judged clause by clause.
    A sign the model weighs ("?", "$", "%") is never the whole quote while a word weighed too: "Would it be possible to
    arrange a short call with Alison, at a time convenient to her, …?" was quoted as "?" alone. When the question mark
    that closes those words weighed too, the quote runs to it: a trainer quotes the question ("How's the evaluation
    going so far?"), not its first two words ("How's the", hear24b)."""
    words_only = [piece for piece in found.evidence if _is_word(reading.data, byte(piece[0]))]
    by_clause: dict[int, list[tuple[int, int, float]]] = {}
    for start, end, weight in words_only or found.evidence:
        by_clause.setdefault(reading.clause_start(byte(start)), []).append((byte(start), byte(end), weight))
    # Ties go to the heaviest word's own clause (the judged one): max keeps the first it meets, and the evidence is
    # heaviest first.
    words = max(by_clause.values(), key=lambda placed: sum(weight for _, _, weight in placed))
    first, last = min(start for start, _, _ in words), max(end for _, end, _ in words)
    if words_only:
        # A figure's sign weighed in the same clause takes its figure into the quote: "90% confidence lands in a review
        # queue with the image", not "image" alone.
        clause = reading.clause_start(first)
        signs: list[int] = []
        marks: list[int] = []
        for start, _, _ in found.evidence:
            at = byte(start)
            if reading.data[at:at + 1] == b"?":
                marks.append(at)
            elif not _is_word(reading.data, at) and reading.clause_start(at) == clause:
                signs.append(at)
        if signs and min(signs) < first:
            first = _figure_start(reading.data, min(signs))
        closing = min((at for at in marks if at >= last), default=None)
        if closing is not None and not any(sign in reading.data[last:closing] for sign in (b".", b"!", b"?")):
            last = closing + 1
    return first, last


def _figure_start(data: bytes, at: int) -> int:
    """Where the figure a sign belongs to starts: "90" for the "%" of "90%", the sign itself for "$40"."""
    while at > 0 and (chr(data[at - 1]).isdigit() or data[at - 1] in b".,"):
        at -= 1
    return at


def _is_word(data: bytes, at: int) -> bool:
    """Whether the evidence at byte `at` is a word rather than one of the signs the model also weighs."""
    return at < len(data) and (chr(data[at]).isalnum() or data[at] >= 0x80)


def _inside(span: tuple[int, int], invitation: tuple[int, int], learned: bool) -> bool:
    """Whether `span` lies inside `invitation`; for the second opinion (`learned`), whose span runs from its first to
    its last heavy word in the clause, whether its last word does."""
    if learned:
        return invitation[0] < span[1] <= invitation[1]
    return invitation[0] <= span[0] and span[1] <= invitation[1]


def _needs(label: str, need: str, rules: tuple[CompiledRule, ...]) -> bool:
    """Whether a rule that hears `label` has `need`, so the second opinion's label is judged by it too: "ours", whose
    offer it is ("the council's rebate knocks 400 off" is no discount of ours); "told", a fact the rep tells, not
    their own situation said back ("so the trouble is…")."""
    return any(need in rule.needs for rule in rules if rule.label == label)


def _clauses_spanned(matches, reading: Reading):
    """(clause start, label) for the clause where each (start, end, label) match opens and the one where it ends."""
    return ((reading.clause_start(at), label) for start, end, label in matches for at in (start, max(start, end - 1)))


def _byte_offsets(text: str, wide: bool):
    """Character offset → UTF-8 byte offset in `text` (the same number when the text is ASCII)."""
    if not wide:
        return lambda offset: offset
    return lambda offset: len(text[:offset].encode("utf-8", "surrogatepass"))


_OPENING_QUOTES = frozenset("'\"‘“«")


def _quoted(text: str, start: int) -> bool:
    """The words at `start` open on a quotation mark that follows a space or the start of the reply
    (not an apostrophe inside a word: "y'know")."""
    return start > 0 and text[start - 1] in _OPENING_QUOTES and (start == 1 or not text[start - 2].isalnum())


def _literal_candidates(pattern: CompiledPattern, data: bytes, reading: Reading, keep_cancelled: bool,
                        candidates: list[Candidate], heard: list, normalised: Normalised) -> None:
    literal = pattern.literal
    assert literal is not None
    start = data.find(literal)
    while start != -1:
        end = start + len(literal)
        why = _verdict(pattern, data, start, end, reading)
        if keep_cancelled:
            candidates.append(Candidate(pattern, start, end, why))
        if not why:
            span = normalised.to_original(normalised.to_char(start), normalised.to_char(end))
            if span[1] > span[0]:
                heard.append((span, pattern.rule.label, pattern.rule.id))
        start = data.find(literal, end)


def classify(text: str, lexicon: Lexicon | None = None) -> Signals:
    """What `hear` hears in `text`, without the working kept for `--explain`."""
    return _hear_one(text, lexicon or default_lexicon(), False)[1][2]


def _yield_in_reply(heard: list[tuple[tuple[int, int], str, str]], candidates: list[Candidate], lexicon: Lexicon,
                    keep_cancelled: bool) -> tuple[list[tuple[tuple[int, int], str, str]], list[Candidate]]:
    """Drop each match of a rule with `yields_in_reply` when a label it yields to is heard anywhere in the
    reply: a salutation that opens a give, a get or a question ("Hi Sam, the quote is attached") is manners,
    not Rapport, while a greeting standing alone still connects."""
    yielding = lexicon.reply_yielding
    if not yielding or not any(rule_id in yielding for _, _, rule_id in heard):
        return heard, candidates
    others = {label for _, label, rule_id in heard if rule_id not in yielding and rule_id not in lexicon.unscored}
    beaten = {rule_id for rule_id, prefixes in yielding.items()
              if any(label.startswith(prefix) for label in others for prefix in prefixes)}
    if not beaten:
        return heard, candidates
    if keep_cancelled:
        candidates = [replace(c, cancelled="yields to another move heard in this reply")
                      if not c.cancelled and c.pattern.rule.id in beaten else c for c in candidates]
    return [item for item in heard if item[2] not in beaten], candidates


def _yield_in_sentence(heard: list[tuple[tuple[int, int], str, str]], candidates: list[Candidate], lexicon: Lexicon,
                       reading: Reading, normalised: Normalised, keep_cancelled: bool,
                       ) -> tuple[list[tuple[tuple[int, int], str, str]], list[Candidate]]:
    """Drop each match of a rule with `yields_in_sentence` whose sentence holds another label it yields to.

    A rule's `yields_to` holds in its own clause; this holds across the sentence, where the move the words belong
    to sits after a comma or a joining word: "free" trailing the give it prices ("…measure up the piano room for
    y'all, free of charge"), thanks trailing the ask ("a line from you for the website, once the exams are done,
    would mean a lot"), the set-up of a question that asks for a commitment ("When you take it to the partners,
    what will they weigh it against?"). It runs after the learned second opinion, so a label only the model heard
    counts too: the clause check in the matching loop never sees those."""
    yielding = lexicon.sentence_yielding
    if not yielding or not any(rule_id in yielding for _, _, rule_id in heard):
        return heard, candidates
    # Sentence ends found in the normalised text, as offsets of the original (where heard spans are).
    ends = [_original_start(normalised, end) for end in reading.sentence_ends()]
    sentences: dict[int, list[tuple[int, str]]] = {}
    for number, ((start, _), label, rule_id) in enumerate(heard):
        if rule_id not in lexicon.unscored:  # a persona-only label beats nothing the coach scores
            sentences.setdefault(bisect_left(ends, start), []).append((number, label))
    # A question of its own beside the other ("What went wrong with the last contract, and who decides?") yields only
    # to a move heard in its own clause, for rules marked `stands_asked_apart` (`Reading.asks_apart`).
    apart = lexicon.stands_asked_apart
    clause_starts: list[tuple[int, int]] | None = None  # (original offset, normalised byte) of each clause's start
    offsets: list[int] = []  # the original offsets of clause_starts, for bisecting
    beaten: set[int] = set()
    for number, ((start, _), _, rule_id) in enumerate(heard):
        prefixes = yielding.get(rule_id)
        if not prefixes:
            continue
        rivals = [(other, label) for other, label in sentences.get(bisect_left(ends, start), ())
                  if other != number and any(label.startswith(prefix) for prefix in prefixes)]
        if rivals and rule_id in apart:
            if clause_starts is None:
                clause_starts = [(_original_start(normalised, begin), begin) for begin, _ in reading.clauses()]
                offsets = [offset for offset, _ in clause_starts]
            here = bisect_right(offsets, start) - 1
            if here >= 0:
                rivals = [rival for rival in rivals
                          if (there := bisect_right(offsets, heard[rival[0]][0][0]) - 1) == here or there < 0
                          or not reading.asks_apart(clause_starts[here][1], clause_starts[there][1])]
        if rivals:
            beaten.add(number)
    if not beaten:
        return heard, candidates
    if keep_cancelled:
        cut = {(heard[number][2], heard[number][0][0]) for number in beaten}
        candidates = [replace(c, cancelled="yields to another move heard in this sentence")
                      if not c.cancelled and (c.pattern.rule.id, _original_start(normalised, c.start)) in cut else c
                      for c in candidates]
    return [item for number, item in enumerate(heard) if number not in beaten], candidates


#: How far (in characters) after a detail of their life a question in the same sentence may start to follow it up.
FOLLOW_UP_REACH = 60


def _small_talk_followed_up(heard: list[tuple[tuple[int, int], str, str]], text: str, lexicon: Lexicon,
                            ) -> list[tuple[tuple[int, int], str, str]]:
    """Drop the discovery heard in a question that follows small talk up (session 38).

    "How was Glastonbury? Did you survive the mud?", "Last time you said your son started at the conservatoire, how's he
    finding it?": the second question asks more about the same small talk, which a rule marked `small_talk` heard
    earlier in the same sentence or in the one before, so it is Rapport's, not discovery. A follow-up that names their
    work (the class `followed_up_work`: their situation, their people at work, whoever serves them, our side) is
    discovery still ("How was the weekend? What's driving the look at new suppliers?"). Only a question counts: a
    sentence with a question mark, or a rule that needs one. It runs after the learned second opinion, so the model's
    Empathy there gives way too."""
    if not any(label == "stage:empathy" for _, label, _ in heard):
        return heard
    talk = [span for span, label, rule_id in heard if label == "stage:rapport" and rule_id in lexicon.small_talk]
    if not talk:
        return heard
    bounds = sentences(text)
    starts = [start for start, _ in bounds]

    def index(at: int) -> int:
        return max(bisect_right(starts, at) - 1, 0)

    work = lexicon.class_regex("followed_up_work")
    asking = {rule.id for rule in lexicon.rules if "ask" in rule.needs}
    openers = {word for name in ("wh", "aux") for word in lexicon.classes.get(name, ())}

    def asked(number: int) -> bool:  # the sentence is a question, put with its question mark or opened by a question word
        words = text[bounds[number][0]:bounds[number][1]]
        return "?" in words or _asked_opening(words, openers)

    kept = []
    for item in heard:
        (start, _), label, rule_id = item
        if label == "stage:empathy" and bounds:
            here = index(start)
            # Small talk asked in the sentence before, or told in this one before the follow-up ("Last time you said
            # your son started at the conservatoire, how's he finding it?"; not a question that asks after their work
            # and then goes on, "How is the new factory coming along, are the lines running yet?").
            # In the same sentence the follow-up comes straight after the detail (within `FOLLOW_UP_REACH` characters):
            # a question at the end of a long story is the story's own ("Lovely to talk, I was on campus last week, my
            # niece is starting there, anyway, it made me think how tricky rooms must be, is that something you wrestle
            # with?").
            before = [span for span in talk if span[0] < start and (
                (index(span[0]) == here - 1 and asked(here - 1)) or (index(span[0]) == here and not _asked_opening(
                    text[bounds[here][0]:start], openers) and start - span[1] <= FOLLOW_UP_REACH))]
            # Neither question names their work: not the follow-up, nor the small talk it follows ("How's the new yard
            # treating you? Still flooding at the back?" asks after their yard, so its follow-up is discovery).
            words = text[min(bounds[index(span[0])][0] for span in before):bounds[here][1]] if before else ""
            if before and ("?" in words or rule_id in asking) and not (work is not None and work.search(words.lower())):
                continue
        kept.append(item)
    return kept


def _asked_opening(words: str, openers: set[str]) -> bool:
    """Whether `words` (a sentence up to a move in it) open with a question word."""
    first = words.split(maxsplit=1)[0].strip(",.!?:;\"'").lower() if words.strip() else ""
    return first in openers


def _original_start(normalised: Normalised, start: int) -> int:
    """Where a match found at byte `start` of the normalised text begins in the original reply."""
    char = normalised.to_char(start)
    return normalised.to_original(char, char + 1)[0]
