"""Which kind a give is: the deliverable nearest the offer, not every thing named after it.

A give frame ("I'll send …", "attached is …") reaches a few words past its verb
to find the thing handed over, so one frame can run on past the thing into
another noun: "I'll send the link to the walkthrough video", "I'll run the ROI
model on your figures". A trainer hears one give there, and its kind is the
nearest thing to the verb, with two exceptions:

- things listed together are each given: "the deck and the pricing";
- two nouns in a row are one thing, named by the second ("a video tour"),
  unless the second only carries the first ("a slide pack", "the demo recording");
- where two kinds name the same words ("a costed plan"), information, the
  fallback kind, gives way;
- a thing left with them for a span of use, or sent for them to try, is a trial, whatever it is called
  ("lend you the demo hive for 3 weeks");
- a case study whose name starts inside the nearer thing's ("the numbers from a practice like
  yours") is another customer's result, not the numbers;
- a *pointer* hands over what it points at ("a link to the demo recording",
  "a copy of the contract"), and a *description* of a document is that document
  ("a summary of the pricing options"); a description of an event stays
  information ("an overview of the pilot").

Matches are byte spans in the normalised reply. Only a match that contains a
nearer one ran on past it; matches that merely overlap ("I can do £12" and "£12
a vehicle") are separate moves and both stand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import re2

from dojo.coach.lexicon import expand
from dojo.vocab import _re2_options

#: Give kinds that are documents: a description of one ("a summary of the pricing") is that document.
DOCUMENT_KINDS = frozenset({"pricing", "deck", "proposal", "case_study"})
#: Word classes (in the lexicon) of nouns that carry another thing, and of words that list things.
POINTER_CLASS = "thing.pointer"
ABOUT_CLASS = "thing.about"
LIST_CLASS = "listing"
#: The word class that says a price replaces another (rule give.price-instead): the price and the money off, one offer.
PRICE_REPLACED_CLASS = "price_replaced"
#: The word class that says a lower price holds on their volume (rule give.price-tier): the price and the money off, one offer.
PRICE_TIER_CLASS = "price_tier"


@lru_cache(maxsize=8)
def _ends_with(words: tuple[str, ...]) -> re2._Regexp | None:
    if not words:
        return None
    return re2.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")$", _re2_options())


@lru_cache(maxsize=8)
def _contains(words: tuple[str, ...]) -> re2._Regexp | None:
    if not words:
        return None
    return re2.compile(r"(?:^|\W)(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?:\W|$)",
                       _re2_options())


#: "a link to", "a summary of": the words between a carrier noun and what it carries.
_CARRIES = re2.compile(r"^\W*(?:of|on|to|for|about|from|re|regarding|covering|showing|with|into|explaining|"
                       r"outlining|around|behind)\b", _re2_options())


#: Words that open a new phrase, so the nouns either side of them are not one compound.
_PHRASE_WORDS = frozenset(b"a an the of on to for about from with and or plus then also your my our their "
                          b"this that these those it them you me us in by at so".split())


#: A trial frame that ends on a span of use ("… for 3 weeks", "… through the season"): the thing is left with them to use.
_SPAN_OF_USE = re2.compile(r"\b(?:days?|weeks?|fortnights?|months?|weekends?|season|term|summer|winter|spring|autumn|"
                           r"harvest|holidays)$", _re2_options())


#: A trial frame that names the trying ("… free of charge for six weeks to use", "… free so you test it"), comparing or
#: seeing it for themselves ("… on the house so you see how the crew works", "… free so you can compare", session 39).
_TO_TRY = re2.compile(r"\b(?:try|test|taste|sample|prove|use|trial|compare|see (?:it|them|how|if|whether|for "
                      r"(?:yourself|yourselves|themselves)|the (?:quality|difference|finish|texture|taste|results?|fit|"
                      r"colou?rs?|standard|work|style)))\b", _re2_options())


#: A trial frame's words after the goods that make them goods to try: "2 kilos of the quinoa as a sample", "a case of
#: the new range for your chefs to taste". Goods sent to be tried are a trial, whatever the goods are called.
_SENT_TO_TRY = re2.compile(r"\b(?:as (?:a )?(?:free )?(?:samples?|tasters?|trial|freebie|try-?out)|(?:to|can|could) "
                           r"(?:try|test|taste|sample|trial|road-?test)|(?:try|test|taste) (?:it|them))\b", _re2_options())


#: ...but a document sent "as a sample" of the paperwork ("our certificate of data destruction as sample") is still a document.
_DOCUMENT = re2.compile(r"\b(?:certificates?|reports?|sheets?|letters?|documents?|pdfs?|files?|specs?|brochures?|"
                        r"catalog(?:ue)?s?|templates?|forms?|contracts?|policies|policy|records?|logs?)\b", _re2_options())


_TRAILING_PREPOSITION = re2.compile(r"\s+(?:of|on|to|for|about|from|re|regarding|covering)$", _re2_options())


@lru_cache(maxsize=32)
def _thing(pattern: str) -> re2._Regexp:
    return re2.compile(pattern + "$", _re2_options())


def _phrase_length(kind: str, data: bytes, end: int, classes: Mapping[str, tuple[str, ...]]) -> int:
    """How many bytes of the thing class of `kind` end at `end` (0 when that kind has no thing class)."""
    words = classes.get(f"thing.{kind}", ())
    if not words:
        return 0
    # A thing word may name another class ("numbers {peer_source}"): expanded as a pattern expands it.
    regex = _thing(expand(f"{{thing.{kind}}}", classes, "kinds") if any("{" in word for word in words)
                   else r"\b(?:" + "|".join(words) + r")")
    window = data[max(0, end - 60):end]
    found = regex.search(window)
    return len(window) - found.start() if found is not None else 0


def _compound(between: bytes) -> bool:
    """Two nouns in a row, nothing between them: "video tour", "slide pack", "pricing one-pager"."""
    if not between[:1].isspace() and between[:1] != b"-":
        return False
    words = between.replace(b"-", b" ").split()
    return 0 < len(words) <= 2 and all(word.isalnum() and word not in _PHRASE_WORDS for word in words)

def _names_inside(data: bytes, give: tuple[int, int, str], nearer: tuple[int, int, str],
                  classes: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `give`'s thing starts inside the thing of the `nearer` give it ran past ("the numbers from a practice
    like yours": the case study's name begins at "numbers"). Read only for the one kind that needs it, since each
    side costs a search of its thing class."""
    _, end, kind = give
    _, other_end, other_kind = nearer
    mine = _phrase_length(kind, data, end, classes)
    theirs = _phrase_length(other_kind, data, other_end, classes)
    return bool(mine and theirs) and other_end - theirs <= end - mine < other_end


