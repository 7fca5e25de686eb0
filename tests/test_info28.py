"""Judgments about information told, and what only looks like it (session 28), each named after what a trainer hears.

A fact about the offer is handed over however it is told: walked through as "how it works is you scan the dock…",
the terms as "there's no minimum booking", what a hire boat sleeps. A bare "yes it does" tells nothing the prospect
did not already say, and "here's the plan: …" announces the steps both sides take next, not a document."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from dojo.coach.spoken import CLEFT
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Right so how it works is you scan the QR on the dock, the lock pops, and you're charged by the minute.",
    "So how it works is each choir gets one licence number and it's printed on every copy.",
    "lemme tell ya how it works ya call the number the guy comes out same day he snakes the line",
])
def test_how_it_works_walked_through_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)
    assert "information" in classify(reply).gives, why(reply)


def test_how_it_works_asked_is_still_a_question():
    reply = "So how it works is what, exactly?"
    assert "information" not in classify(reply).gives, why(reply)
    assert classify(reply).question


def test_the_product_cleft_opens_a_statement_not_a_question():
    assert CLEFT.match("so how it works is you scan the dock")
    assert CLEFT.match("what it does is log every hive twice a day")
    assert not CLEFT.match("what it is")


@pytest.mark.parametrize("reply", [
    "No, there's no minimum booking. One hour is fine.",
    "There's no minimum, you can hire the boat for a single night.",
    "no minimum hire on the weekday boats",
])
def test_no_minimum_told_is_a_term_handed_over(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


def test_a_minimum_asked_about_is_no_term_told():
    reply = "Is there a minimum order?"
    assert "information" not in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The narrowboats sleep four, two doubles, and there's a shower and a proper oven on board.",
    "Each pod sleeps six in two rooms.",
])
def test_what_it_sleeps_is_a_spec(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", ["Yes it does.", "Yep, it does!", "Yes they do."])
def test_a_bare_yes_tells_no_fact(reply):
    assert "information" not in classify(reply).gives, why(reply)
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "yes it does, the wall panels bolt straight onto a block wall, no steel frame needed",
    "Yes, it does. It runs nine hours on a charge.",
])
def test_a_yes_with_the_fact_after_it_is_information(reply):
    assert "information" in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Here's the plan: samples land on the 3rd, your chefs taste on the 5th, we talk numbers on the 10th.",
    "So here's the plan, dear: I post the duvets Monday and we speak on the 15th.",
])
def test_the_plan_announced_is_next_steps_not_a_document(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


def test_a_floor_plan_handed_over_is_still_information():
    reply = "Here's the floor plan for the east wing."
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)
