"""Each test names a trainer's judgment about where a move sits in a turn and whose it is (clause14): a move after a
fronted clause is still that move, a condition of a third party's offer is not our discount, permission to tell us
something is not a get, and a scenario's own words for a commitment trade a discount as the default words do."""

from __future__ import annotations

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
