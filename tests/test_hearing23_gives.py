"""Gives judgments found in session 23, after writing replies in voices no set was tuned on, each named after what a
trainer hears. A give promised for a day or an hour is made even when the next sentence asks first ("I'll send a
revised proposal by Friday. Before I do: …"); with no day it stays held back until the answer ("Sure, I'll get you a
quote. Before that, how many vans?"). A give made to wait on the prospect's NDA, in its own sentence or the next
("sign the NDA so that we can share the drawings", "once your NDA is signed", "but I'd need an NDA first"), is held
back: the NDA is asked for, nothing is given yet."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import candidates

# ---------------------------------------------------------------- 1. a dated give is made, the question only comes first

@pytest.mark.parametrize(("reply", "give"), [
    ("I'll send a revised proposal by Friday. Before I do: what would the panel need to see in it to score us top?",
     "proposal"),
    ("I can come Thursday to measure the shop and draw where the batteries go, free of charge. Before that, can you "
     "send the NDA back signed?", "consulting"),
    ("I can do a quick call with your treasurer this week. Before that, what sort of figure does the co-op have in "
     "mind?", "meeting"),
    ("I'll walk you through the line live. Before that, what would you need to see on the day?", "demo"),
])
def test_a_give_promised_for_a_day_is_made_though_the_question_comes_first(reply, give):
    assert give in classify(reply).gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Sure, I'll get you a quote. Before that, could you tell me how many vans you run?",
    "Happy to talk numbers. Before I do, what will you do with our number?",
    "Happy to send the deck, but before I do, who else on your side will read it?",
])
def test_a_give_with_no_day_deferred_until_they_answer_is_still_held_back(reply):
    assert not classify(reply).gives, candidates(reply)


# ---------------------------------------------------------------- 2. a give made to wait on their NDA is held back

@pytest.mark.parametrize("reply", [
    "Would the Committee be willing to sign a mutual non-disclosure agreement so that we can share the engineering "
    "drawings?",
    "is possible u sign our paper of confidentiality, then i show u the machine drawing?",
    "As the MOT falls due at the end of April, a signed non-disclosure agreement now would allow us to share our "
    "fleet pricing model before then.",
    "Mr Dlamini, we would need an NDA in place before our engineer can look at the line drawings, could you sign it "
    "this week?",
    "Happy to show you the data hall once your NDA with us is signed.",
    "Happy to model your dispensing data against our robot, but I'd need an NDA first since it's patient-level.",
    "We can give you a 30-day sandbox with real restores. Because it touches your data we'd need the NDA signed first.",
])
def test_a_give_made_to_wait_on_their_nda_is_the_nda_asked_and_nothing_given_yet(reply):
    signals = classify(reply)
    assert "nda" in signals.gets, candidates(reply)
    assert not signals.gives, candidates(reply)


@pytest.mark.parametrize(("reply", "give"), [
    ("We've got your NDA back, so here are the drawings.", "information"),
    ("I've attached the drawings and our NDA for you to sign.", "information"),
    ("Here's the NDA, and I'll send the samples Friday.", "trial"),
    ("Intro deck attached. The pricing annex needs your NDA signature first.", "deck"),
])
def test_a_give_beside_their_nda_not_waiting_on_it_is_still_given(reply, give):
    assert give in classify(reply).gives, candidates(reply)
