"""Judgments about the Empathy stage settled in session 31, each named after what a trainer hears.

An acknowledgement that only opens a push, our own pitch or a no taken shows no discovery: "I hear you on the price,
but…", "I understand. Our bags are…", "I understand the board has decided not to go ahead". A question about their
side after their name and a comma is discovery: "Brother, how is it for your cousins running the shops?"."""

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
    "I hear you on the price, but the quality is worth it, trust me, please give us one chance.",
    "I hear you on the cost, but I still reckon the bouncy castle pays for itself the first weekend.",
    "I understand the committee declined, but I would urge you to look again: this is where the industry is heading.",
])
def test_an_acknowledgement_that_opens_a_push_is_not_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I understand. Our bags are 100% jute and printed in Narayanganj.",
    "I understand. Our tuning package includes two visits a year.",
    "Ja, I get it, the members want new problems every week. Our macro set ships with a free bolt kit.",
    "yeah I get it I get it um so our machine does a pass in eight minutes flat",
])
def test_an_acknowledgement_that_opens_our_pitch_is_not_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Ok Monsieur Bah, I understand you have no budget this year, I will not disturb you more.",
    "I understand you do not want more information now. It is okay.",
    "I understand the board has decided not to go ahead this year. Thank you for your time.",
    "If you prefer to wait to next year, I understand, no problem.",
    "I totally understand if you're busy, but I really hope you'll reconsider, it'd make my month.",
])
def test_a_no_taken_or_allowed_is_not_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)


def test_understanding_as_hearsay_in_a_referral_ask_is_not_discovery():
    reply = ("I should be obliged if you would provide the contact details of your counterpart at the sister academy, "
             "who I understand is also re-equipping.")
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I hear you, month-end sounds brutal.",
    "I understand you need to talk to your partners. When are you seeing them?",
    "I hear you, but how are the crew coping with the extra shifts?",
])
def test_understanding_that_is_the_replys_point_is_still_discovery(reply):
    assert "empathy" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Brother, how is it for your cousins running the shops, do they trust the cold chain?",
    "Sasa boss, how are the lanterns holding up in the long rains?",
    "Sensei, where do new students usually drop off, after the first month or after the first grading?",
    "Hey Jess, what does a good month look like for the shop, and what would make it great?",
])
def test_a_question_about_their_side_after_their_name_is_discovery(reply):
    assert "empathy" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Morning Aled, how did the lambing go in the end?",
    "Sorry, what was the name of the town again?",
    "Macha, what's your mobile? The shop line always goes to the cashier.",
    "Ustaz, what happens from here, on your side? Is there a committee meeting I should prepare for?",
    "Pieter, how do I get to the gym from the N1?",
    "Hello sir, how is going your week? Hope you are fine.",
])
def test_after_a_name_small_talk_a_repeat_a_number_or_the_next_step_is_not_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)
