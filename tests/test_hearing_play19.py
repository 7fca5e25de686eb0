"""Each test names a trainer's judgment found by playing the personas (session 19): booking their order ("shall I put
you down for the 12-month licence?") and asking them to sign the contract sent are close asks, not a trial given or a
proposal traded; a discount made the price of their signature does not make a demo offered beside it a trade."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear

# ---------------------------------------------------------------- 1. putting them down for the product asks for the sale

@pytest.mark.parametrize("reply", [
    "Great to hear Graham! So shall I put you down for the 12-month licence?",
    "Brilliant, can I put you down for the annual plan then?",
    "shall I sign you up for the three-year package?",
    "Should I put your clinic down for twenty seats?",
])
def test_putting_them_down_for_the_product_is_a_close_ask_not_a_trial(reply):
    signals = classify(reply)
    assert signals.close_ask, hear(reply).signals.matches
    assert "trial" not in signals.gives, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Shall I book you in for a demo on Tuesday?",
    "Can I put you down for a call next week?",
    "We can give you a 30-day evaluation licence.",
])
def test_booking_a_demo_or_a_trial_licence_is_not_the_sale(reply):
    assert not classify(reply).close_ask, hear(reply).signals.matches


def test_an_unearned_close_is_scored_as_one():
    events = Coach().score(1, classify("Great to hear Graham! So shall I put you down for the 12-month licence?"))
    assert "close_unearned" in [event.code for event in events]
    assert not any(event.dimension == "reciprocity" for event in events), events


# ---------------------------------------------------------------- 2. the contract sent to be signed is a close, not a trade

@pytest.mark.parametrize("reply", [
    "I'll send the contract over this afternoon, can you sign it by Friday?",
    "I'll send the contract over, could you sign and return it?",
    "I'll send the agreement across now, would you sign it today?",
])
def test_the_contract_sent_to_be_signed_is_a_close_ask_not_a_proposal_traded(reply):
    signals = classify(reply)
    assert signals.close_ask, hear(reply).signals.matches
    assert signals.gives == [], hear(reply).signals.matches
    events = Coach().score(1, signals)
    assert "traded" not in [event.code for event in events], events


@pytest.mark.parametrize("reply", [
    "I'll send the contract over tonight.",
    "Here's the NDA, can you sign it before Thursday?",
])
def test_a_contract_sent_alone_or_an_nda_to_sign_is_not_a_close(reply):
    assert not classify(reply).close_ask, hear(reply).signals.matches


# ---------------------------------------------------------------- 3. only the discount waits on their condition

def test_a_demo_offered_beside_a_conditional_discount_is_given_without_a_get():
    reply = "I can do a demo tomorrow at 9 for the panel, and if you sign this month I'll knock 10% off."
    events = Coach().score(1, classify(reply))
    codes = {event.code: event for event in events if event.dimension == "reciprocity"}
    assert codes["traded"].delta == 15 and "demo" not in codes["traded"].reason, events
    assert codes["gave_without_get"].label == "give:demo" and codes["gave_without_get"].delta == -10, events


def test_a_conditional_discount_alone_is_still_a_trade():
    events = Coach().score(1, classify("If you sign this month I'll knock 10% off."))
    assert [event.code for event in events if event.dimension == "reciprocity"] == ["traded"], events
