"""Judgments found in session 24 by the lead playing new reps, second round, each named after what a trainer hears: a
decision date asked for, one of theirs with a title asked to join, where their shortlist goes, what the better day is
worth to them, and why --explain says a rule stood down."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a date for their decision, asked to be set

@pytest.mark.parametrize("reply", [
    "Would you be open to setting a date with Frank where you either pick someone or close the project?",
    "could we pencil in a day when you and the board make the call?",
    "is it worth us agreeing a deadline by which you'll give us a yes or no?",
    "can we book a day to sign?",
])
def test_a_date_for_their_decision_asked_to_be_set_asks_for_the_timeline(reply):
    assert "timeline" in rules_alone(reply).gets, why(reply)
    assert "timeline" in classify(reply).gets, why(reply)


def test_their_person_named_for_the_decision_date_is_asked_for_too():
    reply = "Would you be open to setting a date with Frank where you either pick someone or close the project?"
    assert "decision_makers" in classify(reply).gets, why(reply)


@pytest.mark.parametrize("reply", ["Can we set a date for the install?", "Shall we set a date for the delivery?"])
def test_a_date_for_our_own_step_asks_for_no_decision_date(reply):
    assert "timeline" not in rules_alone(reply).gets, why(reply)


def test_a_date_with_our_own_person_asks_for_none_of_theirs():
    reply = "Can we set a date with Frank from our team?"
    assert "decision_makers" not in rules_alone(reply).gets, why(reply)


# ---------------------------------------------------------------- 2. one of theirs, with a title, asked to join

@pytest.mark.parametrize("reply", [
    "would dr greer be up for joining the demo? even just the last 10 min",
    "Would mrs okafor be keen on sitting in on Thursday?",
    "would prof hale be happy to dial in for the last part?",
    "Would Frank be open to joining us on the call?",
])
def test_one_of_theirs_by_title_and_name_asked_to_join_asks_for_their_people(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)
    assert "decision_makers" in classify(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "Would Tuesday be ok to join?",
    "Could Frank from our team be up for joining the call?",
])
def test_a_day_or_our_own_person_joining_asks_for_nobody_of_theirs(reply):
    assert "decision_makers" not in rules_alone(reply).gets, why(reply)


# ---------------------------------------------------------------- 3. where their shortlist goes, called "it"

@pytest.mark.parametrize("reply", [
    "when u say ur pulling together a shortlist, who's it going to?",
    "The summary you're writing up, who is it going to in the end?",
    "ok and the recommendation, who's that going to?",
])
def test_asking_who_their_shortlist_goes_to_asks_who_decides(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)
    assert "decision_makers" in classify(reply).gets, why(reply)


def test_who_made_the_presentation_asks_for_no_decision_maker():
    reply = "I loved the presentation, who's it by?"
    assert "decision_makers" not in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 4. what their better day would be worth to them

@pytest.mark.parametrize("reply", [
    "If we were able to eliminate the lost photographs, what would that be worth to Halvorsen?",
    "If we fixed the damp, how much would that be worth to the business?",
    "what would it be worth to you if the rota sorted itself?",
])
def test_asking_what_the_better_day_is_worth_to_them_is_hope_not_criteria(reply):
    heard = classify(reply)
    assert "hope" in heard.stages, why(reply)
    assert "criteria" not in heard.gets, why(reply)


def test_what_would_decide_it_is_still_criteria():
    reply = "If we could start in May, what would you need to see to go ahead?"
    assert "criteria" in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 5. the question quoted whole, and why a rule stood down

def test_the_learned_discovery_in_a_question_quotes_the_question_not_its_first_words():
    reply = "Hi Helen, thanks for making time. How's the evaluation going so far?"
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert heard.quote("stage:empathy") == "How's the evaluation going so far?", why(reply)


def test_explain_names_the_move_a_discovery_question_stood_down_for(capsys):
    from dojo.cli.catalogue import _explain
    from dojo.coach import default_lexicon

    _explain("Hi Helen, thanks for making time. How's the evaluation going so far?", default_lexicon())
    told = [line for line in capsys.readouterr().out.splitlines() if "stage.their-world" in line]
    assert told and "yields to stage:rapport" in told[0] and "stage.rapport" in told[0], told
    assert "a get" not in told[0], told
