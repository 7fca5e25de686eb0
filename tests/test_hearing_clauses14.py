"""Each test names a trainer's judgment about where a move sits in a turn and whose it is (clause14): a move after a
fronted clause is still that move, a condition of a third party's offer is not our discount, permission to tell us
something is not a get, and a scenario's own words for a commitment trade a discount as the default words do."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.chasing import find_chases, traded_on_condition
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import hear


def test_a_scenario_word_for_their_commitment_trades_a_discount_in_chasing_and_scoring():
    # The parish votes: a scenario's own class words say what their commitment is, and the discount priced on it is a
    # trade in chasing and in the reciprocity score, as an extra priced on it already was.
    lexicon = default_lexicon().extended(
        classes={"on_their_commitment": [r"\bonce the (?:vestry|parish) votes? (?:it )?through\b"]})
    reply = "We'll take 10% off the bell rehang once the vestry votes it through."
    signals = classify(reply, lexicon)
    assert "discount" in signals.gives, signals.matches
    assert not traded_on_condition(signals), "the default words know no vestry"
    assert traded_on_condition(signals, lexicon.classes)
    assert [chase.kind for chase in find_chases(signals, frozenset())] == ["unasked_discount"]
    assert find_chases(signals, frozenset(), lexicon.classes) == []
    events = Coach(lexicon).score(1, signals)
    assert [event.code for event in events if event.dimension == "reciprocity"] == ["traded"], events
    assert not [event for event in events if event.dimension == "chasing" and event.delta < 0], events
    assert hear(reply, lexicon).signals == signals


@pytest.mark.parametrize("reply", [
    "Before I dive in, what's the report for and who reads it?",
    "Before we talk nets, what did the birds take off the Pinot last vintage?",
    "Good to hear the falcons settled in. Out of interest, where are the gulls worst on the estate?",
    "Sorry, one thing first, what made you start looking at cold plunges this winter?",
    "Look, before the demo, tell me what goes wrong when a family calls at 3am.",
])
def test_a_question_about_their_world_after_a_fronted_clause_is_discovery(reply):
    # The rep's set-up before the comma ("Before I dive in,", "Out of interest,") ends, and a question about their world
    # begins: it opens its sentence as surely as one with nothing before it (clause cue `fronted`).
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Before I forget, the van's parked round the back by the bins.",
    "Before I dive in, I'll grab a coffee, back in two.",
    "So, what I was going to say, the roads up to the farm are flooded again.",
    "Honestly, who reads the small print on pet insurance?",
    "Out of interest, our own studio moved to that system last year too.",
])
def test_a_fronted_clause_before_no_question_about_their_world_earns_nothing(reply):
    assert not classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "The council's rebate knocks 400 off, but only if the sheds are installed by April.",
    "The ferry operators' association gets members 20% off the licence fee if they join before renewal.",
    "The council gave us 10% off our parking permits last year, funnily enough.",
    "The manufacturer knocks 15% off the motors until June.",
    "20% off the licence, courtesy of the council.",
])
def test_a_price_cut_a_third_party_offers_is_not_our_discount(reply):
    # Whose offer it is, read once per clause (clause cue `third_party`, `needs = ["ours"]`): a council's rebate, an
    # association's member price or a maker's cut is not a concession of ours, so it is no give and never chasing.
    signals = classify(reply)
    assert "discount" not in signals.gives, signals.matches
    assert find_chases(signals, frozenset({"stall"})) == []


@pytest.mark.parametrize("reply", [
    "I can give the club 10% off the kit.",
    "We'll take 10% off, and you can claim the rest from the council.",
    "10% off if you order through the association portal by Friday.",
    "I can take 10% off the batteries if you sign for all six trucks this month.",
])
def test_our_price_cut_to_a_club_or_beside_a_third_party_is_still_our_discount(reply):
    assert "discount" in classify(reply).gives, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "It's fine to tell me the timing's off.",
    "Feel free to tell me the budget's gone elsewhere this year, I won't take it personally.",
    "You can always tell me the trustees have gone another way, that's no bother.",
    "Do say if the decision's already been made elsewhere, honestly.",
    "It's completely fine to let me know the price is too high for the clinic.",
])
def test_permission_to_tell_us_bad_news_is_trust_not_a_get(reply):
    # The news they are invited to tell ("the timing's off", "the budget's gone elsewhere") asks for no timeline or
    # budget and hands over no price: it is the no made welcome.
    signals = classify(reply)
    assert signals.permission and "trust" in signals.stages, signals.matches
    assert not signals.gets and not signals.gives, signals.matches


@pytest.mark.parametrize("reply, get", [
    ("Let me know when you'd want the tubs delivered.", "timeline"),
    ("Tell me who else needs to sign off on the sheds.", "decision_makers"),
])
def test_asking_them_to_tell_us_their_step_is_still_a_get(reply, get):
    signals = classify(reply)
    assert get in signals.gets and not signals.permission, signals.matches


def test_the_trace_judges_a_discount_by_the_scenarios_words_for_their_commitment():
    # The trace lists what the coach scored: with the scenario's class, the vestry's vote trades the discount there too.
    from dojo.engine.trace import heard_labels

    lexicon = default_lexicon().extended(
        classes={"on_their_commitment": [r"\bonce the (?:vestry|parish) votes? (?:it )?through\b"]})
    signals = classify("We'll take 10% off the bell rehang once the vestry votes it through.", lexicon)
    assert "chase:unasked_discount" in heard_labels(signals)
    assert "chase:unasked_discount" not in heard_labels(signals, classes=lexicon.classes)
