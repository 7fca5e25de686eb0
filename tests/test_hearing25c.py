"""Judgments found in session 25, third round, each named after what a trainer hears: the no named as their likely
answer and then accepted, what the better day is worth to them asked bare, and a greeting that thanks them for
including us."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. the no named as their likely answer, then accepted


@pytest.mark.parametrize("reply", [
    "Honestly Graham, it sounds like this isn't a priority for the university right now, and that's completely fine.",
    "maybe this just isn't a priority for you this year, and that's fine",
])
def test_naming_their_likely_no_and_accepting_it_invites_them_to_say_no(reply):
    heard = classify(reply)
    assert heard.permission, why(reply)
    assert "trust" in heard.stages, why(reply)


def test_a_fact_of_theirs_called_fine_is_no_invitation():
    reply = "the dock isn't ready for the van right now, and that's fine, we can wait"
    assert not classify(reply).permission, why(reply)


# ---------------------------------------------------------------- 2. what the better day is worth to them, asked bare


@pytest.mark.parametrize("reply", [
    "What would that be worth to you?",
    "what's that worth to you, roughly?",
    "So the vans sit idle two days a week. What would that be worth to you?",
])
def test_asking_bare_what_that_is_worth_to_them_is_hope_not_criteria(reply):
    heard = classify(reply)
    assert heard.stages == ["hope"], why(reply)
    assert "criteria" not in heard.gets, why(reply)


@pytest.mark.parametrize("reply", [
    "What's that costing you a month?",
    "Right. How long does month-end take, who does it, and what would it be worth to fix?",
])
def test_what_it_costs_them_is_still_discovery(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "hope" not in heard.stages, why(reply)


# ---------------------------------------------------------------- 3. a greeting that thanks them for including us


@pytest.mark.parametrize("reply", [
    "hello Denise, thanks for including us",
    "hello Denise, thanks for including us. What's driving the review?",
    "Thank you for inviting us to pitch, Tom.",
])
def test_thanks_for_including_us_in_their_process_is_rapport(reply):
    for heard in (classify(reply), rules_alone(reply)):
        assert "rapport" in heard.stages, why(reply)
        assert "for including us" in heard.quote("stage:rapport") or "for inviting us" in heard.quote("stage:rapport"), why(reply)


def test_thanks_for_including_us_on_the_way_out_is_the_goodbye():
    reply = "Understood, we'll leave it there then. Thanks for including us."
    assert "rapport" not in classify(reply).stages, why(reply)
