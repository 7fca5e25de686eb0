"""Each test names a trainer's judgment found by playing the personas (session 15): a pleasantry is rapport, not
discovery, and saying you will stop bothering them is a walk-away, not pleading."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


@pytest.mark.parametrize("reply", [
    "How are you today?",
    "Good morning Mrs Perera, how are you keeping today?",
    "How are things this morning?",
    "Hi Ingrid, how are you doing today?",
    "Morning Graham, thanks for picking up. How's term treating you?",
])
def test_how_are_you_today_is_a_pleasantry_not_discovery(reply):
    signals = classify(reply)
    assert signals.stages == ["rapport"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How are you handling returns today?",
    "Are you handling returns manually today?",
    "How are things at the depot right now?",
])
def test_a_question_about_how_they_work_today_is_still_discovery(reply):
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'll stop bothering you.",
    "No worries at all, I won't bother you again.",
    "Sounds like you're flat out, so I'll stop bothering you. Thanks for your time.",
    "Fair enough. I'll stop bugging you and leave it there.",
])
def test_saying_you_will_stop_bothering_them_is_a_walk_away_not_pleading(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Sign up for the pilot and I'll stop pestering you, honest.",
    "I'll stop bugging you once you say yes.",
    "Just one order, one small order, and I'll stop bugging you.",
])
def test_going_quiet_as_the_price_of_their_yes_is_still_pleading(reply):
    assert "pleading" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Did you watch the match last night?",
    "Did you catch the rugby on Saturday? Brutal finish.",
    "What's the weather like there?",
    "Is the kettle on over there?",
    "You get any waves this weekend or was it flat?",
])
def test_small_talk_off_the_business_is_rapport_not_discovery(reply):
    assert classify(reply).stages == ["rapport"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How is the cricket bat order book looking this season?",
    "How are the drivers finding the football-pitch depot?",
])
def test_a_trade_in_sporting_goods_is_still_asked_about_as_business(reply):
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches
