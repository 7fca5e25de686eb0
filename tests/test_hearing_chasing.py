"""Each test names a trainer's judgment about chasing: the rep doing the prospect's work for them (pleading,
over-convincing, handing over every choice, throwing extras in, checking in with nothing new), and what only
looks like it (asking for their step, the give itself offered free, chasing words quoted)."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


@pytest.mark.parametrize("reply, kind", [
    ("Just trying you again about the kennel flooring, any joy?", "check_in"),
    ("Bumping my earlier message about the ramp hire up your inbox.", "check_in"),
    ("Hope my quote from Monday didn't go astray in your spam folder.", "check_in"),
    ("Reaching back out about the boiler service plan.", "check_in"),
    ("Did you ever get round to looking at the rota app?", "check_in"),
])
def test_getting_in_touch_again_about_the_same_thing_is_a_check_in(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Honestly it'd save me, my manager wants this signed by Friday.",
    "I'm on my knees with targets this month, anything you can sign helps.",
    "Please don't let me down on this one, we've worked so hard on it.",
    "We humbly beg you to choose our firm for the contract.",
    "Just one order, I promise I'll stop pestering you after that.",
    "My bonus is riding on this one, so please sign it this week.",
    "I badly need you to say yes before the month closes.",
])
def test_the_reps_own_stakes_as_the_reason_to_buy_is_pleading(reply):
    assert "pleading" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Whatever you settle on is fine, I'll make it happen.",
    "I'm not fussed which week, you pick.",
    "I'll work myself round your rota, any shift.",
    "Whichever date suits is good for me.",
    "Pay whatever you think the survey is worth.",
    "However many crates you need, we'll get them to you.",
    "Any setup you prefer works, on site or remote.",
    "We're totally flexible on price and dates, just tell me what you want.",
])
def test_fitting_in_with_whatever_they_choose_is_handing_over_control(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Nobody in the region can touch our response times.",
    "Not one of our clubs has regretted switching over.",
    "The savings figures make the case by themselves.",
    "You'd be crazy to carry on with the old paper forms.",
    "There's no better scaffold system in the region, full stop.",
    "I'd stake my reputation on these boilers.",
])
def test_insisting_it_is_the_best_is_convincing_instead_of_asking(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "On top of the order we'll include a spare filter set, complimentary.",
    "I'll extend the warranty another year on the house.",
    "We'll bung a couple of extra tins in with the delivery too.",
])
def test_an_extra_added_on_top_for_nothing_is_a_free_extra(reply):
    assert "free_extra" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We can run the pilot in one ward for free.",
    "Our engineer can look over your compressor free of charge.",
    "I can give you a free trial of the booking app for a fortnight.",
])
def test_the_give_itself_offered_free_is_that_give_not_an_extra(reply):
    found = classify(reply)
    assert found.gives and "free_extra" not in found.chase, found.matches


@pytest.mark.parametrize("reply", [
    "No rush at all, but could I grab the name of whoever signs off on the fit-out?",
    "Whatever suits you, though when is the board likely to decide?",
    "Just following up: when does your committee meet to decide?",
])
def test_a_softener_on_an_ask_still_asks_for_their_step(reply):
    found = classify(reply)
    assert found.gets and found.chase == [], found.matches


@pytest.mark.parametrize("reply", [
    "The 'no brainer' sticker on our old vans has finally come off.",
    "My boss's \"just checking in\" emails are a running joke in the office.",
])
def test_chasing_words_in_quotation_marks_are_mentioned_not_said(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


def test_checking_in_with_the_reps_own_people_is_not_chasing():
    assert classify("I check in with my brother every Friday, he lives alone.").chase == []
