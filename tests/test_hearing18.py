"""Judgments found in session 18, each named after what a trainer hears: a third party named after "that" still
offers its own discount, a question about what their colleague knows of their situation is discovery, a plain
walk-away's manners earn nothing, a scene-setting "when" asks no date, and directions asked politely are no discovery."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import default_lexicon
from dojo.coach.signals import classify, hear


def _rules_alone(reply: str):
    return classify(reply, replace(default_lexicon(), second_opinion=False))


# ---------------------------------------------------------------- 1. "that the council" is no "at the council"

@pytest.mark.parametrize("reply", [
    "Good news is that the council gives members 20% off.",
    "Worth knowing that the manufacturer knocks 15% off for schools.",
])
def test_a_third_partys_discount_after_that_is_not_ours(reply):
    assert "discount" not in _rules_alone(reply).gives, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "To the council we'd do 10% off.",
    "I can give the club 10% off.",
])
def test_a_discount_we_give_to_a_third_party_is_still_ours(reply):
    assert "discount" in _rules_alone(reply).gives
