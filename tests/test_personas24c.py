"""Persona lines from session 24's third round of play that did not answer the rep, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Graham: has Ruth seen anything like it
GRAHAM_TOLD_THE_BUILDINGS = ("So it all sounds great, you said. Great in what way, what would it fix for you?",
                             "Chaos some days, got it. How many buildings are we talking about, and who runs the bookings?")


def test_graham_asked_if_ruth_has_seen_anything_like_it_squirms_about_it_not_the_forty_buildings_again():
    for reply in ("Right, so Ruth would decide. Has she seen anything like this before?",
                  "Has Ruth seen anything similar?"):
        for seed in SEEDS:
            _, lines, facts = play("afraid-to-say-no", *GRAHAM_TOLD_THE_BUILDINGS, reply, seed=seed)
            line = lines[0]
            assert "Forty buildings" not in line and "muddle" not in line, (reply, seed, lines)
            assert any(word in line for word in ("conversations", "looked at", "tried")), (reply, seed, lines)
            assert facts == [], (reply, seed, lines)
