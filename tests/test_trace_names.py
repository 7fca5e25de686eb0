"""A trace a trainer can read: everything the coach heard, and rules named by the id the trainer gave them."""

from __future__ import annotations

import io
import sys

import pytest

from dojo.cli import main
from dojo.engine.selftest import run_test
from dojo.scenario.load import load_scenario

GIVE = "Sure, I'll send the info over."


def play_trace(capsys, monkeypatch, path, *replies):
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{reply}\n" for reply in replies)))
    code = main(["play", str(path), "--script", "-", "--seed", "1", "--trace"])
    out, _ = capsys.readouterr()
    assert code == 0
    return out


def test_trace_heard_includes_chasing_judged_from_the_prospects_line(capsys, monkeypatch, starter):
    # The opening is an errand: running it with nothing asked back is chasing, and the score says so.
    out = play_trace(capsys, monkeypatch, starter, GIVE)
    assert "heard: give:information, chase:errand_without_get\n" in out
    assert "after the prospect's errand" in out


def test_trace_heard_includes_the_permission_flag(capsys, monkeypatch, starter):
    out = play_trace(capsys, monkeypatch, starter, "It's fine if this isn't a fit. What will you decide?")
    assert "permission" in out.split("heard:")[1].splitlines()[0]


def test_trace_names_a_rule_by_its_id(capsys, monkeypatch, starter):
    out = play_trace(capsys, monkeypatch, starter, GIVE, "Who else is involved in the decision?")
    assert "rule:  rules.gave_for_free (heard give" in out
    assert "rule:  rules.tells_decider (asked about who decides" in out
    assert "rules[1]" not in out and "turn 3" not in out


@pytest.mark.parametrize("reference, passes", [
    ("rules.gave_for_free", True), ("gave_for_free", True), ("rules[1]", True),
    ("rules.gave_twice", False), ("rules[2]", False),
])
def test_expect_rule_accepts_the_id_and_the_position(starter, reference, passes):
    text = starter.read_text(encoding="utf-8") + f'''
[[tests]]
name = "names the guard"

[[tests.turns]]
reply = "{GIVE}"
expect = {{ rule = "{reference}" }}
'''
    starter.write_text(text, encoding="utf-8")
    scenario = load_scenario(starter)
    [result] = [run_test(scenario, test) for test in scenario.tests if test.name == "names the guard"]
    assert result.passed is passes, result.failures
    if not passes:
        assert "got rules.gave_for_free" in result.failures[0]


def test_watch_trace_shows_score_changes_like_the_play_report(starter):
    from dojo.cli.watch import Watcher

    lines: list[str] = []
    watcher = Watcher(starter, seed=1, player=None, show_trace=True, out=lines.append)
    watcher.reply(GIVE)
    shown = "\n".join(lines)
    assert "rule:  rules.gave_for_free" in shown
    assert "− reciprocity" in shown and "after the prospect's errand" in shown
    assert "heard: give:information, chase:errand_without_get" in shown
