"""Judgments about the Empathy stage settled in session 39, each named after what a trainer hears.

A question about their side is discovery whoever it is addressed to and whatever the rep says first to set it up:
after their name, a greeting with their name or a letter's "Dear Mrs Okafor," (and a scene set after it: "Tomasz, when
the mixer breaks mid-pour, who ends up clearing the drum?"), after leave asked or an apology for asking ("Apologies if
this is a sore point, but…", "Hope you don't mind me asking, …") and after a topic of theirs put first ("your drivers
on the early run, are they…?"). The name or the set-up only says who is asked and how politely; it asks nothing of its
own. A pleasantry after a name stays small talk, the way to us stays logistics, money put aside stays a budget asked
and who makes the decisions stays a get."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Dear Mr Okonkwo, how has the new foreman found the night shifts?",
    "Tomasz, when the mixer breaks mid-pour, who ends up clearing the drum?",
    "hey Ana, how come the drivers are after new routes this spring?",
    "Auntie Grace, how do you keep the fish cold between the jetty and the market at the moment?",
])
def test_a_question_about_their_side_after_their_name_is_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Apologies if this is a sore point, but how did the last inspection go for the kitchen?",
    "Hope you don't mind me asking, how are the orders looking for the winter?",
    "Sorry to be a pest, but is the current cleaner quoting too?",
])
def test_a_question_after_leave_asked_or_an_apology_for_asking_is_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" in classify(reply, lexicon).stages, why(reply)


def test_a_question_after_a_topic_of_theirs_put_first_is_discovery():
    reply = "your drivers on the early run, are they the ones who load the vans?"
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Good day madam, how is your health and how is the family keeping?",
    "Sione, how was your weekend?",
])
def test_a_pleasantry_after_their_name_is_not_discovery(reply):
    assert "empathy" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Pieter, how do I get to the gym from the N1?",
    "More or less, how much is set aside for the new kitchen?",
    "Sorry to ask, who makes decisions about the fleet?",
])
def test_the_way_to_us_money_put_aside_or_who_decides_after_a_set_up_is_not_discovery(reply):
    assert "empathy" not in classify(reply, _rules_alone()).stages, why(reply)


def test_thanks_for_their_time_then_how_their_quarter_is_going_is_rapport_not_discovery():
    # The after-name opening took "Thanks for your time," for a name (the group role-play's first reply lost its
    # Rapport-only reading); a name before the same kind of question still makes it discovery.
    assert classify("Thanks for your time, how is your quarter going?").stages == ["rapport"]
    assert classify("Pieter, how do you handle cover when someone's off?").stages == ["empathy"]
