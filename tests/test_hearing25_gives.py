"""Gives whose verb or deliverable no word list names (session 25), each named after what a trainer hears.

A give is the rep, an offer, a handing-over verb and a deliverable. The deliverable need not be a word any class
holds: the rep carrying the thing itself to the prospect's place, on a day, is seeing it work, whatever the thing is
called. Words of the same shape that hand nothing over stay silent."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. the thing itself brought to them is a demo


BROUGHT = [
    "I'll bring a board round Tuesday and we'll taste through all six together.",
    "Amai, I can bring one to your tearoom on the Markt and we bake with your own batter, then you decide.",
    "Want me to bring the iron on Saturday and bake next to your old one, so your staff can compare side by side?",
    "I'll bring the printer in, plug it into your line for an hour and run your own labels through it.",
    "happy to drive the new chipper out to your yard on Friday and you can feed it your own brash",
]


@pytest.mark.parametrize("reply", BROUGHT)
def test_the_thing_itself_brought_to_their_place_is_a_demo(reply):
    assert "demo" in rules_alone(reply).gives, why(reply)


# ---------------------------------------------------------------- 2. what the thing is still decides the kind


@pytest.mark.parametrize(("reply", "kind"), [
    ("I'll bring the spec sheet Thursday, see ya then", "information"),
    ("I'll bring a sample pack round Thursday.", "trial"),
    ("I can bring a proposal to your office on Monday.", "proposal"),
])
def test_a_named_deliverable_brought_keeps_its_own_kind(reply, kind):
    gives = rules_alone(reply).gives
    assert kind in gives and "demo" not in gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I can bring the press to your yard Friday and make bricks with your own soil.",
])
def test_the_product_brought_to_their_yard_is_no_errand_run_for_them(reply):
    assert set(rules_alone(reply).gives) == {"demo"}, why(reply)


# ---------------------------------------------------------------- 3. carrying words that give nothing


@pytest.mark.parametrize("reply", [
    "I'll even bring the coffee.",
    "I'll bring the dashboard up on my laptop.",
    "I'll bring it up with my manager tomorrow.",
    "We'll bring the delivery date forward to Monday.",
    "I'll bring butter. Bribery, but legal.",
    "I'll bring the invoice round on Friday when I collect the old unit.",
])
def test_carrying_words_that_hand_nothing_over_give_no_demo(reply):
    assert "demo" not in rules_alone(reply).gives, why(reply)
    assert "demo" not in classify(reply).gives, why(reply)
