"""Judgments found in session 19, each named after what a trainer hears: what happens in a scene just set is discovery,
not the next step nor a better future painted; their own ask said back hands over no price; leave asked in return for a
give is a get; everyone else switching is convincing; a colleague who has clocked their trouble is asked about it; a
booking put to them with a day asks for a meeting; and "they" right before a figure is the thing priced."""

from __future__ import annotations

import pytest

from dojo.coach import default_lexicon
from dojo.coach.signals import classify
from dojo.coach.spoken import asks_inside_a_scene
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1 and 3. what happens in a scene just set

@pytest.mark.parametrize("reply", [
    "when a cleaner doesn't show at the hospital site, what happens next?",
    "When one of the fryers goes down on a Friday, what happens then?",
    "Imagine the cheapest quote wins. What happens then?",
    "Say a driver rings in sick at five. What happens next?",
    "Suppose the chiller trips overnight. What happens?",
])
def test_what_happens_in_a_scene_from_their_day_is_discovery_not_the_next_step(reply):
    heard = classify(reply)
    assert "next_steps" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Imagine the cheapest quote wins. What happens then?",
    "Picture the night shift two porters short. What happens next?",
    "Picture the lift failing on a Sunday with a full ward upstairs and no engineer on call. What happens then?",
    "imagine the van breaks down on the M6, what happens?",
])
def test_a_picture_set_up_for_a_question_paints_no_better_future(reply):
    assert "hope" not in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "When the trial ends, what happens next?",
    "When you've read the proposal, what happens next?",
    "When your board meets, what happens next?",
    "What happens next on your side?",
])
def test_what_happens_after_the_deals_own_step_still_asks_for_the_next_step(reply):
    assert "next_steps" in classify(reply).gets, why(reply)


def test_a_picture_of_their_better_day_is_still_hope():
    assert "hope" in classify("Imagine your reps closing the month in two days.").stages


def test_the_scene_is_read_the_same_way_by_the_sentence_or_the_one_before():
    assert asks_inside_a_scene("", "When the van breaks down, what happens next?")
    assert asks_inside_a_scene("Imagine the van breaks down. ", "What happens then?")
    assert not asks_inside_a_scene("Imagine the trial goes well. ", "What happens then?")
    assert not asks_inside_a_scene("The van broke down. ", "What happens then?")


# ---------------------------------------------------------------- 2. their ask said back names no price

@pytest.mark.parametrize("reply", [
    "Best price for three hundred trucks, sight unseen?",
    "Lowest rate for the whole fleet, no survey first?",
    "Cheapest quote for all forty flats, no visit?",
])
def test_their_ask_said_back_with_no_figure_gives_no_price(reply):
    assert "pricing" not in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Best price for 300 trucks? £38k each.",
    "Our best price for three hundred trucks is £38,000 a unit.",
])
def test_a_figure_after_their_ask_is_still_a_price_given(reply):
    assert "pricing" in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 4. everyone else is doing it

@pytest.mark.parametrize("reply", [
    "every uni in the Russell Group is switching",
    "Honestly, all the big hauliers are moving over.",
    "Every practice round here is signing up, you know.",
])
def test_everyone_else_switching_is_convincing(reply):
    assert "convincing" in classify(reply).chase, why(reply)


@pytest.mark.parametrize("reply", [
    "Everyone in the valley is switching to heat pumps, it's the trend.",
    "Every classroom is switching off the lights at six.",
    "everyone in our office has switched to the new coffee machine",
])
def test_a_trend_told_with_its_own_thing_or_a_switch_turned_is_not_pressure(reply):
    assert "convincing" not in classify(reply).chase, why(reply)


# ---------------------------------------------------------------- 5. leave asked in return

@pytest.mark.parametrize("reply", [
    "In return, could I walk two of your blocks?",
    "In exchange, may we shadow your night shift for an evening?",
])
def test_leave_asked_in_return_for_a_give_is_a_meeting_not_site_work_offered(reply):
    heard = classify(reply)
    assert not heard.gives, why(reply)
    assert "meeting" in heard.gets, why(reply)


def test_site_work_offered_in_return_is_still_given():
    assert "consulting" in classify("In return, I'll walk two of your blocks for free.").gives


# ---------------------------------------------------------------- 6. a booking put to them with a day

@pytest.mark.parametrize("reply", [
    "let's book a demo for all twelve clinics, Thursday?",
    "Shall we pencil in the tasting for the 14th?",
    "can we lock in a walkthrough with your ward managers on Monday?",
])
def test_a_dated_booking_asked_for_is_a_meeting_not_a_demo_given(reply):
    heard = classify(reply)
    assert "demo" not in heard.gives, why(reply)
    assert "meeting" in heard.gets, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll book you a demo on Thursday.",
    "Would you like a demo on Thursday?",
])
def test_a_demo_offered_with_a_day_is_still_a_demo_given(reply):
    assert "demo" in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 7. what their colleague has clocked

@pytest.mark.parametrize("reply", [
    "has Raymond clocked what the no-shows cost?",
    "Has your MD twigged what the no-shows cost?",
    "Has the head of estates realised how much the leaks cost?",
    "has Raymond cottoned on to how many slots go empty?",
    "Has Raymond spotted the overtime creeping up?",
])
def test_what_a_colleague_has_clocked_of_their_situation_is_discovery(reply):
    heard = rules_alone(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "decision_makers" not in heard.gets, why(reply)


def test_asking_whether_i_understood_is_left_to_the_other_rules():
    reply = ("So the drawings were signed off by someone who has since retired. Have I understood that correctly?")
    assert "empathy" in classify(reply).stages, why(reply)


# ---------------------------------------------------------------- 8. "they" before a figure is the thing priced

@pytest.mark.parametrize("reply", [
    "They're 4.2 pence a cup",
    "they come in at £12 each for the box of fifty",
    "They're £14 each, or £12 if you take a dozen.",
])
def test_they_linked_to_a_figure_is_the_product_priced(reply):
    assert "pricing" in rules_alone(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "They're doing a demo on the old warehouse next door, so parking is a mess.",
    "They charge £40 a visit at the moment.",
    "They're asking for a discount of 10%.",
])
def test_they_doing_or_charging_something_is_still_their_side(reply):
    assert not rules_alone(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Thank you, Beth! Suppose the partners loved it. What would happen next?",
    "Say we got this right. What happens then?",
    "Imagine your board went for it. What happens next?",
])
def test_the_deal_going_well_pictured_before_what_happens_next_asks_for_the_next_step(reply):
    # Found in session 19's persona tally: Beth answered "Suppose the partners loved it…" with how the office muddles
    # through timesheets, as if asked about her situation; the scene is the deal going well, so it asks its next step.
    heard = classify(reply, default_lexicon())
    assert "next_steps" in heard.gets and "empathy" not in heard.stages
