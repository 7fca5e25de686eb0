"""Each test names a trainer's judgment found by playing the personas (session 18): another customer's numbers are
proof, not our price; "a site like yours" hands nothing over; what would stop it going ahead asks for their criteria,
whoever the subject; a customer sized before it is placed still tells a result; and a discount made the price of their
commitment is not also "nothing asked back" after an errand."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear

# ---------------------------------------------------------------- 1. another customer's numbers are proof, not our price

@pytest.mark.parametrize("reply", [
    "I'll bring the numbers from a 30-person practice like yours",
    "happy to send the figures from one of our hauliers",
    "I can share the stats from another clinic your size if that's useful",
    "I'll bring the numbers from the Leeds firm.",
    "Happy to bring the numbers from a housing association our size",
])
def test_numbers_from_a_customer_like_theirs_are_a_case_study_and_proof(reply):
    signals = classify(reply)
    assert signals.gives == ["case_study"], hear(reply).signals.matches
    assert "trust" in signals.stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'll bring the numbers",
    "I'll bring the numbers on Thursday and we can go through them line by line.",
    "Righto, I'll send the pricing for a site like yours tonight.",
])
def test_our_own_numbers_stay_pricing(reply):
    assert classify(reply).gives == ["pricing"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "The trial's all yours",
    "Pilot's yours for the month",
    "The loaner kit's yours till the end of the month, no charge.",
])
def test_a_thing_that_is_now_theirs_is_still_handed_over(reply):
    assert classify(reply).gives == ["trial"], hear(reply).signals.matches


# ---------------------------------------------------------------- 2. what would stop it going ahead asks for their criteria

@pytest.mark.parametrize("reply", [
    "What would stop this going ahead before the new financial year in April?",
    "what might stop the partners saying yes to this, honestly?",
    "So, what could get in the way of signing before the audit?",
    "What would stop you going ahead?",
])
def test_what_would_stop_it_going_ahead_asks_for_their_criteria(reply):
    assert "criteria" in classify(reply).gets, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Your drivers will stop buying fuel cards from three suppliers and have one account.",
    "Nothing stopped us going ahead with the fit-out in the end, it was the landlord who dragged his feet.",
    "I don't want to keep you from your lunch",
])
def test_stopping_without_their_decision_asks_nothing(reply):
    assert classify(reply).gets == [], hear(reply).signals.matches


# ---------------------------------------------------------------- 3. a customer sized before it is placed tells a result

@pytest.mark.parametrize("reply", [
    "We have a haulier of 280 trucks in Rotterdam whose POD disputes went down by 60% in six months.",
    "we've got a school of about 900 pupils in Dundee where late marks dropped by a third within a term",
])
def test_a_customer_sized_then_placed_with_its_result_is_proof(reply):
    assert "trust" in classify(reply).stages, hear(reply).signals.matches


def test_how_long_our_own_work_takes_is_no_customer_result():
    reply = "The survey takes a day for a 6-storey block and the report comes back in English and Welsh, usually within a week."
    assert "trust" not in classify(reply).stages, hear(reply).signals.matches


# ---------------------------------------------------------------- 4. a traded discount is not "nothing asked back"

@pytest.mark.parametrize("reply", [
    "ok sending now!! also we have 20% off this month only if u sign before friday",
    "Sure. And I can do 10% off if you sign for the year by the 30th.",
])
def test_a_discount_traded_on_their_commitment_after_an_errand_is_not_an_errand_run_for_nothing(reply):
    coach = Coach()
    events = coach.score(1, classify(reply), ("errand",))
    labels = [event.label for event in events]
    assert "chase:errand_without_get" not in labels, labels
    assert any(event.code == "traded" for event in events), labels


def test_a_plain_give_after_an_errand_still_runs_it_for_nothing():
    coach = Coach()
    events = coach.score(1, classify("Sure, I'll send the brochure and the pricing over tonight."), ("errand",))
    assert "chase:errand_without_get" in [event.label for event in events]


# ---------------------------------------------------------------- 5. sizing their world together is discovery

@pytest.mark.parametrize("reply", [
    "Right, so claims intake is eating adjuster time. How many claims a week are we talking?",
    "how many jobs a day are we talking about",
    "How many adjusters are we looking at?",
])
def test_how_many_are_we_talking_is_discovery(reply):
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How long are we talking for the drive from the station?",
    "how many copies are we printing?",
])
def test_sizing_the_reps_own_errand_is_not_discovery(reply):
    assert "empathy" not in classify(reply).stages, hear(reply).signals.matches


# ---------------------------------------------------------------- 6. one extra after an errand is one chase

def test_an_extra_thrown_in_after_an_errand_is_chased_once():
    coach = Coach()
    events = coach.score(1, classify("Also chucking in free onboarding for everyone, my treat :)"), ("errand",))
    chases = [event.label for event in events if event.dimension == "chasing"]
    assert chases == ["chase:errand_without_get"], chases


def test_an_extra_beside_another_give_after_an_errand_still_costs_both():
    coach = Coach()
    events = coach.score(1, classify("I'll send the deck tonight and throw in free onboarding too."), ("errand",))
    chases = [event.label for event in events if event.dimension == "chasing"]
    assert "chase:free_extra" in chases and "chase:errand_without_get" in chases, chases


# ---------------------------------------------------------------- 7. asking for their signature hands nothing over

def test_shall_we_get_the_contract_signed_is_a_close_not_a_proposal_given():
    reply = "Brilliant, so shall we get the contract signed this week then?"
    assert classify(reply).gives == [], hear(reply).signals.matches


def test_the_contract_sent_over_is_still_a_proposal_given():
    reply = "Sure, will get the contract over to you tonight."
    assert classify(reply).gives == ["proposal"], hear(reply).signals.matches


def test_a_discount_that_is_the_only_give_after_an_errand_is_chased_once():
    coach = Coach()
    events = coach.score(1, classify("And if it helps I can do 15% off for all twelve."), ("errand",))
    chases = [event.label for event in events if event.dimension == "chasing"]
    assert chases == ["chase:errand_without_get"], chases
