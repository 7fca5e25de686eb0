"""Persona lines the lead found changed by session 24's hearing, pinned as a rep would notice them."""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


def test_graham_asked_how_many_buildings_and_who_runs_the_bookings_answers_both_not_the_muddle():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", "So it all sounds great, you said. Great in what way?",
                           "Chaos some days, got it. How many buildings are we talking about, and who runs the bookings?",
                           seed=seed)
        line = lines[0].lower()
        assert "forty" in line and ("spreadsheet" in line or "booking sheet" in line), (seed, lines)
