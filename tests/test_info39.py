"""Information handed over that the coach missed in many writers' sets (session 39), each named after what a trainer
hears.

A thing of ours said to sit attached or enclosed is handed over whatever its name (rule `give.attached`), as a thing
sent is (`give.handed`): "the wiring schedule you asked for, attached", "I enclose our terms of trade". Its kind is
information unless a thing class names another kind. The paper they sign or pay, the minutes, their own things and
"no strings attached" hand nothing of ours over."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "The cable schedule you asked about, attached.",
    "Our fitters' snagging checklist is attached.",
    "I enclose our terms of trade for the coming season.",
    "Please find attached the installation manual for the Kestrel 4 boiler.",
    "The moisture readings from last week's batch are in attachment.",
    "Bench test results and the wiring diagram attached.",
])
def test_a_thing_of_ours_attached_is_information_whatever_its_name(reply):
    assert "information" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Your signed NDA is attached for your records.",
    "The invoice for the March service is attached.",
    "Our mutual confidentiality agreement is attached for signature.",
    "Minutes from Thursday's meeting attached.",
    "We'd fit the first ten for free, no strings attached.",
    "Before I attach the spec sheet, what's the budget?",
])
def test_what_is_attached_but_hands_nothing_of_ours_over_is_no_information(reply):
    assert "information" not in classify(reply, RULES_ALONE).gives


def test_a_thing_attached_that_a_class_names_keeps_its_own_kind():
    gives = classify("The quote for both barns is attached.", RULES_ALONE).gives
    assert "proposal" in gives and "information" not in gives


@pytest.mark.parametrize("reply", [
    "Every panel is tested and you get the test sheet the same day.",
    "The shoot is two days and you get all the raw files too.",
    "You'll get a copy of the fitting guide with the first pallet.",
])
def test_a_thing_of_ours_they_will_get_with_the_service_is_information(reply):
    assert "information" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Did you get the brochure I sent?",
    "Send it over when you get a sec.",
    "If you get the landlord's sign-off, we can start in May.",
    "You'll get a spare hose too, compliments of the workshop.",
    "I survey the yard on the 3rd, you get two layouts by the 10th.",
])
def test_what_they_get_asked_supposed_free_or_as_our_work_is_no_information(reply):
    assert "information" not in classify(reply, RULES_ALONE).gives


def test_a_fact_the_second_opinion_hears_beside_a_price_the_rules_heard_stands():
    # The learned information is no longer gated out of a clause whose only rule-heard give is the price.
    gives = classify("Film for your south windows is £38/m2 fitted. Cuts heat by 60%.").gives
    assert "pricing" in gives and "information" in gives


def test_the_offers_terms_beside_its_price_stay_the_prices_small_print():
    assert set(classify("£29/mo per instructor, no setup fee, cancel any time").gives) == {"pricing"}
