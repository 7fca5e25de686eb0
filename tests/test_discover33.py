"""Judgments found in session 33, each named after what a trainer hears: who does a job of their day on their side is
discovery, not who decides on our offer; what happens on their side when something goes wrong is discovery, however
the question and its scene are ordered, while what happens after our quote or a trial still asks the next step."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from dojo.coach.spoken import asks_inside_a_scene
from tests.hearing_help import why

# ---------------------------------------------------------------- who does the work now: their people, discovery


@pytest.mark.parametrize("reply", [
    "Who looks after the stock room day to day?",
    "Who looks after the suppliers on your side?",
    "Who's fielding the parent calls when a bus runs late?",
    "who's actually doing the scrubbing at the moment, your lads or a contractor",
    "Who covers the counter when you go to the mill?",
    "Going forward, who locks up the site on a Sunday?",
])
def test_who_does_a_job_of_their_day_is_discovery_not_a_decision_maker_asked(reply):
    heard = classify(reply)
    assert "decision_makers" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Who on your side handles purchasing?",
    "Who does the scoring?",
    "Who signs off on kit like this?",
    "who does the ordering for the studio, you or the owner?",
    # Only the second opinion heard this ask, and each retrain flipped it; since session 37 its own rule hears it
    # (get.whom-to-reach).
    "Who looks after the BMS for the trust, so I can check the points list with them?",
    "Could you share the WhatsApp of Pak Ketut who keeps the accounts? I can send him the budget sheet directly.",
])
def test_who_decides_or_whom_to_reach_is_still_asked_for_not_discovery(reply):
    heard = classify(reply)
    assert heard.gets, why(reply)
    assert "empathy" not in heard.stages, why(reply)


# ---------------------------------------------------------------- what happens on their side: the scene after it


@pytest.mark.parametrize("reply", [
    "What happens on your side when a delivery is late?",
    "What happens at your end when a container arrives with the wrong count?",
    "what happens then if a driver rings in sick at five?",
    "and when a boat comes in fouled up what happens then",
])
def test_what_happens_on_their_side_when_something_goes_wrong_is_discovery_not_the_next_step(reply):
    heard = classify(reply)
    assert "next_steps" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What happens on your side once you've had the quote?",
    "What happens next when the trial ends?",
    "What happens on your side when you've seen the proposal?",
    "What happens next on your side?",
])
def test_what_happens_after_our_quote_or_the_trial_still_asks_the_next_step(reply):
    assert "next_steps" in classify(reply).gets, why(reply)


def test_the_scene_after_the_question_is_read_by_the_same_helper_as_the_scene_before():
    assert asks_inside_a_scene("", "What happens on your side when the van breaks down?")
    assert asks_inside_a_scene("", "when the van breaks down what happens then")
    assert not asks_inside_a_scene("", "What happens on your side when the trial ends?")
    assert not asks_inside_a_scene("", "What happens if we miss the date?")
