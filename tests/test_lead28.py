"""Judgments found by the lead playing Helen and Mags as a new rep (session 28), each named after what a trainer
would notice."""

from __future__ import annotations

import pytest

from dojo.coach.quoting import meaningful
from dojo.coach.signals import classify


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


def test_an_urgency_quote_never_stops_halfway_into_the_phrase_it_opens() -> None:
    # Played against Helen: the panel quoted "every month without a decision is another" for the Urgency earned.
    reply = ("Your seasonal hires start in March, so every month without a decision is another intake trained the "
             "old way.")
    quotes = _quotes(reply, "stage:urgency")
    assert quotes and all(not quote.endswith((" another", " the old")) for quote in quotes)


@pytest.mark.parametrize(("text", "span", "quoted"), [
    ("every month without a decision is another intake trained the old way", (0, 41),
     "every month without a decision"),
    ("what would you do with those mornings back?", (0, 22), "what would you do with those mornings back"),
])
def test_a_phrase_too_long_to_finish_is_left_out_of_the_quote(text, span, quoted) -> None:
    start, end = meaningful(text, span)
    assert text[start:end] == quoted


@pytest.mark.parametrize("reply", [
    "I can send you a one-page summary of how Brightwell did it.",
    "Happy to send an overview of how the Leeds depot cut overtime.",
])
def test_a_summary_of_how_another_customer_did_it_is_a_case_study(reply) -> None:
    assert classify(reply).gives == ["case_study"]


def test_a_summary_of_how_the_product_works_stays_information() -> None:
    assert classify("I'll send a summary of how it works.").gives == ["information"]


def test_a_slot_pencilled_without_in_asks_for_a_meeting() -> None:
    # Played against Theo: "shall we pencil 15 mins the week after the board" was heard as nothing.
    assert "meeting" in classify("cool, shall we pencil 15 mins the week after the board to hear how it landed?").gets


def test_the_board_as_a_time_asks_when_not_who() -> None:
    assert classify("can we pencil in 15 mins after the board?").gets == ["meeting"]
    assert "decision_makers" in classify("could I get 20 minutes with your board?").gets


@pytest.mark.parametrize("reply", ["who'd own it after - you or someone in claims?", "who would own this internally?"])
def test_who_would_own_it_asks_who_decides(reply) -> None:
    assert "decision_makers" in classify(reply).gets


def test_who_owns_it_now_asks_about_their_world_not_the_deal() -> None:
    assert "decision_makers" not in classify("who owns it at the moment, the landlord?").gets


def test_dates_asked_for_a_sit_down_are_a_meeting_get_so_the_summary_is_traded() -> None:
    # Played against Jamie: the summary offered "in return" for two dates was scored a give without a get.
    heard = classify("I am happy to prepare a short written summary for the partners in advance. In return, could you "
                     "propose two dates when they would both be available?")
    assert heard.gets == ["meeting"]


def test_a_plan_whose_last_step_is_a_meeting_slot_is_no_urgency() -> None:
    # Played against Jamie: "send the summary on Monday and confirm the 14th at 10am" lost 15 as a jump to Urgency,
    # and Jamie answered as if rushed.
    heard = classify("Excellent. I shall send the summary on Monday and confirm the 14th at 10am with all three of you.")
    assert heard.stages == [] and heard.gets == ["meeting"]
    assert classify("Survey by the 10th, model by the 20th.").stages == ["urgency"]


def test_who_besides_you_quotes_the_question_not_the_aside() -> None:
    quotes = _quotes("Who, besides yourself, would need to be comfortable with the change before anything is signed?",
                     "get:decision_makers")
    assert quotes == ["Who, besides yourself"]


@pytest.mark.parametrize("reply", [
    "I would suggest we hold the demonstration until the partners can attend.",
    "Let's do the demo once your MD can join.",
])
def test_holding_the_move_until_their_decider_can_come_asks_for_the_decider(reply) -> None:
    # Played against Jamie: holding the demo until the partners can attend was heard as nothing, and she said "Go on."
    assert "decision_makers" in classify(reply).gets


@pytest.mark.parametrize("reply", [
    "OK, so here's a straight trade: I'll give you a per-vehicle price today if you'll book me in with your transport "
    "director. Deal?",
    "can you fit us in with Raymond?",
])
def test_being_booked_in_with_their_person_is_a_meeting_asked_for(reply) -> None:
    # After the session 28 retrain only the rules can be trusted to hear it: Ingrid's pinned trade had lost its get.
    assert "meeting" in classify(reply).gets


def test_booking_them_in_with_our_own_person_asks_nothing() -> None:
    assert classify("I'll book you in with our engineer.").gets == []
