"""Judgments found in session 35 by mining the stage misses that many writers of the tuned sets share, each named
after what a trainer hears: their trouble said back after "so" is reflecting (Empathy), but our product's facts, their
request restated or a step of the deal said after "so" is not; what they want a thing to do for them, asked, is
discovery, but what they want from us, a slot or an errand is not. Rules alone (no second opinion), so the test pins
the rule, not the model."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why


@pytest.mark.parametrize("reply", [
    "So the pickers are losing an hour every shift waiting on the forklift.",
    "right so your quotes are still done by hand on a Sunday night",
    "so the cold store door keeps sticking and the night crew get the worst of it",
    "Ok so the old kiln is fifteen years old and the elements fail every spring, is that it?",
])
def test_their_trouble_said_back_after_so_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "So the press runs forty sheets a minute and the rollers are stainless.",
    "So you want the quote for the two vans only, noted.",
    "so the price goes up if we miss the slot",
    "So the samples land on the 3rd.",
])
def test_our_product_their_request_or_a_deal_step_after_so_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Happy to write a one-pager. What would you want it to cover for the trustees?",
    "what is it you want the new shelving to hold?",
    "What are you hoping the extension does for weekend trade?",
])
def test_what_they_want_a_thing_to_do_for_them_asked_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What would you like me to bring on Thursday?",
    "What time would you like the call?",
    "What do you want to do about the invoice?",
])
def test_what_they_want_from_us_a_slot_or_an_errand_asked_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)

