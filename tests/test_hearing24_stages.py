"""Judgments found in session 24 on the tuned rows' stage misses, each named after what a trainer hears."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a second question joined by "and"


@pytest.mark.parametrize("reply", [
    "How much oil are you getting now from one bag, and how much goes to waste?",
    "Donna here, how's the new route over the ridge, and are the drivers happy with it?",
    "so the villas bleached after last April, and how are the divers reacting to it?",
])
def test_a_second_question_about_their_world_joined_by_and_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    # an "or" offers the other half of the same question, which its first half judges
    "is the gate code still 4-4-1-9 or did they change it?",
    "Do you want me to bring my own HDMI cable, or does the lodge have one?",
    # "and which…" inside an offer, in a sentence that asks nothing
    "I'd be happy to come and look at your toilets and tell you where a unit would fit, and which wall can take the "
    "fixings, free of course.",
    "We'll put loggers in your worst classrooms and send you the readings, and what to do about the windows.",
])
def test_words_after_a_comma_that_ask_nothing_of_their_world_stay_unheard(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)
