"""Gives judgments found in session 24, after writing replies that promise gives for later, put them as questions or
make them through a colleague, each named after what a trainer hears. The rules are checked alone (the learned second
opinion off), so each test fails when the rule does.

Another customer's own word on us, handed over, is their story: "their head gardener's letter", "the note from their
bursar", "their testimony" are a case study (and Trust), not a brochure; their phone number is a reference to ring,
and the prospect's own people ("your manager's email") are not another customer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import candidates

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


# ---------------------------------------------------------------- 1. another customer's own word on us is their story

@pytest.mark.parametrize("reply", [
    "The abbey put our heaters in two winters back, I can forward you their head gardener's letter about it.",
    "honestly same story at the Lisburn gym, ill send u the owner's voice message from last week",
    "Shall I send the note from their bursar? She wrote it after the first term.",
    "We did the hostel in Tromsø, I'll pass on the thank-you card from their manager tomorrow.",
    "I will send you their testimony, how the machine run two seasons without stop.",
])
def test_another_customers_own_word_on_us_handed_over_is_a_case_study(reply):
    signals = classify(reply, RULES_ALONE)
    assert "case_study" in signals.gives, candidates(reply)
    assert "information" not in signals.gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Here's their manager's number, ring her and ask how the pumps held up.",
    "I'll send you your manager's email so you can loop her in.",
    "Could you forward your director's letter to me when it's signed?",
])
def test_a_reference_to_ring_or_their_own_peoples_words_are_no_case_study(reply):
    assert "case_study" not in classify(reply, RULES_ALONE).gives, candidates(reply)


# ---------------------------------------------------------------- 2. goods sent for them to try are a trial

@pytest.mark.parametrize("reply", [
    "I can post you a tin of the new varnish as a sample, no charge.",
    "I'll courier two rolls of the tape to you as a free sample tomorrow",
    "Shall I send a box of the oat bars over as a taster?",
])
def test_goods_sent_as_a_sample_are_a_trial_not_a_document(reply):
    signals = classify(reply, RULES_ALONE)
    assert "trial" in signals.gives, candidates(reply)
    assert "information" not in signals.gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Shall I send a box of the oat bars for your bakers to taste?",
    "I'll drop off a crate of the new gloves for your pickers to try on.",
])
def test_goods_sent_for_their_people_to_try_are_a_trial(reply):
    assert "trial" in classify(reply, RULES_ALONE).gives, candidates(reply)


@pytest.mark.parametrize(("reply", "give"), [
    ("I've attached our certificate of calibration as a sample of the paperwork you'd get.", "information"),
    ("I can bring six rackets to the club on Sunday for the players to try.", None),
])
def test_a_document_sent_as_a_sample_or_a_visit_with_things_to_try_is_not_goods_sent_to_try(reply, give):
    gives = classify(reply, RULES_ALONE).gives
    assert "trial" not in gives, candidates(reply)
    if give:
        assert give in gives, candidates(reply)
