"""Judgments about asks heard for what they are (session 27), each named after what a trainer hears.

Their deciders named inside another ask are that ask's subject: "what would the trustees need to see?" asks how they
will choose, "when does your finance committee sit?" asks when, "could your head gardener record a short video?" asks
for a testimonial. Only an ask for the deciders themselves (who signs, bring them in) is the decision-maker get. And an
introduction to someone placed at another firm by name is a referral, not their own people."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize(("reply", "kind"), [
    ("What would your trustees want to see in the tender before they back it?", "criteria"),
    ("What does the planning committee need to see from us on noise?", "criteria"),
    ("Could you let me know the date your finance committee meets next?", "timeline"),
    ("Would your head gardener be willing to record a short video about the mowers?", "testimonial"),
    ("Best number for your yard manager?", "direct_line"),
])
def test_deciders_named_inside_another_ask_are_that_asks_subject(reply, kind):
    heard = classify(reply, _rules_alone())
    assert kind in heard.gets
    assert "decision_makers" not in heard.gets


@pytest.mark.parametrize("reply", [
    "Does the board need to see it before you order?",
    "Who signs the purchase order on your side?",
    "Could you bring your ops manager onto Thursday's call?",
])
def test_asking_for_their_deciders_themselves_is_still_heard(reply):
    assert "decision_makers" in classify(reply, _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "Would you introduce me to the bursar at Kingsmead Academy?",
    "Could you put me in touch with the ward manager at St Columba's?",
])
def test_an_introduction_to_someone_at_another_named_firm_is_a_referral(reply):
    heard = classify(reply, _rules_alone())
    assert "referral" in heard.gets
    assert "decision_makers" not in heard.gets


def test_an_introduction_to_their_own_decider_stays_a_decision_maker_ask():
    heard = classify("Could you introduce me to the finance director, please?", _rules_alone())
    assert "decision_makers" in heard.gets
    assert "referral" not in heard.gets


@pytest.mark.parametrize("reply", [
    "Can we lock in the install for the 3rd of March?",
    "Shall we pencil in Thursday the 9th for the fitting?",
])
def test_the_work_itself_booked_for_a_day_is_the_next_step_not_a_sit_down(reply):
    heard = classify(reply, default_lexicon())
    assert "meeting" not in heard.gets
    assert "next_steps" in heard.gets


@pytest.mark.parametrize("reply", [
    "Can we pencil in a walk-round of the yard for next week?",
    "Could we set a date for the site visit?",
    "Are you available on Tuesday for a call?",
    "Can we lock in Tuesday at 3 for the call?",
])
def test_a_sit_down_pencilled_in_is_still_a_meeting_asked(reply):
    assert "meeting" in classify(reply, _rules_alone()).gets


def test_a_date_set_for_their_decision_asks_when_not_for_a_meeting():
    heard = classify("Has the panel set a date for choosing the contractor yet?", default_lexicon())
    assert "meeting" not in heard.gets
    assert "timeline" in heard.gets


def test_their_money_available_asks_the_budget_not_their_diary():
    heard = classify("Is the funding available for this school year?", _rules_alone())
    assert "budget" in heard.gets
    assert "meeting" not in heard.gets


@pytest.mark.parametrize("reply", [
    "Who on your side ends up staying late when the kiln trips?",
    "Who on your team gets stuck re-doing the labels when the printer jams?",
])
def test_who_on_their_side_is_reached_by_the_trouble_is_discovery_not_who_decides(reply):
    heard = classify(reply, _rules_alone())
    assert "decision_makers" not in heard.gets
    assert "empathy" in heard.stages


@pytest.mark.parametrize("reply", [
    "I can come back and present to your governors next month.",
    "So: you talk to the trustees this week, I hold the price, and we speak on the 20th. Does that work?",
])
def test_the_rep_offering_to_present_or_the_prospect_talking_to_their_board_asks_no_deciders(reply):
    assert "decision_makers" not in classify(reply, _rules_alone()).gets


def test_asking_to_talk_to_their_decider_is_still_heard():
    assert "decision_makers" in classify("Could I talk to your CFO before we go further?", _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "How are you weighting the tenders this time?",
    "Is it the cheapest quote that wins, or does the warranty count for more?",
    "What's top of the list for you: speed, price or the service plan?",
    "If you had to rank what matters in a cleaning contractor, where would you start?",
])
def test_how_they_will_choose_however_it_is_put_asks_their_criteria(reply):
    assert "criteria" in classify(reply, _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "How are you scoring the calls these days?",
    "What's top of the list for the weekend?",
])
def test_their_own_work_marked_or_their_weekend_plans_ask_no_criteria(reply):
    assert "criteria" not in classify(reply, _rules_alone()).gets
