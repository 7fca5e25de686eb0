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