#: A concession that names a thing done for them rather than money: free months of a named thing ("a free month of
#: onboarding") or the carriage of their goods ("absorb the freight charges", as "free delivery" is a favour).
_A_THING_THROWN_IN = re2.compile(r"\bmonths?(?: free)? of (?:the |your |our )?[a-z]|"
                                 r"\b(?:freight|delivery|deliveries|shipping|postage|carriage)\b", _re2_options())


#: How many words may stand between a "thrown in" and the free thing it throws in ("throw in a free month").
_THROWN_REACH = 3


def _one_concession(gives: Sequence[tuple[int, int, str]], data: bytes, listing: re2._Regexp | None) -> set[int]:
    """Indices of a favour or a discount heard on the same concession as the other: the favour's words overlap the
    discount's, or throw in the very thing the discount names ("I'll throw in | a | free month of onboarding if you
    sign"), nothing listed between them. One concession is booked once. Free months with nothing named are money off
    the subscription, a discount ("I can throw in three months free if that helps"); free months of a named thing are
    that thing thrown in, a favour ("I'll throw in a free month of onboarding if you sign this week"), and so is their
    goods' carriage ("as a goodwill gesture we shall absorb the freight charges"); a fee waived is money, a discount
    ("the bank will waive the arrangement fee entirely as a goodwill gesture"). Things listed
    are each given: "2% off and free body insurance for the first year"."""
    dropped: set[int] = set()
    for one, (start, end, kind) in enumerate(gives):
        if kind != "discount":
            continue
        for other, (other_start, other_end, other_kind) in enumerate(gives):
            if other_kind != "favour":
                continue
            between = data[other_end:start] if other_end <= start else data[end:other_start] if end <= other_start else b""
            if len(between.split()) > _THROWN_REACH or (listing is not None and listing.search(between)) or any(
                    stop in between for stop in (b".", b"?", b"!", b";", b",")):
                continue
            if end < other_end and listing is not None and listing.search(data[end:other_end]):
                continue  # "10% off and free install": money off and an extra listed after it, each given
            words = data[min(start, other_start):max(end, other_end)]
            dropped.add(one if _A_THING_THROWN_IN.search(words) else other)
    return dropped


