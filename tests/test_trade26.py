"""Session 26: a give made on a condition that names one of their commitments is a trade. The condition is the get
(a dated sit-down, their decider in the room, their budget, a date for the decision), so the coach hears it, the score
books the trade and the persona answers the ask. Look-alikes that name no commitment ("provided the weather holds")
stay a give with no get."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear
from tests.persona_play import play_shipped, prospect_lines, score_changes

INGRID = ("If it helps, I can hold last year's rate for you, provided you and your finance director sit down with me "
          "next Tuesday to go through the volumes.")


@pytest.mark.parametrize(("reply", "give", "gets"), [
    (INGRID, "discount", {"meeting", "decision_makers"}),  # a held price is a discount
    ("I'll do the pilot free as long as your MD joins the kickoff on the 12th.", "trial",
     {"meeting", "decision_makers"}),
    ("You can have the report, on condition that we get an hour with the board in March.", "information",
     {"meeting", "decision_makers"}),
    ("Subject to your finance lead confirming the budget range, I can hold the autumn slot for your install.",
     "favour", {"budget"}),
    ("So long as your bursar can tell me when the governors make the call, I'll hold the summer rate for the school.",
     "discount", {"timeline"}),
    ("I'm glad to pencil in the second site visit, as long as your partner in the practice can be there too.",
     "meeting", {"decision_makers"}),
])
def test_a_give_made_on_a_condition_that_names_their_commitment_asks_for_it(reply, give, gets):
    signals = classify(reply)
    assert give in signals.gives, hear(reply).signals.matches
    assert set(signals.gets) == gets, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'll hold the ten percent, provided the weather holds and we can actually get the boat out.",
    "So long as the pallets come back to us undamaged, the hire is free for the first month.",
    "As long as you're happy with the first batch, the rest ship at the same price.",
    "Provided the council grants the permit, we'll put the extra lighting towers in at no charge.",
])
def test_a_condition_that_names_no_commitment_of_theirs_asks_for_nothing(reply):
    assert classify(reply).gets == [], hear(reply).signals.matches


def test_a_give_on_a_condition_that_names_a_get_is_scored_as_traded_not_given_away():
    events = Coach().score(1, classify(INGRID), ())
    codes = [event.code for event in events]
    assert "traded" in codes, events
    assert not any("without asking" in event.reason for event in events), events


def test_ingrid_offered_the_rate_for_a_sit_down_with_finance_hears_the_ask_not_a_free_rate():
    for seed in (0, 3):
        session, events = play_shipped("discount-hunter", INGRID, seed=seed)
        changes = score_changes(events)
        assert any(change.code == "traded" for change in changes), (seed, changes)
        assert not any("without asking" in change.reason for change in changes), (seed, changes)
        assert prospect_lines(events), seed


def test_jamie_offered_a_pilot_for_the_md_at_the_kickoff_answers_who_decides():
    session, events = play_shipped(
        "not-the-decision-maker", "I'll do the pilot free as long as your MD joins the kickoff on the 12th.", seed=3)
    changes = score_changes(events)
    assert any(change.code == "traded" for change in changes), changes
    assert "my person" in " ".join(prospect_lines(events)).lower() or \
        "your person" in " ".join(prospect_lines(events)).lower(), prospect_lines(events)
