"""Judgments found in session 22 while reading which rules hear a move in replies that make none, each named after
what a trainer hears: a greeting that opens the rep's own news is the letter's manners, not a connection made."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone

# ---------------------------------------------------------------- 1. a greeting that opens the rep's own news

@pytest.mark.parametrize("reply", [
    "Dear Ms Ferreira,\n\nMy manager is at the kiln fair in Stoke, so I'm answering the post this week.\n\nBest, Owen",
    "Hiya Bex, our warehouse flooded on Tuesday so it's been mops and buckets all round.",
    "Morning Mr Tanaka. Our driver said the ferry to Shodoshima was cancelled again.",
    "hey priya!! the only thing i sold this week was my old bike lol",
    "Good afternoon Mrs Kowalczyk, apologies for the slow reply, the office moved on Monday.",
    "Hello Dermot,\n\nThis week we had the whole crew up at the quarry for the blasting course.",
])
def test_a_greeting_opening_the_reps_own_news_is_manners_not_rapport(reply):
    assert "rapport" not in rules_alone(reply).stages
    assert "rapport" not in classify(reply).stages


@pytest.mark.parametrize("reply", [
    "Morning Sandra!",
    "Kia ora Hemi!",
    "Namaste ji, my daughter is in Year 9 too, so I know the science homework drama well!",
    "Hey Deb, how'd the town meeting go last night?",
])
def test_a_greeting_standing_alone_or_with_common_ground_is_still_rapport(reply):
    assert "rapport" in rules_alone(reply).stages


def test_the_reps_own_news_under_a_greeting_still_hears_the_move_after_it():
    reply = "Hi Linda, our phones were down yesterday. Who else should see the quote before you decide?"
    assert "decision_makers" in rules_alone(reply).gets


# ---------------------------------------------------------------- 2. the rep's own weather that held up the rep's day

@pytest.mark.parametrize("reply", [
    "Meant to drive up Tuesday but the weather closed the pass, so I'm taking the train.",
    "The weather in Bergen was awful, my ferry got cancelled twice.",
    "Fog on the moor this morning, the weather was that bad we had to turn round.",
    "I'll ask the fitter weather it suits the old boiler",
    "whatever happens w the weather the stand goes up friday",
])
def test_the_reps_own_weather_or_a_misspelt_whether_is_no_small_talk_with_them(reply):
    assert "rapport" not in rules_alone(reply).stages


@pytest.mark.parametrize("reply", [
    "What's the weather doing your side, still grim?",
    "Weather's been wild this week, hasn't it?",
])
def test_weather_shared_with_them_is_still_small_talk(reply):
    assert "rapport" in rules_alone(reply).stages


# ---------------------------------------------------------------- 3. sorry for a bad line

@pytest.mark.parametrize("reply", [
    "sorry you're breaking up, I'm going under a bridge",
    "Sorry, you're cutting out a bit, can you say that again?",
    "sorry ur robotic on my end",
])
def test_sorry_for_a_bad_line_is_no_sympathy_for_them(reply):
    assert "rapport" not in rules_alone(reply).stages


def test_sorry_for_their_setback_is_still_rapport():
    assert "rapport" in rules_alone("So sorry you've had the flood on top of everything.").stages


# ---------------------------------------------------------------- 4. a reference number told for their records

@pytest.mark.parametrize("reply", [
    "The order number is 88213 if your stores team asks.",
    "Yep, the booking ref is KLN-4471.",
    "The account number is 100-442 for the remittance.",
])
def test_a_reference_number_told_for_their_records_is_admin_not_information(reply):
    assert "information" not in rules_alone(reply).gives


def test_a_spec_with_a_number_is_still_information():
    assert "information" in rules_alone("The kiln holds 40 tiles a firing.").gives
