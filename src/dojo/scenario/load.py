"""Load scenario files into models; every problem becomes a `Diagnostic` (file:line:col, code, hint).

Reading the raw file (size, decoding, nesting) is `source.py`'s job; older
schemas are migrated here before validation; the words of each error come
from `diagnostics.py`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import ValidationError

from dojo.scenario.diagnostics import (
    Diagnostic,
    Locator,
    did_you_mean,
    lost_backslashes,
    reference_checks,
    source_error,
    unknown_facts,
    validation_errors,
)
from dojo.scenario.model import SCHEMA_VERSION, Scenario, memory_references
from dojo.scenario.source import MAX_FILE_BYTES, SourceError, decode, parse_toml, read_scenario_bytes

__all__ = ["MAX_FILE_BYTES", "Problem", "ScenarioError", "check_file", "check_text", "content_hash",
           "load_scenario", "parse_scenario"]

#: One problem in a scenario file; the name predates compiler-style diagnostics.
Problem = Diagnostic


class ScenarioError(Exception):
    """A scenario could not be loaded; `problems` lists every one found, first is the message."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]))


def content_hash(scenario: Scenario) -> str:
    """A hash of what the scenario means, blind to comments and formatting."""
    canonical = scenario.model_dump_json(by_alias=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def load_scenario(path: str | Path) -> Scenario:
    return parse_scenario(read_scenario_text(path), str(path))


def check_file(path: str | Path) -> tuple[Scenario | None, list[Problem], str]:
    """(scenario or None, every error, the text) — for `dojo validate`, which reports rather than raises."""
    try:
        text = read_scenario_text(path)
    except ScenarioError as err:
        return None, err.problems, ""
    scenario, problems = check_text(text, str(path))
    return scenario, problems, text


def read_scenario_text(path: str | Path) -> str:
    label = str(path)
    try:
        return decode(read_scenario_bytes(path))
    except SourceError as err:
        raise ScenarioError([Problem(label, err.line, "", err.message, "D001", err.column)]) from None


def parse_scenario(text: str, label: str = "<scenario>") -> Scenario:
    scenario, problems = check_text(text, label)
    if scenario is None:
        raise ScenarioError(problems)
    return scenario


def check_text(text: str, label: str = "<scenario>") -> tuple[Scenario | None, list[Problem]]:
    """The scenario, or None and every error in the file (not just the first)."""
    try:
        data = parse_toml(text)
    except SourceError as err:
        return None, [source_error(err.message, err.line, err.column, text, label)]
    where = Locator(text, label)
    # Line numbers are only worked out when there is something to report.
    problems, explained = reference_checks(data, where)
    problems += lost_backslashes(data, where)
    try:
        scenario = Scenario.model_validate(migrate(data))
    except ValidationError as err:
        problems += validation_errors(err.errors(), where, Scenario, explained) + unknown_facts(data, where)
        return None, _in_file_order(problems)
    for path, message, code in _model_checks(scenario):
        needle = _written(message, code, text)
        line = where.line_holding(path, needle) if needle else None
        problems.append(where.diagnostic(path, message, code, needle=needle, line=line))
    if problems:
        return None, _in_file_order(problems)
    return scenario, []


def migrate(data: dict) -> dict:
    """A schema 1 file read as schema 2: it meant "the first rule that holds wins", so it keeps that.

    Schema 1 has no facts, memory or scenario-wide rules, so nothing else changes; a trainer
    upgrades by writing `schema = 2` and checking that rule order still reads right.
    """
    if data.get("schema") != 1:
        return data
    return {**data, "schema": SCHEMA_VERSION, "choose_rule": data.get("choose_rule", "first_match")}


def _written(message: str, code: str, text: str) -> str | None:
    """How the file wrote the unknown fact a D117 names (`{fact.budget}` in text, else the bare id), so the
    report points at it, on its own line inside a list that spans several."""
    if code != "D117":
        return None
    fact = message.split("'")[1]
    return f"{{fact.{fact}}}" if f"{{fact.{fact}}}" in text else f'"{fact}"'


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.col or 0))


def _model_checks(scenario: Scenario):
    """(key path, message, code) for problems only visible once the file has loaded into models."""
    for path, message in memory_references(scenario):
        if message.startswith("unknown fact "):
            fact = message.split("'")[1]
            yield path, f"unknown fact {fact!r}; {did_you_mean(fact, set(scenario.facts), 'facts')}", "D117"
        elif message.startswith("unknown scenario-wide rule "):
            yield path, message, "D118"
        elif message.startswith("unknown lexicon rule "):
            yield path, message, "D119"
        else:
            yield path, message, "D111"
    seen: set[str] = set()
    for index, detector in enumerate(scenario.lexicon.rules):
        if detector.id in seen:
            yield ("lexicon", "rules", index, "id"), f"duplicate lexicon rule id {detector.id!r}", "D111"
        seen.add(detector.id)
    names = [test.name for test in scenario.tests]
    for index, name in enumerate(names):
        if name in names[:index]:
            yield ("tests", index, "name"), f"duplicate test name {name!r}", "D111"
