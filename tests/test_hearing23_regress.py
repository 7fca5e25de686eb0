"""Judgments behind session 23's fixes to the faults the session 22 retrain shipped, each named after what a trainer
hears: asking leave to ask is no ask yet, whatever the model weighs in "would" and "?"; an introduction to one of
theirs named bare ("could you introduce me to Priya?") asks for the decider, not a referral; and a give refused
("I'd rather not send a brochure you won't have time to read") is neither a give nor proof."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import why

# ---------------------------------------------------------------- 1. asking leave to ask


@pytest.mark.parametrize("reply", [
    "Would it be ok if I asked you a few questions?",
    "Would it be alright if I asked a couple of things first?",
    "Can I ask you a couple of quick things first?",
    "Do you mind if I ask some questions?",
    "mind if i ask u a few qs?",
    "Before we start, could I ask a few quick questions?",
    "Would it be alright if I asked you a handful of questions before we get into anything?",
])
def test_asking_leave_to_ask_a_few_questions_asks_for_nothing_yet(reply):
    assert classify(reply).gets == [], why(reply)


@pytest.mark.parametrize(("reply", "get"), [
    ("Would you mind if I asked who else is involved?", "decision_makers"),
    ("Is it alright if I ask a few questions about your budget?", "budget"),
    ("Would it be ok if I asked when you need it live by?", "timeline"),
])
def test_the_question_asked_after_leave_is_still_the_get_it_is(reply, get):
    assert get in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 2. an introduction to one of theirs, named

@pytest.mark.parametrize("reply", [
    "Could you introduce me to Priya?",
    "Can you introduce me to Priya this week, please?",
    "Would you put me in touch with Dr Mensah directly?",
    "could you connect me with Ms Nair?",
])
def test_an_introduction_to_their_named_colleague_asks_for_the_decider_not_a_referral(reply):
    gets = classify(reply).gets
    assert "decision_makers" in gets and "referral" not in gets, why(reply)


@pytest.mark.parametrize("reply", [
    "Could you introduce me to Tom in treasury?",
    "Would you put me in touch with Dana at the Brandon rink?",
    "Could you introduce me to your cousin who runs the farm in Chinhoyi?",
])
def test_an_introduction_to_someone_placed_elsewhere_is_still_a_referral(reply):
    assert "referral" in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 3. a give refused

@pytest.mark.parametrize("reply", [
    "I'd rather not send a brochure you won't have time to read. Let's leave it there for now, no hard feelings.",
    "I'd rather not send a brochure you won't have time to read. Let's leave it there for now, no hard feelings, and "
    "if anything changes you know where I am.",
    "I won't send you a brochure you'll never get round to reading, so let's leave it there, no hard feelings.",
])
def test_declining_to_send_a_brochure_on_the_way_out_is_neither_a_give_nor_proof(reply):
    signals = classify(reply)
    assert signals.gives == [] and "trust" not in signals.stages, why(reply)


@pytest.mark.parametrize("reply", ["Won't send a brochure", "Won't send a brochure, it'd only sit in a drawer.",
                                   "wont send the deck, no point"])
def test_a_give_refused_with_no_subject_gives_nothing(reply):
    assert classify(reply).gives == [], why(reply)


def test_owning_a_limit_is_still_candour():
    reply = "To be straight with you, it won't run off a car battery, it needs mains."
    assert "trust" in classify(reply).stages, why(reply)
