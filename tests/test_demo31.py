"""Judgments about demos, trials and favours offered in outside writers' words (session 31), each named after what a
trainer hears.

A visit or a call that carries the showing is the demo, not another meeting. Ours left with them for a while, told as
"keep it till spring" or "borrow one for January", is a trial. A chore taken off their hands is a favour when the reply
says what it spares them ("you won't have to ring anyone"), and so is one of ours dealing with their old things. A go on
it, on the spot, is a demo. A demo run for another customer, a trial we used to give, a thought kept till spring are none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "wicked easy, I'll just swing by and show ya the grinder runnin' on your own roast, no big deal",
    "Can I swing by Tuesday at 11 or Thursday at 2 to show you the new handsets?",
    "yo so if u want i can hop on a call n share screen, show u the racks' app dimming the lights live",
])
def test_a_visit_or_call_that_carries_the_showing_is_the_demo(reply):
    gives = classify(reply, RULES_ALONE).gives
    assert "demo" in gives
    assert "meeting" not in gives


@pytest.mark.parametrize("reply", [
    "Keep it till spring, honestly, no rush to decide.",
    "Borrow one for the whole of January if you like, no strings.",
    "Please use our system for the festival week, if it is good we make contract after.",
    "Thee may keep the stairlift in thy mother's house until the spring, and if it serves her, we shall speak of buying.",
])
def test_ours_theirs_to_keep_for_a_while_is_a_trial(reply):
    assert "trial" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "We used to do a free trial but we stopped it last year.",
    "Keep it in mind till spring.",
])
def test_a_thought_kept_or_a_trial_we_used_to_give_is_no_trial(reply):
    gives = classify(reply, RULES_ALONE).gives
    assert "trial" not in gives
    assert "favour" not in gives


@pytest.mark.parametrize("reply", [
    "I'll sort the plumber for the install, you won't have to ring anyone.",
    "i'll sort ur import paperwork w customs so u don't get stuck at the port",
    "I shall speak to thy mother's physician myself about the fitting, so thee need not.",
    "I'll get the bikes registered with the council for you, sorted",
])
def test_a_chore_taken_off_their_hands_is_a_favour(reply):
    assert "favour" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "I'll book the call for Tuesday so you don't have to wait.",
    "I can't sort the courier, so you don't have to wait for me.",
])
def test_a_call_booked_or_a_chore_refused_is_no_favour(reply):
    assert "favour" not in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Shall I get our transport guy to move your old prefab off site while we're there? Happy to.",
    "also i can get our installer to mount ur old lights in the staff room for u, he's there anyway lol",
])
def test_one_of_ours_dealing_with_their_old_things_is_a_favour(reply):
    assert "favour" in classify(reply, RULES_ALONE).gives


def test_fitting_what_we_sell_is_no_favour():
    assert "favour" not in classify("I'll get our fitter to install your new boiler.", RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "bike's outside ur depot tmrw 8am, have a go on it round the car park",
    "Take one of the e-cargos out for a spin on your Thursday round, our rider'll meet your lad at the depot.",
    "Right so basically what I'd do is bring the kit round and you lot just have a go, see if it's you.",
    "No worries if not, but I could run it through its paces for your head chef on Monday.",
    "Would thy mother like to ride the chair at our workshop before we fit one? She would be most welcome.",
    "i'll film the basil rack under the new spectrum over a week and send u the clip",
])
def test_a_go_on_it_or_footage_of_it_is_a_demo(reply):
    assert "demo" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Have a go on the form and tell me if it's clear.",
    "Our engineers are running a demo for another café this week, so I'm away till Monday.",
])
def test_a_form_tried_or_a_demo_for_someone_else_is_no_demo(reply):
    assert "demo" not in classify(reply, RULES_ALONE).gives
