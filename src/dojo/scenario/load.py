"""Load scenario files into models, with one-line `file:line: key: problem` errors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from dojo.scenario.keylines import dotted, key_lines, line_of, misspelling
from dojo.scenario.model import SCHEMA_VERSION, Scenario, memory_references
from dojo.scenario.source import MAX_FILE_BYTES, SourceError, decode, parse_toml, read_scenario_bytes

__all__ = ["MAX_FILE_BYTES", "Problem", "ScenarioError", "content_hash", "load_scenario", "parse_scenario"]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    key: str
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        where += f":{self.column}" if self.line and self.column else ""
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


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
    label = str(path)
    try:
        text = decode(read_scenario_bytes(path))
    except SourceError as err:
        raise ScenarioError([Problem(label, err.line, "", err.message, err.column)]) from None
    return parse_scenario(text, label)


def parse_scenario(text: str, label: str = "<scenario>") -> Scenario:
    try:
        data = parse_toml(text)
    except SourceError as err:
        raise ScenarioError([Problem(label, err.line, "", err.message, err.column)]) from None
    data = migrate(data)
    # Line numbers are only worked out when there is something to report.
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as err:
        lines = key_lines(text)
        raise ScenarioError([_problem_from(error, label, lines) for error in err.errors()]) from None
    broken = list(_broken_references(scenario))
    if broken:
        lines = key_lines(text)
        raise ScenarioError([Problem(label, line_of(lines, path), dotted(path), message) for path, message in broken])
    return scenario


def migrate(data: dict) -> dict:
    """A schema 1 file read as schema 2: it meant "the first rule that holds wins", so it keeps that.

    Schema 1 has no facts, memory or scenario-wide rules, so nothing else changes; a trainer
    upgrades by writing `schema = 2` and checking that rule order still reads right.
    """
    if data.get("schema") != 1:
        return data
    return {**data, "schema": SCHEMA_VERSION, "choose_rule": data.get("choose_rule", "first_match")}


def _problem_from(error: dict, label: str, lines) -> Problem:
    path = tuple("schema" if part == "schema_" else part for part in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        message = "unknown key; check the spelling against docs/authoring.md"
    elif kind == "missing":
        message = "required key is missing"
        typo = misspelling(lines, path)
        if typo:
            message += f"; is `{typo[0]}` a misspelling of `{path[-1]}`?"
            return Problem(label, typo[1], dotted(path), message)
    else:
        message = error["msg"].removeprefix("Value error, ")
    return Problem(label, line_of(lines, path) or 1, dotted(path), message)


def _broken_references(scenario: Scenario):
    states, endings = scenario.states, scenario.endings

    def check(path, goto, ending):
        if goto is not None and goto not in states:
            yield (*path, "goto"), f"unknown state {goto!r}; known: {', '.join(sorted(states))}"
        if ending is not None and ending not in endings:
            yield (*path, "ending"), f"unknown ending {ending!r}; known: {', '.join(sorted(endings))}"

    if scenario.start not in states:
        yield ("start",), f"unknown state {scenario.start!r}; known: {', '.join(sorted(states))}"
    if scenario.on_max_turns is not None and scenario.on_max_turns not in endings:
        yield ("on_max_turns",), f"unknown ending {scenario.on_max_turns!r}; known: {', '.join(sorted(endings))}"
    for index, shared in enumerate(scenario.rules):
        yield from check(("rules", index), shared.goto, shared.ending)
    yield from memory_references(scenario)
    for name, state in states.items():
        for index, rule in enumerate(state.rules):
            yield from check(("states", name, "rules", index), rule.goto, rule.ending)
        yield from check(("states", name, "fallback"), state.fallback.goto, state.fallback.ending)
    seen: set[str] = set()
    for index, rule in enumerate(scenario.lexicon.rules):
        if rule.id in seen:
            yield ("lexicon", "rules", index, "id"), f"duplicate lexicon rule id {rule.id!r}"
        seen.add(rule.id)
    names = [test.name for test in scenario.tests]
    for index, name in enumerate(names):
        if name in names[:index]:
            yield ("tests", index, "name"), f"duplicate test name {name!r}"
