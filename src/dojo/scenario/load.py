"""Load scenario files into models, with one-line `file:line: key: problem` errors."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from pydantic import ValidationError

from dojo.fsutil import UnreadableFile, read_input
from dojo.scenario.diagnostics import (
    Diagnostic, Locator, lost_backslashes, reference_checks, toml_error, validation_errors,
)
from dojo.scenario.model import Scenario

MAX_FILE_BYTES = 1_000_000


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
        raw = read_input(path, MAX_FILE_BYTES, "scenario")
    except UnreadableFile as err:
        hint = "; check the path or run `dojo list`" if str(err).endswith("no such file") else ""
        raise ScenarioError([Problem(label, None, "", str(err).removeprefix(f"{label}: ") + hint, "D001")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ScenarioError([Problem(label, None, "", f"not UTF-8 text (byte {err.start}); save the file as UTF-8", "D001")]) from None
    return text


def parse_scenario(text: str, label: str = "<scenario>") -> Scenario:
    scenario, problems = check_text(text, label)
    if scenario is None:
        raise ScenarioError(problems)
    return scenario


def check_text(text: str, label: str = "<scenario>") -> tuple[Scenario | None, list[Problem]]:
    """The scenario, or None and every error in the file (not just the first)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return None, [toml_error(str(err), text, label)]
    where = Locator(text, label)
    # Line numbers are only worked out when there is something to report.
    problems, explained = reference_checks(data, where)
    problems += lost_backslashes(data, where)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as err:
        problems += validation_errors(err.errors(), where, Scenario, explained)
        return None, _in_file_order(problems)
    problems += [where.diagnostic(path, message, code) for path, message, code in _model_checks(scenario)]
    if problems:
        return None, _in_file_order(problems)
    return scenario, []


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.col or 0))


def _model_checks(scenario: Scenario):
    for name, state in scenario.states.items():
        for index, rule in enumerate(state.rules):
            if rule.goto is None and rule.ending is None:
                yield ("states", name, "rules", index), "a rule needs `goto` (a state) or `ending`", "D115"
    seen: set[str] = set()
    for index, detector in enumerate(scenario.lexicon.rules):
        if detector.id in seen:
            yield ("lexicon", "rules", index, "id"), f"duplicate lexicon rule id {detector.id!r}", "D111"
        seen.add(detector.id)
    names = [test.name for test in scenario.tests]
    for index, name in enumerate(names):
        if name in names[:index]:
            yield ("tests", index, "name"), f"duplicate test name {name!r}", "D111"
