"""Judgments found by the lead while measuring session 16's training data, each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify


@pytest.mark.parametrize("reply", [
    "imagine the lads knocking off at four instead of six every day",
    "Your crew could be knocking off early on Fridays by spring.",
    "Picture the night shift knocking off for the weekend on time.",
])
def test_knocking_off_work_is_no_discount(reply):
    assert "discount" not in classify(reply).gives


@pytest.mark.parametrize("reply", [
    "I'll knock 10% off if you sign this week.",
    "We can knock a couple of hundred off the install.",
    "Tell you what, I'll knock off fifty quid.",
])
def test_knocking_money_off_is_still_a_discount(reply):
    assert "discount" in classify(reply).gives
