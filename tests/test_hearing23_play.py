"""Judgments found in session 23 by the lead playing a new rep, each named after what a trainer hears: leave asked to
ask, before or after the question, keeps the question discovery."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. leave asked to ask, before or after the question

@pytest.mark.parametrize("reply", [
    "Hi Helen, happy to help. Before I fill anything in, mind if I ask how you ended up looking at platforms this spring?",
    "What's the board report for, if you don't mind me asking?",
    "Before we go any further, can I be nosy and ask why the old booking system got dropped?",
    "how come the last trial fizzled out, if i may ask?",
    "If you don't mind me asking, who's been keeping the rota going till now?",
])
def test_leave_asked_to_ask_keeps_the_question_discovery(reply):
    assert "empathy" in classify(reply).stages, why(reply)
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Where should we park, if you don't mind me asking?",
    "Mind if I ask what our quote said?",
])
def test_leave_asked_for_our_own_errand_is_no_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_leave_asked_before_a_get_leaves_the_get_alone():
    heard = classify("Who signs this off, if I may ask?")
    assert "decision_makers" in heard.gets, why("Who signs this off, if I may ask?")
    assert "empathy" not in heard.stages


# ---------------------------------------------------------------- 2. their figure said back, with a wince

@pytest.mark.parametrize("reply", [
    "Eighteen months, that's a long slog. What does the panel actually need to see?",
    "two years. that's a long time to live with a spreadsheet",
    "40 hours a week on rotas? wow",
    "Three sites short-staffed. Ouch.",
])
def test_their_figure_said_back_with_a_wince_is_rapport_not_a_fact_about_the_product(reply):
    heard = classify(reply)
    assert "information" not in heard.gives, why(reply)
    assert "rapport" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", ["Six weeks.", "Ten working days, fitted."])
def test_a_bare_figure_of_ours_is_still_a_fact_about_the_product(reply):
    assert "information" in rules_alone(reply).gives, why(reply)


# ---------------------------------------------------------------- 3. one of their people, by name, asked to join

@pytest.mark.parametrize("reply", [
    "Could Frank sit in on the demo?",
    "Would Frank join the demo for the last 15 mins?",
    "is Priya free to hop on the call on Thursday?",
])
def test_their_person_by_name_asked_to_join_is_their_people_asked_for(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll bring Frank from our engineering team.",
    "Frank on our side will join.",
    "Could Frank from our team join the call?",
])
def test_our_own_person_joining_asks_for_nobody_of_theirs(reply):
    assert "decision_makers" not in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 4. a score quotes the words that earned it

def test_a_case_study_the_model_hears_in_another_sentence_quotes_the_story_not_the_question():
    reply = ("Makes sense. Would Frank join the demo for the last 15 mins? We did the same for a hotel group in Leeds, "
             "their COO signed off in a week.")
    heard = classify(reply)
    # One sentence of another customer's result is proof; the second opinion retrained in session 30 no longer adds a
    # case study to it (a case study is a story told at length or its write-up handed over). Either way the quote is
    # the story, never the question before it.
    assert "trust" in heard.stages, why(reply)
    for label in ("stage:trust", "give:case_study"):
        quoted = heard.quote(label)
        assert not quoted or ("hotel group" in quoted and "15 mins" not in quoted), (label, quoted)


# ---------------------------------------------------------------- 5. whether their decision will happen, and when

@pytest.mark.parametrize("reply", [
    "Is a decision actually going to happen this year?",
    "will you have decided by March?",
    "are you picking someone this quarter?",
])
def test_whether_their_decision_happens_by_a_date_asks_for_the_timeline(reply):
    assert "timeline" in rules_alone(reply).gets, why(reply)


def test_their_busy_season_asks_for_no_decision_date():
    assert "timeline" not in rules_alone("Are you busy this quarter?").gets


# ---------------------------------------------------------------- 6. walking away politely invites the no

@pytest.mark.parametrize("reply", [
    "Is it ok if we call it a day?",
    "or is it ok if we call it a day?",
    "happy to leave it there if it's not going anywhere",
    "shall we park it?",
])
def test_offering_to_call_it_a_day_is_permission_to_say_no_not_chasing(reply):
    heard = classify(reply)
    assert heard.permission, why(reply)
    assert not heard.chase, why(reply)


def test_wrapping_up_for_today_is_no_permission():
    assert not classify("Shall we call it a day and pick up on Tuesday?").permission
