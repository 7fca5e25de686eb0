"""Session 32 (speed32): an unanchored pattern that names words a reply must hold is searched on its own, and only in a
reply that holds them (`prefilter.py`, `lexicon.Keyed`), instead of in the one-pass sets, where on a reply RE2 had not
seen it mixed its partial matches with every other pattern's. Sparing a search must never change what is heard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dojo.coach.lexicon as lexicon_module
from dojo.coach.lexicon import default_lexicon, parse_lexicon
from dojo.coach.prefilter import required_words
from dojo.coach.signals import classify, classify_many

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def unkeyed():
    """The shipped lexicon with every unanchored pattern in the sets, as before session 32."""
    words = lexicon_module.required_words
    lexicon_module.required_words = lambda source: None
    try:
        return parse_lexicon(lexicon_module._shipped_text(), "every pattern in a set", shipped=True)
    finally:
        lexicon_module.required_words = words


def _replies() -> list[str]:
    texts: list[str] = []
    for name in ("dev_gives25.jsonl", "dev_stages25.jsonl", "dev_neutral24.jsonl", "dev_voices25a.jsonl"):
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts + [
        "Happy to send over the case study from the Leeds job if that helps?",
        "You're welcome to ring any of our customers, they'll tell you straight.",
        "I can put together a case study for you \u212aevin",  # the Kelvin sign reads as "k": every pattern searched
        "ok",
        "",
    ]


def test_a_reply_is_heard_the_same_whether_its_patterns_are_spared_or_searched(unkeyed):
    keyed = default_lexicon()
    assert keyed.keyed is not None and len(keyed.keyed.every) > 100
    assert unkeyed.keyed is None
    texts = _replies()
    assert [repr(classify(text, keyed)) for text in texts] == [repr(classify(text, unkeyed)) for text in texts]
    assert [repr(one) for one in classify_many(texts, keyed)] == [repr(one) for one in classify_many(texts, unkeyed)]


def test_most_replies_search_few_of_the_spared_patterns():
    """A keyed pattern is a candidate only in a reply that holds a word of each of its sets: "ok" holds none."""
    lexicon = default_lexicon()
    assert lexicon.keyed is not None
    assert lexicon.keyed.candidates(b"ok") == []
    typical = lexicon.normalised("Can I send you the price list before Friday?").encoded
    assert len(lexicon.keyed.candidates(typical)) < len(lexicon.keyed.every) // 4


def test_a_reply_with_a_character_read_as_an_ascii_letter_searches_every_spared_pattern():
    """RE2, ignoring case, reads the Kelvin sign as "k" and the long s as "s": the words cannot be trusted there."""
    lexicon = default_lexicon()
    assert lexicon.keyed is not None
    every = sorted(lexicon.keyed.every)
    assert sorted(lexicon.keyed.candidates("a \u212aelvin".encode())) == every
    assert sorted(lexicon.keyed.candidates("a \u017fample".encode())) == every


@pytest.mark.parametrize(("source", "words"), [
    # Python's parser takes the "s" both alternatives open with out of them: "end" or "hare" is what is left.
    (r"\b(?:send|share) (?:the )?case stud(?:y|ies)\b", (("case stud",), ("end", "hare"))),
    (r"\bfree (?:trial|pilot)s?\b", (("free ",), ("pilot", "trial"))),
    (r"\b(?:happy|glad) to\b", (("glad", "happy"),)),  # " to" alone is too common to tell anything
    (r"\b(?:the )?deck\b", (("deck",),)),
])
def test_the_words_a_pattern_needs_are_read_from_its_text(source, words):
    assert required_words(source) == words


@pytest.mark.parametrize("source", [
    r"\b(?:you|your)\b",  # common words: no use
    r"\bx{0,3}(?:ab)?\b",  # nothing needed
    r"\p{Lu}\w+",  # RE2 syntax Python does not read
    r"[^.?!]{0,40}\?",  # a class and a mark only
])
def test_a_pattern_whose_words_cannot_be_proven_has_none(source):
    assert required_words(source) is None


def test_a_scenario_lexicon_shares_the_spared_patterns_and_drops_a_disabled_rule():
    default = default_lexicon()
    assert default.keyed is not None
    some = default.patterns[default.keyed.every[0]].rule.id
    extended = default.extended(disable=[some])
    assert extended.keyed is not None and extended.keyed.words is default.keyed.words
    assert all(extended.patterns[number].rule.id != some for number in extended.keyed.every)
    assert len(extended.keyed.every) < len(default.keyed.every)
    for text in _replies()[:60]:
        data = extended.normalised(text).encoded
        assert all(extended.patterns[number].rule.id != some for number in extended.scan(data)[0]), text
