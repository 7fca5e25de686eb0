"""Judgments about gives worded the way other writers word them (session 34), each named after what a trainer hears.

A price said against the one it replaces ("£1,650 each instead of £1,895") is money off and the price it comes to, one
offer: a discount and pricing. A price put right ("it's $4,100, not $4,700"), a term after the cue ("normally twelve
months") or their price is not."""

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
    "For the gala week I can let the two follow spots go at £95 a night instead of £120.",
    "we do the 50ml flasks at 3.20 each, down from 4.10",
    "Your lease would be 175 a month rather than 199 if you take both units.",
    "the hull survey is 80 euro for members instead of 110",
])
def test_a_price_said_against_the_one_it_replaces_is_a_discount_and_a_price(reply):
    gives = classify(reply, _rules_alone()).gives
    assert {"discount", "pricing"} <= set(gives), why(reply)


@pytest.mark.parametrize("reply", [
    "Sorry, the figure I sent was wrong: it's £4,100, not £4,700.",
    "It's £40 a month, normally on a 12 month term.",
    "Their quote was £30 each instead of £40, I know.",
    "You're paying £30 a case now instead of £24 last year.",
    "Could we move the call to 3 instead of 2?",
])
def test_a_price_put_right_a_term_or_their_price_is_no_discount(reply):
    assert "discount" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "My engineer could come by and have a look at yer chiller on Friday.",
    "I'll run over to the marina Monday and look over your genoa.",
    "Our fitter can come out and have a look at the old boiler.",
])
def test_our_side_coming_out_to_look_at_their_kit_is_consulting(reply):
    assert "consulting" in classify(reply, _rules_alone()).gives, why(reply)


def test_our_side_coming_to_show_it_on_their_things_stays_a_demo():
    reply = "Our technician will come to the shop and run your own samples through it in front of you."
    assert "consulting" not in classify(reply, _rules_alone()).gives, why(reply)
