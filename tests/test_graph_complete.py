"""`dojo graph` draws every way into a state: scenario-wide rules, and conditions on facts and memory."""

from __future__ import annotations

from dojo.cli import main


def graph(capsys, *argv):
    assert main(["graph", *argv]) == 0
    return capsys.readouterr().out


def test_a_state_reached_only_through_a_scenario_wide_rule_has_an_incoming_edge(capsys, starter):
    out = graph(capsys, str(starter))
    assert 'any[/"any state"/]' in out
    assert 'any -->|"rules.tells_decider: asks decider, not revealed decider"| s_1' in out
    assert 'any -->|"rules.gave_twice: give, not get, free_gives ≥ 1"| e_1' in out


def test_conditions_on_facts_are_drawn_not_shown_as_always(capsys, starter):
    out = graph(capsys, str(starter))
    assert '"1: get:meeting or get:next_steps, revealed decider"' in out
    assert "always" not in out


def test_dot_draws_scenario_wide_rules_from_any_state(capsys, starter):
    out = graph(capsys, str(starter), "--format", "dot")
    assert '"any state" -> "open" [label="rules.tells_pain: asks pain, not revealed pain"];' in out


def test_a_state_that_opts_out_is_named_on_the_edge(capsys, starter):
    text = starter.read_text(encoding="utf-8").replace(
        '[states.open]\n', '[states.open]\nskip_rules = ["tells_deadline"]\n')
    starter.write_text(text, encoding="utf-8")
    out = graph(capsys, str(starter))
    assert '"rules.tells_deadline: asks deadline, not revealed deadline (not in open)"' in out
