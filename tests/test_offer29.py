"""Judgments about offers of consulting, demos and meetings put as a question, and a reference call (session 29), each
named after what a trainer hears. Heard by the rules alone, so a retrained second opinion cannot hide a rule lost."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone


@pytest.mark.parametrize("reply", [
    "Would it help if our engineer popped round to go through the options with you?",
    "Would it help if I came along to answer the partners' questions?",
    "yeah so uh would it help if I came out next week and we sat down properly",
    "Would it be useful if Mihai came over to your resort and met the lift chief?",
])
def test_a_visit_offered_as_would_it_help_is_a_meeting_given(reply):
    signals = rules_alone(reply)
    assert signals.gives == ["meeting"], signals
    assert signals.gets == [], signals


@pytest.mark.parametrize("reply", [
    "Would it help if I popped over and had a look at the floor on your old float?",
    "Would it help if I came by Thursday and tested the oxygen in all forty ponds, no charge?",
    "Would it help if our broker went through your tariff codes before then?",
])
def test_work_on_their_things_offered_as_would_it_help_is_consulting_not_a_meeting(reply):
    assert rules_alone(reply).gives == ["consulting"]


def test_our_thing_run_for_their_people_offered_as_would_it_help_is_a_demo_not_a_meeting():
    reply = "Would it help if I came in before service one morning and ran your chefs through the new combi oven?"
    assert rules_alone(reply).gives == ["demo"]


@pytest.mark.parametrize("reply", [
    "Would it be useful if I called you a month before that review, or would you rather I left it?",
    "Would it help if I looked at your website first?",
])
def test_a_check_in_call_or_a_look_at_their_website_offered_as_would_it_help_gives_no_visit_or_work(reply):
    gives = rules_alone(reply).gives
    assert "meeting" not in gives and "consulting" not in gives


@pytest.mark.parametrize("reply", [
    "I can arrange one call with our fleet customer.",
    "Happy to set up a call with one of our clients in Leeds so you can ask them yourself.",
])
def test_a_call_arranged_with_one_of_our_customers_is_proof_not_a_meeting(reply):
    signals = rules_alone(reply)
    assert "trust" in signals.stages, signals
    assert "meeting" not in signals.gives, signals


def test_a_call_arranged_with_our_own_customer_service_team_is_still_a_meeting():
    signals = rules_alone("I can arrange a call with our customer service team next week.")
    assert "meeting" in signals.gives and "trust" not in signals.stages, signals
