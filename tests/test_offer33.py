"""Gives heard only where the rep hands something over, and of the right kind (session 33): paperwork and labels for
their returns are logistics, work put off till the rep has seen their site or till their material arrives is not yet
given, a reference's "head" is no invitation to come and watch, a price brought down to a sum is money off, and a
refusal in Jamaican patois ("mi cyaan give yuh no discount") refuses. Each test is named after what a trainer hears."""

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
    "I'll send the courier label so y'all can ship the old models back.",
    "We will send the site induction form and the permit to work for your signature.",
    "I'll send over the account application form for your bookkeeper.",
    "Let me email the returns label for the broken unit.",
])
def test_paperwork_and_labels_sent_are_no_give(reply):
    assert not classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Happy to send a proposal once I've seen the plant room.",
    "I'll price the job properly after we've surveyed the roof.",
    "I'll run the numbers once you've sent me the meter readings.",
    "If the PTA signs off the new design, we'll do a mock-up of the badge for you.",
])
def test_a_give_put_off_till_we_have_seen_it_or_they_approve_is_not_given_yet(reply):
    assert not classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply, kind", [
    # Their material in and our work back is one offer (give.their-material): still given.
    ("If you send me the meter readings, I'll run the numbers on what the new compressor would save you.",
     "consulting"),
    ("If you'd like, I'll send the deck tonight.", "deck"),
    ("Swing by the yard and watch the shredder chew through a load.", "demo"),
])
def test_offers_that_only_look_put_off_are_still_given(reply, kind):
    assert kind in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The head of Chisipite is happy to take your call if you want to hear how it went.",
    "Sample blazer's in the post so the head can try the fit on a couple of kids.",
])
def test_the_head_of_a_school_is_no_invitation_to_watch_it_work(reply):
    assert "demo" not in classify(reply, _rules_alone()).gives, why(reply)


def test_a_price_brought_down_to_a_sum_is_a_discount():
    reply = "Since you are taking for all four grades, we can reduce to $12 a copy."
    assert "discount" in classify(reply, _rules_alone()).gives, why(reply)
    assert "discount" not in classify("we can reduce it to 2 hours a week", _rules_alone()).gives


def test_a_discount_refused_in_patois_is_refused():
    reply = "Mi cyaan give yuh no discount pon di thousand gallon tank, sorry."
    assert "discount" not in classify(reply, _rules_alone()).gives, why(reply)
