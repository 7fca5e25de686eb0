"""Checking scenario files for `dojo validate` and `dojo test`: errors, lint warnings, pinned tests."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dojo.cli.batch import ordered_map, settle, workers_for
from dojo.cli.common import UsageError
from dojo.coach import default_lexicon
from dojo.engine.examples import example_findings
from dojo.engine.selftest import TestResult, run_test
from dojo.scenario.diagnostics import Diagnostic, Locator
from dojo.scenario.lint import lint
from dojo.scenario.load import check_file
from dojo.scenario.model import Scenario
from dojo.scenario.source import SourceError, read_scenario_bytes


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
                with_lint: bool = True, jobs: int | None = 1) -> list[FileReport]:
    """A report for each file, in order; `jobs` worker processes (None: one per core) share the work."""
    global _checker
    _checker = _Checker(run, keyword, with_lint)
    reports: list[FileReport] = []
    seen: dict[str, Path] = {}
    workers = workers_for(len(files), jobs, CHUNK)
    if workers and run and _may_hear(files):
        # Pinned tests hear replies with the default lexicon: compiled here once, before the workers
        # fork, each starts with it instead of compiling its own (where processes fork). A library
        # without tests or examples never needs it: compiling it would be most of the run.
        default_lexicon()
        settle()
    checked = ordered_map(_check_chunk, files, workers, CHUNK)
    for report, warnings, results in checked:
        reports.append(report)
        scenario = report.scenario
        if scenario is None:
            continue
        if scenario.id in seen:  # only now is it known which file came first
            _, _, text = check_file(report.path)
            report.diagnostics.append(Locator(text, str(report.path)).diagnostic(
                ("id",), f"duplicate scenario id {scenario.id!r}, also used by {seen[scenario.id]}", "D310",
                at_value=True, hint="every scenario in a library needs its own id; the later file would hide the earlier"))
            continue
        seen[scenario.id] = report.path
        report.diagnostics += warnings
        report.results = results
    return reports


def _may_hear(files: list[Path]) -> bool:
    """Whether any file may need the coach to hear a reply: one that names pinned tests or lexicon
    examples outside a comment line (in a string too: a false alarm costs the compile, a miss each
    worker its own). Files that are not regular (a pipe, /dev/stdin) are not read twice: they count
    as needing it."""
    for path in files:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return True
            raw = read_scenario_bytes(path)
        except (OSError, ValueError, SourceError):
            continue  # the check proper reports it
        if _NAMES_HEARING.search(raw):
            return True
    return False


#: `tests` or `examples` on a line that is not a comment (a line is read once: linear time).
_NAMES_HEARING = re.compile(rb"^[ \t]*+[^#\n]*?\b(?:tests|examples)\b", re.MULTILINE)

#: Files handed to a worker at a time.
CHUNK = 20


class _Checker:
    """Checks one file at a time for a run; remembers pinned-test results by what the scenario plays."""

    def __init__(self, run: bool, keyword: str | None, with_lint: bool):
        self.run, self.keyword, self.with_lint = run, keyword, with_lint
        # Files copied from one template differ only in their id, which no conversation depends on:
        # their pinned tests are played once and the results shared.
        self.played: dict[str, list[TestResult]] = {}
        #: Whether the first pinned test has run: the lexicon it compiled stays to the end of the run.
        self.settled = False

    def check(self, path: Path) -> tuple[FileReport, list[Diagnostic], list[TestResult]]:
        """The file's errors (in the report), its lint warnings, its test results."""
        scenario, problems, text = check_file(path)
        report = FileReport(path, scenario, list(problems))
        if scenario is None:
            return report, [], []
        warnings = lint(scenario, Locator(text, str(path)), example_findings(scenario)) if self.with_lint else []
        if not self.run or not scenario.tests:
            return report, warnings, []
        same = _played_alike(text)
        if same not in self.played:
            keyword = self.keyword
            tests = [test for test in scenario.tests if not keyword or keyword.casefold() in test.name.casefold()]
            self.played[same] = [run_test(scenario, test) for test in tests]
            if not self.settled:
                settle()
                self.settled = True
        return report, warnings, self.played[same]


#: This run's checker; worker processes start with a copy of it (or make their own where they cannot fork).
_checker = _Checker(True, None, True)


def _check_chunk(paths: Sequence[Path]) -> list[tuple[FileReport, list[Diagnostic], list[TestResult]]]:
    return [_checker.check(path) for path in paths]


def _played_alike(text: str) -> str:
    """Equal for files that play every conversation the same way: the same text but for the id line.

    Hashing the text costs microseconds; dumping the models to compare them cost a third of
    validating them. Files that differ in comments or layout are played apart."""
    table = _FIRST_TABLE.search(text)
    found = _TOP_LEVEL_ID.search(text, 0, table.start() if table else len(text))
    if found:
        text = text[:found.start()] + text[found.end():]
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: `id = "…"` on a line of its own, and the first table header: the id line is looked for above it.
_TOP_LEVEL_ID = re.compile(r'^id[ \t]*=[ \t]*"[^"\\\n]*"[ \t\r]*$', re.MULTILINE)
_FIRST_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
