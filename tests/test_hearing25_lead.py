"""Judgments found in session 25 by the lead playing a new rep, each named after what a trainer or rep would notice."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why


@pytest.mark.parametrize("reply", [
    "Happy to get into the weeds on photos vs invoices, but can I ask first what kicked off the market scan?",
    "Sure, I can walk you through it, but can I ask first what kicked off the market scan?",
    "Happy to send the deck, but could I ask you something first: who else will read it?",
])
def test_an_answer_held_back_behind_can_i_ask_first_gives_nothing_yet(reply):
    heard = classify(reply)
    assert not heard.gives, why(reply)
    assert not rules_alone(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Happy to get into the weeds on photos vs invoices, but can I ask first what kicked off the market scan?",
    "Sure, I can walk you through it, but can I ask first what kicked off the market scan?",
    "Could I just ask quickly how the claims team handles it today?",
])
def test_a_discovery_question_after_asking_leave_first_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


# Session 33's retrain lost this information and session 36's, on the settled conventions, hears it again.
def test_a_give_made_before_asking_something_else_is_still_given():
    reply = "I'll send the residency statement today. Can I ask what the board will do with the report?"
    assert classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "last time the clinics brought in a new system, who else got pulled in before it was signed?",
    "Last time you changed supplier, who else got involved?",
])
def test_who_else_was_pulled_into_the_last_decision_asks_for_the_deciders(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)


def test_who_else_got_a_letter_is_no_ask_for_the_deciders():
    assert not rules_alone("who else got the letter?").gets


@pytest.mark.parametrize("reply", [
    "When the vets are short, what happens to the bookings?",
    "Coming back to the current cleaners, how happy are you with them?",
    "In your current setup, how do the photos get to the assessors?",
])
def test_a_question_after_setting_the_time_or_topic_first_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "When does the Tarbert ferry get in on a Saturday, do you know?",
    "Last time we spoke you were off to Budapest for your sister's wedding, how was it?",
])
def test_a_question_about_the_reps_own_way_or_their_weekend_is_no_discovery(reply):
    assert "empathy" not in classify(reply).stages, why(reply)
