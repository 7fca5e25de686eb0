"""Judgments found in session 18, each named after what a trainer hears: a third party named after "that" still
offers its own discount, a question about what their colleague knows of their situation is discovery, a plain
walk-away's manners earn nothing, a scene-setting "when" asks no date, and directions asked politely are no discovery."""

from __future__ import annotations

import pytest

from dojo.coach import default_lexicon
from dojo.coach.signals import classify, hear
from tests.hearing_help import rules_alone

# ---------------------------------------------------------------- 1. "that the council" is no "at the council"

@pytest.mark.parametrize("reply", [
    "Good news is that the council gives members 20% off.",
    "Worth knowing that the manufacturer knocks 15% off for schools.",
])
def test_a_third_partys_discount_after_that_is_not_ours(reply):
    assert "discount" not in rules_alone(reply).gives, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "To the council we'd do 10% off.",
    "I can give the club 10% off.",
])
def test_a_discount_we_give_to_a_third_party_is_still_ours(reply):
    assert "discount" in rules_alone(reply).gives


# ---------------------------------------------------------------- 5. directions asked, plainly or politely

@pytest.mark.parametrize("reply", [
    "Can you tell me where to park the van?",
    "Could you let me know where I should leave the samples?",
    "Is there anywhere to park near the yard?",
    "Are there places to stay near the depot?",
])
def test_directions_or_lodging_for_the_rep_are_no_discovery_however_asked(reply):
    assert "empathy" not in classify(reply).stages, hear(reply).signals.matches


def test_their_side_asked_politely_is_still_discovery():
    assert "empathy" in classify("Could you tell me where the delays hit hardest?").stages


def test_one_word_class_names_the_reps_way_there_for_both_discovery_rules():
    rules = {rule.id: rule for rule in default_lexicon().source.rules}
    for rule_id in ("stage.their-world", "stage.their-world-asked-politely"):
        assert any("{finding_our_way}" in (getattr(pattern, "unless", None) or "")
                   for pattern in rules[rule_id].patterns), rule_id


# ---------------------------------------------------------------- 3. a plain walk-away's manners earn nothing

@pytest.mark.parametrize("reply", [
    "Totally fair, let's park it there, no hard feelings at all.",
    "No hard feelings, we'll call it a day and I'll close the file.",
    "righto, leave it there then, no hard feelings, cheers for your time",
    "No worries, I'll leave you to it then, no hard feelings.",
    "No hard feelings. I'll let you get on.",
    "No worries, I'll leave you to it then",
])
def test_a_plain_walk_away_invites_no_no_and_earns_no_trust(reply):
    signals = classify(reply)
    assert not signals.permission and "trust" not in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "No hard feelings if the answer's a no, mate, just tell me straight.",
    "No hard feelings if you go with the local firm, just let me know.",
    "If the answer's no, no hard feelings, I'll close the file.",
    "No hard feelings either way, just tell me where you land.",
])
def test_no_hard_feelings_about_a_no_about_fit_still_invites_it(reply):
    signals = classify(reply)
    assert signals.permission and "trust" in signals.stages, signals.matches


# ---------------------------------------------------------------- 2. what their colleague knows of their situation

@pytest.mark.parametrize("reply", [
    "Does Raymond know that number?",
    "Has your finance lead seen what the downtime costs?",
    "would ur ops manager know how many we lost?",
    "Out of interest, does your head chef know what the waste costs each week?",
    "Does your boss think the night shift can cope?",
])
def test_asking_whether_their_colleague_knows_their_situation_is_discovery(reply):
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Does Raymond know the way to our office?",
    "Has your PA seen my email?",
    "Does Raymond know I'm coming on Tuesday?",
    "Has Priya seen the quote yet?",
    "Do you know how a drum roaster differs?",
])
def test_asking_whether_their_colleague_knows_our_errand_or_the_way_is_no_discovery(reply):
    assert "empathy" not in classify(reply).stages, hear(reply).signals.matches


# ---------------------------------------------------------------- 4. a scene-setting "when" asks no date

@pytest.mark.parametrize("reply", [
    "when the rooms sit empty, how would you even know?",
    "When the number's in, do you decide alone?",
])
def test_a_when_that_sets_the_scene_for_another_question_asks_no_date(reply):
    assert "timeline" not in classify(reply).gets, hear(reply).signals.matches
    assert "timeline" not in rules_alone(reply).gets


def test_a_when_that_sets_the_scene_leaves_the_discovery_after_it():
    assert "empathy" in classify("when the rooms sit empty, how would you even know?").stages


@pytest.mark.parametrize(("reply", "get"), [
    ("when do you need it by?", "timeline"),
    ("When does your board sit next to approve capex?", "timeline"),
    ("when are you looking to decide, roughly?", "timeline"),
    ("when would suit?", "meeting"),
])
def test_a_when_that_asks_is_still_a_get(reply, get):
    assert get in classify(reply).gets


def test_the_coach_and_the_persona_judge_a_scene_setting_when_with_one_function():
    from dojo.coach import spoken
    from dojo.engine import conditions
    assert conditions._sets_the_scene is spoken.sets_the_scene
