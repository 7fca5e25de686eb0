"""A pytest plugin: the tests pinned in scenario files run as pytest items.

Installed with dojo (entry point `pytest11`), so a trainer's repository only
needs `pytest`: every `*.toml` file that looks like a scenario (it has
`[states.` tables) becomes a module, each `[[tests]]` entry an item. A file
that does not load is a collection error showing every diagnostic. Turn it
off with `-p no:dojo`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

_LOOKS_LIKE_SCENARIO = re.compile(r"^\s*\[\[?\s*states\s*\.", re.MULTILINE)


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix != ".toml" or file_path.name == "pyproject.toml":
        return None
    try:
        head = file_path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return None
    if not _LOOKS_LIKE_SCENARIO.search(head):
        return None
    return ScenarioFile.from_parent(parent, path=file_path)


class ScenarioLoadError(Exception):
    pass


class ScenarioFile(pytest.File):
    def collect(self):
        from dojo.scenario.load import check_file

        scenario, problems, _ = check_file(self.path)
        if scenario is None:
            raise ScenarioLoadError("\n".join(problem.render() for problem in problems))
        for test in scenario.tests:
            yield ScenarioItem.from_parent(self, name=test.name, scenario=scenario, test=test)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScenarioLoadError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)


class ScenarioTestFailed(Exception):
    def __init__(self, result):
        super().__init__(result.name)
        self.result = result


class ScenarioItem(pytest.Item):
    def __init__(self, *, scenario, test, **kwargs):
        super().__init__(**kwargs)
        self.scenario = scenario
        self.test = test

    def runtest(self) -> None:
        from dojo.engine.selftest import run_test

        result = run_test(self.scenario, self.test)
        if not result.passed:
            raise ScenarioTestFailed(result)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScenarioTestFailed):
            result = excinfo.value.result
            lines = [*result.failures]
            if result.trace:
                lines += ["", "the conversation, up to where it went another way:", *("  " + t for t in result.trace)]
            return "\n".join(lines)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"{self.path.name}::{self.name}"
