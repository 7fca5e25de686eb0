"""`dojo list`, `dojo validate` and `dojo classify`: the library and the coach, headless."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dojo.cli.common import EXIT_FAILED, EXIT_OK, UsageError, load_entry, print_json
from dojo.coach import classify, default_lexicon
from dojo.engine import ReplyError, lexicon_for
from dojo.engine.selftest import run_tests
from dojo.engine.session import check_reply
from dojo.scenario.library import load_library
from dojo.scenario.lint import lint
from dojo.scenario.load import ScenarioError, load_scenario
from dojo.scenario.model import Scenario
from dojo.text import visible
from dojo.transcript.shapes import scenario_row
from dojo.vocab import detectable_labels


def register(commands) -> None:
    listing = commands.add_parser("list", help="list the scenarios in the library")
    listing.add_argument("--json", action="store_true", help="print JSON Lines, one scenario per line")
    listing.set_defaults(handler=run_list)

    validate = commands.add_parser("validate", help="check scenario files and run their pinned tests",
                                   description="Exit 0 when every file is valid and its tests pass, 1 otherwise.")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="scenario .toml files or folders of them")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(handler=run_validate)

    classify_cmd = commands.add_parser("classify", help="show the signals the coach hears in a reply")
    classify_cmd.add_argument("text", nargs="?", metavar="TEXT", help="the reply; `-` reads one reply per line from stdin")
    classify_cmd.add_argument("--json", action="store_true", help="print JSON (JSON Lines with `-`)")
    classify_cmd.add_argument("--scenario", metavar="SCENARIO", help="use this scenario's lexicon additions")
    classify_cmd.add_argument("--labels", action="store_true", help="list every label the lexicon can emit")
    classify_cmd.set_defaults(handler=run_classify)

    schema = commands.add_parser("schema", help="print the scenario file JSON Schema (for editor autocompletion)")
    schema.set_defaults(handler=run_schema)


def run_list(args) -> int:
    library = load_library()
    for problem in library.problems:
        print(f"dojo: warning: {problem}", file=sys.stderr)
    rows = [library.entries[key] for key in library.ids()]
    if args.json:
        for entry in rows:
            print_json(scenario_row(entry))
        return EXIT_OK
    if not rows:
        print("No scenarios found.")
        return EXIT_OK
    width = max(len(entry.scenario.id) for entry in rows)
    for entry in rows:
        s = entry.scenario
        stars = "★" * s.difficulty + "☆" * (5 - s.difficulty)
        print(f"{s.id:<{width}}  {stars}  {visible(s.persona.name)} ({visible(s.persona.role)}) — {visible(s.summary)}")
    return EXIT_OK


def _scenario_files(paths: list[str]) -> list[Path]:
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.toml")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return files


def run_validate(args) -> int:
    failed = False
    seen: dict[str, Path] = {}
    for path in _scenario_files(args.paths):
        try:
            scenario = load_scenario(path)
        except ScenarioError as err:
            failed = True
            for problem in err.problems:
                print(f"{problem}")
            continue
        if scenario.id in seen:
            failed = True
            print(f"{path}: id: duplicate scenario id {scenario.id!r}, also used by {seen[scenario.id]}")
            continue
        seen[scenario.id] = path
        warnings = lint(scenario)
        for warning in warnings:
            print(f"{path}: warning: {warning}")
        failed |= bool(warnings) and args.strict
        results = run_tests(scenario)
        for result in results:
            if not result.passed:
                failed = True
                for failure in result.failures:
                    print(f"{path}: test {result.name!r} failed: {failure}")
        passed = sum(result.passed for result in results)
        print(f"ok {path} ({scenario.id}, {len(scenario.states)} states, {passed}/{len(results)} tests passed)"
              if all(r.passed for r in results) else f"FAIL {path} ({scenario.id})")
    return EXIT_FAILED if failed else EXIT_OK


def run_classify(args) -> int:
    if args.labels:
        for label in sorted(detectable_labels()):
            print(label)
        return EXIT_OK
    if args.text is None:
        raise UsageError("classify needs TEXT, or `-` to read replies from stdin")
    lexicon = lexicon_for(load_entry(args.scenario).scenario) if args.scenario else default_lexicon()
    if args.text == "-":
        for number, line in enumerate(iter(sys.stdin.readline, ""), start=1):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            _classify_one(text, lexicon, args.json, f"<stdin>:{number}")
        return EXIT_OK
    _classify_one(args.text, lexicon, args.json, "TEXT")
    return EXIT_OK


def _classify_one(text: str, lexicon, as_json: bool, where: str) -> None:
    try:
        check_reply(text)
    except ReplyError as err:
        raise UsageError(f"{where}: {err}") from None
    signals = classify(text, lexicon)
    if as_json:
        print_json(signals.model_dump(mode="json"))
        return
    print(visible(text))
    for name in ("gives", "gets", "stages", "chase"):
        print(f"  {name:<7} {', '.join(getattr(signals, name)) or '—'}")
    print(f"  question {'yes' if signals.question else 'no'} · close-ask {'yes' if signals.close_ask else 'no'}")
    for match in signals.matches:
        print(f"    {match.label:<22} {visible(match.text)!r:<40} {match.rule} {match.span[0]}–{match.span[1]}")


def scenario_json_schema() -> dict:
    schema = Scenario.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dojo scenario"
    return schema


def run_schema(args) -> int:
    print(json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK
