"""Where a quote begins and ends: the words the panel, the debrief and `classify` show for a label.

A trainer quotes words that mean something. A rule's match, or the words the learned second opinion weighed, can
stop on a function word or inside a phrase: "March isn't far off if the", "can I ask what's prompted the retender
now - is", "what would you do with", or a lone "their" (played in session 26). `meaningful` moves the edges of a quote
to the nearest ones a trainer would use, within the clause, without ever leaving the rep's own characters:

- a quote that ends on the word opening the next clause ("if", "when", "and", "is", …), or on words after a dash or a
  comma with nothing meaningful among them, ends before them ("March isn't far off");
- a quote that ends on a word that opens a phrase ("with", "the", "their") runs on to the end of that phrase when it
  ends within a few words ("what would you do with those mornings back"), and otherwise stops before it;
- a quote that starts inside a phrase ("their facilities lead") starts where the clause does when that is a few words
  back ("happy to put you on with their facilities lead"), and otherwise on its first meaningful word; one that starts
  on the word opening a clause ("if", "and") starts after it.

A quote with no meaningful word in it ("?", "who") is left as it is. Only where a quote is shown changes: what was
heard, and every judgment, read the words as matched.
"""

from __future__ import annotations

import re

#: Words that open a clause: a quote never ends on one (it ends before it), nor starts on one (it starts after it).
OPENERS = frozenset("""
if when whenever while whilst because since unless until though although and but or whereas that that's which who where
""".split())

#: A verb "to be" left hanging at the end of a quote ("covers a week are"): the quote runs on to what it says.
COPULAS = frozenset("is are was were isn't aren't wasn't weren't".split())

#: Words that open a phrase (articles, possessives and other determiners, prepositions): a quote ending on one runs on
#: to the end of its phrase, and one starting on one starts where its clause does.
PHRASE_OPENERS = frozenset("""
the a an this these those their its our your my his her some any every another
of to with for from by at in on into onto about than as before after during without within under between across
around against per via
""".split())

#: Prepositions that can end a phrase as a verb's particle ("dragged in", "signs off", "put you on"): kept at the end
#: of a quote when there is no phrase to run on to.
PARTICLES = frozenset("in on off up out over about through along back down".split())

#: Words that open a noun phrase: a quote starting on one inside a clause quotes the clause when it starts near.
DETERMINERS = frozenset("the a an this these those their its our your my his her some any every another".split())

#: The rep or a third party as the subject of what comes next ("To be straight, we"): a quote never ends on one, for
#: the clause it opens is where the meaning is. "you" and "it" are left out: they end a phrase as objects ("I hear you").
SUBJECTS = frozenset("""
i we they he she i'm we're they're he's she's i'll we'll they'll i've we've they've i'd we'd they'd
""".split())

#: Words that join a clause on, and fillers: a quote never starts on one.
COORDINATORS = frozenset("and but or so then um uh er erm".split())

#: Words that do not end a quote, and words that mean nothing on their own (`_WEAK`: a quote never starts on one).
_FUNCTION = OPENERS | PHRASE_OPENERS | COPULAS | frozenset("um uh er erm".split())
_END_WEAK = _FUNCTION | SUBJECTS
_WEAK = _FUNCTION | COORDINATORS

#: A word of a reply, with its apostrophes ("what's", "isn't", "rep’s"); digits and amounts count as words.
_WORD = re.compile(r"[£$€]?[^\W_](?:[\w'’%£$€.-]*[\w%])?")
#: What ends a clause for a quote: a mark of punctuation, or a dash standing between spaces.
_BREAK = re.compile(r"[,.;:!?()\[\]\"“”\n]|\s[-–—]+(?:\s|$)|^[-–—]+\s")

#: How far a quote's edge may move to finish a phrase, in words.
RUN_ON = 4
REACH_BACK = 6


def _plain(word: str) -> str:
    return word.lower().replace("’", "'")


def has_meaning(text: str) -> bool:
    """Whether `text` holds a word that is not a function word."""
    return any(_plain(found.group()) not in _WEAK for found in _WORD.finditer(text))


