"""Judgments found by the lead while measuring session 16's training data, each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify


@pytest.mark.parametrize("reply", [
    "imagine the lads knocking off at four instead of six every day",
    "Your crew could be knocking off early on Fridays by spring.",
    "Picture the night shift knocking off for the weekend on time.",
])
def test_knocking_off_work_is_no_discount(reply):
    assert "discount" not in classify(reply).gives


@pytest.mark.parametrize("reply", [
    "I'll knock 10% off if you sign this week.",
    "We can knock a couple of hundred off the install.",
    "Tell you what, I'll knock off fifty quid.",
])
def test_knocking_money_off_is_still_a_discount(reply):
    assert "discount" in classify(reply).gives


@pytest.mark.parametrize("reply", [
    "Could we book a call for the month before the review, with you and Ruth?",
    "Can we set up a quick call next week?",
    "could we maybe pencil in a call for friday",
])
def test_could_we_book_a_call_asks_for_their_time_and_gives_nothing(reply):
    """"Could we…" proposes something both sides commit to: the prospect is asked for a meeting, none is offered."""
    heard = classify(reply)
    assert "meeting" not in heard.gives
    assert "meeting" in heard.gets


@pytest.mark.parametrize("reply", [
    "I can set up a quick call to walk you through it, no problem.",
    "Happy to do a short call next week if that helps.",
])
def test_a_call_we_offer_is_still_a_meeting_given(reply):
    assert "meeting" in classify(reply).gives
