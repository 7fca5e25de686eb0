"""Judgments about information told, and what only looks like it (session 31), each named after what a trainer hears.

Writers from trades the coach never met name their product by a noun no list holds: "the hovercraft runs on ordinary
petrol", "the crush tips the cow on her side", "the kiln fires the paint at 620°C". Told in the present tense with
the product as the subject and what it works on, in or with after the verb, it is a fact about the offer. Our people,
the prospect's things, a plan's dates, an extra thrown in and a dial-in only look like it."""

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
    "The hovercraft runs on ordinary petrol from the pump, no special fuel.",
    "sawa, the crush tips the cow on her side with one lever, no lifting for your trimmer",
    "the kiln fires the paint at 620°C so it fuses to the glass for good",
    "The tyres go on the 2018 and newer forklifts, same rim.",
    "holds come with bolts and T-nuts; the big volumes need two bolts each",
])
def test_a_product_named_in_its_own_trade_word_told_working_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Our team meets on Mondays to allocate installers.",
    "Your old boiler runs on oil, doesn't it?",
    "The trust that runs the castle won't let us play in the keep anymore.",
    "Your round-up is in September, so the collars must go on in August.",
    "Once the scale talks straight to the laptop, your clerks will not sit until midnight.",
    "Our tuner will go through them and mark which bells are off pitch.",
])
def test_people_their_things_and_a_plans_dates_working_are_no_fact_about_the_offer(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


def test_an_extra_that_comes_with_the_rig_for_nothing_is_the_favour_not_a_fact():
    reply = "The lighting rig comes with a second follow-spot thrown in gratis."
    gives = classify(reply, default_lexicon()).gives
    assert "favour" in gives and "information" not in gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Dial-in is 0161 555 0199, PIN 4421.",
    "The wifi password is 4417 8890.",
])
def test_a_dial_in_told_for_the_call_hands_over_nothing(reply):
    assert not classify(reply, _rules_alone()).gives, why(reply)
