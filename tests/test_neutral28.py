"""Judgments about replies that make no move (session 28), each named after what a trainer hears.

Their own date said back and taken down is listening, not a reason to act; the rep's own admin and the prospect's
errand are no chase; a trial in another sense, or someone else's, is no give; someone's rules described, or a
form named, asks for nothing. The real moves beside them are still heard."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Your deadline of 30 June is noted.",
    "Your tender closes on the 14th, if I've read it right.",
    "So the inspection's on the 3rd and the chimneys need sweeping before then, got it.",
    "Your team said the inspection is on the 3rd, noted.",
    "Understood — you need the policy wording before your board sits on the 3rd.",
])
def test_their_date_taken_down_is_listening_not_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "Your fire certificate expires on the 28th.",
    "You said your lease ends in March, so if we start by the 1st you're live before it ends.",
])
def test_their_date_told_or_built_on_is_still_urgency(reply):
    assert "urgency" in classify(reply, _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "Dear Sir, I acknowledge receipt of your letter of 2 December.",
    "Picture's a bit blurry, could you send it again?",
    "To be honest I haven't had a chance to look at your email yet.",
    "You already have our brochure from the fair, so I won't send it again.",
    "Did our Bucharest office already send you the invoice, or I should send it again?",
])
def test_the_reps_own_admin_or_their_errand_is_no_check_in(reply):
    assert "check_in" not in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "Kindly acknowledge receipt of my quotation.",
    "Have you had a chance to look at the quote?",
    "Sending this again in case it got buried.",
])
def test_a_real_check_in_is_still_heard(reply):
    assert "check_in" in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "Mr Okafor is in a three-week trial at the Old Bailey, so his replies will be slow, Sir.",
    "The cricket club's on a free trial of some streaming app and it keeps showing ads on the scoreboard.",
    "you are on a 14-day free trial as of today",
    "I'm off on leave from the 22nd for a week.",
    "I've been meaning to post you that duvet for a fortnight. Then the car died.",
    "Your neighbour referred us, which was kind, I've just booked his install for next week.",
])
def test_a_trial_someone_is_on_or_a_while_that_only_says_when_is_no_trial(reply):
    assert "trial" not in classify(reply, _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "We can leave the van with you for the week so your drivers can try it.",
    "Happy to leave the scanner with you for the next couple of weeks.",
    "I can set you up with a two-week pilot starting Monday.",
])
def test_a_thing_left_with_them_for_a_while_is_still_a_trial(reply):
    assert "trial" in classify(reply, _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "The judging criteria at the pie contest were a mystery to everyone, Mom still lost to Darlene.",
    "The Michelin criteria remain a total mystery to our head chef.",
    "We got the referral form back from the council yesterday, all done.",
    "Referral forms at the clinic took me an hour this morning, my knee again.",
])
def test_someones_rules_described_or_a_form_named_asks_for_nothing(reply):
    found = classify(reply, _rules_alone())
    assert "criteria" not in found.gets and "referral" not in found.gets


@pytest.mark.parametrize("reply, kind", [
    ("Could you share your selection criteria?", "criteria"),
    ("Would you give me a referral to the Ludlow society?", "referral"),
])
def test_asking_for_their_criteria_or_a_referral_is_still_a_get(reply, kind):
    assert kind in classify(reply, _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "price is what I told ya Tuesday, $475 a day, ain't changed",
    "That's still the $189 I quoted you, same as last week.",
])
def test_a_price_said_to_be_unchanged_is_no_new_give(reply):
    assert "pricing" not in classify(reply, _rules_alone()).gives


def test_a_price_told_is_still_pricing():
    assert "pricing" in classify("It is $400 a day since the rate changed.", _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "You said the launch is in June.",
    "You mentioned you'd like to see a demo of the bin app before the board meets.",
    "When do you decide on machinery for the season, before Christmas?",
])
def test_their_date_said_back_or_asked_with_nothing_built_on_it_is_no_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "You said the festival opens on the 14th of July. The permits for the saunas take three weeks, so we'd want the "
    "order in by the 20th of June.",
    "u said 8 AEs doing 5 calls a day, so every week this waits is roughly 40 hrs of note typing ur team never gets back",
    "Can we pencil the die in for the week of the 9th, before your Christmas shutdown?",
])
def test_a_reason_built_on_their_date_is_still_urgency(reply):
    assert "urgency" in classify(reply, _rules_alone()).stages
