"""Judgments about the offers outside writers make (session 27), each named after what a trainer hears.

A rep who tells the prospect what they will get ("you'd get two weeks on it"), puts money off as theirs, says the
proposal is on its way to them, takes a charge off their list or asks for their photos so our side can work on them has
made an offer, however plainly it is put; a wait, a use they already had, a rate and a quote that waits on theirs are
not offers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


def _gives(reply: str) -> list[str]:
    return classify(reply, _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "Then we say: you test it two weeks, we talk after, ja?",
    "You'd get two weeks on the compact crane before anything is signed.",
    "You get the demo unit for a fortnight, we get a straight answer on what you'll judge it against.",
    "Before buy, you can use our still at Moroni one week for your flowers, you see the quality.",
    "Ok so you take the handheld glucometers for the two clinics for four weeks, then we sit down together and you "
    "decide, yes?",
])
def test_what_they_will_do_with_ours_for_a_while_is_a_trial(reply):
    assert "trial" in _gives(reply)


@pytest.mark.parametrize("reply", [
    "You'll get it within two weeks.",
    "you've used it for two weeks now",
    "Quick recap from today: you run 14 yard jockeys over three shifts.",
    "Here's what I'd suggest: I send the contract, you take a week with it.",
    "We'd lend you the fridge and tap for free as long as you take four kegs a month.",
    "You get any waves this weekend or was it flat?",
    "your team gets their evenings back and you get a month-end that closes itself by the 3rd.",
])
def test_a_wait_a_use_already_had_or_a_rate_lends_nothing(reply):
    assert "trial" not in _gives(reply)


@pytest.mark.parametrize(("reply", "kind"), [
    ("The twenty percent is yours if we can sign the order by the 15th.", "discount"),
    ("Use the code BINS20 for twenty off your first quarter.", "discount"),
    ("Your price is held at last year's rate till March.", "discount"),
    ("You'll have a written scope and price from me by Friday.", "proposal"),
    ("The written proposal's with you Friday; by when does the committee need to decide?", "proposal"),
    ("You'll be sent the full proposal by the end of the day, with the three install options.", "proposal"),
    ("Delivery and collection of the mats is covered our end, no charge.", "favour"),
    ("We'll pay for the skip and the traffic management ourselves, so that's off your list.", "favour"),
    ("The boss says he'll do the handrail for the back steps for nothing if you go ahead with the gates.", "favour"),
    ("Would a quick site visit help? Our project manager's up your way Wednesday and could meet you and the head.",
     "meeting"),
    ("Shall we book you a half-hour call with Dilnoza, our structural lady?", "meeting"),
])
def test_an_offer_told_as_already_theirs_is_that_give(reply, kind):
    assert kind in _gives(reply)


@pytest.mark.parametrize(("reply", "kind"), [
    ("You'll get the quote sooner if you send the floor plan today.", "proposal"),
    ("Would a quick visit from our acoustician help? She can measure the hall and tell you what panels you'd need.",
     "meeting"),
    ("I'll come over Tuesday and strip down the number two line with your foreman, see what's wearing, won't charge "
     "you for it.", "favour"),
])
def test_a_quote_waiting_on_theirs_or_free_work_that_is_the_offer_is_not_this_give(reply, kind):
    assert kind not in _gives(reply)


@pytest.mark.parametrize("reply", [
    "send me photos of the loft and ill mark where the speak ers should hang for the hearing loop",
    "Send me a photo of the field and I'll draw you where the stage and the speakers should go, no cost.",
    "If you send me photos of your shop wall, our designer makes a suggestion which colours to put together.",
    "Sorry to hear the last floor fitter left such a mess. Want me to come and see what can be rescued?",
])
def test_their_material_asked_for_so_we_can_work_on_it_is_consulting(reply):
    assert "consulting" in _gives(reply)


def test_the_photos_asked_for_are_no_errand_of_theirs_so_the_trade_is_scored():
    """The offer is booked as a give the rep made, so a get beside it trades."""
    found = classify("Send me last year's event brief and I'll map how our spaces would fit each session. "
                     "Who else on your side signs off the venue?", _rules_alone())
    assert "consulting" in found.gives and "decision_makers" in found.gets


def test_their_own_visit_invited_is_no_work_of_ours():
    assert "consulting" not in _gives("Come and see what the machine can do.")
