"""The speed-ups in the lexicon must never change what the coach hears."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dojo.coach import default_lexicon
from dojo.coach.lexicon import FastPattern, _lowercase_twin

WORDS = ["send", "the", "deck", "resend", "demo", "who", "else", "_x", "by", "when", "9am", "über", "email", "it"]
texty = st.lists(st.sampled_from(WORDS) | st.sampled_from([" ", ", ", ". ", "-", "?", "'", "é"]), max_size=30).map("".join)


def spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_most_patterns_take_the_fast_path():
    twins = [twin for rule in default_lexicon().rules for twin in rule.lowercase_twins]
    assert sum(twin is not None and twin.word_start for twin in twins) > len(twins) / 2


def test_a_top_level_alternation_keeps_its_own_word_boundary():
    """`\\ba|b`: the boundary belongs to the first branch only, so it must not be lifted."""
    twin = _lowercase_twin(r"\bcat|dog")
    assert twin is not None and not twin.word_start
    assert spans(twin.finditer("hotdog cat")) == spans(re.finditer(r"\bcat|dog", "hotdog cat"))


@settings(max_examples=300, deadline=None)
@given(texty)
def test_fast_patterns_find_exactly_what_the_originals_find(text):
    for rule in default_lexicon().rules[:40]:
        for source, twin in zip(rule.patterns, rule.lowercase_twins):
            if isinstance(twin, FastPattern) and twin.word_start:
                assert spans(twin.finditer(text)) == spans(re.finditer(source, text)), source


@given(texty)
def test_word_start_check_matches_re_on_edge_cases(text):
    fast = _lowercase_twin(r"\b(?:\W|x|e)")
    assert spans(fast.finditer(text)) == spans(re.finditer(r"\b(?:\W|x|e)", text))
