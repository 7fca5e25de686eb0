"""Judgments about information told, and what only looks like it (session 30), each named after what a trainer hears.

A product said to "be" a bare sum is its price, not a fact about it ("The drum is 7,200 with the burner"); a date's
distance or a permit's wait is no fact about the offer ("Eid is in six weeks", "the permits take six weeks"); "I'll
drop everything" hands nothing over, and "please send the passport copies" is their errand asked of them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "The drum is 7,200 with the burner, 6,300 without.",
    "yeah so um the single barrel is thirty one thousand the double is fifty two",
    "The per-seat licence is 2.80 a singer a term.",
    "the titanium is like sixty manat wholesale, acetate thirty five",
    "What a game Saturday, eh. Anyway, the corner boards are twelve hundred a season.",
])
def test_a_product_that_is_a_bare_sum_is_its_price_not_a_fact(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The machine is 38 000 nakfa, and with it I give you one box of heel rubber free.",
    "The audit is 45,000 taka for a building your size.",
])
def test_a_sum_in_a_currency_outside_writers_use_is_heard_as_the_price(reply):
    assert "pricing" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The weighbridge deck is 18 metres long and takes a 60 tonne gross load.",
    "the kettle holds forty pounds of sugar and the copper's a full eighth-inch thick",
    "Gauge is 14, powder coated, holds 500 lb per shelf.",
    "They're 38p a sheet, and the pad holds two hundred.",
])
def test_a_size_or_a_count_told_is_still_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Eid is in six weeks, if you want the stock for the sale we should order this week.",
    "the spring concert is like 5 weeks out, if we onboard everyone this week the parts r sorted",
    "the permits take six weeks, so if we want new year's we need the order by the fifteenth of november, latest",
    "CAA permissions take 8 weeks. Your festival is in 10. Maths is cruel that way.",
])
def test_a_dates_distance_or_a_permits_wait_is_no_fact_about_the_offer(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Whenever's easiest for you, honestly, I'll drop everything.",
    "Thanks, got your email with the floor plan, that's everything I need for now.",
    "Please send the passport copies for the park permits, the rangers need them.",
])
def test_dropping_everything_or_asking_them_to_send_hands_nothing_over(reply):
    assert classify(reply, _rules_alone()).gives == [], why(reply)


def test_sending_everything_over_is_still_information():
    reply = "I'll send everything over tonight."
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)
