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


def test_a_give_made_before_asking_something_else_is_still_given():
    reply = "I'll send the residency statement today. Can I ask what the board will do with the report?"
    assert classify(reply).gives, why(reply)