def meaningful(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` of `text` with its edges moved to meaningful words (see the module's docstring); `span` itself when it
    holds no meaningful word."""
    start, end = span
    if end <= start:
        return span
    words = [(found.start() + start, found.end() + start, _plain(found.group())) for found in _WORD.finditer(text[start:end])]
    if not any(word not in _WEAK for _, _, word in words):
        return span
    end = _meaningful_end(text, words, start, end)
    start = _meaningful_start(text, words, start, end)
    return (start, end)


def _breaks_between(text: str, start: int, end: int) -> bool:
    return _BREAK.search(text[start:end]) is not None


def _meaningful_end(text: str, words: list[tuple[int, int, str]], start: int, end: int) -> int:
    # The last meaningful word, and the weak words after it.
    ends = [index for index, (_, _, word) in enumerate(words) if word not in _END_WEAK]
    if not ends:
        return end  # "and we": nothing but a subject means anything; leave the end as matched
    last = ends[-1]
    trailing = words[last + 1:]
    if not trailing:
        if _hangs_on_its_object(words, last):
            # "thanks for making": the verb after the preposition needs what it makes ("thanks for making time");
            # `_run_on` finds nothing when the clause ends there.
            run = _run_on(text, words[last][1])
            if run is not None:
                return run
        return _without_trailing_marks(text, words[last][1], end)
    cut = words[last][1]
    opens = any(word in OPENERS and all(after in DETERMINERS for _, _, after in trailing[index + 1:])
                and (index + 1 < len(trailing) or _continues(text, end))
                for index, (_, _, word) in enumerate(trailing))
    if _breaks_between(text, cut, trailing[0][0]) or opens:
        # "…now - is", "…off if the": what follows opens the next clause; a verb's particle before it stays ("dragged
        # in when a" → "dragged in").
        for word_start, word_end, word in trailing:
            if word not in PARTICLES or _breaks_between(text, cut, word_start):
                break
            cut = word_end
        return cut
    if not _continues(text, trailing[-1][1]):
        return _without_trailing_marks(text, trailing[-1][1], end)  # "…like this?", "…deal with it": the phrase is whole
    # "…do with", "…put you on with their": a phrase is opened; run on to its end when it is near.
    run = _run_on(text, trailing[-1][1])
    if run is not None:
        return run
    while trailing and trailing[-1][2] not in PARTICLES:
        trailing = trailing[:-1]
    return trailing[-1][1] if trailing else cut


def _hangs_on_its_object(words: list[tuple[int, int, str]], last: int) -> bool:
    """Whether the quote ends on a verb's "-ing" form straight after a preposition ("for making", "about getting"),
    whose object is the point of the phrase."""
    word = words[last][2]
    return (last > 0 and word.endswith("ing") and len(word) > 4
            and words[last - 1][2] in PHRASE_OPENERS and words[last - 1][2] not in DETERMINERS)


def _continues(text: str, at: int) -> bool:
    """Whether the clause goes on with another word after `at`."""
    following = _WORD.search(text, at)
    return following is not None and not _breaks_between(text, at, following.start())


def _run_on(text: str, at: int) -> int | None:
    """Where the phrase opened just before `at` ends: the last word before the clause's next break or opener, when it
    ends within RUN_ON words and is meaningful; None otherwise."""
    ending = None
    for count, found in enumerate(_WORD.finditer(text, at)):
        if _breaks_between(text, at, found.start()):
            break
        word = _plain(found.group())
        if word in OPENERS or (ending is not None and word in _WEAK and word not in DETERMINERS):
            break  # the phrase ends at its first word after a meaningful one that opens another: "a week now to keep"
        if count >= RUN_ON:
            return None  # the phrase runs on past reach: "another intake trained the old way" is not quoted by half
        ending = found.end() if word not in _WEAK else ending
        at = found.end()
    return ending


def _meaningful_start(text: str, words: list[tuple[int, int, str]], start: int, end: int) -> int:
    index = 0
    while words[index][2] in COORDINATORS:
        index += 1  # "and walk you through…", "And how…": the quote starts after the word joining it on
    first_start, first = words[index][0], words[index][2]
    if first not in DETERMINERS:
        return first_start if index else start
    # "the 14th at 4", "their facilities lead": a phrase inside a clause; quote the clause when it starts near.
    back = _reach_back(text, first_start)
    return back if back is not None else (first_start if index else start)


def _reach_back(text: str, at: int) -> int | None:
    """Where the clause holding `at` starts, when it is at most REACH_BACK words back and starts on a meaningful word;
    None otherwise."""
    reached = at
    for count, found in enumerate(reversed(list(_WORD.finditer(text, 0, at)))):
        if _breaks_between(text, found.end(), reached) or _plain(found.group()) in OPENERS:
            break
        if count >= REACH_BACK:
            return None
        reached = found.start()
    if reached == at:
        return None
    for found in _WORD.finditer(text, reached, at):
        if _plain(found.group()) not in COORDINATORS:  # "so um picture your…": the clause after the word joining it on
            return found.start() if _plain(found.group()) not in _WEAK else None
    return None


def _without_trailing_marks(text: str, last_word_end: int, end: int) -> int:
    """A quote keeps what closes its last word ("?", "!", a closing quotation mark) but not a dash or comma after it."""
    tail = text[last_word_end:end]
    if tail and not tail.strip(" ,;:-–—"):
        return last_word_end
    return end
