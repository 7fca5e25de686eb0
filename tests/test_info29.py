"""Judgments about information told, and what only looks like it (session 29), each named after what a trainer hears.

How the product is made or finished, told with no number ("the racking uprights are hot-dip galvanised"), and how we
do the job, told as our way ("we pre-drill every upright at the factory"), are facts handed over. An answer only
promised ("we'll have the answers by Tuesday") and a give that waits on their NDA coming back signed hand nothing over."""

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
    "the mezzanine panels are tongue-and-groove, glued and screwed",
    "The sturdy ones are laminated, so they wipe clean.",
    "Short answer: yes, the glass is toughened on the outside and the old panel sits behind it, vented.",
    "the shelving's boltless, it just clips together with a rubber mallet",
])
def test_how_the_product_is_made_told_plainly_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "we pre-drill every upright at the factory so nothing gets cut on your floor",
    "We label every pair with the resident's name and room number.",
    "we weld the racking in-house at our Hebden works",
    "we use 2-pack paint on the box, same as the car trade",
])
def test_our_way_of_doing_the_job_told_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "your old racking is galvanised too, I saw it on the visit",
    "is the frame powder-coated?",
    "Your DMIRS inspection's on the 14th, so if the roads are treated by the end of the month you'll go in clean.",
    "we service your boiler every spring",
    "we fit the racking on Tuesday",
    "we could survey every bay for you",
])
def test_their_things_a_question_or_a_date_is_no_fact_of_ours(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


def test_our_method_beside_a_demo_is_the_demo():
    reply = "If you're at the coffee expo, stop by stand 41. We roast a batch every hour and you can taste it straight from the cooling tray."
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "we'll have the answers on the load question by Tuesday, the engineer is off today",
    "I checked in with our workshop this morning, so I'll have an answer on the glass by Friday.",
])
def test_an_answer_only_promised_hands_nothing_over(reply):
    assert classify(reply).gives == [], why(reply)


def test_a_straight_answer_asked_of_them_is_still_the_ask():
    found = classify("You get the demo unit for a fortnight, we get a straight answer on what you'll judge it against.")
    assert "criteria" in found.gets


def test_a_give_waiting_on_their_nda_signed_is_held_back():
    reply = "Following my letter of Monday: please send the NDA signed, then I can share the wiring plans."
    found = classify(reply)
    assert found.gives == [] and "nda" in found.gets, why(reply)


def test_their_nda_already_back_does_not_hold_the_give():
    assert "information" in classify("We've got your NDA signed, so here are the drawings.").gives
