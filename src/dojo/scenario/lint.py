"""Warnings about a scenario that loads but will not play well."""

from __future__ import annotations

from collections.abc import Iterator

from dojo.scenario.model import Fallback, Line, Rule, Scenario


def lint(scenario: Scenario) -> list[str]:
    warnings = []
    reachable, frontier = {scenario.start}, [scenario.start]
    reached_endings = {scenario.on_max_turns} if scenario.on_max_turns else set()
    while frontier:
        state = scenario.states[frontier.pop()]
        shared = [rule for rule in scenario.rules if state.global_rules and rule.id not in state.skip_rules]
        steps: list[Rule | Fallback] = [*shared, *state.rules, state.fallback]
        for step in steps:
            if step.goto and step.goto not in reachable:
                reachable.add(step.goto)
                frontier.append(step.goto)
            if step.ending:
                reached_endings.add(step.ending)
    for name in scenario.states:
        if name not in reachable:
            warnings.append(f"states.{name}: no rule leads here from `start`")
    for name in scenario.endings:
        if name not in reached_endings:
            warnings.append(f"endings.{name}: no reachable rule ends here")
    said = {fact for line in _lines(scenario) for fact in line.reveal}
    for name in scenario.facts:
        if name not in said:
            warnings.append(f"facts.{name}: no line reveals it, so no rep can uncover it")
    outcomes = {scenario.endings[name].outcome for name in reached_endings}
    for outcome, verb in (("win", "win"), ("loss", "lose")):
        if outcome not in outcomes:
            warnings.append(f"no reachable `{outcome}` ending: trainees can never {verb}")
    return warnings


def _lines(scenario: Scenario) -> Iterator[Line]:
    yield scenario.opening
    yield from scenario.rules
    for state in scenario.states.values():
        yield from state.rules
        yield state.fallback
