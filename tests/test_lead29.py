"""Judgments found by the lead playing the personas as a new rep (session 29), each named after what a trainer
would notice."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


@pytest.mark.parametrize(("reply", "quoted"), [
    # Played against Helen (session 28): the panel quoted "thanks for making" for the Rapport earned.
    ("thanks for making time today, really appreciate it", "thanks for making time today"),
    ("Hello Ingrid, thanks for making the time.", "thanks for making the time"),
])
def test_a_thank_you_quote_keeps_what_was_made(reply, quoted) -> None:
    assert quoted in _quotes(reply, "stage:rapport")
