"""Judgments found in session 24 by the lead playing a new rep, each named after what a trainer hears: a call asked
for with a word about its length, a condition that names the budget, a check-back agreed, a what-if picture put as a
question, and another firm's story offered."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a short call asked for is a meeting asked for

@pytest.mark.parametrize("reply", [
    "Would it be possible to arrange a short call?",
    "Could we arrange a quick 20-minute chat?",
    "would it be possible to set up a quick call with you and Raymond?",
    "Could we book a brief video call sometime this week?",
    "Can we schedule a proper sit-down meeting with you?",
])
def test_a_call_asked_for_with_a_word_about_its_length_is_a_meeting_asked_for(reply):
    assert "meeting" in rules_alone(reply).gets, why(reply)
    assert "meeting" in classify(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "I arranged a short call with our engineers yesterday.",
    "Would it be possible to arrange a short delivery window?",
])
def test_a_call_told_or_a_delivery_slot_asks_for_no_meeting(reply):
    assert "meeting" not in rules_alone(reply).gets, why(reply)


# ---------------------------------------------------------------- 2. a condition names the budget; a check-back is agreed

@pytest.mark.parametrize("reply", [
    "tbh if theres no budget this yr i dont wanna waste ur time, is it ok if i check back in jan?",
    "If there's no budget until April, fair enough.",
    "if there isn't any budget left this year I get it, no pressure.",
])
def test_no_budget_as_a_condition_does_not_ask_for_the_budget(reply):
    assert "budget" not in classify(reply).gets, why(reply)
    assert "budget" not in rules_alone(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "Is it OK if I check back in January?",
    "tbh if theres no budget this yr i dont wanna waste ur time, is it ok if i check back in jan?",
    "Would it be alright if I followed up after the new year?",
    "mind if i touch base again in march?",
    "Are you happy for me to check back in after Easter?",
])
def test_asking_leave_to_check_back_at_a_time_agrees_the_next_step(reply):
    assert "next_steps" in rules_alone(reply).gets, why(reply)
    assert "next_steps" in classify(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll check back in January.",
    "Just checking back in on the quote I sent.",
])
def test_a_check_back_told_or_a_bare_chase_agrees_no_next_step(reply):
    assert "next_steps" not in rules_alone(reply).gets, why(reply)


# ---------------------------------------------------------------- 3. a what-if picture asked is hope, not a trial
# "If we could get it to pay for itself in three months, would that be worth …?" is a trial close: it paints their
# outcome (Hope) and asks whether it would be worth a look. It hands them nothing to use, so no trial; and it asks
# rather than tells, so it argues against no doubt of theirs: not convincing.

@pytest.mark.parametrize("reply", [
    "If we could get it to pay for itself in three months, would that be worth a proper look with your FD?",
    "If we could get the van to pay for itself inside a year, is that worth a conversation?",
])
def test_a_what_if_picture_put_as_a_question_is_hope_with_no_trial_and_no_chasing(reply):
    heard = classify(reply)
    assert "trial" not in heard.gives, why(reply)
    assert "convincing" not in heard.chase, why(reply)
    assert "hope" in heard.stages, why(reply)
    assert "trial" not in rules_alone(reply).gives, why(reply)


def test_a_trial_left_with_them_for_a_while_is_still_a_trial():
    reply = "We could leave the scanner with you for a month, no charge."
    assert "trial" in rules_alone(reply).gives, why(reply)


# ---------------------------------------------------------------- 4. another firm's story offered is no discovery

@pytest.mark.parametrize("reply", [
    "Would it help if I showed you how the Harrow team cut their month-end by two days?",
    "Can I show you how the Leeds depot got their returns down?",
    "Want me to walk you through how the Acme team set up their rota?",
])
def test_offering_another_firms_story_is_not_discovery_of_their_world(reply):
    assert "empathy" not in classify(reply).stages, why(reply)
    assert "empathy" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How does the night team handle the month-end at the moment?",
    "how is your team coping with the returns?",
])
def test_asking_how_their_own_team_copes_is_still_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 5. a customer of ours to talk to is proof
# The lead heard "happy to put you in touch with their facilities lead" (after our work for a housing group) as a give
# missed. The team's labels (dev_gets4, dev_precision) and the blind sets' convention say otherwise: a customer of ours
# who will take their call is proof (Trust), not a give kind. What the rules missed is the proof itself: only the learned
# second opinion heard it.

@pytest.mark.parametrize("reply", [
    "We've done this for a housing group in Leeds. Happy to put you in touch with their facilities lead.",
    "We fitted the whole estate for a care group in Derby last year, I can put you in touch with their estates manager.",
])
def test_a_customer_of_ours_to_talk_to_after_our_work_for_them_is_proof_not_a_favour(reply):
    heard = rules_alone(reply)
    assert "trust" in heard.stages, why(reply)
    assert "favour" not in heard.gives, why(reply)


def test_an_introduction_to_their_own_council_is_still_a_favour():
    reply = "You said the council owns the building. Happy to put you in touch with our contact in their planning team."
    assert "trust" not in rules_alone(reply).stages, why(reply)
