"""The debrief says what discovery found, when, and what it missed with the question that finds it."""

from __future__ import annotations

from pathlib import Path

from dojo.engine import Session
from dojo.engine.summary import film
from dojo.scenario.load import load_scenario
from dojo.tui.screens.debrief import facts_content

ERRAND_SENDER = Path(__file__).resolve().parents[2] / "scenarios" / "errand-sender.toml"


def test_the_debrief_lists_uncovered_facts_with_their_turn_and_missed_ones_with_the_question():
    session = Session(load_scenario(ERRAND_SENDER), seed=3)
    session.reply("Hi Mags, sounds like a mad morning. What's got you looking at cover scheduling right now?")
    session.end()
    played = film(session.events)
    assert played.uncovered and played.missed
    text = facts_content(played).plain
    for fact in played.uncovered:
        assert f"✓ {fact.label}  (turn {fact.by_reply_turn})" in text
        assert fact.text in text
    for fact in played.missed:
        assert f"✗ {fact.label}  missed: {fact.ask}" in text


def test_a_scenario_without_facts_shows_no_discovery_section():
    session = Session(load_scenario(Path(__file__).parent.parent / "data" / "scenarios" / "mini.toml"), seed=1)
    session.end()
    assert facts_content(film(session.events)) is None
