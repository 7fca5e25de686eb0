"""Pathway judgments from session 38, each named after what a trainer hears.

Stage precision was as weak as its recall: Empathy was heard on replies that ask nothing about the prospect's world.
Two shapes were shared by several writers' tuned sets (mined from the stage misses of the tuned `dev_*` sets):

- A question that is itself the invitation to say no ("are you actually switching, or is this a formality?", "Is the
  requirement genuine?", "Is it a no?") earns Trust, not discovery: the permission rules hear it in the same clause,
  and stage.their-world gives way to them (chase7, chase10, learn11n, play15_own, practice20a/b/c).
- A statement cut as "what … is …" ("What they are is reliable.", "What the liner does is make a new pipe inside the
  old one") tells; it asks nothing (trust27, write18f, mixed10b, info31).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Are you really buying this year, or is this a price check?",
    "Be honest with me: is the tender a real one?",
])
def test_asking_straight_out_whether_the_deal_is_real_is_trust_not_discovery(reply, lexicon):
    heard = classify(reply, lexicon)
    assert heard.permission
    assert "trust" in heard.stages
    assert "empathy" not in heard.stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "No stress either way. Is it a no?",
    "Is it a no for now, or a not yet?",
])
def test_the_no_itself_asked_for_is_trust_not_discovery(reply, lexicon):
    heard = classify(reply, lexicon)
    assert heard.permission
    assert "trust" in heard.stages
    assert "empathy" not in heard.stages


def test_a_question_with_no_in_another_sense_is_not_an_invitation():
    assert not classify("Is it no bother to park round the side?", RULES_ALONE).permission


@pytest.mark.parametrize("reply", [
    "What the coating does is keep the rust off the gates for ten years.",
    "What you get is a van that starts on a frosty morning.",
])
def test_a_statement_cut_as_what_is_tells_and_asks_nothing(reply):
    assert "empathy" not in classify(reply, RULES_ALONE).stages


def test_a_what_question_about_their_side_is_still_discovery():
    assert "empathy" in classify("What does the rust do to the gates each winter?", RULES_ALONE).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "Is it alright if I ring you on Thursday to run through the fitting dates?",
    "Mind if I pop your bakery's name on our website as a stockist?",
    "Would it be ok if I sent the revised drawings over to your architect?",
    "Would you mind if I asked who holds the purse strings on this?",
])
def test_leave_asked_for_our_next_step_or_a_get_is_not_rapport(reply, lexicon):
    assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "Would it be alright if I asked you a couple of quick questions?",
    "Mind if I ask?",
    "mind if i throw a handful of questions your way first?",
    "Is it ok if I take five minutes of your morning?",
])
def test_leave_to_ask_with_nothing_asked_yet_is_still_rapport(reply):
    assert "rapport" in classify(reply, RULES_ALONE).stages