def unheard_kinds(gives: Sequence[tuple[int, int, str]], data: bytes,
                  classes: Mapping[str, tuple[str, ...]]) -> set[int]:
    """Indices into `gives` ((start, end, kind) in one clause each) of matches that overreach.

    `gives` holds every give heard in the reply; each group of matches sharing a clause is
    judged on its own, nearest thing first.
    """
    pointer = _ends_with(classes.get(POINTER_CLASS, ()))
    about = _ends_with(classes.get(ABOUT_CLASS, ()))
    listing = _contains(classes.get(LIST_CLASS, ()))
    replaced = _contains(classes.get(PRICE_REPLACED_CLASS, ()))
    tier = _contains(classes.get(PRICE_TIER_CLASS, ()))
    order = sorted(range(len(gives)), key=lambda index: (gives[index][1], gives[index][0]))
    dropped: set[int] = _one_concession(gives, data, listing)
    kept: list[int] = []
    for index in order:
        start, end, kind = gives[index]
        # Two kinds for the same words ("a cost estimate", "the tasting menu"): the kind whose
        # thing is the longer phrase names it; failing that, information is the fallback kind.
        same = [other for other in kept if other not in dropped and gives[other][1] == end
                and gives[other][2] != kind]
        if same:
            mine = _phrase_length(kind, data, end, classes)
            for other in same:
                theirs = _phrase_length(gives[other][2], data, end, classes)
                if mine != theirs and mine and theirs:
                    dropped.add(index if mine < theirs else other)
                elif "information" in (kind, gives[other][2]):
                    dropped.add(index if kind == "information" else other)
            if index in dropped:
                continue
        # A frame that ran on past a nearer thing contains that thing's whole match.
        nearer = [other for other in kept
                  if other not in dropped and gives[other][1] < end and start <= gives[other][0]]
        if not nearer:
            kept.append(index)
            continue
        verdict = True
        for other in nearer:
            other_start, other_end, other_kind = gives[other]
            if other_kind == kind:
                continue
            if kind == "discount" and other_kind == "pricing" and any(
                    cue is not None and cue.search(data[other_start:end]) for cue in (replaced, tier)):
                # "£1,650 each instead of £1,895", "£65 each, or £55 if you take ten": the price and the money off it,
                # one offer; both stand
                continue
            if kind == "consulting" and other_kind == "information":
                dropped.add(other)  # "draw up a custom schedule for the vans": the document is the work's product
                continue
            if kind == "trial" and other_kind == "favour" and _TO_TRY.search(data[start:end]):
                dropped.add(other)  # "one iron free of charge for six weeks": free to try is a trial, not an extra
                continue
            if kind == "trial" and other_kind == "demo" and _SPAN_OF_USE.search(data[start:end]):
                dropped.add(other)  # "lend you the demo hive for 3 weeks": used for weeks, whatever it is called
                continue
            between = data[other_end:end]
            if kind == "trial" and other_kind == "information" and _SENT_TO_TRY.search(between) \
                    and not _DOCUMENT.search(data[other_start:other_end]):
                dropped.add(other)  # "send you 2 kilos of the quinoa as a sample": goods sent to try, not a document
                continue
            if listing is not None and listing.search(between):
                continue  # "the deck and the pricing": both given
            if kind == "case_study" and _names_inside(data, (start, end, kind), gives[other], classes):
                # Another customer's result named by a nearer thing's words: "the numbers from a practice like
                # yours" is one case study, not the numbers (pricing) and a story.
                dropped.add(other)
                continue
            carrier = data[other_start:other_end]
            # A nearer match that ends on "your" or "the" ("restructure your") is a frame, not a noun:
            # what follows it is its object, not the second half of a compound.
            carrier_words = carrier.split()
            ends_on_noun = bool(carrier_words) and carrier_words[-1].lower() not in _PHRASE_WORDS
            if ends_on_noun and _compound(between):
                # One noun phrase, named by its last noun ("a video tour"), unless that noun only
                # carries the first: "the demo recording", "a slide pack"; but "the pilot
                # overview" describes an event, which is information.
                head = data[other_start:end]
                carries_it = (pointer is not None and pointer.search(head)) or \
                    (other_kind in DOCUMENT_KINDS and about is not None and about.search(head))
                if carries_it:
                    verdict = False
                else:
                    dropped.add(other)
                continue
            preposition = _TRAILING_PREPOSITION.search(carrier)
            if preposition is not None:  # the frame ran on to "a copy of": the carrier is "a copy"
                carrier = carrier[:preposition.start()]
            carried = preposition is not None or _CARRIES.search(between) is not None
            if carried and pointer is not None and pointer.search(carrier):
                dropped.add(other)  # "a link to the demo": the demo
                continue
            if carried and kind in DOCUMENT_KINDS and about is not None and about.search(carrier) \
                    and other_kind == "information":
                dropped.add(other)  # "a summary of the pricing": pricing
                continue
            verdict = False  # the nearer thing is the give
        if verdict:
            kept.append(index)
        else:
            dropped.add(index)
    return dropped
