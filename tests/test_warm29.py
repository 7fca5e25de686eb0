"""Judgments about Rapport and Empathy settled in session 29, each named after what a trainer hears.

How their own work or kit is going is discovery; how their occasion or their life went is small talk. Who decides,
picks, scores or signs is a get, never discovery. A question after a spoken filler is discovery whatever came before
the filler. Thanks for a gift of theirs, in their language, is warmth whatever the gift was."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


# ---------------------------------------------------------------- 1. their work or kit asked after is discovery


@pytest.mark.parametrize("reply", [
    "how did the last platform rollout go?",
    "right okay so uh how did the new saw install go in the end",
    "How did the audit on the rigging go last month?",
    "How's the ground work going since all that rain?",
    "How's the refurbishment of the bar coming along?",
    "How did the pilots with the others go?",
    "How's the new crane holding up since the hurricane?",
])
def test_how_their_work_or_kit_is_going_is_discovery_not_small_talk(reply):
    stages = classify(reply, _rules_alone()).stages
    assert "empathy" in stages and "rapport" not in stages, why(reply)


@pytest.mark.parametrize("reply", [
    "how did the board presentation go?",
    "Morning Aled, how did the lambing go in the end?",
    "How's your Monday going so far?",
    "How did the long weekend go? Get out on the water at all?",
])
def test_how_their_occasion_or_day_went_stays_small_talk(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 2. who decides is a get, not discovery


@pytest.mark.parametrize("reply", [
    "who scores",
    "Okay. Who picked them?",
    "Is it scored on price, quality, or a mix?",
    "Which dentist on your side decides on the aligner brand?",
])
def test_asking_who_decides_or_how_it_is_scored_earns_no_empathy(reply):
    assert "empathy" not in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Who else ends up covering when a shift goes uncovered?",
    "who feels it most when the van doesn't turn up?",
])
def test_who_else_feels_the_trouble_stays_discovery(reply):
    assert "empathy" in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 3. a question after a spoken filler


@pytest.mark.parametrize("reply", [
    "aw thanks beth um so how does everyone keep track of their hours",
    "yeah so um how many logs you putting through a day these days",
])
def test_a_discovery_question_after_a_filler_in_a_voice_note_is_heard(reply):
    assert "empathy" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "thanks um so how do I get to your office",
    "um so what we do is send a van",
    "uh how it works is simple",
    "so uh which of thursday the 9th or friday the 10th works for your crew to shut the lift",
])
def test_after_a_filler_the_way_in_a_statement_or_a_slot_is_no_discovery(reply):
    assert "empathy" not in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 4. thanks for their gift, in their language


@pytest.mark.parametrize("reply", [
    "Tenki for the fish you sent with the driver, e sweet well well",
    "Iorana Tiare! Maururu for the curanto, it was wonderful.",
    "Kaselehlie Manuel! Kalahngan for the sakau last night.",
    "Salibonani Baba Moyo! Siyabonga for the braai on Saturday, that nyama was top.",
])
def test_thanks_for_a_gift_of_theirs_in_their_language_is_rapport(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Thanks for the references you sent, they were really helpful.",
    "Thanks for the quote you sent yesterday.",
    "Have the van for the village fete on Saturday, sell off it all day, and we'll talk after.",
    "NEPA took light for the whole street yesterday, so I was typing by lamp, forgive the typos.",
])
def test_thanks_for_paperwork_or_a_for_in_another_sense_is_no_rapport(reply):
    assert "rapport" not in classify(reply, _rules_alone()).stages, why(reply)
