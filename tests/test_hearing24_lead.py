"""Judgments found in session 24 by the lead playing a new rep, each named after what a trainer or rep would notice."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# A long, formal meeting ask the learned model hears: its heaviest sign is the closing "?", past every clause.
FORMAL_MEETING_ASK = ("Would it be possible to arrange a short call with Alison, at a time convenient to her, so that I "
                      "may understand her priorities directly?")


def test_a_learned_ask_is_quoted_by_a_word_not_by_its_question_mark():
    heard = classify(FORMAL_MEETING_ASK)
    assert "meeting" in heard.gets, why(FORMAL_MEETING_ASK)
    quoted = heard.quote("get:meeting")
    assert quoted.strip(" ?") and any(ch.isalpha() for ch in quoted), quoted


def test_explain_shows_a_learned_label_weighed_most_on_the_closing_question_mark():
    done = subprocess.run([sys.executable, "-m", "dojo", "classify", "--explain", "-"], input=FORMAL_MEETING_ASK,
                          capture_output=True, text=True, check=True)
    assert "get:meeting" in done.stdout and "learned second opinion" in done.stdout, done.stdout


@pytest.mark.parametrize("reply", [
    "Meet Weds 10am with you and the decider?",
    "a call with you and your MD on Friday?",
    "could we grab half an hour thurs with u and the decision maker?",
])
def test_their_decider_asked_along_to_a_meeting_is_asked_for_by_the_rules_too(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)


def test_their_decider_met_before_is_no_ask():
    reply = "I had lunch with you and the board last year."
    assert "decision_makers" not in classify(reply).gets, why(reply)
