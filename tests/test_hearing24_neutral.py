"""Judgments found in session 24 while reading which rules hear a move in replies that make none, each named after
what a trainer hears: a rep checking in at a hotel chases nobody, asking which door the van should use asks nothing
about the prospect's world, and an NDA already signed asks them for nothing."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone

# ---------------------------------------------------------------- 1. checking in at a place, not on the prospect

@pytest.mark.parametrize("reply", [
    "checking in at the Marriott now, I'll message you from the room",
    "Just checking in to the Ibis by the station now, wifi is terrible here.",
    "I'm checking in for the Lagos flight now, speak Monday.",
    "Checking in at the Grand Hotel tonight, the conference starts at nine.",
    "The drivers check in at the site office before they unload.",
    "Which gate should our fitter check in at, north or south?",
])
def test_checking_in_at_a_hotel_or_a_gate_is_no_chase(reply):
    assert "check_in" not in rules_alone(reply).chase
    assert "check_in" not in classify(reply).chase


@pytest.mark.parametrize("reply", [
    "Just checking in, did the quote reach you?",
    "Checking in on the proposal I sent last week.",
    "hi, just checking in to see if you had a look",
    "Just checking in at the end of the week on the sample order.",
])
def test_checking_in_on_the_prospect_is_still_a_chase(reply):
    assert "check_in" in rules_alone(reply).chase


# ---------------------------------------------------------------- 2. how the rep's people and goods reach them

@pytest.mark.parametrize("reply", [
    "Which end of the building should the electrician come to, the yard or the street?",
    "Is the back door or the loading door easier for bringing the shelving in?",
    "How many stairs are there up to your studio, for the carrying?",
    "How often does the bin lorry block your lane on a Tuesday?",
    "Which morning suits the delivery driver, Monday or Wednesday?",
])
def test_asking_how_the_van_gets_to_them_is_logistics_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages
    assert "empathy" not in classify(reply).stages


@pytest.mark.parametrize("reply", [
    "How many drivers do you have on the road each day?",
    "How often do your deliveries arrive late at the shop?",
    "What's the biggest headache with your current supplier?",
])
def test_a_question_about_their_own_operation_is_still_discovery(reply):
    assert "empathy" in rules_alone(reply).stages


# ---------------------------------------------------------------- 3. an NDA told as already signed asks for nothing

@pytest.mark.parametrize("reply", [
    "The NDA is signed on both sides now, so that part is done.",
    "Your confidentiality agreement was signed by our director yesterday and is attached.",
    "We have received the signed NDA from your office, thank you.",
    "Please find enclosed the non-disclosure agreement you countersigned.",
    "Apologies, I was signing NDAs with our own suppliers all afternoon.",
])
def test_an_nda_already_signed_or_received_asks_for_nothing(reply):
    assert "nda" not in rules_alone(reply).gets
    assert "nda" not in classify(reply).gets


@pytest.mark.parametrize("reply", [
    "We'd need an NDA signed before I send the formulation.",
    "Once the NDA is signed I'll share the floor plans.",
    "If the confidentiality agreement is signed by Friday, we can open the data room.",
    "Could your legal team sign a mutual NDA this week?",
    "Glad to walk you round the lab once your NDA with us is signed.",
])
def test_an_nda_still_to_be_signed_is_still_asked_for(reply):
    assert "nda" in rules_alone(reply).gets
