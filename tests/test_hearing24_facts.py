"""Judgments about the prospect's own facts said back (session 24), each named after what a trainer hears.

A give is something the rep hands over. Their fleet, their cellar or their reps' calls said back to them hand over
nothing of ours, however many figures the sentence carries; a fact of ours told after it still does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


# ---------------------------------------------------------------- 1. their situation said back is no information


SAID_BACK = [
    "so the trouble is the logs sit too long in the yard and go blue before you can get to them",
    "So the bottleneck is the Saturday rush, three rooms, one host, and the resets take twenty minutes each.",
    "u said 8 AEs doing 5 calls a day, so every week this waits is roughly 40 hrs of note typing ur team never gets back",
    "So if I've got this right, the compressor runs at 7 bar and the bill went up 38% on last year?",
    "ok so the problem is the freezer holds 40 trays and the Friday delivery needs 60",
    "Correct me if I'm wrong, the chiller runs about 18 hours a day in July.",
]


@pytest.mark.parametrize("reply", SAID_BACK)
def test_their_own_situation_said_back_hands_over_no_information(reply):
    assert "information" not in classify(reply).gives, why(reply)
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 2. a fact of ours told after it still is


@pytest.mark.parametrize("reply", [
    "You said the shed is four metres, our kit is 3.9 metres wide.",
    "so the trouble is the old dryer. Our dryer holds 40 kilos and runs on single phase.",
    "The vending unit holds 480 items and takes contactless.",
])
def test_a_fact_of_ours_told_beside_their_situation_is_still_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 3. their situation asked about is no information


@pytest.mark.parametrize("reply", [
    "What's the supply at the workshop now, single phase off the house?",
    "What voltage do you have in the bakery, single phase or three?",
    "How are the cold rooms holding up, still running about 18 hours a day?",
])
def test_a_fact_of_theirs_asked_about_in_a_question_hands_over_no_information(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Our kit is 3 m wide, does that fit?",
    "So what's the plan, our unit ships in three weeks?",
])
def test_a_fact_of_ours_put_as_a_question_is_still_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)
