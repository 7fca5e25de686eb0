"""Judgments found in session 20, each named after what a trainer hears: a number's decimal point ends no clause; a
question after a short introduction ("…, but before I do,", "first,", "quick one,", "so,") is discovery; a give named as
the purpose of a question ("so I send the right thing") is put off, not made; what happens when their own trouble is
the if-condition is discovery, when the deal's is, it asks the next step; a customer who will take their call is proof,
not a favour; a tasting put on a day and asked is a meeting asked for, not a demo given."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify, hear
from dojo.coach.spoken import asks_inside_a_scene
from tests.hearing_help import rules_alone, why


def _clauses(reply: str) -> list[str]:
    hearing = hear(reply)
    data = hearing.reading.data
    return [data[start:end].decode().strip() for start, end in hearing.reading.clauses()]


# ---------------------------------------------------------------- 5. a decimal point is part of its number

@pytest.mark.parametrize(("reply", "clause"), [
    ("it's 4.5 hours a week saved", "it's 4.5 hours a week saved"),
    ("£2.50 a head, and that includes the napkins", "£2.50 a head"),
    ("We're 0.75 of a day on site. Then we're gone.", "We're 0.75 of a day on site"),
])
def test_a_number_with_a_decimal_point_is_said_in_one_clause(reply, clause):
    assert clause in _clauses(reply)


def test_a_full_stop_after_a_number_still_ends_the_sentence():
    assert _clauses("The van holds 12. The trailer holds 30.") == ["The van holds 12", "The trailer holds 30"]


@pytest.mark.parametrize("reply", [
    "When a 7.5 tonne lorry breaks down on the ring road, what happens then?",
    "when 2.5 tonnes of stock go missing over a weekend, what happens next?",
])
def test_a_scene_with_a_decimal_in_it_is_still_a_scene_from_their_day(reply):
    heard = classify(reply)
    assert "next_steps" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


# ---------------------------------------------------------------- 2. a question after a short introduction

@pytest.mark.parametrize("reply", [
    "Happy to look at the spreadsheet, but before I do, how long has this evaluation been running?",
    "Happy to take a look at the rota, but before I do, how long have the night porters been two short?",
    "Sure thing Priya, first, how many of the kitchens are still on paper logs?",
    "cheers bud, quick one, how often does the compressor cut out?",
    "Right you are, so, what's been breaking on the chiller?",
])
def test_a_question_about_their_side_after_a_short_introduction_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


def test_a_give_put_off_by_the_introduction_is_still_held_back():
    reply = "Happy to send the deck, but before I do, who else on your side will read it?"
    heard = classify(reply)
    assert "deck" not in heard.gives, why(reply)
    assert "decision_makers" in heard.gets, why(reply)


# ---------------------------------------------------------------- 1. the give as the purpose of a question

@pytest.mark.parametrize("reply", [
    "Happy to send something, but so I send the right thing: what's the headache this month?",
    "Happy to send something over, but so I send the right thing: what's the biggest headache on the wards this month?",
    "so I can send you the right deck, which of the depots is hurting most?",
    "Happy to send a deck, so I can send you the right one, what's the main problem this quarter?",
    "So we can put together the right package, how many vans go out on a Saturday?",
])
def test_a_give_named_as_the_purpose_of_a_question_is_not_given_and_the_question_is_discovery(reply):
    heard = classify(reply)
    assert not heard.gives, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize(("reply", "give"), [
    ("I'll send you the case study so you can see the numbers for yourself.", "case_study"),
    ("I'll leave the demo unit with you for a fortnight so your chefs can try it properly.", "trial"),
    ("I'll bring a few samples so we can pick the right one together.", "trial"),
    ("Happy to do a free survey so we can recommend the right system.", "consulting"),
    ("We'll run a trial on one ward so we can show you what works.", "trial"),
])
def test_a_give_with_its_purpose_for_them_after_it_is_still_given(reply, give):
    assert give in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 4. what happens next, after an if

@pytest.mark.parametrize("reply", [
    "If the driver doesn't show, what happens next?",
    "If the night driver doesn't turn up, what happens next?",
    "if the walk-in freezer packs up on a bank holiday, what happens then?",
    "If the lift's out at the care home, what happens next?",
])
def test_what_happens_when_their_own_trouble_is_the_condition_is_discovery_not_the_next_step(reply):
    heard = classify(reply)
    assert "next_steps" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If it looks right, what happens next?",
    "If it looks right to your ops team, what happens next?",
    "If the sample batch comes out well, what happens next on your side?",
    "If you're happy with the trial, what happens next?",
    "If the board says no, what happens next?",
    "If I may, what happens next?",
    "If you're free on Thursday, what happens next?",
])
def test_what_happens_after_the_deals_own_condition_still_asks_for_the_next_step(reply):
    heard = classify(reply)
    assert "next_steps" in heard.gets, why(reply)
    assert "empathy" not in heard.stages, why(reply)


def test_an_if_is_read_as_a_scene_by_the_same_helper_as_a_when():
    assert asks_inside_a_scene("", "If the van breaks down, what happens next?")
    assert not asks_inside_a_scene("", "If it all stacks up, what happens next?")
    assert not asks_inside_a_scene("", "If the van breaks down, we send another.")


# ---------------------------------------------------------------- 3. a reference offered

@pytest.mark.parametrize("reply", [
    "their ops lead will take your call",
    "our customer's IT manager is happy to speak to you",
    "you can ring Dave at Harlow Foods, he'll vouch for us",
    "We've had the clocks in three cathedrals for a decade and not one has stopped; the deans will take your call.",
    "One of our customers' estates managers is happy to speak to you about the boilers.",
])
def test_a_customer_who_will_take_their_call_is_proof_not_a_favour(reply):
    # The blind sets' convention: a reference customer who will take their call is Trust, not a give kind.
    heard = classify(reply)
    assert "trust" in heard.stages, why(reply)
    assert not heard.gives, why(reply)


@pytest.mark.parametrize("reply", [
    "The office will take your call from nine tomorrow.",
    "The engineer will speak to you about the invoice.",
    "If you ring reception, they'll take your call.",
])
def test_our_own_side_taking_a_call_is_no_reference(reply):
    assert "trust" not in classify(reply).stages, why(reply)


def test_our_own_colleagues_time_is_still_a_meeting_given():
    assert "meeting" in classify("Our CTO would be glad to speak with your IT lead about the sync.").gives


# ---------------------------------------------------------------- 6. an event put on a day, asked

@pytest.mark.parametrize("reply", [
    "Shall we put the tasting on Friday?",
    "Shall we put the tasting on Friday so you have time to decide?",
    "Shall we put the cheese tasting on Friday so your buyers can all make it?",
    "shall we hold the demo at ur depot on weds?",
])
def test_a_tasting_put_on_a_day_and_asked_is_a_meeting_asked_for_not_a_demo_given(reply):
    # The blind sets' convention: a dated meeting asked for is the meeting get alone; the tasting happens in it.
    heard = classify(reply)
    assert "demo" not in heard.gives, why(reply)
    assert "meeting" in heard.gets, why(reply)


@pytest.mark.parametrize(("reply", "give"), [
    ("I'll put the tasting on for your team on Friday.", "demo"),
    ("Shall we put the samples in the post on Friday?", "trial"),
    ("Shall we put a discount on the first order?", "discount"),
])
def test_a_give_put_or_posted_is_still_given(reply, give):
    assert give in classify(reply).gives, why(reply)
