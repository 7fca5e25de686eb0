"""Judgments about neutral replies the coach heard a move in (session 38, second pass), each named after what a
trainer hears.

The honest word before the rep's own workload or lapse ("the honest truth is I haven't had time to look at your
drawings", "that's the honest truth, we're slammed with orders") is the rep's day, like "to be honest, I'm
knackered": it owns no limit of the offer and earns no Trust. A limit owned after it stays candour.

A question asked for the rep's own errand, with that errand given as the reason right after it ("Is your freezer a
chest or an upright? I need to know for the bracket", "is the gym open on sundays? asking for the install crew"), and
the way our goods or people get to them ("what's the best way to ship to you", "kindly advise which gate our truck
should use") are logistics, not their world asked about: no Empathy. The same questions asked about their trouble stay
discovery."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()
BOTH = pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])


@BOTH
@pytest.mark.parametrize("reply", [
    "The honest truth is I haven't had time to look at your drawings yet, sorry.",
    "That's the honest truth, we're slammed with orders",
    "To be honest I haven't had a chance to open the file yet.",
    "Honest truth is we've been flat out since Easter.",
    "The fountain pen trade is shrinking, to be honest, but we're still busy.",
])
def test_the_honest_word_before_the_reps_own_workload_earns_no_trust(reply, lexicon):
    assert "trust" not in classify(reply, lexicon).stages


@BOTH
@pytest.mark.parametrize("reply", [
    "The honest truth is our pumps are noisier than the Danish ones.",
    "I'll be honest with you, we're dearer than the co-op.",
    "Honestly we can't get you in before April, our crews are slammed.",
])
def test_a_limit_owned_after_the_honest_word_stays_candour(reply, lexicon):
    assert "trust" in classify(reply, lexicon).stages


@BOTH
@pytest.mark.parametrize("reply", [
    "Is your freezer a chest or an upright? I need to know for the bracket.",
    "is the gym open on sundays? asking for the install crew",
    "Can you send me the model numbers off the old dryers? Need 'em for the trade-in.",
    "What's the best way to ship to you, Northern Air Cargo or the mail?",
    "What's the best way into your car park from the highway?",
    "Kindly advise which gate of the hotel our truck should use for deliveries.",
])
def test_a_question_for_our_own_errand_or_route_is_logistics_not_discovery(reply, lexicon):
    assert "empathy" not in classify(reply, lexicon).stages


@BOTH
@pytest.mark.parametrize("reply", [
    "Is your freezer a chest or an upright? The uprights lose more cold every time the door opens.",
    "What's the best way to reach the people on your night shift?",
    "Kindly advise what challenges your team is facing this winter.",
    "Can you send me the no-show numbers per clinic?",
])
def test_the_same_questions_about_their_situation_stay_discovery(reply, lexicon):
    assert "empathy" in classify(reply, lexicon).stages
