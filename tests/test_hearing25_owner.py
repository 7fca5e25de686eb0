"""Judgments about whose thing a reply names (session 25), each named after what a trainer hears.

A give is ours, handed to them. The same noun is no give when it is theirs ("the client's proposal", "your unit"),
still a give when "your" names who receives it ("send your team the deck") or when it is ours made out to them
("your pilot is live"). Whose thing it is is read once (`Reading.owner`), for every rule that opts in with
`not_owned_by`, not in an owner word copied into each pattern's guards."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.clauses import Reading
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify, hear
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


def _owner(text: str, thing: str) -> str:
    data = text.encode()
    return Reading(data, default_lexicon().clauses).owner(data.index(thing.encode()))[0]


# ---------------------------------------------------------------- 1. someone else's thing is not ours to give


def test_the_clients_own_proposal_attached_is_no_proposal_given():
    reply = "The client's proposal is attached, I went through it last night."
    assert "proposal" not in classify(reply).gives, why(reply)
    assert "proposal" not in classify(reply, _rules_alone()).gives, why(reply)


def test_explain_names_the_owner_that_cancels_the_give():
    reply = "The client's proposal is attached, I went through it last night."
    reasons = [c.cancelled for c in hear(reply, _rules_alone(), keep_cancelled=True).candidates]
    assert any(reason.startswith("owner:") and "client's" in reason for reason in reasons), reasons


def test_their_own_kit_left_on_site_is_no_trial_of_ours():
    reply = "your unit stays on site for the season"
    assert "trial" not in classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 2. ours, whoever it is for


@pytest.mark.parametrize("reply", [
    "your pilot is live now, logins went out this morning",
    "ur sandbox is ready, same password as before",
])
def test_a_trial_made_out_to_them_is_still_our_trial(reply):
    assert "trial" in classify(reply, _rules_alone()).gives, why(reply)


def test_your_team_as_who_receives_the_deck_is_still_a_deck_given():
    reply = "I'll send your team the deck tonight"
    assert "deck" in classify(reply, _rules_alone()).gives, why(reply)


def test_a_colleagues_case_study_is_ours_to_hand_over():
    reply = "my colleague Dev's case study is attached, same kind of warehouse as yours"
    assert "case_study" in classify(reply, _rules_alone()).gives, why(reply)


def test_a_water_coolers_free_month_is_a_trial_not_the_coolers_own():
    reply = "The cooler's free for the first month."
    assert "trial" in classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 3. the cue itself


@pytest.mark.parametrize(("text", "thing", "owner"), [
    ("thanks for your proposal", "proposal", "you"),
    ("their new quote came in lower", "quote", "them"),
    ("Priya's demo went well", "demo", "them"),
    ("send your team the deck", "deck", ""),
    ("our engineer's report", "report", ""),
    ("the agronomist's report is attached", "report", ""),
    ("the client's case study", "case", "them"),
    ("it's demo day", "demo", ""),
])
def test_whose_thing_is_read_from_its_noun_phrase(text, thing, owner):
    assert _owner(text, thing) == owner
