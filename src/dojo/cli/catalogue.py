"""`dojo list`, `dojo validate` and `dojo classify`: the library and the coach, headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from json.encoder import encode_basestring
from pathlib import Path

from dojo.cli.batch import add_jobs_option, settle
from dojo.cli.checking import check_files, scenario_files
from dojo.cli.common import EXIT_FAILED, EXIT_OK, UsageError, load_entry, print_json
from dojo.coach import classify, default_lexicon
from dojo.coach.quoting import meaningful
from dojo.coach.signals import Signals, classify_many, hear
from dojo.engine import ReplyError, lexicon_for
from dojo.engine.session import check_reply
from dojo.paths import data_dir
from dojo.scenario.editor import install_editor_support, schema_text
from dojo.scenario.library import load_library
from dojo.text import one_line, visible
from dojo.transcript.shapes import scenario_row
from dojo.vocab import detectable_labels


def register(commands) -> None:
    listing = commands.add_parser("list", help="list the scenarios in the library")
    listing.add_argument("--json", action="store_true", help="print JSON Lines, one scenario per line")
    listing.set_defaults(handler=run_list)

    validate = commands.add_parser(
        "validate", help="check scenario files: every error and warning, then their pinned tests",
        description="Report every problem in each file, with a code, the line and a hint; then run the pinned "
                    "tests. Exit 0 when every file is valid and its tests pass (warnings allowed), 1 otherwise, "
                    "2 for a usage error. Codes are listed in docs/authoring.md.")
    validate.add_argument("paths", nargs="+", metavar="PATH", help="scenario .toml files or folders of them")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    validate.add_argument("--format", choices=("text", "json"), default="text",
                          help="json prints one object for CI: files, diagnostics, tests")
    validate.add_argument("--no-tests", action="store_true", help="check the files without running their tests")
    add_jobs_option(validate, "check the files")
    validate.set_defaults(handler=run_validate)

    classify_cmd = commands.add_parser("classify", help="show the signals the coach hears in a reply")
    classify_cmd.add_argument("text", nargs="?", metavar="TEXT", help="the reply; `-` reads one reply per line from stdin")
    classify_cmd.add_argument("--json", action="store_true", help="print JSON (JSON Lines with `-`)")
    classify_cmd.add_argument("--scenario", metavar="SCENARIO", help="use this scenario's lexicon additions")
    classify_cmd.add_argument("--labels", action="store_true", help="list every label the lexicon can emit")
    opinion = classify_cmd.add_mutually_exclusive_group()
    opinion.add_argument("--no-second-opinion", dest="second_opinion", action="store_false",
                         help="hear with the rules alone, without the learned model (docs/coaching.md)")
    # On by default since the learned model joined the coach; still accepted so older scripts run.
    opinion.add_argument("--second-opinion", dest="second_opinion", action="store_true", help=argparse.SUPPRESS)
    classify_cmd.add_argument("--explain", action="store_true",
                              help="show, clause by clause, which rules fired or were cancelled, and why")
    classify_cmd.set_defaults(handler=run_classify, second_opinion=True)

    schema = commands.add_parser(
        "schema", help="print the scenario file JSON Schema (for editor autocompletion)",
        description="Print the JSON Schema of scenario files. With --install, write it and a .taplo.toml "
                    "into a scenarios folder so editors check every scenario saved there.")
    schema.add_argument("--install", nargs="?", const="", metavar="DIR",
                        help="write editor support into DIR (default: your scenarios folder)")
    schema.set_defaults(handler=run_schema)


def run_list(args) -> int:
    library = load_library()
    for problem in library.problems:
        print(f"dojo: warning: {one_line(str(problem))}", file=sys.stderr)
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


def run_validate(args) -> int:
    reports = check_files(scenario_files(args.paths), run=not args.no_tests, jobs=args.jobs)
    errors = sum(len(r.errors) for r in reports)
    warnings = sum(len(r.warnings) for r in reports)
    failed_tests = sum(len(r.failed_tests) for r in reports)
    failed = bool(errors or failed_tests or (warnings and args.strict))
    if args.format == "json":
        print_json({"ok": not failed, "errors": errors, "warnings": warnings, "failed_tests": failed_tests,
                    "files": [report.as_json() for report in reports]})
        return EXIT_FAILED if failed else EXIT_OK
    for report in reports:
        for diagnostic in report.diagnostics:
            print(visible(diagnostic.render()))
        for result in report.failed_tests:
            for failure in result.failures:
                print(one_line(f"{report.path}: test {result.name!r} failed: {failure}"))
        if report.failed_tests:
            print(f"  (`dojo test {report.path}` shows each failing conversation turn by turn)")
        if report.errors:
            print(f"FAIL {report.path}")
            continue
        assert report.scenario is not None
        passed = sum(result.passed for result in report.results)
        status = "FAIL" if report.failed_tests else "ok"
        tests = f", {passed}/{len(report.results)} tests passed" if not args.no_tests else ""
        print(f"{status} {report.path} ({report.scenario.id}, {len(report.scenario.states)} states{tests})")
    print(f"{len(reports)} file{'s' if len(reports) != 1 else ''}: {errors} error{'s' if errors != 1 else ''}, "
          f"{warnings} warning{'s' if warnings != 1 else ''}, {failed_tests} failed test{'s' if failed_tests != 1 else ''}"
          + (" (warnings count as errors: --strict)" if warnings and args.strict else ""))
    return EXIT_FAILED if failed else EXIT_OK


def run_classify(args) -> int:
    if args.labels:
        for label in sorted(detectable_labels()):
            print(label)
        return EXIT_OK
    if args.text is None:
        raise UsageError("classify needs TEXT, or `-` to read replies from stdin")
    lexicon = lexicon_for(load_entry(args.scenario).scenario) if args.scenario else default_lexicon()
    if not args.second_opinion:
        lexicon = replace(lexicon, second_opinion=False)
    if args.text == "-":
        settle()  # the lexicon lives to the end; each reply's objects go by reference counting
    if args.text == "-" and args.json:
        _classify_json_lines(lexicon)
        return EXIT_OK
    if args.text == "-":
        for number, line in _stdin_lines():
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            _classify_one(text, lexicon, args.json, f"<stdin>:{number}", args.explain, flush=False)
        return EXIT_OK
    _classify_one(args.text, lexicon, args.json, "TEXT", args.explain)
    return EXIT_OK


#: Replies classified together in `classify - --json` (see `classify_many`).
BATCH = 1024


def _classify_json_lines(lexicon) -> None:
    """`classify - --json`: one JSON line per reply. Replies are classified a batch at a time (as
    many as stdin has ready, up to BATCH) and their lines written together, so a file streams fast
    and a live pipe still gets each answer as soon as its line is in; before an error, every
    reply before it is answered."""
    texts: list[str] = []

    def answer(flush: bool = True) -> None:
        if texts:
            # A line said more than once in the batch is heard (`classify_many`) and written once.
            distinct = list(dict.fromkeys(texts))
            lines = dict(zip(distinct, map(signals_json_line, classify_many(distinct, lexicon)), strict=True))
            sys.stdout.write("".join(map(lines.__getitem__, texts)))
            texts.clear()
        if flush:
            sys.stdout.flush()

    try:
        for number, line in _stdin_lines(answer):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            try:
                check_reply(text)
            except ReplyError as err:
                raise UsageError(f"<stdin>:{number}: {err}") from None
            texts.append(text)
            if len(texts) == BATCH:
                answer(flush=False)
    finally:
        answer()


def _stdin_lines(before_wait: Callable[[], None] | None = None) -> Iterator[tuple[int, str]]:
    """Numbered lines from stdin, read in whatever blocks have arrived, calling `before_wait`
    (flushing our output) whenever we are about to wait: fast on a file, still one answer per
    line when piped live."""
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if stream is None or not hasattr(stream, "fileno"):
        yield from enumerate(iter(sys.stdin.readline, ""), start=1)
        return
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):
        yield from enumerate(iter(sys.stdin.readline, ""), start=1)
        return
    if before_wait is None:
        before_wait = sys.stdout.flush
    encoding = sys.stdin.encoding or "utf-8"
    pending = b""
    number = 0
    while True:
        before_wait()
        block = os.read(descriptor, 1 << 16)
        if not block:
            break
        pending += block
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            number += 1
            yield number, raw.decode(encoding, "replace")
    if pending:
        yield number + 1, pending.decode(encoding, "replace")
    before_wait()


def signals_json(signals: Signals) -> dict:
    """The `classify --json` object (docs/contracts.md), built without pydantic's serializer."""
    return {
        "text": signals.text, "gives": signals.gives, "gets": signals.gets, "stages": signals.stages,
        "chase": signals.chase, "question": signals.question, "close_ask": signals.close_ask,
        "permission": signals.permission, "walk_away": signals.walk_away,
        "matches": [{"label": m.label, "span": list(m.span), "rule": m.rule, "text": m.text}
                    for m in signals.matches],
    }


