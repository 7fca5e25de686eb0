"""Checking scenario files for `dojo validate` and `dojo test`: errors, lint warnings, pinned tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dojo.cli.common import UsageError
from dojo.engine.examples import example_findings
from dojo.engine.selftest import TestResult, run_test
from dojo.scenario.diagnostics import Diagnostic, Locator
from dojo.scenario.lint import lint
from dojo.scenario.load import check_file
from dojo.scenario.model import Scenario


@dataclass
class FileReport:
    path: Path
    scenario: Scenario | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    results: list[TestResult] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def failed_tests(self) -> list[TestResult]:
        return [result for result in self.results if not result.passed]

    def as_json(self) -> dict:
        return {
            "path": str(self.path),
            "id": self.scenario.id if self.scenario else None,
            "ok": not self.errors and not self.failed_tests,
            "diagnostics": [d.as_json() for d in self.diagnostics],
            "tests": [{"name": r.name, "passed": r.passed, "failures": r.failures} for r in self.results],
        }


def scenario_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.toml") if not p.name.startswith(".")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return files


def check_files(files: list[Path], *, run: bool = True, keyword: str | None = None,
                with_lint: bool = True) -> list[FileReport]:
    reports: list[FileReport] = []
    seen: dict[str, Path] = {}
    for path in files:
        scenario, problems, text = check_file(path)
        report = FileReport(path, scenario, list(problems))
        reports.append(report)
        if scenario is None:
            continue
        where = Locator(text, str(path))
        if scenario.id in seen:
            report.diagnostics.append(where.diagnostic(
                ("id",), f"duplicate scenario id {scenario.id!r}, also used by {seen[scenario.id]}", "D310",
                at_value=True, hint="every scenario in a library needs its own id; the later file would hide the earlier"))
            continue
        seen[scenario.id] = path
        if with_lint:
            report.diagnostics += lint(scenario, where, example_findings(scenario))
        if run:
            tests = [test for test in scenario.tests if not keyword or keyword.casefold() in test.name.casefold()]
            report.results = [run_test(scenario, test) for test in tests]
    return reports
