"""Judgments about Rapport and Hope settled in session 31, each named after what a trainer hears.

Warmth on the way out that names their things (luck for their meeting, their game enjoyed, hello to their family,
their festival wished by name, a safe trip to a named place) is Rapport; a plain goodbye is not. Their occasion asked
after or survived is small talk, not discovery. Hope asked as a question ("what if the mums didn't have to…", "how much
calmer would the shop be if…") and their next trouble told in the present ("the next time the power cuts out, your
freezers keep running") is Hope. A salutation before an invoice is manners."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


def _both():
    return (default_lexicon(), _rules_alone())


@pytest.mark.parametrize("reply", [
    "Good luck at your board meeting on Tuesday",
    "Talk soon, Dom. Enjoy the Eagles game.",
    "Speak soon hon, and tell your mom I said hi.",
    "Wishing you and the team a peaceful Tết.",
    "Zikomo kwambiri for your time today amayi, safe travels back to Zomba 🙏",
    "I hope the gallery opening goes brilliantly for you on Saturday!",
])
def test_a_send_off_that_names_their_things_is_rapport(reply):
    for lexicon in _both():
        assert "rapport" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Safe travels home tonight.",
    "Kind regards, and enjoy the long weekend, Erik.",
    "Good luck with the season, I'll leave you to it.",
    "I hope the rain holds off for the fête.",
    "I hope the ferry's running tomorrow, I've got a wedding on the other side.",
])
def test_a_plain_goodbye_or_the_reps_own_hope_is_not_rapport(reply):
    for lexicon in _both():
        assert "rapport" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How was the AGM, survived it?",
    "So you survived the board retreat in Kasane! I heard it was forty degrees by lunchtime.",
    "How did the fundraiser go on Saturday?",
    "How did the lad get on at the county trials in the end?",
])
def test_their_occasion_asked_after_is_small_talk(reply):
    for lexicon in _both():
        stages = classify(reply, lexicon).stages
        assert "rapport" in stages and "empathy" not in stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I see the Arsenal mug behind you, my condolences for Sunday, we suffer together 😂",
    "It was great hearing about your years blowing glass in Murano, I'm honestly a bit jealous.",
    "I am very happy to know you on the fair last week, you have very beautiful shop.",
    "Hope you had a restful Easter with the family, Mma Seretse.",
])
def test_warmth_in_a_learners_or_a_friends_words_is_rapport(reply):
    for lexicon in _both():
        assert "rapport" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "what if the mums didn't have to stand at the gate wondering where the school bus is?",
    "How much calmer would the shop be if every customer knew exactly when their shoes were ready?",
    "Wouldn't it be something if the tent lights just came on with one switch when the baraat arrives?",
    "Just think what two extra flights a week does to your margins over a summer.",
    "The next time the power cuts out, your freezers keep running and you don't lose a single fish.",
])
def test_their_better_day_asked_or_told_in_the_present_is_hope(reply):
    for lexicon in _both():
        assert "hope" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Wouldn't it be nice if you signed before Friday?",
    "What if the courier didn't have to come twice? I'd save on fuel.",
    "The next time you're in town, give me a call.",
])
def test_a_wish_of_ours_put_as_their_future_is_not_hope(reply):
    for lexicon in _both():
        assert "hope" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Hi Grace, invoice for March attached.",
    "With the app live, your pilots wake up and the weather call is already made for them.",
])
def test_a_salutation_before_an_invoice_and_a_weather_call_are_not_rapport(reply):
    for lexicon in _both():
        assert "rapport" not in classify(reply, lexicon).stages, why(reply)


def test_how_their_crew_got_on_with_new_kit_stays_discovery():
    reply = "how did the lads get on with the new saw?"
    for lexicon in _both():
        stages = classify(reply, lexicon).stages
        assert "empathy" in stages and "rapport" not in stages, why(reply)
