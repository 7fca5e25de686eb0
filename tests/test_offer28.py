"""Judgments about time, things and help offered (session 28), each named after what a trainer hears.

A rep who offers to meet for a chat, to come to them, or puts one of ours in front of them to talk, has offered time (a
meeting given); a rep who puts our own things at their use outside the sale ("borrow ours", "you're welcome to it") has
done them a favour. Being out for lunch, coming to them with an answer, the decision being theirs and a loan to see how
the thing does are none of these."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


def _gives(reply: str) -> list[str]:
    return classify(reply, _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "I'll be at the conference anyway, happy to meet for a drink and chat about where you're heading.",
    "Going once, going twice: I'll be at your yard Thursday for a chinwag, and the kettle had better be on.",
    "I'll come to you, no need to drive out to us, and we can sit down over the drawings.",
])
def test_time_offered_for_a_talk_is_a_meeting_given(reply):
    assert "meeting" in _gives(reply)


@pytest.mark.parametrize("reply", [
    "I'll be out for lunch till two, ring me after.",
    "I'll come to you with the figures on Friday.",
    "When can we meet for a coffee?",
])
def test_being_out_an_answer_brought_or_a_slot_asked_gives_no_meeting(reply):
    assert "meeting" not in _gives(reply)


@pytest.mark.parametrize("reply", [
    "Your van's in the garage? Borrow ours for the Saturday market, the keys are at reception.",
    "We have a spare stall at the food fair that we're not using, you're welcome to it for your cakes.",
    "Got some old display cabinets from our shop refit, they're yours if you want them for the bakery.",
])
def test_our_things_put_at_their_use_are_a_favour(reply):
    assert "favour" in _gives(reply)


@pytest.mark.parametrize("reply", [
    "The decision is yours, no pressure.",
    "You can borrow the demo unit for a fortnight to see how it goes.",
])
def test_their_decision_or_a_loan_to_try_is_no_favour(reply):
    assert "favour" not in _gives(reply)
