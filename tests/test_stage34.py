"""Judgments found in session 34, each named after what a trainer hears: a question about their shop, their guests'
reviews or their day is discovery even when it names a counter, reviews or a game; their people's day said back is
discovery; their load named beside their season is Rapport, not a reason to act now; and what each spell of waiting
does to their thing is Urgency, while the rep's own rates going up are not. Rules alone (no second opinion), so the
test pins the rule, not the model."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why


@pytest.mark.parametrize("reply", [
    "Which sweets are going dry fastest in the counter by evening?",
    "What did the guests say in the reviews about the tents last year?",
    "What's it doing to your ice schedule when the compressor quits mid-game?",
])
def test_their_counter_their_reviews_and_their_game_day_asked_about_are_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What's your counter?",
    "Who reviews the proposal on your side?",
    "Did you catch the game?",
])
def test_a_counter_offer_a_review_of_our_paper_and_the_game_asked_after_are_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "so your ice tech is doing the 3am floods just to keep the sheet playable.",
    "so the crew's losing the low tide window just untying bags. got it",
])
def test_their_peoples_day_said_back_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "so your driver's collecting on Tuesday",
    "so the team's getting the quote today",
    "so our fitters are doing the install on Monday",
])
def test_our_errand_or_our_people_said_back_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Thoo must be run ragged wi the regatta a fortnight off.",
    "Must be crazy busy before Christmas with all the Bombay crowd booking, no?",
])
def test_their_load_named_beside_their_season_is_no_urgency(reply):
    assert "urgency" not in rules_alone(reply).stages, why(reply)


def test_their_season_near_with_no_load_named_is_still_urgency():
    reply = "Your audit is six weeks away, so let's get the kit in now."
    assert "urgency" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "every tide those bags sit unflipped the fouling gets heavier and growth slows, that's a month off market size",
    "Each winter you leave it the crack gets deeper.",
])
def test_what_each_spell_of_waiting_does_to_their_thing_is_urgency(reply):
    assert "urgency" in rules_alone(reply).stages, why(reply)


def test_our_rates_going_up_each_year_is_no_urgency():
    reply = "Every year our rates get dearer."
    assert "urgency" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "You can walk away after the first season, no penalty, no fuss.",
    "Our refrigeration techs all hold the Red Seal ticket, you can look 'em up on the provincial registry.",
    "Fourteen years cutting sails for the Tall Ships Youth Trust, they've never sent one back.",
    "The Coastal Rink Association named us supplier of the year twice, 2022 and 2024.",
])
def test_proof_told_in_passing_a_way_out_a_register_years_at_the_work_an_award_is_trust(reply):
    assert "trust" in rules_alone(reply).stages, why(reply)


def test_their_own_years_at_the_work_are_no_proof_of_ours():
    reply = "Your dad spent 20 years building that yard."
    assert "trust" not in rules_alone(reply).stages, why(reply)


def test_their_next_event_told_as_fact_is_hope_without_its_comma():
    reply = "Next Kirkwall race your boat points higher than the Swan and the lads aren't hiking half deid."
    assert "hope" in rules_alone(reply).stages, why(reply)


def test_the_next_step_of_the_deal_is_no_hope_without_its_comma():
    reply = "next week your engineer calls to book the fit"
    assert "hope" not in rules_alone(reply).stages, why(reply)