_string = encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str
_FLAG = {True: "true", False: "false"}


def _strings(items: list[str]) -> str:
    return "[" + ", ".join(map(_string, items)) + "]" if items else "[]"


def signals_json_line(signals: Signals) -> str:
    """`json.dumps(signals_json(signals), ensure_ascii=False)` and a newline, byte for byte,
    without building the dict first: the batch path writes one per reply."""
    matches = ", ".join(
        f'{{"label": {_string(m.label)}, "span": [{m.span[0]}, {m.span[1]}], "rule": {_string(m.rule)}, '
        f'"text": {_string(m.text)}}}' for m in signals.matches)
    return (f'{{"text": {_string(signals.text)}, "gives": {_strings(signals.gives)}, '
            f'"gets": {_strings(signals.gets)}, "stages": {_strings(signals.stages)}, '
            f'"chase": {_strings(signals.chase)}, "question": {_FLAG[signals.question]}, '
            f'"close_ask": {_FLAG[signals.close_ask]}, "permission": {_FLAG[signals.permission]}, '
            f'"walk_away": {_FLAG[signals.walk_away]}, "matches": [{matches}]}}\n')


def _classify_one(text: str, lexicon, as_json: bool, where: str, explain: bool = False,
                  flush: bool = True) -> None:
    try:
        check_reply(text)
    except ReplyError as err:
        raise UsageError(f"{where}: {err}") from None
    if explain and not as_json:
        _explain(text, lexicon)
        return
    signals = classify(text, lexicon)
    if as_json:
        if flush:
            print_json(signals_json(signals))
        else:
            sys.stdout.write(json.dumps(signals_json(signals), ensure_ascii=False) + "\n")
        return
    print(visible(text))
    for name in ("gives", "gets", "stages", "chase"):
        print(f"  {name:<7} {', '.join(getattr(signals, name)) or '—'}")
    print(f"  question {'yes' if signals.question else 'no'} · close-ask {'yes' if signals.close_ask else 'no'}"
          + (" · permission yes" if signals.permission else ""))
    for match in signals.matches:
        print(f"    {match.label:<22} {visible(match.text)!r:<40} {match.rule} {match.span[0]}–{match.span[1]}")


