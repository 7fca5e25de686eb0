"""Gives as a trainer hears them: the move (the rep hands something over or offers it now), its
kind (what is handed over), and what only looks like a give. Each test names the judgment."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


def gives(reply: str) -> set[str]:
    return set(classify(reply).gives)


# ---------------------------------------------------------------- one give, the right kind

@pytest.mark.parametrize("reply, kind", [
    ("I'll email across the recording of Tuesday's demo", "demo"),
    ("Let me send over a one-pager on our pricing tiers", "pricing"),
    ("I'll put together a case study pdf for you", "case_study"),
    ("I can share a copy of the contract tonight", "proposal"),
    ("I'll forward the pilot overview to your team", "information"),
    ("I'll get back to you with a revised quote", "proposal"),
    ("I'll drop the pricing pdf in the chat", "pricing"),
])
def test_a_give_is_the_kind_of_the_thing_nearest_its_verb(reply, kind):
    assert gives(reply) == {kind}, hear(reply, keep_cancelled=True).candidates


def test_things_listed_together_are_each_given():
    assert gives("I'll send the deck plus the price list") == {"deck", "pricing"}
