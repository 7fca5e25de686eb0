"""What a clause does: negated, asked, and who speaks — worked out once per clause, not in every pattern.

A reply is cut into clauses at sentence ends, colons, semicolons, dashes,
commas and "but". A pattern match is then judged by the clause it sits in:

- negated: a negation or deferral cue earlier in the clause ("I won't send",
  "Before I send anything over") or later in the sentence ("…would be a
  guess, so I'll hold off");
- ask: the clause is a question (its sentence ends in "?", or it opens like
  one: "whats ur budget roughly") or a request ("can you tell me", "let me know")
  anywhere in its sentence before it, or, when the clause is a condition ("if
  you know anyone…, I'd love an intro"), anywhere after it in its sentence;
- prospect speaking: the last subject before the match is the prospect
  ("you'll share the doc" is their errand), unless the rep follows
  ("would you like me to send");
- asking for it: a handing-over verb aimed at the rep ("send me the deck");
- said back: the sentence says the prospect's own situation back to them
  ("so the trouble is…", "u said…"), so a fact in it is theirs, not told.
- owner: whose thing a move names, read back through its noun phrase
  ("their quote", "the client's proposal", "your welder"), for the rules that
  opt in with `not_owned_by`; "send your team the deck" names who receives.

Positions are byte offsets into the normalised reply's UTF-8 text, the
offsets the matching engine reports. The lexicon's one pass over the reply
says which cues occur in it at all; a check whose cue is absent answers
without searching.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

import re2

from dojo.coach.lexicon import ALL_CUES, CLAUSE_OPENS, Clauses
from dojo.coach.sentences import without_decimal_points
from dojo.coach.spoken import CLEFT_PATTERN, asks_inside_a_scene, pictured_for_a_question, sets_the_scene

_UNANCHORED = re2._Anchor.UNANCHORED
_ANCHOR_START = re2._Anchor.ANCHOR_START
_NO_MATCH = (-1, -1)
#: How far (in bytes) speaker and request checks look around a match inside its clause: a
#: transcript with no punctuation is one long clause, and each check must stay constant-time.
REACH = 120
#: How long (in bytes) a question after a sentence may be and still only put that sentence to them.
TAG_REACH = 40
#: The rep's own statement put as a cleft ("what I'll do is…"), read from the reply's bytes: `spoken.CLEFT_PATTERN`.
OFFER_CLEFT = re2.compile(b"(?i)" + CLEFT_PATTERN.encode())
#: A clause that asks who, what, which, where, how or why ("who would own document intake", "so what happens then"):
#: not "when", which also opens a clause of time ("when the rooms sit empty, …").
WH_OPENING = re2.compile(rb"(?i)\W*(?:(?:so|and|but|then|ok|okay|right|also|just)\W+)*(?:who|whom|whose|who's|what|what's|"
                         rb"which|where|how|how's|why)\b")
#: A clause opening on a condition is asked by a request after it in the same sentence: "if you know
#: any other shops that print in resin, I'd love an intro".
CONDITIONS = (b"if ", b"should ", b"in case ")
#: Words before a third party that make it the one receiving or served, not the one offering: "For a charity we go
#: fifteen percent below list", "to the council we'd do 10% off".
RECEIVING = (b"for ", b"to ", b"with ", b"at ", b"on ", b"of ")
#: The same, as whole words ("what you need" is no "at you").
_RECEIVING_WORDS = tuple(b" " + word for word in RECEIVING)
#: After "if you", these make a request of the prospect ("if you could send…"), not a condition on them.
POLITE_MODALS = (b" could", b" would", b" can ", b" will", b"'d ", b" might", b" please", b" kindly")
#: A sentence opening "in return," or "in exchange," names what the rep wants back for a give: a request after it
#: ("In return, could I walk two of your blocks?") asks for the prospect's yes, it offers nothing.
IN_RETURN = re2.compile(rb"[^\w]*(?:(?:and|so|then|now)[^\w]+)?in (?:return|exchange)[^\w]*")
#: …a request put as asking leave: "could I", "can we", "may I", "might we", "would you let me".
ASKING_LEAVE = re2.compile(rb"(?:could|can|may|might|would|will) (?:i|we|you let (?:me|us))\b")
#: "They" linked straight to a figure is the thing priced, not the prospect's side: "They're 4.2 pence a cup", "they come
#: in at £12 each", "they'd cost about 40p". What follows "they" up to the move, if it is only this and the move
#: opens on a figure (`FIGURE_OPENS`).
THEY_LINKED = re2.compile(rb"(?:'re|\xe2\x80\x99re| are| cost| come (?:in )?(?:at|to)| work out (?:at|to)| run(?: at| to)?|"
                          rb" start (?:at|from)| go for| sell (?:for|at)| retail (?:for|at)|"
                          rb"(?: will|'ll| would|'d) (?:be|cost|come to|work out at))?"
                          rb"(?: just| only| about| around| roughly| from| under| less than| barely)?\s*")
#: A move that opens on a figure: a digit, a currency sign or a number word.
FIGURE_OPENS = re2.compile(rb"(?:[$\xc2\xa3\xe2\x82\xac]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                           rb"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few)\b)")
#: How many words back from a thing its owner may be read (`Reading.owner`): "their new {quote}", "your old {welder}".
OWNER_REACH = 3
#: How many bytes back those words are read from: three words and their spaces, most of the time.
OWNER_BYTES = 48
#: A word or a single mark of punctuation, for `Reading.owner` to walk back over.
OWNER_WORDS = re.compile(rb"[\w'\x80-\xff-]+|[^\w\s]")
#: Before a name's possessive, these make the named one the rep's own: "our engineer's report", "my colleague Ruth's".
OURS_BEFORE_NAMED = frozenset({b"our", b"my"})
#: Before a possessive, these name a role, not a person: it is someone else's only as a party (`ClauseCues.owner_party`).
DETERMINERS = frozenset({b"the", b"a", b"an", b"this", b"that"})
#: The rep's side named by what it owns or who receives ("our kit", "that's ours", "for us"): after their situation is
#: said back, a fact about these is the rep's again (`Reading.said_back`).
OURS_NAMED = re2.compile(rb"(?i)\b(?:our|ours|us)\b")
#: A bare "he", "she" or "they" as a subject (`Reading._prospect_subjects`): who it is depends on who was named before it.
BARE_PRONOUN = frozenset({b"he", b"she", b"he'll", b"she'll", b"they", b"they'll", b"they're"})
#: A possessive naming whose person it is ("my colleague Mihai", "our engineer", "your foreman", "their buyer"): the
#: last one before a bare pronoun in its sentence says whose person the pronoun is (`Reading._ours_before`).
WHOSE_PERSON = re2.compile(rb"(?i)\b(?:our|my|your|ur|their|his|her)\b")
#: …and these of them are the rep's side.
OURS_WHOSE = frozenset({b"our", b"my"})
#: A question about when they act (`Reading.asked_when`).
WHEN_OPENS = re2.compile(rb"(?i)\W*(?:(?:and|so|ok|okay|right|also|hi|hey)\W+)?(?:(?:can|could) you (?:tell me|let me know|say) )?(?:when|by when|what date|which date|how soon)\b")
#: A clause going on after their date said back, which may build on it (`Reading.only_said_back`): "…, so if we start by
#: the 1st", "…and the chimneys need sweeping", "…which means".
BUILT_ON = re2.compile(rb"(?i)[,;:]|\s[-\x80-\xff]|\b(?:so|which|then|if|and|but|because|otherwise|unless|meaning|or)\b")
#: The bytes before a move end where a clause opens (`CLAUSE_OPENS`): an introduction opening the move's words counts.
CLAUSE_OPENS_HERE = re2.compile(f"(?i){CLAUSE_OPENS}$".encode())
#: A comma just before a joined question's "and" (`Reading.fronted`).
JOINED_AFTER_COMMA = re2.compile(rb",\s*$")
#: How long (in bytes) a fronted clause may be (`Reading.fronted`): a set-up, not a speech.
FRONTED_REACH = 80
#: How long (in bytes) the opening clause before a discourse "so" may be (`Reading.fronted`): an acknowledgement or a
#: name ("Great,", "Cheers Amira,", "Right then Dave,"), not a statement with its own point.
DISCOURSE_SO_REACH = 30
#: A clause opening on these and ending at a comma is a time clause leading into a statement, not a question.
TIME_CLAUSES = (b"when", b"whenever", b"once")
#: Words that join a second question to the first ("…, and who decides?"), skipped to find how it opens.
ASKED_APART_JOINS = frozenset(b"and so but or also then ok okay right plus".split())
#: …unless a verb that opens a question follows: "when does your committee next meet, and…"
QUESTION_VERBS = frozenset(b"do does did is are was were will would can could shall should has have had may might "
                           b"don't doesn't didn't isn't aren't won't can't".split())
#: After a comma, "which" followed by a verb or a subject tells more about what came before; it does not
#: ask: "Our pricing changed last year, which annoyed a few people", "…, which meant a long afternoon",
#: "…, which we fixed". "Which" followed by a noun still asks: "three sites, which one hurts most".
RELATIVE_WHICH_NEXT = frozenset(b"is was are were has had have will would should could can might may means meant "
                                b"makes made gives gave takes took leads led leaves left puts put "
                                b"i we they he she it you i'm we're they're i've we've i'd we'd i'll we'll".split())


def spans(regex: re2._Regexp, data: bytes, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every non-overlapping match of `regex` in `data[start:end]`, as byte spans."""
    end = len(data) if end is None else end
    found: list[tuple[int, int]] = []
    match = regex._regexp.Match
    position = start
    while position <= end:
        span = match(_UNANCHORED, data, position, end)[0]
        if span == _NO_MATCH:
            break
        found.append(span)
        position = span[1] if span[1] > span[0] else span[0] + 1
    return found