def _explain(text: str, lexicon) -> None:
    """Clause by clause: its form (question, speaker) and each rule that fired or was cancelled."""
    hearing = hear(text, lexicon, keep_cancelled=True)
    normalised, reading, signals = hearing.normalised, hearing.reading, hearing.signals

    def original(start: int, end: int) -> str:
        lo, hi = normalised.to_original(normalised.to_char(start), normalised.to_char(end))
        return visible(text[lo:hi])

    print(visible(text))
    if normalised.text != text:
        print(f"  read as: {visible(normalised.text)}")
    heard = {(m.rule, m.span) for m in signals.matches}
    overruled = {second.overrules for second in hearing.learned if second.overrules}
    for start, end in reading.clauses():
        clause = normalised.to_original(normalised.to_char(start), normalised.to_char(end))
        form = "question" if reading.question(start) else ("request" if reading.asks(start) else "statement")
        print(f"  clause {original(start, end).strip()!r}")
        print(f"    form {form} · speaker {reading.speaker(start, end)} · negated {'yes' if reading.negated(end, end) else 'no'}")
        for candidate in hearing.candidates:
            if not start <= candidate.start < end:
                continue
            rule = candidate.pattern.rule
            quoted = original(candidate.start, candidate.end)
            if rule.rules_out:  # never heard: it rules its move out of the clause, for the learned second opinion too
                verdict = "ruled out"
            elif candidate.cancelled:
                verdict = f"cancelled ({candidate.cancelled})"
            else:
                # A match heard is quoted by its meaningful words (quoting.py), as the panel quotes it.
                span = meaningful(text, normalised.to_original(normalised.to_char(candidate.start),
                                                              normalised.to_char(candidate.end)))
                verdict = "heard" if (rule.id, span) in heard else "overruled (learned second opinion)" \
                    if rule.label in overruled else f"cancelled ({_yielded_to(rule, signals.matches, clause)})"
                if verdict == "heard":
                    quoted = visible(text[span[0]:span[1]])
            why = f"rule {rule.id} rules out {rule.label.partition(':')[0]} here" if rule.rules_out else f"rule {rule.id}"
            print(f"    {verdict:<10} {rule.label:<20} {quoted!r}  {why}")
        for second in hearing.learned:
            if second.cancelled != "heard by a rule" and not second.overrules and start <= second.start < end:
                _explain_learned(second, text, normalised)
    clauses = list(reading.clauses())
    for second in hearing.learned:
        # A label the model weighed most for a closing "?" starts past every clause, and is shown after them.
        outside = not any(start <= second.start < end for start, end in clauses)
        if second.cancelled == "heard by a rule" or second.overrules or outside:
            _explain_learned(second, text, normalised)
    for name in ("gives", "gets", "stages", "chase"):
        print(f"  {name:<7} {', '.join(getattr(signals, name)) or '—'}")
    print(f"  question {'yes' if signals.question else 'no'} · close-ask {'yes' if signals.close_ask else 'no'}"
          f" · permission {'yes' if signals.permission else 'no'}")


