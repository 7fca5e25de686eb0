"""Judgments about the meeting and decision-maker gets (session 29), each named after what a trainer hears.

Asking for their people is a get however it is put: bare ("who scores?"), hedged with a negation that only softens
it ("you don't happen to know who signs the cheque?"), or imperative ("Get Dr Greer and finance on the demo"). What
only looks like one earns none: a meeting's room, a past onset asked about, the budget someone decides on, a budget meeting of theirs. A term
commitment asked outright is the close, not a get."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


@pytest.mark.parametrize("reply", [
    "who scores",
    "Who's on it?",
    "who scores the tenders?",
    "You wouldn't happen to know who'd make the final decision on something like sensors?",
    "You don't happen to know who signs the cheque in the end?",
    "might be worth getting Priya on the next one",
    "Get Dr Greer and finance on the demo with you, then, and I'll do Friday at 11",
    "I'll bring the tonewood samples Tuesday. Make sure your head luthier's there, he's the one to convince",
    "I'll do the first resurfacing free. In return, I'd want your GM and you at the review on the 30th",
])
def test_asking_for_their_people_however_put_is_the_decision_maker_get(reply):
    assert "decision_makers" in classify(reply).gets


@pytest.mark.parametrize("reply", [
    "I'll get Tom on the call too",
    "Shall I bring Anneli to the demo?",
])
def test_our_own_people_brought_along_are_not_asked_for(reply):
    assert "decision_makers" not in classify(reply).gets


def test_who_scored_at_the_weekend_is_not_who_scores_the_bids_for_the_rules():
    rules_alone = replace(default_lexicon(), second_opinion=False)
    assert "decision_makers" not in classify("Who scored on Saturday?", rules_alone).gets


def test_a_meetings_room_is_logistics_not_a_slot_asked_for():
    assert classify("The meeting on Thursday is in room 4B, second floor, sign in at reception").gets == []


def test_when_their_trouble_started_is_discovery_not_their_timeline():
    signals = classify("When did the old resurfacer start playing up?")
    assert "timeline" not in signals.gets and "empathy" in signals.stages, signals


def test_when_they_hope_to_start_still_asks_their_timeline():
    assert "timeline" in classify("When are you hoping to start?").gets


@pytest.mark.parametrize("reply", [
    "Who has the final say on the pyro budget, you or the production manager?",
    "I'll need a yes from whoever owns the rink budget before I can hold the machine",
])
def test_the_budget_someone_decides_on_asks_who_not_how_much(reply):
    gets = classify(reply).gets
    assert "decision_makers" in gets and "budget" not in gets, gets


def test_their_budget_meeting_asked_about_is_not_their_budget():
    assert "budget" not in classify("What's your budget meeting like, do you get grilled by the council?").gets


@pytest.mark.parametrize("reply", [
    "would you commit to a 3-year term?",
    "Would you commit to a two-year service contract today?",
])
def test_a_term_commitment_asked_outright_is_the_close(reply):
    signals = classify(reply)
    assert signals.close_ask and signals.gets == [], signals


@pytest.mark.parametrize(("reply", "get"), [
    ("Who are the people I should be writing the proposal for?", "decision_makers"),
    ("Is it scored on price, quality, or a mix?", "criteria"),
    ("So what's the price got to beat?", "criteria"),
])
def test_how_and_for_whom_their_bids_are_judged_is_a_get_not_discovery(reply, get):
    signals = classify(reply)
    assert get in signals.gets and "empathy" not in signals.stages, signals
