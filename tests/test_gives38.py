"""Judgments about gives (session 38), each named after what a trainer hears.

The rep moving the price to a figure ("I could go to 14", "we can come down to 12.50 rand a kilo", "If I get you to
14, can you commit to a three-year term?", "I could meet you at £14 a head") concedes money: a discount, whether or not
the words say "off" or "for you", and whatever is asked back in the same breath. A figure the rep can *do* is a price
quoted ("OK. I can do 20 a truck a month.", pinned in discount-hunter), a bare number after "meet you at" is a time,
and a bare number before "if" may be a count ("we can go to 10 if you need more seats")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "I could go to 14",
    "Alright, I'll come down to 12.50 rand a kilo.",
    "If I get you to 14, can you commit to a three-year term?",
    "If I can get you to £14 a head, will you sign this week?",
    "I could meet you at £14 a head.",
    "We could stretch to 9k for you.",
])
def test_the_price_moved_to_a_figure_is_a_discount(reply, lexicon):
    assert "discount" in classify(reply, lexicon).gives


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "OK. I can do 20 a truck a month.",
    "I'll meet you at 10.",
    "We could go to 3 sites next year.",
    "We can go to 10 if you need more seats.",
    "I can get you to 3pm.",
])
def test_a_figure_quoted_a_time_or_a_count_is_no_discount(reply, lexicon):
    assert "discount" not in classify(reply, lexicon).gives


def test_getting_them_to_a_figure_is_not_asking_them_to_do_something():
    # "get you to 14" moves our price; "get you to sign" asks them (the ask_object cue still reads it so).
    heard = classify("If I get you to 14, can you commit to a three-year term?", RULES_ALONE)
    assert "discount" in heard.gives
    assert not classify("Can I get you to sign the form by Friday?", RULES_ALONE).gives
