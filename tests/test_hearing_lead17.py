"""Judgments found by the lead while measuring session 17's training data, each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone


@pytest.mark.parametrize(("reply", "kind"), [
    ("If you'd like me to send the brochure, I can.", "information"),
    ("if u'd like me to send over the price list just say", "pricing"),
    ("If you would like us to run a demo for the team, we can do Thursday.", "demo"),
])
def test_an_offer_put_as_a_condition_is_still_the_reps_offer(reply, kind):
    assert kind in rules_alone(reply).gives


@pytest.mark.parametrize("reply", [
    "So you'd like me to send the brochure?",
    "You want me to send the price list, is that right?",
])
def test_their_request_restated_is_no_give(reply):
    assert not classify(reply).gives


@pytest.mark.parametrize("reply", [
    "Our chief engineer can come on a call with you on Tuesday and answer the steam questions.",
    "Our engineer goes with me to your packing house Monday if you want more explanations.",
])
def test_a_call_or_visit_offered_with_them_is_a_meeting_given_not_their_errand(reply):
    # The rules hear neither; the second opinion does, once "with you" no longer makes the prospect the speaker.
    assert "meeting" in classify(reply).gives


@pytest.mark.parametrize("reply", [
    "If you could send over the signed NDA, that would help.",
    "I would be grateful if you could advise on your budget for this.",
])
def test_if_you_could_is_a_request_of_them_not_an_offer(reply):
    assert not classify(reply).gives


@pytest.mark.parametrize("reply", [
    "hiya mags, sounds like ur flat out. whats actualy driving this rn?",
    "sounds like youre snowed under, what's got you looking?",
])
def test_their_load_noticed_in_chat_spelling_is_rapport_beside_the_discovery(reply):
    assert classify(reply).stages == ["rapport", "empathy"]


def test_a_flat_out_of_milk_is_no_busy_week():
    assert "rapport" not in classify("Is your flat out of milk?").stages


@pytest.mark.parametrize("reply", [
    "Quick q before I go any further, who's the report going to?",
    "quick q - how many sites are you running?",
])
def test_discovery_after_a_quick_q_set_up_is_discovery(reply):
    assert "empathy" in classify(reply).stages
