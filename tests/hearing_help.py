"""What the hearing tests ask of the coach, in one place."""

from __future__ import annotations

from dataclasses import replace

from dojo.coach import default_lexicon
from dojo.coach.signals import classify, hear


def rules_alone(reply: str):
    """What the rules hear, the learned second opinion off."""
    return classify(reply, replace(default_lexicon(), second_opinion=False))


def why(reply: str):
    """Every match heard in `reply`, with the rule that heard it."""
    return hear(reply).signals.matches


def candidates(reply: str):
    """Every match a rule made in `reply`, kept or cancelled, with why it was cancelled."""
    return hear(reply, keep_cancelled=True).candidates
