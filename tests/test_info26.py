"""Judgments about information told in answer (session 26), each named after what a trainer hears.

A fact about what we sell, told to them, is `information`: what it comes with, what it works with, what it is made
of, what it has, how long delivery takes, the way it works, and what it will not do with what
does it instead. A person coming with someone, a day refused with another offered, their delivery running late and a
measurement the product goes down to are not that give (nor a discount)."""

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
    "Our volumetric flasks come with individual batch certificates from the factory.",
    "come wit da transducer, da mount, and fifteen foot cable, all in da box",
    "the ordering app works with ParentPay so parents pick the meals the week before",
    "shoots, it pair wit da Garmin app, iPhone or Android both",
    "The hive bodies are made of Finnish pine and they are treated with linseed oil only.",
    "nope, it won't do curling sheets out of the box, but the pebble kit is an add-on you can get later",
    "Please be informed the delivery to Kumasi is 10 working days from order confirmation.",
    "see the way it works is each tiffin gets a QR sticker, kitchen scans at dispatch",
    "the bikes have GPS and a lock in the rear wheel",
    "It does not measure varroa, only weight, temperature and humidity.",
    "Please note the pipettes are sold in boxes of 10 and the tips fit Eppendorf and Gilson both.",
])
def test_a_fact_about_what_we_sell_told_in_answer_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll come with my colleague on Thursday.",
    "That works with my diary, see you then.",
    "We can't do Friday but Monday works.",
    "I can't do Tuesday, only Wednesday.",
    "Deck attached. It has animations. I'm not proud.",
    "The map app has me in the middle of the river, bear with me.",
    "Your delivery is 10 days late, sorry.",
    "the order has shipped from the warehouse",
    "my colleague has the figures, she'll ring you",
    "I'm up at the cabin in Brainerd through the weekend so cell might be spotty",
    "let me check with the plant on the exact gauge of the steel and revert",
])
def test_the_rep_s_day_logistics_and_a_promise_to_check_tell_no_fact(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "the bed goes all the way down to 20 centimetres from the floor for fall risk",
    "yeah da sonar go down to 600 feet in fresh, maybe 400 in salt",
])
def test_a_measure_the_product_goes_down_to_is_a_spec_not_a_discount(reply):
    heard = classify(reply, _rules_alone()).gives
    assert "discount" not in heard, why(reply)


def test_a_price_brought_down_to_a_figure_is_still_a_discount():
    reply = "I can bring it down to 18 a head if you take the full term"
    assert "discount" in classify(reply, _rules_alone()).gives, why(reply)


def test_an_extra_that_comes_with_the_deal_for_nothing_is_a_favour_not_a_fact():
    reply = "The lighting rig comes with a second follow-spot thrown in gratis."
    heard = classify(reply, _rules_alone()).gives
    assert heard == ["favour"], why(reply)
