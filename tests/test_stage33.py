"""Judgments about small talk, the cost of waiting and years at the trade (session 33), each named after what a trainer hears.

Their life outside work asked after is small talk (Rapport), but their trade on a busy day of theirs is discovery
("how are the porters handling the Christmas rush?"): the holiday or the weekend only names the busy day. Their
people asked along ("would your husband be joining us?") are logistics, and a "when" inside a sentence sets a scene
("do the riders get cold when the snow comes?"), neither asks after their life. Urgency is also the loss running on
while they wait, whatever the period and however the loss is put ("every week that press keeps jamming you're binning
a pallet of card"); the rep's own recurring loss or chore is no reason for them to act."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

PERSONAL = "stage.personal-life"


def _rules(reply: str) -> set[str]:
    return {match.rule for match in rules_alone(reply).matches}


# ---------------------------------------------------------------- 1. their life asked after is still small talk


@pytest.mark.parametrize("reply", [
    "How was the holiday in Cornwall?",
    "How's the new puppy, still chewing the skirting boards?",
    "Did the twins get on alright at the swimming gala?",
])
def test_their_life_asked_after_is_still_small_talk(reply):
    assert PERSONAL in _rules(reply), why(reply)
    assert "rapport" in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 2. their trade on a busy day is not small talk


@pytest.mark.parametrize("reply", [
    "How are the porters handling the Christmas rush this year?",
    "Are the refunds mostly from the weekend crowd?",
    "What got you looking at new fishing gear now?",
    "How do you cover the bank holiday weekends at the moment?",
])
def test_their_trade_on_a_busy_day_is_not_small_talk(reply):
    assert PERSONAL not in _rules(reply), why(reply)


# ---------------------------------------------------------------- 3. their people asked along, a scene, our statement


@pytest.mark.parametrize("reply", [
    "Would your husband be joining us for the walk-round on Friday?",
    "Is your daughter home then also?",
    "Do the riders get cold when the snow comes in off the hills?",
    "Please note our depot is closed on the 26th for the holiday.",
])
def test_their_people_asked_along_or_a_scene_set_is_not_small_talk(reply):
    assert PERSONAL not in _rules(reply), why(reply)


# ---------------------------------------------------------------- 4. urgency as the loss running on


@pytest.mark.parametrize("reply", [
    "Every week that press keeps jamming you're binning a pallet of card.",
    "With each wet day the old dryer is running, you are losing a grade on every bale.",
    "Every load with bruised fruit, the packhouse knocks you down a grade.",
    "Every day the chiller runs short, the late boats sell at half price to the cannery.",
])
def test_the_loss_running_on_while_they_wait_is_urgency(reply):
    assert "urgency" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Every week we lose a day to the ferry crossing.",
    "Each month I send the usage report to your finance team.",
])
def test_the_reps_own_recurring_loss_or_chore_is_not_urgency(reply):
    assert "urgency" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 5. years at the trade, however the rep says them


@pytest.mark.parametrize("reply", [
    "I've been fitting shopfronts myself for twenty-six years.",
    "Been making these in Redditch going on thirty years.",
])
def test_years_at_the_trade_told_in_person_are_trust(reply):
    assert "trust" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I've been waiting for ten years for a decent ferry timetable.",
    "My dad's been retired ten years now and still pops in every morning.",
])
def test_years_of_the_reps_own_life_are_not_trust(reply):
    assert "trust" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 6. our side asked about, the rep's own clock


@pytest.mark.parametrize("reply", [
    "Do you know how long our burners last compared to the imported ones?",
    "Did you know how many schools our software already runs in?",
])
def test_a_quiz_about_our_product_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_their_own_thing_asked_about_is_still_discovery():
    reply = "Do you know how long the kiln takes to cool at the moment?"
    assert "empathy" in rules_alone(reply).stages, why(reply)


def test_what_the_rep_cannot_do_till_a_date_is_not_urgency():
    reply = "My van's in for its MOT on Thursday so I can't get over till Friday."
    assert "urgency" not in rules_alone(reply).stages, why(reply)
