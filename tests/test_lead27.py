"""Judgments found by the lead playing Ingrid, Mags and Beth as a new rep (session 27), each named after what a
trainer would notice."""

from __future__ import annotations

import pytest

from dojo.coach.quoting import meaningful
from dojo.coach.signals import classify
from dojo.engine.events import ProspectSaid
from tests.persona_play import play_shipped


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


def test_a_trust_quote_never_ends_on_the_subject_of_the_clause_it_opens() -> None:
    # Played against Ingrid: the panel quoted "To be straight, we" for the Trust earned.
    quotes = _quotes("I hear you on price. To be straight, we won't be the cheapest on the list.", "stage:trust")
    assert quotes and all(not quote.endswith((" we", ",")) for quote in quotes)


@pytest.mark.parametrize(("text", "span", "quoted"), [
    ("To be straight, we won't be the cheapest", (0, 18), "To be straight"),
    ("To be straight we won't be the cheapest on the list", (0, 17), "To be straight we won't be the cheapest"),
    ("Happy to help, they", (0, 19), "Happy to help"),
])
def test_a_quote_ending_on_a_subject_stops_before_it_or_runs_on_to_what_it_says(text, span, quoted) -> None:
    start, end = meaningful(text, span)
    assert text[start:end] == quoted


def test_a_quote_of_only_a_subject_keeps_its_end_and_drops_the_joining_word() -> None:
    assert meaningful("and we", (0, 6)) == (4, 6)


@pytest.mark.parametrize("reply", [
    # Played against Theo: the rep stepped away with the door left open, and Theo talked on as if nothing was said.
    "Fair. Honestly, it sounds like there's no live project yet, and that's completely fine. Shall I leave you with "
    "the numbers for the report, and if the board wants to move, you come back to me?",
    "Sounds like there's no live project for now.",
    "If the budget comes through, come back to us.",
    # Played against Theo in batch19 (standard English): he answered "Sure." and talked on.
    "I won't waste your time then. If it turns into a real project, give us a shout",
])
def test_stepping_back_with_the_door_left_open_is_a_walk_away(reply) -> None:
    assert classify(reply).walk_away


def test_asking_them_to_come_back_with_something_is_not_a_walk_away() -> None:
    assert not classify("Come back to me with the dates when you have them.").walk_away


def test_theo_told_early_that_there_is_no_live_project_yet_answers_with_his_own_candour() -> None:
    # Before he has owned up to having no budget, stepping back makes him level with the rep (he says so), rather than
    # talk past it ("Hard to say from where I sit…").
    replies = ("Can I ask what got you looking into this - is it for the board report?",
               "Fair. Honestly, it sounds like there's no live project yet, and that's completely fine. Shall I leave "
               "you with the numbers for the report, and if the board wants to move, you come back to me?")
    for seed in range(4):
        _, events = play_shipped("tire-kicker", *replies, seed=seed)
        said = " ".join(event.text for event in events if isinstance(event, ProspectSaid))
        assert "no budget" in said.lower(), (seed, said)


@pytest.mark.parametrize("reply", [
    # Played against Graham: the no-shows he lives with were taken for who turns up to our meeting, so the discovery
    # earned nothing and the rep's later proof was scored a jump "before earning Empathy".
    "so whats actually going on with the rooms at the minute - are people booking and not turning up?",
    "what's going on with the rooms - is anyone turning up?",
])
def test_asking_whether_their_people_turn_up_is_discovery_of_their_no_shows(reply) -> None:
    assert "empathy" in classify(reply).stages


@pytest.mark.parametrize("reply", [
    "who's turning up on Thursday?",
    "will your team be turning up at the gate or reception?",
    "Has our courier been turning up on time for you?",
])
def test_who_turns_up_to_a_visit_or_a_delivery_is_logistics_not_discovery(reply) -> None:
    assert "empathy" not in classify(reply).stages


@pytest.mark.parametrize("reply", [
    # Played against Ingrid: the rep's price cut put as a condition was not heard, so the trade scored as a bare ask.
    "If I brought the per-truck number down to 19, would you commit to a 3-year term?",
    "what if we got it down to 14?",
])
def test_the_reps_own_price_cut_put_as_a_condition_is_a_discount(reply) -> None:
    assert "discount" in classify(reply).gives


@pytest.mark.parametrize("reply", ["The price went down to 19 last year.", "if they dropped it down to 12 we'd lose"])
def test_a_price_that_went_down_or_a_third_partys_cut_is_no_discount_of_ours(reply) -> None:
    assert "discount" not in classify(reply).gives
