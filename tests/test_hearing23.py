"""Judgments found in session 23 by playing the personas, each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import why

# ---------------------------------------------------------------- 10. a fact of theirs wanted now

@pytest.mark.parametrize("reply", [
    "I'd rather know now how many vans you run",
    "i'd rather know now what the fleet looks like",
    "Better to know up front which sites are live?",
])
def test_wanting_a_fact_of_theirs_now_is_discovery_not_a_no_invited(reply):
    heard = classify(reply)
    assert not heard.permission and "trust" not in heard.stages, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If it's not a fit I'd rather know now.",
    "I'd rather know now, honestly. Is it?",
])
def test_wanting_the_no_now_still_invites_one(reply):
    assert classify(reply).permission, why(reply)


# ---------------------------------------------------------------- 11. what it would take to keep them where they are

@pytest.mark.parametrize("reply", [
    "What would it take to stick with your existing provider?",
    "what would it take for you to stay with the people you've got?",
])
def test_what_it_would_take_to_keep_their_supplier_is_discovery_not_criteria_or_candour(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "criteria" not in heard.gets and "trust" not in heard.stages, why(reply)


def test_what_it_would_take_to_win_them_is_still_criteria():
    assert "criteria" in classify("What would it take to win your business?").gets


# ---------------------------------------------------------------- 9. what their report is for

@pytest.mark.parametrize("reply", [
    "what's the board report meant to help them decide?",
    "what's the board report meant to help them with?",
    "what is your audit supposed to show the insurer",
])
def test_what_their_report_is_for_is_discovery_not_the_deciders(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "decision_makers" not in heard.gets, why(reply)


def test_whether_the_board_decides_is_still_the_deciders():
    assert "decision_makers" in classify("Will the board decide on this?").gets


# ---------------------------------------------------------------- 5. their want restated and acknowledged

@pytest.mark.parametrize("reply", [
    "So you want X, I understand",
    "So you want a cheaper van, I understand.",
    "so you're after a cheaper van, got it",
])
def test_their_want_restated_with_no_question_is_no_discovery(reply):
    assert "empathy" not in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "So you need it by March, I understand. What happens if it slips?",
    "I understand your frustration, it's been a long wait.",
])
def test_understanding_them_or_a_question_after_the_restatement_is_still_empathy(reply):
    assert "empathy" in classify(reply).stages, why(reply)


# ---------------------------------------------------------------- 6. our own award told

@pytest.mark.parametrize("reply", [
    "we were named installer of the year 2024",
    "we won best regional installer 2025",
    "Our team just got crowned caterer of the year at the county show.",
])
def test_our_own_award_told_is_a_boast_not_proof(reply):
    assert "trust" not in classify(reply).stages, why(reply)


def test_a_rating_they_can_check_is_still_proof():
    assert "trust" in classify("We're an award-winning installer, 4.9 on Trustpilot.").stages


# ---------------------------------------------------------------- 3. a choice of what decides it

@pytest.mark.parametrize("reply", [
    "is it going to come down to price, features, or who signs it off?",
    "will it come down to cost or turnaround in the end?",
    "Will it boil down to the warranty or the lead time?",
])
def test_a_choice_of_what_decides_it_asks_for_criteria(reply):
    assert "criteria" in classify(reply).gets, why(reply)
    assert "pricing" not in classify(reply).gives, why(reply)


def test_the_rep_saying_what_it_comes_down_to_asks_nothing():
    assert not classify("it comes down to price or nothing.").gets


# ---------------------------------------------------------------- 1. a call fixed at a day and time

@pytest.mark.parametrize("reply", [
    "we speak Monday at 8",
    "talk thurs 4pm then",
    "ok we speak Tuesday at 10 then?",
    "Perfect, we speak Monday at 8 then",
])
def test_a_call_fixed_at_a_day_and_time_is_a_meeting_not_a_deadline(reply):
    heard = classify(reply)
    assert "meeting" in heard.gets, why(reply)
    assert "urgency" not in heard.stages, why(reply)


# ---------------------------------------------------------------- 2. their question held off while the rep pushes on

@pytest.mark.parametrize("reply", [
    "I'll get to price, promise",
    "we'll come to cost in a sec, I swear",
    "I'll come to the numbers, honest. How many drivers are on the rota?",
])
def test_holding_their_price_question_off_is_no_chasing(reply):
    # The conventions give a promise to come back to something nothing of its own; no chasing kind (pleading,
    # convincing, a check-in, whatever works, a free extra) is a question deferred.
    assert not classify(reply).chase, why(reply)


# ---------------------------------------------------------------- 4. a close with a discount for this month

@pytest.mark.parametrize("reply", [
    "ready to sign up? 20% off if you do this month",
    "ok ready to go ahead? 15% off if we get the paperwork done by month end",
])
def test_a_close_with_a_discount_for_this_month_is_the_discount_and_the_close_no_urgency(reply):
    heard = classify(reply)
    assert "discount" in heard.gives and heard.close_ask, why(reply)
    assert "urgency" not in heard.stages, why(reply)


# ---------------------------------------------------------------- 12. budget asked with no verb

@pytest.mark.parametrize("reply", ["any budget set aside?", "is there budget?", "got any budget put by for it?"])
def test_budget_asked_without_a_verb_is_the_budget_get(reply):
    assert "budget" in classify(reply).gets, why(reply)
