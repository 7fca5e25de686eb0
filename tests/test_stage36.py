"""Judgments found in session 36 by mining the Empathy misses that many writers of the tuned sets share, each named
after what a trainer hears: a question about their side is discovery even when the sentence before it ends on a word
that could open a question ("…a year from now. What's different?", "…, mate. What did the growers say?"); a scene the
rep sets for them to fill in, then an open question about it, is discovery and paints no future of theirs (not Hope);
a step of the deal imagined, or the rep's own side, is not that scene. Rules alone (no second opinion), so the test
pins the rule, not the model."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why


@pytest.mark.parametrize("reply", [
    "That's a rough season for the orchard, mate. What did the cider makers say when the apples came up short?",
    "Picture the yard a year from now. What's different?",
    "ahh ok. which contractor did the council pick",
    "So no grant for now. Is there a team on the wards that's actually feeling it?",
])
def test_a_question_after_a_sentence_ending_on_an_opener_word_is_still_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "fast forward six months, what's different for the brass band?",
    "Imagine you had a magic wand, what would you fix first on the line?",
    "Suppose cost was no object - how would you want the treatment rooms laid out?",
    "Picture the bakery a year from now. What's different?",
])
def test_a_scene_set_for_them_to_fill_in_is_discovery_not_hope(reply):
    heard = rules_alone(reply)
    assert "empathy" in heard.stages, why(reply)
    assert "hope" not in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Imagine the fleet director saw a demo. What would he want to see?",
    "Suppose we do both, what would you want to see first?",
])
def test_a_deal_step_or_our_side_imagined_is_not_that_scene(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_their_future_painted_for_them_is_still_hope():
    reply = "Picture your Monday morning: the rota's already full and nobody's ringing you at seven."
    assert "hope" in rules_alone(reply).stages, why(reply)
