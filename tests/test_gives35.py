"""Judgments about gives that many outside writers make and the coach missed (session 35), each named after what a
trainer hears.

Them invited to go and see the thing at work ("you can come and watch it bale on Friday", "why not pop over to the
bakery and see the oven run?") is a demo offered, however the invitation is put; coming to see us or our stand, or
seeing figures, is not.

Money back or a free fix when the thing or the result falls short ("money back if the frames warp within ten years",
"if the heater stops inside two years we fix it free") is a guarantee, proof they can hold us to (Trust), not a trial
or an extra given now; money back if they are not happy in the first weeks is still the trial's way out.

A figure in a sentence about money they lose now ("every month on the old boiler is about £900 gone", "that's £60 a
week going in the bin", "at your numbers that's 8,000 rand each time") is their cost said to them, not our price."""

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
    "The Hallorans have said you can come and watch their new baler on Friday afternoon.",
    "Why not pop over to the bakery in Leith one morning, they've run our oven for two years and you can see it bake.",
    "Would your head groundsman like to come and see how the mower handles the slope?",
    "you can go see it sorting parcels at the depot any weekday",
])
def test_them_invited_to_see_it_at_work_is_a_demo(reply):
    assert "demo" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "You can come and see us at the stand on Friday.",
    "You can come and see the figures on Tuesday when the report is out.",
    "Three bakeries in town already use our oven, you can go and see.",
    "You can't come and see it till March, sorry.",
])
def test_coming_to_see_us_or_the_figures_is_no_demo(reply):
    assert "demo" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Money back if the frames rust within ten years.",
    "Money back if your drivers don't pass the test first time.",
    "If a heater we've fitted stops inside two years, we come out and fix it free.",
])
def test_a_guarantee_when_it_falls_short_is_no_give(reply):
    gives = classify(reply, _rules_alone()).gives
    assert not {"trial", "favour"} & set(gives), why(reply)


@pytest.mark.parametrize("reply", [
    "If you're not happy in the first 60 days, we'll refund every penny.",
    "Run it for a month, full refund if it doesn't suit.",
    "I'll throw in the second charger free.",
])
def test_money_back_on_their_liking_is_still_a_trial_and_extras_still_extras(reply):
    gives = classify(reply, _rules_alone()).gives
    assert {"trial", "favour"} & set(gives), why(reply)


@pytest.mark.parametrize("reply", [
    "Every month on the old boiler until then is about £900 gone.",
    "At forty loaves binned a day, that's near on £60 a week going in the bin.",
    "Every market day the stall is shut is a day lost — at your numbers that's about 8,000 rand each time.",
    "On your figures, every week the old press limps along is about $1,500 in lost sales.",
])
def test_money_they_lose_now_is_no_price_of_ours(reply):
    assert "pricing" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The service is £40 a month, and the price hasn't gone up since May.",
    "Just so you've got it: the scanner is 189 pounds a month on the lease.",
    "Our rate is £38 a unit per week.",
])
def test_our_price_beside_it_is_still_a_price(reply):
    assert "pricing" in classify(reply, _rules_alone()).gives, why(reply)
