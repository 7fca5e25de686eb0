"""`dojo test`: run the tests pinned in scenario files, with pytest-like output and a trace on failure."""

from __future__ import annotations

import time
from pathlib import Path

from dojo.cli.batch import add_jobs_option
from dojo.cli.checking import FileReport, check_files, scenario_files
from dojo.cli.common import EXIT_FAILED, EXIT_OK
from dojo.scenario.library import library_dirs
from dojo.text import visible


def register(commands) -> None:
    parser = commands.add_parser(
        "test", help="run the tests pinned in scenario files",
        description="Run every [[tests]] entry in the given scenario files (default: your scenarios folder and "
                    "the shipped ones). A failing test prints the conversation turn by turn up to where it "
                    "went another way. Exit 0 when all pass, 1 otherwise, 2 for a usage error.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="scenario .toml files or folders of them")
    parser.add_argument("-k", dest="keyword", metavar="NAME", help="only tests whose name contains NAME (any case)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per test instead of dots")
    add_jobs_option(parser, "run the files' tests")
    parser.set_defaults(handler=run)


def default_paths() -> list[str]:
    return [str(folder) for folder in library_dirs() if folder.is_dir()]


def run(args) -> int:
    started = time.perf_counter()
    files = scenario_files(args.paths or default_paths())
    reports = check_files(files, keyword=args.keyword, with_lint=False, jobs=args.jobs)
    for report in reports:
        _progress(report, args.verbose)
    failures = [(report, result) for report in reports for result in report.failed_tests]
    broken = [report for report in reports if report.errors]
    for report in broken:
        print(f"\nERROR {report.path}")
        for diagnostic in report.errors:
            print(visible(diagnostic.render()))
    for report, result in failures:
        print(f"\nFAILED {report.path}::{visible(result.name)}")
        for failure in result.failures:
            print(f"  {visible(failure)}")
        if result.trace:
            print("  the conversation, up to where it went another way:")
            for line in result.trace:
                print(f"    {line}")
    passed = sum(result.passed for report in reports for result in report.results)
    ran = sum(len(report.results) for report in reports)
    parts = [f"{passed} passed"] + ([f"{len(failures)} failed"] if failures else [])
    parts += [f"{len(broken)} error{'s' if len(broken) != 1 else ''}"] if broken else []
    if args.keyword and not ran:
        parts.append(f"no test name contains {args.keyword!r}")
    print(f"\n{', '.join(parts)} in {time.perf_counter() - started:.2f}s")
    nothing_matched = bool(args.keyword) and not ran
    return EXIT_FAILED if failures or broken or nothing_matched else EXIT_OK


def _progress(report: FileReport, verbose: bool) -> None:
    path = _shown(report.path)
    if report.errors:
        print(f"{path} E")
        return
    if verbose:
        for result in report.results:
            print(f"{path}::{visible(result.name)} {'PASSED' if result.passed else 'FAILED'}")
        return
    print(f"{path} {''.join('.' if result.passed else 'F' for result in report.results)}".rstrip())


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
