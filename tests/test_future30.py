"""Judgments about Hope and Urgency as outside writers say them (session 30), each named after what a trainer hears.

Their gain as the outcome of a "so" clause, their people no longer needing to do the chore ("will not need to"), their
money or hours won back asked about in a learner's order, and the pain gone for good after a longer "if no …" are Hope.
What the wait does to a repair, what happens if a thing of theirs is left another winter, "if nothing changes, how many
more …" are Urgency; a date asked as "before X or after" asks when, and is no Urgency. The rep's own closure, holiday or
maintenance, before a delivery date that follows from it, is no plan of theirs; their date logged back is listening."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "We swap the old boiler in one day, so your lads are home by five.",
    "So your first bus is out of the depot at six every day of the winter, not half past.",
    "and so your cooks finish on time instead of scrubbing trays till midnight",
])
def test_their_gain_as_the_outcome_of_a_so_clause_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll send the form over, so your team can review the quote by Friday.",
    "Sign today so your account is not charged twice.",
])
def test_a_step_of_the_deal_after_so_is_not_hope(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)


def test_their_people_no_longer_needing_the_chore_is_hope():
    reply = "Your cleaners will not need to scrape the grills by hand every night."
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What you will do with three hours more baking every day?",
    "What would the parish do with the money they spend every year on the man who fixes the heating?",
])
def test_what_they_would_do_with_hours_or_money_won_back_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


def test_the_pain_gone_for_good_after_a_long_if_no_is_hope():
    reply = "What would it mean for the ward if no mother had to wait on a trolley in the corridor overnight again?"
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


def test_time_that_cannot_be_got_back_is_not_time_won_back():
    reply = "Every week the scanner waits, your vets lose hours they will never get back."
    stages = classify(reply, _rules_alone()).stages
    assert "urgency" in stages and "hope" not in stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Every winter the damp gets into that wall, the repair gets bigger yet.",
    "What happens to the roof if it's left another winter like it is?",
    "If nothing changes, how many more of your calves do you lose this spring?",
    "If you don't change nothing, what happen with the order from the supermarket when the labels are wrong again?",
])
def test_what_waiting_costs_them_and_their_event_ahead_are_urgency(reply):
    assert "urgency" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Our workshop is shut for the holidays from the 22nd, so orders after that go out on 5 January.",
    "Our plant has holiday all August, so delivery is from 1 September.",
    "Our crane is in maintenance until the 12th, so the first lift is the 14th at the earliest.",
    "Copy, the inspection is 3 March, logged.",
    "Every year our team gets bigger.",
    "I'll swing by before the audit to grab the keys.",
])
def test_the_reps_own_closure_or_their_date_logged_is_not_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "so when r u thinking to order the hampers, before xmas or after",
    "By when must the hall be rewired, before Lent or before Easter?",
])
def test_their_date_asked_as_before_or_after_is_not_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "As a member of the buying group you'd get our trade rate, which is 15% under list.",
    "You'd get three weeks on the loader before anything is signed.",
    "Come to the open day and you'd see two of our kitchens running.",
])
def test_a_give_told_as_what_they_would_get_or_see_is_not_hope(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "You'd get your Saturdays back.",
    "You'd see fewer complaints by the end of the month.",
])
def test_their_better_day_told_as_what_they_would_get_or_see_is_still_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


def test_a_trial_close_put_to_whoever_decides_is_hope():
    reply = "If we could show the new boilers pay for themselves in three winters, would the trustees take a proper look?"
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Next Black Friday your warehouse ships on the day, and nobody works till midnight.",
    "Come Christmas your shop stays open late without anyone on a double shift.",
])
def test_their_next_busy_day_told_in_the_present_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Next month your invoice goes out on the 1st.",
    "Next year your renewal goes up by 4%.",
])
def test_the_deals_next_step_is_not_their_better_day(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)
