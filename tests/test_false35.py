"""Judgments about neutral replies the coach heard a move in (session 35), each named after what a trainer hears.

"I understand" that closes a reply after what the prospect said ("So you want the estimate for the dome only,
addressed to the school board. I understand.") takes it down, like "noted" or "understood" at the end: it asks
nothing about them and earns no Empathy. Standing alone as the whole reply, or opening what follows, it still shows
they were heard.

A term of the deal refused (no lower than our floor, not at the old reduced rate, no shorter lease, not without a
deposit) is the rep's terms, not a limit of the product owned: it earns no Trust, as a give refused does not. "We don't
do outdoor rinks, the boards warp in the sun" still admits what we cannot do.

"Small world" is common ground only with a tie to them before it (their family, their town, "we both", "mine too",
"that school") or as the whole reply; after the rep's own relative's job it is the rep's news."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "So you want the quote for the walk-in freezer door only, sent to your brother in Tralee. I understand.",
    "Right, so the forklift needs its service before the audit, I understand.",
    "The new kitchen opens in March, I understand, ok.",
    "You'd rather have the invoice in euros, I understand",
    "the old library in Dunmore closed its doors last winter, that's a shame",
])
def test_i_understand_closing_what_they_said_takes_it_down_and_earns_no_empathy(reply, lexicon):
    assert "empathy" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "I understand.",
    "Ok, I understand",
    "I understand you need to talk to your partners. When are you seeing them?",
    "I totally understand, the last supplier left you in a hole.",
    "Oh no!",
    "That's a shame.",
])
def test_i_understand_standing_alone_or_opening_the_reply_is_still_empathy(reply):
    assert "empathy" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Sorry, we can't go any lower than the price on the quote, that's our floor.",
    "We cannot offer the oak benches at the reduced rate any more; that ended in March.",
    "We can't do a shorter contract than twelve months, the bank won't allow it.",
    "I'm afraid we can't hold the marquee without a deposit.",
])
def test_a_term_of_the_deal_refused_is_not_a_limit_owned_and_earns_no_trust(reply, lexicon):
    assert "trust" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "We don't do outdoor rinks, the boards warp in the sun.",
    "Look, I'll be honest, we can't do anything bigger than fourteen metres on the cradle.",
])
def test_what_we_cannot_do_is_still_a_limit_owned(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "My sister-in-law drives for a haulage firm in Derby, small world.",
    "my uncle fixes tractors over in Ballina small world",
])
def test_small_world_after_the_reps_own_relative_is_news_not_common_ground(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "Your grandmother taught my mother piano in Tralee, small world!",
    "We both did our apprenticeships at the Cowley works then, small world.",
    "Oh, your lad plays for Oldham? Mine too, small world.",
    "Small world!",
])
def test_small_world_with_a_tie_to_them_is_common_ground(reply):
    assert "rapport" in classify(reply, RULES_ALONE).stages