def _whole(regex: re2._Regexp | None, word: bytes) -> bool:
    """Whether `regex` (a cue anchored at both ends) matches the whole `word`."""
    return regex is not None and search(regex, word)


def search(regex: re2._Regexp, data: bytes, start: int = 0, end: int | None = None) -> bool:
    """Whether `regex` matches anywhere in `data[start:end]`."""
    end = len(data) if end is None else end
    return start <= end and regex._regexp.Match(_UNANCHORED, data, start, end)[0] != _NO_MATCH


class Reading:
    """The clause structure of one normalised reply, computed on first use."""

    __slots__ = ("_break_ends", "_breaks", "_sentence_ends", "cues", "data", "present")

    def __init__(self, data: bytes, cues: Clauses, present: frozenset[str] = ALL_CUES):
        self.data = data
        self.cues = cues
        #: The cues that occur somewhere in `data` (`Lexicon.scan`); the others are never searched for.
        self.present = present
        self._breaks: list[tuple[int, int]] | None = None
        self._break_ends: list[int] = []
        self._sentence_ends: list[int] | None = None

    # -- structure
    def _load(self) -> list[tuple[int, int]]:
        if self._breaks is None:
            self._breaks = without_decimal_points(self.data, spans(self.cues.breaks, self.data)) \
                if "breaks" in self.present else []
            self._break_ends = [end for _, end in self._breaks]
        return self._breaks

    def clause_start(self, position: int) -> int:
        self._load()
        index = bisect_right(self._break_ends, position)
        return self._break_ends[index - 1] if index else 0

    def clause_end(self, position: int) -> int:
        breaks = self._load()
        index = bisect_right(self._break_ends, position)
        while index < len(breaks) and breaks[index][0] < position:
            index += 1
        return breaks[index][0] if index < len(breaks) else len(self.data)

    def clauses(self) -> list[tuple[int, int]]:
        """Every clause as a byte span, empty ones left out."""
        cuts = [(0, 0)] + self._load() + [(len(self.data), len(self.data))]
        out = []
        for (_, start), (end, _) in pairwise(cuts):
            if self.data[start:end].strip():
                out.append((start, end))
        return out

    def _sentence_end_positions(self) -> list[int]:
        if self._sentence_ends is None:
            found = spans(self.cues.sentence_end, self.data) if "sentence_end" in self.present else []
            self._sentence_ends = [start for start, _ in without_decimal_points(self.data, found)]
        return self._sentence_ends

    def _sentence_end_after(self, position: int) -> int:
        ends = self._sentence_end_positions()
        index = bisect_right(ends, position)
        return ends[index] if index < len(ends) else len(self.data)

    def sentence_ends(self) -> list[int]:
        """Where each sentence end (the lexicon's `sentence_end` cue) begins, ascending."""
        return self._sentence_end_positions()

    def sentence_start(self, position: int) -> int:
        ends = self._sentence_end_positions()
        index = bisect_right(ends, position - 1)
        return ends[index - 1] + 1 if index else 0

    # -- judgments
    def negated(self, start: int, end: int, inside: bool = False, asking: bool = False,
                conceding: bool = False) -> bool:
        """A negation cue before the match in its clause (or, for a frame that starts at its
        subject, "I'd rather not send…", inside the match), a trailing cue after it, or (not for an
        ask) a give held back earlier in its sentence ("Once the PO is raised, the drawings are yours").

        `asking`: the match asks for their commitment. Deferring the rep's own give does not
        cancel an ask ("Before I commit a crew, I need to know who signs off" still asks), so only
        a real negation counts ("I'm not going to push you for a timeline").

        `conceding`: the match concedes money off or an extra. Made the price of their commitment earlier in its
        sentence ("once you sign for the year, the decals are on the house", class `on_their_commitment`), it is not
        held back but offered in trade: only a real negation cancels it, not the deferral that states the condition."""
        cues = self.cues
        traded = conceding and not asking and self._on_their_commitment(start)
        if "negation" in self.present:
            clause = max(self.clause_start(start), start - cues.window)
            stop = end if inside else start
            if traded:
                if any(not self.data[a:b].lower().startswith(cues.deferrals)
                       for a, b in spans(cues.negation, self.data, clause, stop)):
                    return True
            elif not asking:
                if search(cues.negation, self.data, clause, stop):
                    return True
            elif any(not self.data[a:b].lower().startswith(cues.deferrals)
                     and not self.data[a:a + cues.hedge_reach].lower().startswith(cues.hedges)
                     for a, b in spans(cues.negation, self.data, clause, stop)):
                return True
        if not asking and not traded and cues.held_back is not None and "held_back" in self.present \
                and search(cues.held_back, self.data, self.sentence_start(start), start):
            return True
        if not asking and (self._deferred_after(start, end) or self._withdrawn(start, end)):
            return True
        if asking or cues.trailing is None or "trailing" not in self.present:
            return False
        # A sentence end right after the match is its own: "Intro deck attached. The annex needs your NDA first" keeps
        # the deck, as `_deferred_after` reads it.
        stop = min(self._sentence_end_after(max(end - 1, 0)), end + cues.trailing_window)
        # From the match's last word: a frame that ends on a loose word may have taken the cue's first word with it
        # ("We can send the next steps document once" + "you've signed").
        last_word = self.data.rfind(b" ", start, end) + 1 or start
        return search(cues.trailing, self.data, max(start, last_word), stop)

    def _on_their_commitment(self, start: int) -> bool:
        """Whether a commitment of their side is made a condition earlier in the sentence up to `start`."""
        their_commitment = self.cues.their_commitment
        return their_commitment is not None and search(their_commitment, self.data, self.sentence_start(start), start)

    def refuses(self, start: int, end: int) -> bool:
        """Whether the rep declines, in the clause up to `end`, the move that ends there ("I'd rather not send a
        brochure", "we won't be sending a quote", "Won't send a brochure"): the rep's own refusal, not any negation
        cue (a result, "the club hasn't had a rock go off line since", or a give held back, "happy to forward it, quick
        question first", refuses nothing)."""
        refusal, opens = self.cues.refusal, self.cues.refusal_opens
        clause = self.clause_start(start)
        if refusal is not None and search(refusal, self.data, clause, end):
            return True
        if opens is None:
            return False
        words = self.data[clause:end]  # matched as its own text: the words after `end` are not the clause's
        return opens._regexp.Match(_ANCHOR_START, words, 0, len(words))[0] != _NO_MATCH

    def _deferred_after(self, start: int, end: int) -> bool:
        """Whether the sentence after the one ending past `end` opens by deferring it ("Before I do, …"), unless
        the give's own sentence promises it for a day or an hour ("I'll send the proposal by Friday. Before I do:
        …"): a dated give is made, and the question only comes first in the talk."""
        cue = self.cues.deferred_after
        if cue is None:
            return False
        stop = self._sentence_end_after(max(end - 1, 0))  # a sentence end right after the match is its own
        if stop >= len(self.data) or not search(cue, self.data[stop:stop + 160]):
            return False
        dated = self.cues.dated_promise
        return dated is None or not search(dated, self.data, self.sentence_start(start), stop)

    def _withdrawn(self, start: int, end: int) -> bool:
        """Whether the give is only wished for in its sentence ("I'd love to show you", "I could send samples") and the
        sentence after it, opened by "but", withdraws it for a reason on the rep's side ("…, but the showroom's shut
        till March", "…, but we've run out until next month"): nothing is offered (session 38)."""
        wished, withdrawn = self.cues.wished, self.cues.withdrawn_after
        if wished is None or withdrawn is None:
            return False
        stop = self._sentence_end_after(max(end - 1, 0))
        if stop >= len(self.data) or not search(withdrawn, self.data[stop:stop + 160]):
            return False
        return search(wished, self.data, self.sentence_start(start), end)

    def question(self, position: int) -> bool:
        stop = self._sentence_end_after(position)
        if stop < len(self.data) and self.data[stop:stop + 1] == b"?":
            return True
        return self.opens_as_question(position) or self._tagged(stop)

    def _tagged(self, stop: int) -> bool:
        """The sentence is put to them by a short question after it: "Fri 2pm for a look round. Yes?",
        "…training on the 15th. Does that work for you?", "…live on the 22nd. Okay for you?"."""
        if stop >= len(self.data):
            return False
        after = self._sentence_end_after(stop + 1)
        if after >= len(self.data) or self.data[after:after + 1] != b"?" or after - stop > TAG_REACH:
            return False
        words = self.data[stop + 1:after].lower().replace(b",", b" ").split()
        return 0 < len(words) <= 3 or b"that" in words or b"this" in words

    def opens_as_question(self, position: int) -> bool:
        """The clause itself opens like a question ("when does your contract renew"), rather than
        merely sitting in a sentence that ends in "?" ("…so before your renewal could we meet?")."""
        if "question_opener" not in self.present:
            return False
        start = self.clause_start(position)
        end = self.clause_end(position)
        limit = min(end, start + REACH)
        if self.cues.question_opener._regexp.Match(_ANCHOR_START, self.data, start, limit)[0] == _NO_MATCH:
            return False
        if self._relative_which(start, limit):
            return False
        if OFFER_CLEFT._regexp.Match(_ANCHOR_START, self.data, start, limit)[0] != _NO_MATCH:
            after = self._sentence_end_after(start)
            if not (after < len(self.data) and self.data[after:after + 1] == b"?"):
                return False
        # "How it works: each probe logs every two minutes…": a heading cut off by a colon leads into the
        # statement after it, unless that sentence asks ("How many sites: three or four?").
        if end < len(self.data) and self.data[end:end + 1] == b":":
            after = self._sentence_end_after(end + 1)
            if not (after < len(self.data) and self.data[after:after + 1] == b"?"):
                return False
        # "When the cable's in, your island gets the bandwidth": a time clause cut off by a comma leads into
        # the statement after it; it does not ask.
        if not (end < len(self.data) and self.data[end:end + 1] == b","):
            return True
        words = self.data[start:limit].lstrip(b" \t\"'(").lower().split(None, 2)
        # …unless it asks: "when does your committee next meet, and…"
        return not (len(words) > 1 and words[0] in TIME_CLAUSES and words[1] not in QUESTION_VERBS)

    def asks_apart(self, position: int, other: int) -> bool:
        """The clause at `position` is a question of its own, joined by "and" to the one at `other` in the same
        sentence ("What went wrong with the last contract, and who decides?", "Who decides in the end, and what went
        wrong with the last shortlist?", "why now, what's wrong with it, and who picks?"): two questions, two moves.
        Not when either only sets the other up, a time or a condition ("When you take it to the partners, what will
        they weigh it against?", "If you had to rank them, what comes first?"), nor when the clause at `position` is a
        date asked ("When's your lease up, and when must you pick?"), and not the same question asked again another
        way, without "and" ("Is it you that decides, or does it go to the trustees?", "Who's the captain, who calls
        the shots?"), nor the same ask followed up ("Who owns the budget, and are they sponsoring this?")."""
        first, second = sorted((self.clause_start(position), self.clause_start(other)))
        if first == second or not (self.opens_as_question(position) and self.opens_as_question(other)):
            return False
        own, theirs = self._opening_words(position), self._opening_words(other)
        if len(own) < 3 or not theirs or own[0].startswith((b"when", b"if", b"once", b"whenever")) or theirs[0] == b"if":
            return False
        # The same ask followed up, about the thing just asked for: "…, and how big is it?", "…, and have they been
        # engaged yet?", "…, and when do they meet?" (its subject points back), or a bare "…, and how much?".
        verb = next((index for index, word in enumerate(own[:3]) if word in QUESTION_VERBS), None)
        if verb is not None and own[verb + 1:verb + 2] in ([b"it"], [b"they"]):
            return False
        stop = self._sentence_end_after(first)
        return any(begin > first and begin < stop and self._opening_words(begin, joins=False)[:1] in ([b"and"], [b"plus"])
                   for begin, _ in self.clauses())

    def _opening_words(self, position: int, joins: bool = True) -> list[bytes]:
        """The first words of the clause at `position`, lower-cased, past "and", "so" and the like unless `joins`
        is False."""
        start = self.clause_start(position)
        words = self.data[start:self.clause_end(position)].lower().replace(b",", b" ").split()
        while joins and words and words[0] in ASKED_APART_JOINS:
            words = words[1:]
        return words

    def asks_who_or_what(self, position: int) -> bool:
        """The sentence at `position` ends in "?" and asks who, what, which, where, how or why, from its first clause
        or after an "if" or a word or two ("Who would actually own document intake if this went ahead?", "If this
        went ahead, who would own it, their team or yours?", "So, what happens then?"): it asks about their side. A
        "who" or "which" after anything else is a relative one and asks nothing ("…as Pattersons, who have never
        missed a 48-hour window?")."""
        stop = self._sentence_end_after(position)
        if not (stop < len(self.data) and self.data[stop:stop + 1] == b"?"):
            return False
        first = self.sentence_start(position)
        for start, end in self.clauses():
            if end <= first:
                continue
            if start >= stop:
                break
            if WH_OPENING._regexp.Match(_ANCHOR_START, self.data, start, stop)[0] != _NO_MATCH:
                return True
            words = self.data[start:end].lower().split()
            if not (len(words) <= 2 or b"if" in words[:2]):  # "so if we went ahead, what…"
                return False
        return False

    def sets_the_scene(self, position: int) -> bool:
        """The sentence at `position` opens with a "when" that only sets the scene for a question about something else
        after its comma ("when the rooms sit empty, how would you even know?"): it asks no date. The persona engine
        judges a sentence the same way (`dojo.coach.spoken.sets_the_scene`)."""
        start = self.sentence_start(position)
        stop = self._sentence_end_after(position)
        return sets_the_scene(self.data[start:stop + 1].decode("utf-8", "replace"))

    def asks_inside_a_scene(self, position: int) -> bool:
        """The sentence at `position` asks what happens inside a scene just set, by a when opening it or by the
        sentence before picturing one ("Imagine the cheapest quote wins. What happens then?"): discovery about their
        situation, not the deal's next step (`dojo.coach.spoken.asks_inside_a_scene`)."""
        start = self.sentence_start(position)
        stop = self._sentence_end_after(position)
        before = self.data[self.sentence_start(start - 1):start] if start else b""
        return asks_inside_a_scene(before.decode("utf-8", "replace"),
                                   self.data[start:stop + 1].decode("utf-8", "replace"))

    def pictured_for_a_question(self, position: int) -> bool:
        """The sentence at `position` only pictures a scene for a question about what happens in it, after its comma
        or in the next sentence (`dojo.coach.spoken.pictured_for_a_question`): discovery, not hope."""
        start = self.sentence_start(position)
        stop = self._sentence_end_after(position)
        after = self.data[stop + 1:self._sentence_end_after(stop + 1) + 1] if stop < len(self.data) else b""
        return pictured_for_a_question(self.data[start:stop + 1].decode("utf-8", "replace"),
                                       after.decode("utf-8", "replace"))

    def _relative_which(self, start: int, limit: int) -> bool:
        """The clause is a relative one after a comma: "…, which annoyed a few people" (RELATIVE_WHICH_NEXT)."""
        if self.data[:start].rstrip()[-1:] != b",":
            return False
        words = self.data[start:limit].lower().split(None, 2)
        return len(words) > 1 and words[0] == b"which" and (
            words[1] in RELATIVE_WHICH_NEXT or (words[1].endswith(b"ed") and len(words[1]) > 4))

    def asks(self, position: int) -> bool:
        """A question or a request addressed to the prospect."""
        if self.question(position):
            return True
        if "request" not in self.present:
            return False
        # The request frame may open the sentence a comma or two before the thing asked for:
        # "I'd be grateful, when you have a moment, for the name of whoever signs".
        # From the mark that ended the sentence before, so a request may open its sentence: "… Pick a slot".
        sentence = self.sentence_start(position)
        start = max(sentence - 1 if sentence else 0, position - REACH)
        stop = self.clause_end(position)
        sentence_end = self._sentence_end_after(position)
        if self._conditional(position) or sentence_end - stop <= TAG_REACH:
            # …or closed by a short request after a comma: "a decision date, if possible", "your mobile, please".
            stop = sentence_end
        return search(self.cues.request, self.data, start, min(stop, position + REACH))

    def _conditional(self, position: int) -> bool:
        """The clause opens on a condition ("If any of the other yards need bedding…")."""
        start = self.clause_start(position)
        return self.data[start:start + 12].lstrip(b" \t\"'(").lower().startswith(CONDITIONS)

    def fronted(self, position: int) -> bool:
        """Only a fronted clause stands between the sentence's start and `position`: "Before I dive in, what's the
        report for?", "Right, so, who reads it?", "Just so I understand, how many chairs…", or an introductory clause
        stands right before it ("…, but before I do, how long…"). The clause before the comma is the rep setting up
        the move, not part of it, so the move is read as opening its sentence."""
        fronted = self.cues.fronted
        if fronted is None:
            return False
        start = self.sentence_start(position)
        if start < position <= start + FRONTED_REACH:
            if search(fronted, self.data[start:position]):
                return True
            # …or a short opening clause, then a discourse "so" that opens the move's own words: "Great, so how long
            # has it been running?" (`ClauseCues.discourse_so`). Only a short one: after a whole statement, ", so what
            # happens…" draws its consequence.
            if self.cues.discourse_so is not None and position - start <= DISCOURSE_SO_REACH \
                    and search(CLAUSE_OPENS_HERE, self.data[start:position]) \
                    and self.cues.discourse_so._regexp.Match(_ANCHOR_START, self.data, position, len(self.data))[0] \
                    != _NO_MATCH:
                return True
        # …or it is a further question joined by "and" after a comma, in a sentence that asks, whatever came first:
        # "How many trips a day, and how many guests in the boat?" (`ClauseCues.joined_question`). The comma ends the
        # clause before; the joined question is a move of its own, not words inside that clause.
        cues = self.cues
        if cues.joined_question is not None and search(JOINED_AFTER_COMMA, self.data[max(0, position - 4):position]):
            stop = self._sentence_end_after(position)
            if self.data[stop:stop + 1] == b"?" and cues.joined_question._regexp.Match(
                    _ANCHOR_START, self.data, position, len(self.data))[0] != _NO_MATCH:
                return True
        # …or an introductory clause stands right before it, whatever came first: "Happy to look at the spreadsheet,
        # but before I do, how long has this been running?" (`ClauseCues.introduced`), or opens the move's own words
        # where a new clause opens ("Cheers Wendy, quick one, how long…": the rule's pattern took "quick one" in).
        cues = self.cues
        if cues.introduced is None or cues.introduced_opening is None:
            return False
        before = self.data[max(0, position - FRONTED_REACH):position]
        if search(cues.introduced, before):
            return True
        return search(CLAUSE_OPENS_HERE, before) and \
            cues.introduced_opening._regexp.Match(_ANCHOR_START, self.data, position, len(self.data))[0] != _NO_MATCH

    def asks_not_offers(self, position: int) -> bool:
        """The sentence at `position` names a thing but asks rather than offers it (`Clauses.asks_not_offers`): the
        prospect's request said back with no figure ("Best price for three hundred trucks, sight unseen?"), or a
        booking put to them with a day ("let's book a demo for all twelve clinics, Thursday?"). No give is in it."""
        asks_not_offers = self.cues.asks_not_offers
        if asks_not_offers is None:
            return False
        start = self.sentence_start(position)
        sentence = self.data[start:self._sentence_end_after(position) + 1].strip()
        return search(asks_not_offers, sentence)

    def said_back(self, start: int, end: int) -> bool:
        """The sentence of the match from `start` to `end` says the prospect's own situation back to them, before the
        match or in its words (`Clauses.said_back`: "so the trouble is…", "u said…", "so the bottleneck is the
        Saturday rush…"), and names nobody of the rep's side between that and the match: "so the trouble is the logs
        sit too long in the yard" tells nothing of ours. "You said the shed is four metres; our kit fits it" names
        ours, and that fact is told. Read back at most `REACH` bytes."""
        their_loss = self.cues.their_loss
        # Read to the sentence's end and its stop, so "…£1,100 gone." ends where the loss is said.
        if their_loss is not None and search(their_loss, self.data, self.sentence_start(start),
                                             min(self._sentence_end_after(max(end - 1, 0)) + 1, len(self.data))):
            return True
        said_back = self.cues.said_back
        if said_back is None:
            return False
        found = spans(said_back, self.data, max(self.sentence_start(start), start - REACH), end)
        if not found:
            return False
        after = found[-1][1]
        if "rep_subject" in self.present and spans(self.cues.rep_subject, self.data, after, start):
            return False
        return not search(OURS_NAMED, self.data, after, start)

    def only_said_back(self, start: int, end: int) -> bool:
        """Their date or fact is only said back or taken down, with nothing built on it: the rest of its sentence only
        acknowledges it (`Clauses.noted_back`: "your deadline of 30 June is noted", "…, if I've read it right"), or the
        sentence opens by saying it back (`Clauses.said_back`, `Clauses.heard_back`: "you mentioned…", "understood —
        you need…", "your team said…"), names nobody of the rep's side after that, goes on with no clause of its own
        ("…, so if we start by the 1st you're live" builds a plan on it) and ends the reply (a next sentence may
        build on it: "You said the festival opens on the 14th. The permits take three weeks, so…"). Read back at most
        `REACH` bytes."""
        stop = self._sentence_end_after(max(end - 1, 0))
        if self._noted_back(end, stop):
            return True
        found = [span for cue in (self.cues.said_back, self.cues.heard_back) if cue is not None
                 for span in spans(cue, self.data, max(self.sentence_start(start), start - REACH), end)]
        if not found:
            return False
        after = max(span[1] for span in found)
        if after > start:
            after = start
        if "rep_subject" in self.present and spans(self.cues.rep_subject, self.data, after, start):
            return False
        if search(OURS_NAMED, self.data, after, start) or search(BUILT_ON, self.data, after, start):
            return False
        if self.data[stop + 1:].strip():
            return False
        return not search(BUILT_ON, self.data, end, stop)

    def asked_when(self, start: int) -> bool:
        """The match sits in a question about when they act (`asked_about`, opening "when…", "by when…", "can you tell
        me when…"): "When do you decide on machinery, before Christmas?" asks their date, it gives no reason to act;
        "Can we pencil it in for the 9th, before your shutdown?" still does."""
        if not self.asked_about(start):
            return False
        first = self.sentence_start(start)
        return WHEN_OPENS.match(self.data, first) is not None

    def _noted_back(self, end: int, stop: int) -> bool:
        """The rest of the match's sentence (ending at `stop`) only acknowledges it (`Clauses.noted_back`: "your deadline of 30 June is
        noted", "the inspection's on the 3rd, got it", "your tender closes on the 14th, if I've read it right"): their
        date or fact said back and taken down, nothing of ours told after it."""
        noted_back = self.cues.noted_back
        if noted_back is None:
            return False
        rest = self.data[end:min(stop, end + REACH)]
        return search(noted_back, rest)

    def asked_about(self, start: int) -> bool:
        """The match sits in a later clause of a sentence that opens as a question and ends in "?", and its own
        clause names nobody of the rep's side: "What's the supply at the workshop now, single phase off the house?"
        asks about their supply, it tells nothing. A question put after a statement of ours ("Our kit is 3 m wide,
        does that fit?") opens as no question, and "…, our unit ships in three weeks?" names ours."""
        stop = self._sentence_end_after(start)
        if not (stop < len(self.data) and self.data[stop:stop + 1] == b"?"):
            return False
        first = self.sentence_start(start)
        while first < start and self.data[first:first + 1].isspace():
            first += 1
        clause = self.clause_start(start)
        if clause <= first or not self.opens_as_question(first):
            return False
        end = self.clause_end(start)
        if "rep_subject" in self.present and spans(self.cues.rep_subject, self.data, clause, end):
            return False
        return not search(OURS_NAMED, self.data, clause, end)

    def asked_in_return(self, position: int) -> bool:
        """The match opens a request for leave straight after "in return," ("In return, could I walk two of your
        blocks?", `IN_RETURN`): the rep asks for something back, so what follows is a get, not a give."""
        start = self.sentence_start(position)
        if position - start > FRONTED_REACH:
            return False
        before = self.data[start:position].lower()
        return IN_RETURN.fullmatch(before) is not None and \
            ASKING_LEAVE.match(self.data[position:position + 24].lower()) is not None

    def _word_before(self, start: int, position: int) -> bytes:
        """The last bytes before `position` (not before `start`), lower-cased behind a space, so a word there can be
        matched whole: " to the " ends with " to ", " that the " does not end with " at "."""
        return b" " + self.data[max(start, position - 7):position].lower()

    def _receives(self, start: int, position: int) -> bool:
        """The word just before `position` (not before `start`) makes whoever is named there the one receiving or
        served (RECEIVING), as a whole word: "to the council" does, "that the council" is no "at the council"."""
        return self._word_before(start, position).endswith(_RECEIVING_WORDS)

    def _prospect_subjects(self, start: int, stop: int) -> list[tuple[int, int]]:
        """Where the prospect is named as a subject between start and stop. "For you, 38 each" names who receives
        and "if you take 20" their side of a condition: neither says who is speaking or offering. "If you could
        send me…" is still the prospect asked to act (a request, not a condition)."""
        data = self.data
        kept = []
        for span in spans(self.cues.prospect_subject, data, start, stop):
            before = self._word_before(start, span[0])
            if before.endswith(_RECEIVING_WORDS):  # as `_receives` judges it, from the bytes read once
                continue
            if before.endswith(b" if ") and not data[span[1]:span[1] + 7].lower().startswith(POLITE_MODALS):
                continue
            if data[span[0]:span[1]].lower() in BARE_PRONOUN and self._ours_before(span[0]):
                continue  # "my colleague Mihai, he can come": one of ours named, then acting
            if data[span[0]:span[1]].lower() in (b"they", b"they're") and \
                    THEY_LINKED.fullmatch(data[span[1]:stop].lower()) is not None and \
                    FIGURE_OPENS.match(data[stop:stop + 12].lower()) is not None:
                continue  # "They're 4.2 pence a cup": the product priced, not their side speaking
            kept.append(span)
        return kept

    def _ours_before(self, position: int) -> bool:
        """A bare "he", "she" or "they" at `position` stands for one of ours: the last person named with a possessive
        before it in its sentence is the rep's own ("My boss Montse is in Andorra the 14, she is happy to drink a
        coffee with you", "our installer Dale, he can ring your electrician"), not theirs ("your foreman, can he…")."""
        found = spans(WHOSE_PERSON, self.data, self.sentence_start(position), position)
        return bool(found) and self.data[found[-1][0]:found[-1][1]].lower() in OURS_WHOSE

    def prospect_speaks(self, start: int, end: int) -> bool:
        """The match is the prospect's errand, or the rep asking for the thing, not offering it."""
        if self.asks_not_offers(start) or self.asked_in_return(start):
            return True
        present = self.present
        if "ask_object" in present and search(self.cues.ask_object, self.data, start, end):
            return True
        if "prospect_subject" not in present:
            return False
        clause = max(self.clause_start(start), start - REACH)
        theirs = self._prospect_subjects(clause, start)
        if not theirs:
            return False
        ours = spans(self.cues.rep_subject, self.data, clause, start) if "rep_subject" in present else []
        # By where each subject ends, and on a tie the longer one: "do you", "you'll have" end with
        # the prospect's "you" and are the rep's; "you'd like me to" ends with the rep's "me to"
        # and is the prospect's errand.
        return not ours or (theirs[-1][1], -theirs[-1][0]) > (ours[-1][1], -ours[-1][0])

    def third_partys(self, start: int, end: int) -> bool:
        """The offer matched is a third party's, not the rep's side's: the first one named before the match in its clause
        is a third party ("The council's rebate knocks 400 off", "your trade association gets members 20% off"), not the
        rep ("I can give the club 10% off": the club receives it), or its sentence names one as its source after it
        ("20% off the licence, courtesy of the council"). Whose offer it is is read here once, not in every pattern."""
        cues = self.cues
        if cues.third_party is None:
            return False
        clause = max(self.clause_start(start), start - REACH)
        theirs = [span for span in spans(cues.third_party, self.data, clause, start) if not self._receives(clause, span[0])]
        if theirs:
            ours = spans(cues.rep_subject, self.data, clause, start) if "rep_subject" in self.present else []
            if not ours or theirs[0][0] < ours[0][0]:
                return True
        if cues.third_party_after is None:
            return False
        stop = min(self._sentence_end_after(end), end + REACH)
        return cues.third_party_after._regexp.Match(_ANCHOR_START, self.data, end, stop)[0] != _NO_MATCH

    def owner(self, start: int) -> tuple[str, str]:
        """Whose thing the words at `start` name, read back from it through its noun phrase: ("you", "your") for the
        prospect's own ("your welder", "thanks for ur proposal"), ("them", "their") for someone else's ("their
        quote", "Priya's demo", "the client's case study"), ("", "") for ours or nobody's. At most `OWNER_REACH` words
        back, and never past a word that opens the phrase without an owner: "send your team the deck" names who
        receives, not whose deck; "our", "my" ("my colleague's write-up") make it ours. Whose thing it is is read
        here once, not in every pattern's guards."""
        cues = self.cues
        if cues.owner_you is None or cues.owner_them is None:
            return "", ""
        words = OWNER_WORDS.findall(self.data[max(0, start - OWNER_BYTES):start].lower())
        if start >= OWNER_BYTES and words:
            words = words[1:]  # the first may be the cut end of a longer word
        for number, word in enumerate(reversed(words[-OWNER_REACH:])):
            if not word[:1].isalnum() and word[0] < 0x80:
                return "", ""  # punctuation ends the noun phrase
            if _whole(cues.owner_not, word) or _whole(cues.owner_stop, word):
                return "", ""
            if _whole(cues.owner_you, word):
                return "you", word.decode(errors="replace")
            if _whole(cues.owner_them, word):
                at = len(words) - 1 - number
                if OURS_BEFORE_NAMED.intersection(words[max(0, at - 2):at]):
                    return "", ""  # "my colleague Ruth's write-up", "our engineer's report" are the rep's side's
                after = words[at + 1] if number else OWNER_WORDS.match(self.data, start, start + OWNER_BYTES)
                after = (after.group().lower() if after is not None and not isinstance(after, bytes) else after) or b""
                if not word.startswith((b"their", b"thier", b"his", b"her")) and _whole(cues.owner_is, after):
                    return "", ""  # "the water cooler's free for a month": that 's is "is", not whose
                if at and words[at - 1] in DETERMINERS and not _whole(cues.owner_party, word):
                    return "", ""  # "the agronomist's report" may be ours to give; "the client's proposal" is theirs
                return "them", word.decode(errors="replace")
        return "", ""

    def speaker(self, start: int, end: int) -> str:
        """Who the clause's first subject is: `rep`, `prospect` or `none` (for --explain)."""
        stop = min(end, start + REACH)
        present = self.present
        theirs = self._prospect_subjects(start, stop) if "prospect_subject" in present else []
        ours = spans(self.cues.rep_subject, self.data, start, stop) if "rep_subject" in present else []
        if not theirs and not ours:
            return "none"
        if not theirs:
            return "rep"
        if not ours:
            return "prospect"
        return "prospect" if theirs[0][0] < ours[0][0] else "rep"
