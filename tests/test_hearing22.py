"""Judgments found in session 22 by playing the personas, each named after what a trainer hears: their people put out
by the change is no better day; results won for firms like theirs are proof; what would keep them with their supplier
asks about their situation; a day, an hour and one of their people asks for a meeting and the deciders, not a favour;
inviting a no, or saying a no is fine, is permission; and the rep telling when they will check back asks for no
budget, while a misspelt budget asked still is."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. their people put out by the change

@pytest.mark.parametrize("reply", [
    "your drivers will moan about the new app for a week",
    "your staff will grumble for a fortnight",
    "ngl your cashiers will grumble about the new tills for a few days",
    "Your bar staff will moan about the new card readers to start with, that's normal.",
    "the kitchen will be cross for a few days",
])
def test_their_people_put_out_by_the_change_is_no_better_day(reply):
    assert "hope" not in classify(reply).stages, why(reply)
    assert "hope" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "your drivers will finish an hour earlier",
    "your cashiers will be cashing up in ten minutes instead of forty",
    "Your nurses will be off the phones and back on the ward by nine.",
])
def test_their_people_doing_better_is_still_hope(reply):
    assert "hope" in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 2. results won for firms like theirs

@pytest.mark.parametrize("reply", [
    "We have helped two hauliers of comparable size reduce disputed invoices by a third",
    "we've helped 3 other dental labs cut remakes by half",
    "We helped a dozen surgeries of similar size bring down no-shows by a quarter.",
])
def test_results_won_for_several_firms_like_theirs_are_proof(reply):
    assert "trust" in rules_alone(reply).stages, why(reply)
    assert "trust" in classify(reply).stages, why(reply)


def test_helping_people_of_our_own_with_no_result_is_no_proof():
    assert "trust" not in rules_alone("I helped two colleagues move desks by Friday").stages


# ---------------------------------------------------------------- 3. what would keep them where they are

@pytest.mark.parametrize("reply", [
    "What would make you stay with your current supplier?",
    "Out of interest, what would make you stay with your current caterer?",
    "so what would make u stick with the people you've got now",
])
def test_what_would_keep_them_with_their_supplier_is_discovery_not_candour_or_criteria(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "trust" not in heard.stages and "criteria" not in heard.gets, why(reply)


def test_advice_to_stay_with_their_supplier_is_still_candour():
    assert "trust" in rules_alone("If you're happy with the current guy, stay with him.").stages


def test_asking_whether_we_are_only_their_lever_on_the_incumbent_invites_a_no():
    reply = "What would make you stay with your current supplier, and is this exercise partly about getting them to drop their price?"
    assert "trust" in classify(reply).stages, why(reply)
    assert classify("Is this partly to get them to drop their price?").permission


# ---------------------------------------------------------------- 4. a span of their time, a day and their people

@pytest.mark.parametrize("reply", [
    "Could we do 30 minutes with you and Raymond next Wednesday at 9?",
    "could we do half an hour with you and your finance lead on the 14th?",
    "shall we do twenty mins with u and priya fri 2pm?",
])
def test_a_span_of_their_time_on_a_day_asks_for_a_meeting_not_a_favour(reply):
    heard = classify(reply)
    assert "favour" not in heard.gives and "favour" not in rules_alone(reply).gives, why(reply)
    assert {"meeting", "decision_makers"} <= set(heard.gets), why(reply)
    assert "decision_makers" in rules_alone(reply).gets, why(reply)


def test_their_time_with_the_rep_alone_asks_for_no_deciders():
    assert "decision_makers" not in rules_alone("could we do a call with you and me on Friday?").gets


def test_a_chore_done_with_them_is_still_a_favour():
    assert "favour" in rules_alone("I'll fill in the grant paperwork with you on a call").gives


# ---------------------------------------------------------------- 5. a no invited, or a no said to be fine

@pytest.mark.parametrize("reply", [
    "I would genuinely prefer to know now",
    "If it's not for you, I would genuinely prefer to know now.",
    "honestly fine either way",
    "If it's not a fit, honestly fine either way.",
    "tell me and I'll save us both the bother",
    "If it's not for you, just tell me and I'll save us both the bother.",
    "If the timing's wrong, I'd honestly prefer to hear it now.",
    "if we're not the right fit, just say so and you'll spare yourself my emails",
])
def test_inviting_a_no_or_saying_a_no_is_fine_is_permission_and_trust_never_chasing(reply):
    for heard in (classify(reply), rules_alone(reply)):
        assert heard.permission and "trust" in heard.stages and not heard.chase, why(reply)


@pytest.mark.parametrize("reply", [
    "fine either way, phone or video",
    "Tuesday or Thursday? I'm fine either way.",
    "tell me your budget and I'll save us both time",
])
def test_either_slot_fine_or_an_ask_that_saves_time_is_no_permission(reply):
    assert not rules_alone(reply).permission, why(reply)


# ---------------------------------------------------------------- 6. when the rep will check back; budget misspelt

@pytest.mark.parametrize("reply", [
    "Shall I get you checked in around next year's budget round?",
    "Happy for me to check back in around next year's budget round?",
    "Would it be OK if I checked in around next year's budget round?",
])
def test_the_rep_telling_when_they_will_check_back_asks_for_no_budget(reply):
    for heard in (classify(reply), rules_alone(reply)):
        assert "budget" not in heard.gets and "timeline" not in heard.gets, why(reply)


@pytest.mark.parametrize("reply", [
    "is there a bugdet for this?",
    "whats the budjet for this",
    "What's your budget, and shall I check back in after Easter?",
])
def test_a_budget_asked_is_heard_misspelt_or_beside_a_check_back(reply):
    assert "budget" in rules_alone(reply).gets, why(reply)
    assert "budget" in classify(reply).gets, why(reply)
