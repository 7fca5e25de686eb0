"""Judgments about what a rule's guard rules out for the learned second opinion (session 28), each named after what a
trainer hears.

A guard that cancels a rule's match rules out only that move in its clause: a trial look-alike ruled out no longer keeps
the model from hearing the call or the favour offered there. A judgment that holds for a whole category is written as a
rules-out rule (a reflection on the way out is the goodbye: no stage at all), and one that rules out one other move as
`keeps_model_from` (a peer outside their firm is a referral only)."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify


@pytest.mark.parametrize(("reply", "give"), [
    ("Could I give you a call a month before then, say the first week of that month?", "meeting"),
    ("Hope the storm didn't do too much damage up there. If it's any use, I can send a couple of our lads up to make "
     "the panels safe this weekend.", "favour"),
])
def test_a_look_alike_ruled_out_leaves_the_give_offered_beside_it(reply, give):
    signals = classify(reply)
    assert signals.gives == [give], signals


@pytest.mark.parametrize("reply", [
    "Sounds like you've made your mind up, all the best with the new kitchen.",
    "Sounds like you're all sorted for this year, I'll leave you to it.",
])
def test_a_reflection_said_on_the_way_out_earns_no_stage_from_the_model_either(reply):
    signals = classify(reply)
    assert signals.stages == [] and signals.gives == [] and signals.gets == [], signals


def test_a_reflection_before_a_question_still_earns_its_stages():
    signals = classify("Sounds like a rough week. What's been the worst of it?")
    assert "empathy" in signals.stages, signals


@pytest.mark.parametrize("reply", [
    "If you know another practice manager who'd want to see this, I'd welcome an intro.",
    "Do you know of any other lodge owners who'd want a look at this?",
])
def test_a_peer_outside_their_firm_is_a_referral_only_for_the_model_too(reply):
    signals = classify(reply)
    assert signals.gets == ["referral"], signals


def test_an_introduction_to_their_own_person_keeps_the_models_decision_maker():
    signals = classify("Can you introduce me to the responsible person?")
    assert "decision_makers" in signals.gets, signals
