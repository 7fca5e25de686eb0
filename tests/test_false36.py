"""Judgments about neutral replies the coach heard a move in (session 36), each named after what a trainer hears.

The rep's own excitement about our side ("I'm so excited about this project", "excited about next year, we're opening
a second depot", "Excited to share that our team just won an award") is the rep's own news: it notices nothing of
theirs and earns no Rapport. Excitement shared for their things ("so excited for your trip!") still connects.

A greeting that opens the rep's own errand or news, the next clause's subject being us ("Good morning Mrs Moyo, I have
attached the invoice", "Hi Coach Denise, my rep in Jackson says…", "Hello Ms Varga, we can't get out this week") is
manners, like one that opens a give: no Rapport. Standing alone, carrying warmth or remembering them ("Hi Tom, we met
at the Cardiff show") it still connects.

Only the form of a thing asked about, as a choice ("Do you want the quote as a PDF or a Word doc?", "Shall I bring the
printed brochures or is a PDF fine?"), is logistics about a give already on its way: no give is made now. A give
offered in one form ("I'll send the proposal over as a PDF") is still a give."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Honestly I'm buzzing, so excited about this new glaze range.",
    "I'm really excited about next year, we're opening a shop in Galway.",
    "Stoked to share that our crew just picked up the regional safety award!",
    "Can't wait to show everyone our new trailer, it's a beauty.",
])
def test_the_reps_own_excitement_about_our_side_earns_no_rapport(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "So excited for your trip to Lisbon!",
    "Can't wait for your grand opening on Saturday!",
])
def test_excitement_for_their_things_is_still_rapport(reply):
    assert "rapport" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Hi Ruth, my nephew's starting at the depot next week.",
    "Good morning Mrs Patel, I have a cold so I'm a bit croaky today.",
    "Hello Ms Varga, we can't get out to the farm this week, the whole crew is on the Hamble job.",
    "Afternoon Dev, I've been stuck on the M6 all morning.",
    "Ey up, I'll ask the workshop whether the old blades fit and let you know.",
    "hey my van's parked round the back by the bins",
])
def test_a_greeting_that_opens_the_reps_own_errand_or_news_is_manners_not_rapport(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "Morning Sandra!",
    "Hi Tom, we met at the Cardiff show.",
    "Hiya Jen, hope half-term was kind to you.",
])
def test_a_greeting_standing_alone_or_remembering_them_is_still_rapport(reply):
    assert "rapport" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Would you like the proposal as a PDF or a Word file?",
    "Shall I bring the price list printed or is a PDF fine?",
    "Do you want the brochure on paper or by email?",
])
def test_only_the_form_of_a_thing_offered_as_a_choice_is_logistics_not_a_give(reply, lexicon):
    assert classify(reply, lexicon).gives == []


@pytest.mark.parametrize("reply, kind", [
    ("I'll send the proposal over as a PDF this afternoon.", "proposal"),
    ("Would you like the case study from the Harrow job as a PDF?", "case_study"),
])
def test_a_give_offered_in_one_form_is_still_a_give(reply, kind):
    assert kind in classify(reply, RULES_ALONE).gives
