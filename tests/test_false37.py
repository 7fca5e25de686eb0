"""Judgments about neutral replies the coach heard a move in (session 37), each named after what a trainer hears.

The weather is small talk only when it is put to them (the convention settled in session 36, which the rule now
follows): asked or tagged as a question ("how's the weather treating you up in Ballina?", "the wind's been savage this
week, hasn't it"), their weather or their day named ("hope the weather stays kind for your harvest"), or shared as
common ground ("the weather's been grim here too"). A remark on the weather that puts nothing to them ("Grim weather
in Lerwick today, the ferry's off") and the rep's own weather ("the weather here has been miserable all week") earn no
Rapport.

Sorry for the rep's own trouble, told as the rep's news in the same sentence (where the rep is or what the rep does
about it: "sorry the truck died on the bypass, I'm waiting on the tow"), and sorry for the rep's own manner of writing
("sorry for the silence", "sorry for the short replies", "sorry for the poor English") are the rep's manners, not
sympathy for them: no Rapport. Sorry for their setback ("so sorry the storm took your polytunnel") still connects."""

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


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "sorry the truck died on the bypass, I'm waiting on the tow.",
    "sorry the kids are screaming here, i'll ring you back in ten",
    "Back from a week off with flu, sorry for the silence.",
    "On a bus in the hills, signal is patchy, sorry for the short replies",
    "Sorry for the poor English, I write with a translator.",
])
def test_the_reps_apology_for_its_own_trouble_or_manners_earns_no_rapport(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "So sorry the storm took your polytunnel, that's heartbreaking.",
    "I'm sorry the old installer let you down like that.",
])
def test_sorry_for_their_setback_still_connects(reply, lexicon):
    assert "rapport" in classify(reply, lexicon).stages
