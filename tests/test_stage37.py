"""Pathway judgments from session 37, each named after what a trainer hears.

Two questions asked in one sentence are two moves: "What went wrong with the last contract, and who decides?" asks
about their situation (discovery, Empathy) and for the deciders (a get). The discovery question used to give way to
the get anywhere in its sentence, a rule meant for a clause that only sets the ask up ("When you take it to the
partners, what will they weigh it against?", "When's your lease up, and when must you pick?"), which still gives way.
Rules marked `stands_asked_apart` (`Reading.asks_apart`) keep a question of its own; the shape was missed in the tuned
sets of many writers (practice20a/b/c, write15, write17e, info32, warm30, mixed11, gets12b).

A stage rule that gives way to a move heard in its clause is judged before the learned second opinion speaks. When the
model all but rules that move out, the stage stands after all: "If you could fix one thing about how the fryers run
on a Sunday morning, what would it be?" is a scene they fill in (discovery), once the slot the rules heard in "Sunday
morning" is overruled.

A promise for when it falls short with a date in its condition ("If the lawn isn't green by May we reseed it at our
cost", "if the hens aren't laying more by Easter, you pay nothing") is Trust, not Urgency: what follows the date is our
remedy, not their loss ("if the boiler isn't in before winter, you'll be paying for the damp again" is still Urgency).
Missed in demo31, gives7, stages14c and trust29."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize(("reply", "get"), [
    ("What keeps going wrong with the van hire firm you use, and who decides on the switch?", "decision_makers"),
    ("Who signs off on the kit, and what's been the worst bit of the old mixers?", "decision_makers"),
    ("When would you want the new tills running, and what's the worst night for queues?", "timeline"),
])
def test_a_discovery_question_asked_beside_a_get_is_still_discovery(reply, get, lexicon):
    heard = classify(reply, lexicon)
    assert "empathy" in heard.stages
    assert get in heard.gets


@pytest.mark.parametrize("reply", [
    "When you take it to the partners, what will they weigh it against?",
    "When's your lease up, and when must you pick?",
])
def test_a_clause_that_only_sets_the_ask_up_is_not_discovery(reply):
    heard = classify(reply, WITH_MODEL)
    assert heard.gets and "empathy" not in heard.stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Is it you that signs the order, or does it go up to the board?",
    "If you had to rank what matters in a courier, what comes first?",
    "Is there money set aside for the new van, and how big is it?",
])
def test_the_same_ask_put_two_ways_is_not_discovery(reply, lexicon):
    heard = classify(reply, lexicon)
    assert heard.gets and "empathy" not in heard.stages


def test_a_scene_to_fill_stands_once_the_model_overrules_the_slot_it_gave_way_to():
    reply = "If you could fix one thing about how the fryers run on a Sunday morning, what would it be?"
    heard = classify(reply, WITH_MODEL)
    assert "empathy" in heard.stages
    assert "meeting" not in heard.gets


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "If the lawn isn't green by May we reseed it at our cost.",
    "If the hens aren't laying more by Easter, you pay nothing for the feed.",
])
def test_a_date_in_a_promise_for_when_it_falls_short_is_trust_not_urgency(reply, lexicon):
    heard = classify(reply, lexicon)
    assert "trust" in heard.stages
    assert "urgency" not in heard.stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
def test_their_loss_after_a_date_missed_is_still_urgency(lexicon):
    reply = "If the new boiler isn't in before winter, you'll be paying for the damp all over again."
    assert "urgency" in classify(reply, lexicon).stages
