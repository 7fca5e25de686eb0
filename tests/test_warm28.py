"""Judgments about Rapport and Empathy, precision first (session 28), each named after what a trainer hears.

A pleasantry asked ("How are things with you today?", "How has your week been going so far?") is small talk:
Rapport, never Empathy, whether the rules or the learned second opinion would weigh it. Their life outside work asked
after (a fiesta, the twins' relay, a wife after her operation) is small talk too, and so is a greeting put as a
question in its own voice ("Where ya to, b'y?"). An exclamation ("What a night on Thursday!") asks nothing. What made
them look at us is their reason asked, discovery, never a check-in. A quiz about our own brand or work ("do you know
the brand Podéa?", "have you seen the sign we did for the Fox and Hounds?") is not discovery."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a pleasantry asked is Rapport, never Empathy


@pytest.mark.parametrize("reply", [
    "How are things with you today?",
    "How has your week been going so far?",
    "How was your week, anything fun?",
    "Salama tompoko! How are you and the family?",
])
def test_a_pleasantry_asked_is_rapport_not_discovery(reply):
    heard = classify(reply)
    assert "rapport" in heard.stages, why(reply)
    assert "empathy" not in heard.stages, why(reply)


def test_the_second_opinion_may_not_hear_discovery_in_a_pleasantry():
    # The model alone weighs "How", "been" and "?" as Empathy; the pleasantry rule keeps it out.
    reply = "How has your week been going so far?"
    assert classify(reply).stages == ["rapport"], why(reply)


# ---------------------------------------------------------------- 2. their life outside work asked after is small talk


@pytest.mark.parametrize("reply", [
    "How was the fiesta on Saturday? Did the kids enjoy the fireworks?",
    "Hola Carmen! how was the fiesta in your pueblo??",
    "How's your wife doing after the operation, Bev?",
    "Sawubona baba, it's good to hear your voice again. How's the knee after the op?",
    "Who's winning the fantasy league this year, you or Dr Hennessy?",
    "How did the twins' first week at big school go in the end?",
])
def test_their_life_outside_work_asked_after_is_rapport_not_discovery(reply):
    for heard in (classify(reply), rules_alone(reply)):
        assert "rapport" in heard.stages, why(reply)
        assert "empathy" not in heard.stages, why(reply)


def test_a_fiesta_day_in_their_trade_is_still_discovery():
    reply = "How many kilos of pulpo do you cook on a fiesta Sunday?"
    heard = rules_alone(reply)
    assert heard.stages == ["empathy"], why(reply)


# ---------------------------------------------------------------- 3. greetings asked in their own voice, exclamations


@pytest.mark.parametrize("reply", ["Where ya to, b'y? Keeping well?", "Where y'at, dawlin'?"])
def test_a_greeting_put_as_a_question_in_its_own_voice_is_rapport(reply):
    heard = classify(reply)
    assert heard.stages == ["rapport"], why(reply)


@pytest.mark.parametrize("reply", [
    "What a play! The surface grips at any banking up to forty-five degrees, wet or dry.",
    "Quillo, Manolo! What a night on Thursday, your dancers were something else.",
])
def test_an_exclamation_asks_nothing_about_their_situation(reply):
    assert "empathy" not in classify(reply).stages, why(reply)


# ---------------------------------------------------------------- 4. their reason for looking is discovery, not a chase


@pytest.mark.parametrize("reply", [
    "what made you have a look at our product",
    "What made you take a look at our crocks in the first place?",
])
def test_what_made_them_look_is_discovery_not_a_check_in(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "check_in" not in heard.chase, why(reply)


def test_a_chase_about_our_product_is_still_a_check_in():
    reply = "Have you had a look at our brochure yet?"
    assert "check_in" in classify(reply).chase, why(reply)


# ---------------------------------------------------------------- 5. a quiz about our own brand or work is no discovery


@pytest.mark.parametrize("reply", [
    "Our orthopaedic shoes are made in France, do you know the brand Podéa?",
    "Have you seen the sign we did for the Fox and Hounds?",
])
def test_a_quiz_about_our_brand_or_work_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_their_own_experience_asked_is_still_discovery():
    reply = "Have you ever switched suppliers mid-season?"
    assert "empathy" in rules_alone(reply).stages, why(reply)
