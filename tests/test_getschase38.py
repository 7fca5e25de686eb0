"""Gets and chasing judgments from session 38, each named after what a trainer hears.

"Who" asks for a person. When the money is only what that person is asked about ("Who decides about the budget for
software?", "who's the one I talk to about the money, you or the owner?", "Who keeps the co-op's money?"), the rep asks
for their deciders, not their budget: the rules heard a budget asked and only the learned second opinion heard the
deciders (tuned rows of many writers booked the deciders alone: practice20a/b/c, write16d, write17e, write18d, info27,
mixed10, mixed10b). A second question after a comma or "and" ("Who signs off, and is there budget this year?") is read
on its own and still asks the budget.

A "please" put straight before "just", "only", "at least" or one last chance begs for the deal ("Please uso, just one
chance", "Please chetta, only one order", "Chef pls, one answer only"): only the second opinion heard it (gets9b,
write15, write17c, write17f, write18b, write18d, write18e, mixed11, mixed11c, proof14, give27, chase7, voices25c).
Leave to say no put the same way ("if it's a no, please just tell me") is permission, not pleading."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()
BOTH = pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])


@BOTH
@pytest.mark.parametrize("reply", [
    "Who decides about the budget for software?",
    "who's the one i talk to about the money, you or the owner from joburg",
    "Who keeps the co-op's money?",
    "And who is giving the budget?",
])
def test_who_holds_the_money_asks_for_their_deciders_not_their_budget(reply, lexicon):
    heard = classify(reply, lexicon)
    assert "decision_makers" in heard.gets
    assert "budget" not in heard.gets


@BOTH
@pytest.mark.parametrize("reply", [
    "Who signs off on spend, and is there budget this year?",
    "Who do you buy from now and what's the budget?",
])
def test_a_budget_asked_in_its_own_question_beside_who_is_still_asked(reply, lexicon):
    assert "budget" in classify(reply, lexicon).gets


@BOTH
@pytest.mark.parametrize("reply", [
    "My brother who does the money will ring you.",
])
def test_the_reps_own_money_person_asks_for_no_one(reply, lexicon):
    assert "decision_makers" not in classify(reply, lexicon).gets


@BOTH
@pytest.mark.parametrize("reply", [
    "Please uso, just one chance, we won't let you down",
    "Please chetta, only one order, I have my target this month.",
    "Pleeease let me at least show you the sander, it'll take ten minutes!",
    "Chef pls, one answer only, I been waiting since fiesta",
])
def test_please_before_just_or_one_last_chance_begs_for_the_deal(reply, lexicon):
    assert "pleading" in classify(reply, lexicon).chase


@BOTH
@pytest.mark.parametrize("reply", [
    "If the nursery is not interested this year, please just tell me, that is completely fine",
    "and if it's a no, please just tell me a no, i won't chase you",
    "Please hold, I'm just transferring you to accounts.",
])
def test_leave_to_say_no_or_the_reps_errand_is_not_pleading(reply, lexicon):
    assert "pleading" not in classify(reply, lexicon).chase