def _yielded_to(rule, matches, clause: tuple[int, int]) -> str:
    """Why a rule's match that nothing cancelled was not heard: the move heard in the same clause that it yields to
    (`yields_to`), named with the rule or model that heard it. "How's the evaluation going so far?" is small talk
    (stage.rapport) before it is discovery; saying "yields to a get" there sent a reader looking for a get."""
    for match in matches:
        if clause[0] <= match.span[0] < clause[1] and any(match.label.startswith(prefix) for prefix in rule.yields_to):
            return f"yields to {match.label} heard in this clause by {match.rule}"
    return "yields to a move heard in this clause"


def _explain_learned(second, text: str, normalised) -> None:
    """A learned second opinion: its verdict, how sure the model is, and the words that weighed most."""
    opinion = second.opinion
    if second.overrules == opinion.label:
        print(f"    {'dropped':<10} {opinion.label:<20} learned second opinion, p {opinion.probability:.2f}: "
              "it all but rules this out")
        return
    if second.overrules:
        print(f"    {'heard':<10} {opinion.label:<20} learned second opinion, p {opinion.probability:.2f}: "
              f"this give's kind, not {second.overrules}")
        return
    verdict = ("agrees" if second.cancelled == "heard by a rule" else f"cancelled ({second.cancelled})") \
        if second.cancelled else "heard"
    words = ", ".join(f"{visible(text[slice(*normalised.to_original(start, end))])!r} +{weight:.1f}"
                      for start, end, weight in opinion.evidence)
    print(f"    {verdict:<10} {opinion.label:<20} learned second opinion, p {opinion.probability:.2f}: {words}")


def run_schema(args) -> int:
    if args.install is None:
        sys.stdout.write(schema_text())
        return EXIT_OK
    folder = Path(args.install) if args.install else data_dir() / "scenarios"
    try:
        written = install_editor_support(folder)
    except OSError as err:
        raise UsageError(f"{folder}: cannot write editor support ({err.strerror})") from None
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK
