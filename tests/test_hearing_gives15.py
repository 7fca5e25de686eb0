"""Gives heard by the move's shape (session 15): another talk offered however it is called, a visit that is only the way
to a showing or a piece of work, a fact after an exclamation or a name, where their data is kept, a sample piece made for
them, a price in words, a customer's change told as "how they…", a schedule made for their site; and what only looks
like one of those. Each test names the trainer's judgment."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


def gives(reply: str) -> set[str]:
    return set(classify(reply).gives)


def why(reply: str) -> object:
    return hear(reply, keep_cancelled=True).candidates


# ---------------------------------------------------------------- meeting: another talk offered

@pytest.mark.parametrize("reply", [
    "Let's grab another call on Monday once you've read it through.",
    "We further propose a follow-up meeting on the 9th to take the committee's questions.",
    "I'll ring you again after the show, when it's quieter.",
    "We can speak again after half-term if that suits you.",
    "Shall we have another chinwag next week?",
])
def test_another_talk_offered_is_a_meeting_given(reply):
    assert gives(reply) == {"meeting"}, why(reply)


@pytest.mark.parametrize("reply", [
    "please just hop on one more call, I'll owe you big time",
    "When could we talk again, maybe Thursday?",
    "If the money's not there this year, let's talk again in March when your new budget is set.",
])
def test_a_call_begged_asked_for_or_put_off_for_months_is_not_a_meeting_given(reply):
    assert "meeting" not in gives(reply), why(reply)


@pytest.mark.parametrize("reply, kind", [
    ("We can pop round Friday and run the mower over your lawn so you see the stripes.", "demo"),
    ("We'll come down, run a laser over every lane of your alley and tell you where the dips are.", "consulting"),
])
def test_a_visit_that_is_only_the_way_to_a_showing_or_work_is_that_give_alone(reply, kind):
    assert gives(reply) == {kind}, why(reply)


# ---------------------------------------------------------------- information: a fact told in answer

@pytest.mark.parametrize("reply", [
    "Goodness, the boiler heats 300 litres in under an hour.",
    "Ahoy, the winch pulls three tonnes on a single line.",
    "All the scans are stored on servers in Dublin.",
    "We keep all your call recordings on a box in your own comms room.",
])
def test_a_fact_after_an_exclamation_or_a_name_or_where_their_data_lives_is_information(reply):
    assert gives(reply) == {"information"}, why(reply)


def test_a_candid_limit_after_an_adverb_is_not_a_fact_handed_over():
    reply = "Truthfully, the software needs about three months of your data before its forecasts are any good."
    assert "information" not in gives(reply), why(reply)


# ---------------------------------------------------------------- demo, trial, consulting, case study, pricing

@pytest.mark.parametrize("reply", [
    "Walk the ridge with me on Saturday and you'll hear how quiet the turbine runs.",
    "Come to the yard Tuesday. Watch Priya fold one in under a minute.",
])
def test_sensing_it_alongside_the_rep_is_a_demo(reply):
    assert gives(reply) == {"demo"}, why(reply)


def test_a_sample_piece_made_for_them_to_judge_over_time_is_a_trial():
    reply = "We could render you a test patch on the back wall and leave it over the winter."
    assert gives(reply) == {"trial"}, why(reply)


@pytest.mark.parametrize("reply", [
    "Send me the room sizes and I'll size the boiler for you.",
    "Let me put together a feeding schedule for your herd using the weights you sent.",
])
def test_work_sized_or_scheduled_for_their_own_site_is_consulting(reply):
    assert gives(reply) == {"consulting"}, why(reply)


def test_how_a_named_customer_changed_is_a_case_study():
    reply = "Here's a one-page summary of how the Kettering depot halved its breakdowns."
    assert gives(reply) == {"case_study"}, why(reply)


@pytest.mark.parametrize("reply", [
    "Your price: 4,750 plus VAT, delivered.",
    "The quote is twelve hundred, fitted.",
])
def test_a_price_in_words_or_with_its_tax_terms_is_pricing(reply):
    assert gives(reply) == {"pricing"}, why(reply)


def test_work_held_back_until_a_third_party_signs_is_no_give():
    reply = "Once the trustees have signed off the grant, we can survey the roof."
    assert gives(reply) == set(), why(reply)


@pytest.mark.parametrize("reply", [
    "Text me your mobile and I'll send the brochure there.",
    "Leave your email with Sam on the stand and we'll ping the price list over.",
])
def test_a_give_that_waits_on_their_number_or_address_is_no_give(reply):
    assert gives(reply) == set(), why(reply)


def test_a_rate_said_in_words_that_is_no_money_is_not_pricing():
    reply = "The response rate is a hundred percent on those calls."
    assert "pricing" not in gives(reply), why(reply)
