"""Persona lines from session 36: the three the lead found in play (session 35's notes), then batch28's wrong and non
lines, each pinned as a trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- the lead's play
@pytest.mark.parametrize(("prior", "their_gain"), [
    ([], "If that dropped to near zero by spring, what would it free your team up to do?"),
    (["How are rooms booked at the moment?"], "If that dropped to near zero by spring, what would it free your team up to do?"),
    (["How are rooms booked at the moment?"], "what would that free you up for?"),
])
def test_graham_asked_what_the_gain_would_free_his_team_up_to_do_answers_it(prior, their_gain):
    # Hope, put as a question after discovery: what his people would do instead, not how muddled things are today.
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [*prior, their_gain], seed=seed)
        assert any(word in line.lower() for word in ("porters", "booking team", "phone calls")), (seed, line)


def test_graham_asked_how_the_term_start_went_is_not_answered_as_if_told_it_was_lovely():
    # Small talk put as a question ("how was…?") is not met with "Ha, yes, isn't it!", a line for an exclamation.
    for seed in range(8):
        _, line = said_to_last("afraid-to-say-no", ["morning Graham, how was the term start?"], seed=seed)
        assert "isn't it" not in line.lower(), (seed, line)


@pytest.mark.parametrize("prior", [[], ["How long have you been looking?"],
                                   ["How long have you been looking?", "What's stopped a decision so far?"]])
def test_helen_asked_what_it_costs_each_month_says_nobody_has_costed_it(prior):
    # The cost of the way things are, asked of today: she has never put a number on it, and says so, instead of
    # her eighteen months or the 2022 flop again.
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [*prior, "what's it costing you each month?"], seed=seed)
        assert "number" in line.lower() or "costed" in line.lower() or "figure" in line.lower(), (seed, line)
