"""Judgments about favours, meetings offered and "whatever suits" (session 30), each named after what a trainer hears.

A favour is something for them outside the sale, whoever on our side does it: a lift, a loan of ours ("you can borrow
it"), a deposit let go, a contact of one of ours passed on, an errand by a colleague or a relative named first. Our time
is offered however the talk after the visit is said ("we drink tea and talk", "we could lime an talk"), by one of ours
named first, or as the rep's own free times for a coffee. Every choice handed over in an outside writer's words is
`whatever_works`. A customer who will vouch for us stays proof, a deposit taken stays nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Any of our drivers can give you a lift back from the airport, just tell me the flight.",
    "Shall I ask my husband to pick you up from the station on Friday? It is long walk to our showroom.",
    "Happy to give your foreman a lift to the depot on Monday.",
])
def test_a_lift_for_them_is_a_favour(reply):
    assert "favour" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Your basin is broken? We have old one in our storeroom, you can borrow it until your new one come, no charge.",
    "We have a spare pressure washer sitting idle, you're welcome to borrow it for the clean-up after the fair.",
])
def test_a_thing_of_ours_they_can_borrow_is_a_favour(reply):
    assert "favour" in classify(reply, RULES_ALONE).gives


def test_a_deposit_let_go_is_a_favour_beside_the_price():
    gives = classify("Price for cylinder rent is same, 4 euro per month, but I don't take deposit from you this time.",
                     RULES_ALONE).gives
    assert "favour" in gives and "pricing" in gives


def test_a_deposit_asked_for_is_no_favour():
    assert "favour" not in classify("We do need a deposit of 20% before we cut the steel.", RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "My colleague Rasa know very good the man at the port customs, she can call him for you about your stuck steel.",
    "Slaw Nazanin gian, my cousin is accountant for many salons in Leeds, if you want I give her number to you for your tax.",
    "my brother-in-law's a sparky if you need someone for the lights on the mezzanine I can pass you his number",
    "My brother-in-law does sell secondhand tyres, I could link you up wid he for de kids' bikes.",
])
def test_one_of_ours_named_first_doing_them_a_good_turn_is_a_favour(reply):
    assert "favour" in classify(reply, RULES_ALONE).gives


def test_a_customer_who_will_vouch_for_us_is_not_a_favour():
    reply = "My friend at the Leeds salon has been our customer three years, I can pass you her number."
    assert "favour" not in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "If you like, I come to salon on Monday when it is closed and we drink tea and talk about the new colour line.",
    "Wuh happenin Kevin! Listen, I gine be by the shop Saturday morning, we could lime an talk bout the truing stands.",
    "Our geologist Hassan will be in Nakuru on the 12th, he can sit with you one hour for tea and answer all your questions.",
    "I'm free Wednesday after two or Friday morning if you fancy a coffee and a chat.",
    "I will be in the county on the 3rd and 4th of March and could call upon you at the parish office, should that be convenient.",
    "Want me to get our Jurgita to ring you tomorrow for a quick chat about the bulk cylinders?",
])
def test_our_time_offered_in_any_words_is_a_meeting_given(reply):
    assert "meeting" in classify(reply, RULES_ALONE).gives


def test_a_visit_to_show_the_thing_is_the_demo_not_a_meeting():
    reply = "I'll come by the shop Saturday and we can chat while I show you how the stand works."
    assert "meeting" not in classify(reply, RULES_ALONE).gives


def test_one_of_ours_ringing_to_hear_their_verdict_gives_no_time():
    assert "meeting" not in classify("I'll get our Jurgita to ring you Friday to hear what the board decided.",
                                     RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Whatever day good fuh you, I does be free, jus say.",
    "Tell me your week and I'll fit in.",
    "I can add the spare head free, and honestly, whatever else you want, just say.",
    "The dates, the specification and the payment terms are entirely at the council's discretion.",
])
def test_every_choice_handed_over_in_an_outside_writers_words_is_whatever_works(reply):
    assert "whatever_works" in classify(reply, RULES_ALONE).chase


def test_the_carriage_covered_by_the_rep_himself_is_a_free_extra():
    signals = classify("Man, doan worry bout the freight, I gine cover it myself dis time.", RULES_ALONE)
    assert "favour" in signals.gives and "free_extra" in signals.chase


def test_a_place_on_a_list_for_a_free_workshop_is_not_an_extra_put_in():
    assert "favour" not in classify("We can put you on the list for the next free workshop if you want, no catch.",
                                    RULES_ALONE).gives
