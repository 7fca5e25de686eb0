"""Judgments about neutral replies the coach heard a move in (session 37), each named after what a trainer hears.

The weather is small talk only when it is put to them (the convention settled in session 36, which the rule now
follows): asked or tagged as a question ("how's the weather treating you up in Ballina?", "the wind's been savage this
week, hasn't it"), their weather or their day named ("hope the weather stays kind for your harvest"), or shared as
common ground ("the weather's been grim here too"). A remark on the weather that puts nothing to them ("Grim weather
in Lerwick today, the ferry's off") and the rep's own weather ("the weather here has been miserable all week") earn no
Rapport."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "The weather here has been miserable all week.",
    "Grim weather in Lerwick today, the ferry's off.",
    "Lovely weather for the drive in this morning.",
    "The weather turned on us so the crew knocked off early.",
    "Honestly no clue what the weather's planning, I've been in the workshop since six.",
])
def test_a_weather_remark_that_puts_nothing_to_them_earns_no_rapport(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "How's the weather treating you up in Ballina?",
    "The weather's been savage this week, hasn't it.",
    "Hope the weather stays kind for your harvest.",
    "The weather's been grim here too.",
    "what's the weather like your end",
])
def test_the_weather_put_to_them_is_small_talk(reply, lexicon):
    assert "rapport" in classify(reply, lexicon).stages
