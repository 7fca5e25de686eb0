"""Judgments about a trait of the offer told bare, and what only looks like it (session 33), each named after what a
trainer hears.

Most facts outside writers tell about what they sell carry no number and no verb of its working: "each hive has about
20,000 bees", "the heel strap is removable", "every colony is checked for varroa before it leaves our yard", "the
service includes the props and the shafts". With the product as the clause's subject and the present tense saying
what it has, what it is by a trade's trait word, what is done to every one of it in the making, or what it includes,
it is a fact about the offer handed over. Our people and firm, proof, the prospect's things, a slot or a day, an
evaluation ("affordable") and the past only look like it."""

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
    "For sure, each hive has about 20,000 bees when we bring it, strong colonies.",
    "Each pair has a colour code on the heel for the department.",
    "Sawa, the crush has a belly band.",
    "Every float we build gets a full roof vent and padded breast bars.",
])
def test_what_each_one_of_ours_has_told_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The heel strap is removable, so the nurses can choose.",
    "Sweet as, the ramp's spring-assisted so one person can lift it easy.",
    "The sole is slip resistant, also on a wet floor.",
])
def test_a_trait_of_the_product_in_the_trades_own_word_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Every colony is checked for varroa before it leaves our yard.",
    "The units are assembled in our Osaka factory.",
])
def test_what_is_done_to_every_one_in_the_making_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Howzit Pieter, the service includes the props, the shafts and an anode check.",
    "The rental includes the placing, the moving and the taking out of the hives.",
])
def test_what_the_service_includes_told_without_a_price_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Your old float has a timber floor, I saw it at Taupo.",
    "Our accountant has a meeting with the bank on Thursday.",
    "Our team has a new manager.",
    "Every crane has its thorough examination certificate in date.",
    "All our insoles are made by HCPC-registered podiatrists.",
    "The slot is available on Tuesday.",
    "It's affordable, honestly.",
    "The order was checked before it left.",
    "Is the heel strap removable?",
    "If the ramp is removable, we could store it in the shed.",
    "No worries at all, that's all part of the service.",
])
def test_our_people_proof_their_things_a_slot_and_an_evaluation_are_no_trait_of_the_offer(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)
