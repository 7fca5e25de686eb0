"""What the lead found replaying the persona scripts after session 34's merges, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.persona_play import said_to_last

SEEDS = range(4)

# Jamie has named Alison Greer as the one who decides (batch22's joker).
_JAMIE_NAMED_HER_BOSS = [
    "Dying to see it? Careful saying that at a vet's, someone might take you literally. Happy to do a demo. What's made "
    "this week the week?",
    "Ha. And who holds the purse strings, or is it an \"ask mum\" situation?",
    "If I do the demo just for you, you'll love it and then have to do a song and dance for them. Shall we save you the "
    "show and get them in the room?",
]


@pytest.mark.parametrize("slot_asked", [
    "What day's good for them? I'll bring my A game and no dad jokes, promise.",
    "which time works best for Alison and finance?",
])
def test_jamie_asked_which_day_suits_her_boss_answers_about_her_boss_instead_of_asking_how_to_get_in(slot_asked):
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [*_JAMIE_NAMED_HER_BOSS, slot_asked], seed=seed)
        assert "best way in" not in line.lower(), (seed, line)
        assert "her" in line.lower() or "alison" in line.lower(), (seed, line)


@pytest.mark.parametrize("asked", ["What day's good for them?", "What days suit you next week?",
                                   "which time works best for you and Dr Greer"])
def test_which_day_suits_them_is_a_meeting_asked_whatever_the_second_opinion_thinks(asked):
    assert "meeting" in classify(asked, default_lexicon()).gets


@pytest.mark.parametrize("not_a_meeting", ["What day's good for the delivery?", "What day is the install booked for?",
                                           "What time does the bakery open?"])
def test_a_day_for_a_delivery_or_their_opening_hours_asks_for_no_meeting(not_a_meeting):
    assert "meeting" not in classify(not_a_meeting, default_lexicon()).gets


_INGRID_ASKED_WHO_DECIDES = [
    "Straight to the price, I like it, no small talk. Before I give you a number that makes you laugh, what's got you "
    "shopping around this time?",
    "Ha, a classic. And the two quotes on your desk, are they serious or are they coasters? What's your current lot "
    "doing wrong?",
    "Right, serious face on. Who else gets a say in this, or are you judge, jury and executioner?",
]


@pytest.mark.parametrize("bowing_out", [
    "If all you need is a third number to wave at your current supplier, I'm happy to bow out, I'd make a terrible "
    "extra anyway.",
    "Honestly, if we're only the number you wave at them, we'll step aside.",
])
def test_ingrid_offered_a_bow_out_from_the_price_race_answers_it_not_mm_go_on(bowing_out):
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [*_INGRID_ASKED_WHO_DECIDES, bowing_out], seed=seed)
        assert line.strip().lower() not in {"mm. go on.", "go on."}, (seed, line)
        assert "photos" in line.lower() or "problem" in line.lower(), (seed, line)


def test_stepping_away_from_a_loading_bay_is_no_walk_away():
    assert not classify("Step away from the edge of the loading bay please.", default_lexicon()).walk_away


@pytest.mark.parametrize("asked", [
    "Legwork is the hard part! And when it comes to signing the contract for twelve clinics, whose name goes on it?",
    "who puts their name to it?",
    "whose name is on the cheque at the end?",
])
def test_whose_name_goes_on_the_contract_asks_who_decides(asked):
    assert "decision_makers" in classify(asked, default_lexicon()).gets


def test_jamie_asked_whose_name_goes_on_the_contract_names_her_boss_not_her_clinics_woes():
    replies = ["Love the enthusiasm Jamie! Happy to show you. Before I do, what's the thing that's bugging the clinics "
               "most right now?",
               "Ouch, forty a week adds up. Who else would need to be happy before the practices switch anything over?",
               "Legwork is the hard part! And when it comes to signing the contract for twelve clinics, whose name goes "
               "on it?"]
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert "rubbish" not in line.lower() and "moan" not in line.lower(), (seed, line)
