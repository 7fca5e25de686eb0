"""Persona faults found in session 24's play, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Ingrid: how many drivers complain
def test_ingrid_asked_how_many_drivers_complain_gives_a_count_not_only_the_photos():
    for reply in ("How many drivers complain?", "how many of em moan about the app?"):
        for seed in SEEDS:
            _, lines, facts = play("discount-hunter", "Hi Ingrid, what's behind shopping around this time?", reply,
                                   seed=seed)
            line = lines[0]
            assert "most" in line.lower() or "number" in line, (reply, seed, lines)
            assert "photo" in line and facts == ["pain"], (reply, seed, lines)


def test_ingrid_asked_how_many_drivers_complain_after_naming_the_photos_gives_a_count_not_how_often():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", "Hi Ingrid, what's behind shopping around this time?",
                           "What does the current system get wrong apart from price?", "How many drivers complain?",
                           seed=seed)
        assert "most" in lines[0].lower() and "Every week" not in lines[0], (seed, lines)


def test_ingrid_asked_how_many_drivers_complain_first_says_she_has_no_count_then_her_renewal():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", "Hi Ingrid, how many drivers complain?", seed=seed)
        line = lines[0]
        assert "count" in line or "No idea how many" in line or "Couldn't tell you" in line, (seed, lines)
        assert "eighteen percent" in line and facts == ["lever"], (seed, lines)
