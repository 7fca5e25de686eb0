"""What the lead found playing the personas in session 37, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from dojo.coach import classify


def test_a_give_offered_on_their_condition_with_if_we_were_to_is_a_trade():
    # Denise was offered the quote by Thursday for how the panel scores the bids, and the coach heard nothing at all:
    # "if we were to" read as a give only imagined, and the criteria asked inside the request went unheard.
    heard = classify("If we were to get the quote over to you by Thursday, would you be able to share how the panel "
                     "will score the bids?")
    assert "proposal" in heard.gives
    assert "criteria" in heard.gets


@pytest.mark.parametrize("imagined", [
    "Were we to offer a discount, the board would want a three-year term.",
    "If we ever did a free trial, it would be for a month.",
])
def test_a_give_only_imagined_is_still_not_a_give(imagined):
    assert not classify(imagined).gives


@pytest.mark.parametrize("scoring_asked", [
    "Would you be able to share how the panel will score the bids?",
    "can you tell me how the quotes get compared?",
])
def test_how_their_panel_marks_the_bids_asked_in_a_request_is_their_criteria(scoring_asked):
    assert "criteria" in classify(scoring_asked).gets


@pytest.mark.parametrize("not_a_choice", [
    "Could you share how the calls are scored by your QA team?",
    "I know how the board scores them.",
])
def test_their_own_work_marked_or_a_statement_asks_no_criteria(not_a_choice):
    assert "criteria" not in classify(not_a_choice).gets


@pytest.mark.parametrize("reference", [
    "We presently clean forty-two blocks for Clarion Housing; I'd be glad to put you in touch with their estates "
    "manager.",
    "We look after Harbour View's boilers - happy to put you in touch with their facilities lead.",
])
def test_our_work_for_a_customer_told_then_their_person_offered_is_trust(reference):
    # Told in the present tense, with the customer named without "a" or "the", the reference earned nothing, and
    # Denise met it with "Mm. Go on."
    heard = classify(reference)
    assert "trust" in heard.stages
    assert not heard.gives


def test_what_happens_if_nothing_is_decided_by_their_date_is_urgency_not_a_timeline_asked():
    # Theo was asked what happens to the backlog if nothing is decided by the end of Q1: the coach booked a timeline
    # asked for and lost the discovery with it.
    heard = classify("if nothing's been decided by end of Q1, what happens to the backlog?")
    assert "timeline" not in heard.gets
    assert {"empathy", "urgency"} <= set(heard.stages)


def test_a_decision_asked_for_by_a_date_is_still_a_timeline():
    assert "timeline" in classify("can you get a decision by end of March?").gets


def test_who_ends_up_covering_their_trouble_is_discovery_not_who_decides():
    # Mags was asked who ends up covering a no-show, and answered with the man who holds the purse strings: the second
    # opinion heard the deciders asked in the leading "who".
    heard = classify("God, that's brutal. And who ends up covering, is it you?")
    assert "decision_makers" not in heard.gets
    assert "empathy" in heard.stages


def test_who_else_has_a_say_is_still_the_deciders_asked():
    assert "decision_makers" in classify("Who else gets a say?").gets


@pytest.mark.parametrize("trouble_asked", [
    "Which buildings give you the most grief with room bookings?",
    "The old lift's been giving you grief, hasn't it?",
])
def test_which_of_their_things_gives_them_grief_asked_is_discovery(trouble_asked):
    # Graham was asked which buildings give him the most grief and the pathway earned nothing: a question with "give" in
    # it was taken for an errand or an offer.
    assert "empathy" in classify(trouble_asked).stages


def test_the_reps_own_hassle_is_no_discovery():
    assert "empathy" not in classify("I don't want to give you any hassle, is Tuesday ok?").stages
