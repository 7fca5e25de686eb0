"""A debrief's "missed" list tells a rep who asked and was not told apart from a rep who never asked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dojo.engine import Session
from dojo.engine.events import FactMissed
from dojo.engine.summary import film
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario


@pytest.fixture(scope="module")
def beth():
    return load_scenario(shipped_dir() / "too-nice.toml")


def _missed(session: Session) -> dict[str, FactMissed]:
    return {event.fact: event for event in session.events if isinstance(event, FactMissed)}


def test_who_decides_asked_before_she_trusts_you_is_missed_as_asked_not_as_never_asked(beth):
    session = Session(beth, seed=1)
    session.reply("Hi Beth, thanks for getting in touch!")
    session.reply("Who else would need to be comfortable before anything gets signed?")
    session.end()
    signer = _missed(session)["signer"]
    assert signer.asked_at == [2]
    [advice] = [m["advice"] for m in film(session.events).facts_json()["missed"] if m["id"] == "signer"]
    assert advice.startswith("You asked at turn 2") and "ask again" in advice


def test_a_fact_never_asked_for_still_says_what_to_ask(beth):
    session = Session(beth, seed=1)
    session.reply("Hi Beth, thanks for getting in touch!")
    session.end()
    truth = _missed(session)["truth"]
    assert truth.asked_at == []
    [advice] = [m["advice"] for m in film(session.events).facts_json()["missed"] if m["id"] == "truth"]
    assert advice == truth.ask and "permission" in advice.lower()


def test_play_reports_the_asked_turns_in_text_and_json(tmp_path):
    script = tmp_path / "rep.txt"
    script.write_text("Hi Beth, lovely to hear from you!\nWho signs off on something like this?\n", encoding="utf-8")
    run = [sys.executable, "-m", "dojo", "play", "too-nice", "--script", str(script), "--no-save", "--seed", "3"]
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "who decides: You asked at turn 2" in text, text
    played = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout)
    [signer] = [m for m in played["facts"]["missed"] if m["id"] == "signer"]
    assert signer["asked_at"] == [2] and signer["advice"].startswith("You asked at turn 2")
