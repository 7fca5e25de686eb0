"""Judgments about asks put indirectly (session 26), each named after what a trainer hears.

A rep who proposes a call with the prospect, or asks what makes their deciders say yes, has asked for a commitment,
however softly it is put; a question about where their project stands asks for none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Rather than a big demo for everyone straight away, would it be worth a quick call with you and Dr Greer first, "
    "so the demo covers what she actually cares about?",
    "Might make sense to grab twenty minutes with you and Mr Tanaka next week so the spindle spec matches his line.",
    "Kia ora Mere, would a quick call with you and your dad be worthwhile before we quote the irrigation?",
    "worth a quick chat thursday?",
    "Would it make sense for me to meet the farm owner as well as you, so she hears the numbers first hand?",
])
def test_a_call_with_them_proposed_asks_for_their_time(reply):
    assert "meeting" in classify(reply, _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "worth a chat with your credit officer?",
    "The call with you last week was really useful, thanks.",
])
def test_a_chat_with_their_person_or_a_call_already_had_is_no_slot_asked(reply):
    assert "meeting" not in classify(reply, _rules_alone()).gets


@pytest.mark.parametrize("reply", [
    "Can I ask, when the partners look at a proposal like this, what usually makes them say yes, and what makes them "
    "park it?",
    "What makes your buyers pass on a new hop supplier, usually?",
    "When the committee picks a caterer, what usually swings it?",
    "What does a good result look like for you at the end of the pilot term?",
])
def test_what_makes_their_deciders_say_yes_or_no_asks_their_criteria(reply):
    heard = classify(reply, _rules_alone())
    assert "criteria" in heard.gets
    assert "empathy" not in heard.stages


@pytest.mark.parametrize("reply", [
    "What makes your customers come back to the shop?",
    "is there a real project behind this or is it more a watching brief for now?",
])
def test_a_question_about_their_situation_asks_for_no_criteria(reply):
    heard = classify(reply, _rules_alone())
    assert "criteria" not in heard.gets
    assert "empathy" in heard.stages
