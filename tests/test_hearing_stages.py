"""Each test names a trainer's judgment about the pathway stages: what earns Rapport, Empathy, Trust,
Hope or Urgency however it is worded, and what only looks like one. The wordings here are fresh:
none of them is a row of a labelled set the rules were tuned on."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


def stages(reply: str) -> list[str]:
    return classify(reply).stages


# ---------------------------------------------------------------- rapport

@pytest.mark.parametrize("reply", [
    "Spotted your stand at the agri show, it looked class.",
    "Happy Diwali to you and the whole crew!",
    "big up on the new depot, looks massive",
    "Fair play to you, that expansion was no small thing.",
    "wotcha Dev, all good?",
])
def test_noticing_their_news_or_greeting_them_in_their_own_words_is_rapport(reply):
    assert "rapport" in stages(reply), hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Did you manage any time off over the Easter break?",
    "how was the honeymoon, somewhere warm I hope?",
    "You said last week your son was running his first marathon, how'd he get on?",
    "Good to finally put a face to all those emails, Tomasz.",
])
def test_asking_after_their_life_or_remembering_it_is_rapport(reply):
    assert "rapport" in stages(reply), hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How many children are enrolled across the two campuses?",
    "The holiday rota is in the shared drive.",
])
def test_a_word_about_family_or_holidays_in_a_business_question_or_fact_is_not_small_talk(reply):
    assert "rapport" not in stages(reply), hear(reply).signals.matches
