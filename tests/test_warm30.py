"""Judgments about Rapport and Empathy settled in session 30, each named after what a trainer hears.

A question that names their family or a holiday but asks who decides, the budget or the timing is that ask, not small
talk. Thanks that only says a thing arrived is a receipt, not warmth. Who cuts the checks or pulls the trigger is who
decides, never discovery."""

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
    "Is it you or your son who decides on the kitchen?",
    "When are you hoping to decide, before the Easter rush?",
    "what budget did the hotel plan for the lobby renovation",
    "ya reckon the board will sign it off before easter?",
    "More or less, how much is set aside for the renovation?",
    "Who else weighs in on the rooftop garden, and when do they meet next?",
])
def test_their_family_or_holiday_named_in_an_ask_is_not_small_talk(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "rapport" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How was your holiday in Crete?",
    "Did you have a good weekend?",
    "Last time you mentioned your daughter's graduation, how did it go?",
])
def test_their_life_asked_after_is_still_small_talk(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Thanks Mrs Penrose, got it.",
    "Thank you Mrs Broussard, received.",
    "Cheers Aroha, received.",
    "Noted, thanks Dave.",
    "Got the check, thanks Deacon.",
])
def test_thanks_that_only_says_a_thing_arrived_earns_no_rapport(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert classify(reply, lexicon).stages == [], why(reply)


@pytest.mark.parametrize("reply", [
    "Thanks Sam, great to meet you.",
    "Cheers Dave.",
    "Thanks Graham, how are rooms booked today?",
])
def test_thanks_by_name_for_the_person_is_still_rapport(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Who cuts the checks for equipment over there?",
    "who decideds on buying for all 12 clincs",
    "Who signs the cheques at the co-op?",
])
def test_who_pays_or_pulls_the_trigger_is_not_discovery(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "So who's usually the one fixing the props when a team smashes something",
    "Who ends up mopping up when the bins overflow on a match day?",
])
def test_who_feels_the_trouble_is_still_discovery(reply):
    assert "empathy" in classify(reply, _rules_alone()).stages, why(reply)
