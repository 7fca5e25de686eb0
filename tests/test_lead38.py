"""What the lead found playing the personas in session 38, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from tests.persona_play import play_and_read


@pytest.mark.parametrize("weighing_asked", [
    "Could you walk me through how the panel weighs price against quality?",
    "Happy to get a priced quote to you by Friday. Can you tell me how the board weighs the bids?",
])
def test_how_their_panel_weighs_the_bids_asked_in_a_request_is_their_criteria(weighing_asked):
    # Denise was offered the quote by Friday for how the panel weighs price against quality: the coach heard the
    # quote given and nothing asked back ("weighs" was not among the ways a panel marks the bids).
    assert "criteria" in classify(weighing_asked).gets


def test_a_signature_by_their_date_asked_is_their_timeline():
    # Ingrid was asked "is there anything stopping a signature by the end of March?" and the coach heard no get at all:
    # the signature named as a noun was not their decision.
    heard = classify("If the pilot hits the numbers you just gave me, is there anything stopping a signature by the "
                     "end of March?")
    assert "timeline" in heard.gets


@pytest.mark.parametrize("meeting_by_a_deadline", [
    "could we get 30 minutes together before the end of the month?",
    "Can I grab half an hour with you and your finance lead by the end of next week?",
])
def test_time_with_them_asked_by_a_deadline_is_a_meeting(meeting_by_a_deadline):
    # Beth was asked for thirty minutes with the partners before the end of the month: the rules heard only a
    # timeline, and the meeting rested on the second opinion alone.
    assert "meeting" in classify(meeting_by_a_deadline).gets


@pytest.mark.parametrize("not_their_meeting", [
    "can I get the invoice paid by the end of the month?",
    "we'll have the install done by the end of the month.",
])
def test_a_deadline_for_something_else_is_not_a_meeting(not_their_meeting):
    assert "meeting" not in classify(not_their_meeting).gets


@pytest.mark.parametrize("cost_when_it_goes_wrong", [
    "What's it costing you when a van sits idle for a morning?",
    "What happens when a driver sits waiting at the gate?",
])
def test_what_a_bad_morning_costs_them_is_discovery_not_a_timeline(cost_when_it_goes_wrong):
    # Asked what an idle van costs, the coach heard a timeline asked ("when … sits" read as when their board sits)
    # and the discovery question lost its Empathy to it.
    heard = classify(cost_when_it_goes_wrong)
    assert "timeline" not in heard.gets
    assert "empathy" in heard.stages


def test_when_their_board_sits_is_still_their_timeline():
    assert "timeline" in classify("When does your board sit next to approve capex?").gets


def test_their_paperwork_done_this_month_is_no_trial():
    # Ingrid was offered the setup fee off "if we can get the paperwork done this month", and the coach booked a trial
    # as well as the discount: the month read as a while the product was left with them.
    heard = classify("Tell you what, I'll knock the setup fee off if we can get the paperwork done this month.")
    assert heard.gives == ["discount"]


@pytest.mark.parametrize("next_season_if_nothing_changes", [
    "If nothing changes, what does next winter look like for the team?",
    "if nothing changes, what will the next peak look like on the wards?",
])
def test_their_next_season_pictured_if_nothing_changes_is_urgency(next_season_if_nothing_changes):
    # Asked what next winter looks like if nothing changes, the coach heard discovery alone: the cost of standing still
    # was only heard when asked as "what happens to …".
    heard = classify(next_season_if_nothing_changes)
    assert "urgency" in heard.stages


def test_our_own_plans_if_nothing_changes_are_not_their_urgency():
    assert "urgency" not in classify("if nothing changes with my flight, what does next week look like for the "
                                     "install?").stages


@pytest.mark.parametrize("their_future_by_a_season", [
    "Where would you like to be on this by the summer?",
    "where do you want the clinics to be by Christmas?",
])
def test_where_they_want_to_be_by_a_season_is_hope(their_future_by_a_season):
    # Asked where they would like to be by the summer, the coach heard nothing: only "in two years" or "by next
    # year" counted as a future they were asked to picture.
    assert "hope" in classify(their_future_by_a_season).stages


HELEN_SO_FAR = ["Hi Helen, good to finally meet. How's the new property in Bath settling in?",
                "You've looked at a lot of platforms. What's made it hard to land on one?",
                "If you had to pick tomorrow, what would tip it?"]


@pytest.mark.parametrize("pointing_back", ["Who would that be?", "So who's that?"])
def test_a_question_that_points_back_at_the_sentence_before_asks_what_it_names(pointing_back):
    # Helen was offered one more demo "only if the people who'd sign are in the room. Who would that be?": she dodged,
    # and the debrief said the rep had never asked who signs. The bare "who would that be?" asks what the sentence
    # before it names.
    for seed in range(3):
        _, _, facts = play_and_read("eternal-evaluator", *HELEN_SO_FAR,
                                    "I'm happy to do one more demo, but only if the people who'd sign are in the room. "
                                    + pointing_back, seed=seed)
        assert "signer" in facts, (seed, facts)


def test_a_statement_about_who_signs_with_a_question_about_something_else_asks_no_signer():
    for seed in range(3):
        _, _, facts = play_and_read("eternal-evaluator", *HELEN_SO_FAR,
                                    "I'm happy to do one more demo, but only if the people who'd sign are in the room. "
                                    "Does Thursday work?", seed=seed)
        assert "signer" not in facts, (seed, facts)
