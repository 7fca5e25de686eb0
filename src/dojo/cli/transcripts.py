"""`dojo review`, `dojo score`, `dojo export`, `dojo history` and `dojo report`: watching the film."""

from __future__ import annotations

import sys
from pathlib import Path

from dojo.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, fail, load_entry, print_json
from dojo.cli.render import debrief, score_line, scores_line
from dojo.coach import grade
from dojo.coach import Scores, default_lexicon
from dojo.engine import lexicon_for
from dojo.fsutil import atomic_write
from dojo.scenario.load import ScenarioError
from dojo.text import visible
from dojo.transcript.calls import CallError, ScoredCall, score_call
from dojo.transcript.export import FORMATS, outcome_line, signals_text, speaker, to_json, when
from dojo.transcript.history import History, HistoryError, iter_attempt_rows
from dojo.transcript.report import REPORT_FORMATS, build_report, parse_since
from dojo.transcript.rescore import Rescore, find_scenario, rescore
from dojo.transcript.store import Transcript, TranscriptError, list_transcripts, load_transcript

LAST = "last"


def register(commands) -> None:
    review = commands.add_parser(
        "review", help="step through a saved session turn by turn",
        description="Review a transcript turn by turn: each reply, what the coach heard, the score events "
                    "and the running scores. Opens the app in a terminal; prints text otherwise.")
    review.add_argument("file", metavar="FILE", help=f"a transcript (.jsonl), or `{LAST}` for the newest one")
    review.add_argument("--text", action="store_true", help="print the review as text even in a terminal")
    review.set_defaults(handler=run_review)

    score = commands.add_parser(
        "score", help="re-score transcripts with today's rules, or score a real call",
        description="Re-score saved transcripts by replaying their replies (same seed) through today's "
                    "scenario and coach, and show old vs new scores. With --call, score the rep's turns "
                    "of a real conversation (`Speaker: text` lines or WebVTT).")
    score.add_argument("files", nargs="*", metavar="FILE", help=f"transcripts to re-score (`{LAST}` = newest)")
    score.add_argument("--call", metavar="FILE", help="a real call transcript: `Speaker: text` lines or WebVTT")
    score.add_argument("--rep", metavar="NAME", help="with --call: the speaker whose turns are scored")
    score.add_argument("--scenario", metavar="SCENARIO",
                       help="re-score against this scenario (id or .toml) instead of the recorded one; "
                            "with --call, use its lexicon additions")
    score.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    score.set_defaults(handler=run_score)

    export = commands.add_parser(
        "export", help="export a transcript as Markdown, a self-contained HTML page, or JSON",
        description="Markdown for a review doc; one HTML page with inline CSS and a score chart to email; "
                    "JSON in the `dojo play --json` shape plus the transcript header.")
    export.add_argument("file", metavar="FILE", help=f"a transcript (.jsonl), or `{LAST}`")
    export.add_argument("--format", choices=("md", "html", "json", "xapi"),
                        help="output format (default: from OUT's suffix, else md); xapi: the attempt's "
                             "xAPI statements as JSON, for LRSs that import files")
    export.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: stdout)")
    export.set_defaults(handler=run_export)

    history = commands.add_parser("history", help="list saved sessions, newest first",
                                  description="The saved sessions in the data dir, from the history index.")
    history.add_argument("--player", dest="only_player", metavar="NAME", help="only this player's sessions")
    history.add_argument("--scenario", metavar="ID", help="only this scenario's sessions")
    history.add_argument("--rebuild", action="store_true", help="rebuild the index from the transcript files")
    history.add_argument("--json", action="store_true", help="print JSON Lines, one session per line")
    history.set_defaults(handler=run_history)

    report = commands.add_parser(
        "report", help="a manager's summary across players and scenarios",
        description="Attempts, first vs best score, improvement and the most frequent coaching per player.")
    report.add_argument("--player", dest="only_player", metavar="NAME", help="only this player")
    report.add_argument("--since", metavar="DATE", help="only sessions started on or after DATE (YYYY-MM-DD)")
    report.add_argument("--format", choices=tuple(REPORT_FORMATS), help="md (default) or html")
    report.add_argument("--lrs", action="store_true",
                        help="build it from the team's learning record store instead of this machine's sessions")
    report.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: stdout)")
    report.set_defaults(handler=run_report)


# ---------------------------------------------------------------- shared

def resolve_file(ref: str) -> Path:
    path = Path(ref)
    if ref == LAST and not path.exists():
        saved = list_transcripts()
        if not saved:
            raise UsageError("no saved transcripts yet; play a session first")
        return saved[-1]
    return path


def open_transcript(ref: str) -> Transcript:
    try:
        return load_transcript(resolve_file(ref))
    except TranscriptError as err:
        raise UsageError(str(err)) from None


def warn(message: str) -> None:
    print(f"dojo: warning: {visible(message)}", file=sys.stderr, flush=True)


def write_output(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        atomic_write(output, text)
    except OSError as err:
        raise UsageError(f"{output}: cannot write ({err.strerror or err})") from None
    print(f"dojo: wrote {visible(output)}", file=sys.stderr)


def player_filter(args) -> str | None:
    """`dojo history --player NAME`, or the global `dojo --player NAME history`."""
    return args.only_player if args.only_player is not None else args.player


# ---------------------------------------------------------------- review

def review_text(transcript: Transcript) -> str:
    played = transcript.film()
    persona = visible(transcript.persona)
    players = ", ".join(transcript.players)
    head = (f"Review: {visible(transcript.title)} — {persona} (seed {transcript.seed})"
            f"{' · ' + visible(players) if players else ''} · {when(transcript.started)}")
    lines = [head, visible(str(transcript.path)), ""]
    if transcript.notice:
        lines += [f"Note: {visible(transcript.notice)}", ""]
    lines += [f"  {persona}: {visible(text)}" for text in played.opening]
    for turn in played.turns:
        lines += ["", f"Turn {turn.number}", f"  {visible(speaker(turn) if turn.player else 'You')}: "
                                              f"{visible(turn.reply)}"]
        if turn.signals is not None:
            lines.append(f"    heard: {visible(signals_text(turn))}")
        lines += [score_line(event) for event in turn.events]
        lines += [f"  {persona}: {visible(text)}" for text in turn.prospect]
        if turn.scores is not None:
            lines.append(f"    scores: {scores_line(turn.scores)}")
        else:
            lines.append("    (this turn was cut off before it was scored)")
    if played.ended is not None:
        lines.append(debrief(played.ended))
    else:
        scores = played.scores
        lines += ["", "Outcome: UNFINISHED — the session was interrupted before it ended",
                  f"Scores: {scores_line(scores)}" if scores else "Scores: no scored turns"]
    return "\n".join(lines) + "\n"


def _open_review_app(path: Path, player: str | None) -> int | None:
    """Run the app's review screen; None when the app is not available, so text is printed."""
    try:
        from dojo.tui.app import run_review
    except ImportError:
        return None
    return run_review(path, player=player)


def run_review(args) -> int:
    transcript = open_transcript(args.file)
    if not args.text and sys.stdout.isatty() and sys.stdin.isatty():
        code = _open_review_app(transcript.path, args.player)
        if code is not None:
            return code
    sys.stdout.write(review_text(transcript))
    return EXIT_OK


# ---------------------------------------------------------------- score

def _scores_json(scores: Scores | None) -> dict | None:
    return scores.model_dump() if scores else None


def rescore_json(result: Rescore) -> dict:
    then, now = result.old, result.new
    return {
        "file": str(result.transcript.path),
        "scenario": result.transcript.scenario,
        "scenario_path": str(result.entry.path),
        "scenario_hash_then": result.transcript.header["scenario_hash"],
        "scenario_hash_now": result.scenario_hash,
        "scenario_changed": result.scenario_changed,
        "truncated": result.transcript.truncated,
        "then": {"outcome": then.outcome_json(), "scores": _scores_json(then.scores), "turns": len(then.turns)},
        "now": {"outcome": now.outcome_json(), "scores": _scores_json(now.scores), "turns": len(now.turns)},
        "changed_turns": result.changed_turns(),
        "notes": result.notes,
    }


def _delta(old: int | None, new: int | None) -> str:
    if old is None or new is None or old == new:
        return ""
    return f"  ({'+' if new > old else '−'}{abs(new - old)})"


def rescore_text(result: Rescore) -> str:
    transcript = result.transcript
    then, now = result.old, result.new
    lines = [visible(str(transcript.path))]
    hash_then = transcript.header["scenario_hash"]
    if result.scenario_changed:
        lines.append(f"  scenario {visible(transcript.scenario)} has changed since it was played "
                     f"({hash_then} → {result.scenario_hash})")
    else:
        lines.append(f"  scenario {visible(transcript.scenario)} is unchanged since it was played ({hash_then})")
    if transcript.truncated:
        lines.append("  note: the transcript's last line was cut off; its complete turns were re-scored")

    def outcome(played) -> str:
        ended = played.ended
        return f"{ended.result.upper()} — {visible(ended.title)}" if ended else "UNFINISHED"

    lines.append(f"  outcome      then {outcome(then)}")
    lines.append(f"               now  {outcome(now)}")
    lines.append(f"  {'':<12} {'then':>5} {'now':>5}")
    for name in ("reciprocity", "pathway", "chasing", "overall"):
        old = getattr(then.scores, name) if then.scores else None
        new = getattr(now.scores, name) if now.scores else None
        shown_old = "—" if old is None else str(old)
        shown_new = "—" if new is None else str(new)
        lines.append(f"  {name:<12} {shown_old:>5} {shown_new:>5}{_delta(old, new)}")
    changed = result.changed_turns()
    if changed:
        lines.append(f"  scored differently today: turn{'s' if len(changed) > 1 else ''} "
                     f"{', '.join(map(str, changed))}")
    else:
        lines.append("  every turn scores the same today")
    lines += [f"  note: {visible(note)}" for note in result.notes]
    return "\n".join(lines)


def call_json(call: ScoredCall) -> dict:
    return {
        "file": str(call.path), "rep": call.rep, "speakers": call.speakers,
        "turns": [{"turn": t.number, "line": t.line, "text": t.text,
                   "signals": t.signals.model_dump(mode="json"),
                   "events": [e.model_dump(mode="json") for e in t.events],
                   "scores": t.scores.model_dump()} for t in call.turns],
        "scores": call.scores.model_dump(),
    }


def call_text(call: ScoredCall) -> str:
    lines = [f"Call: {visible(str(call.path))} — scoring {visible(call.rep)} "
             f"(speakers: {visible(', '.join(call.speakers))})"]
    if not call.turns:
        lines.append("  (the rep never spoke)")
    for turn in call.turns:
        lines.append("")
        lines += [f"  {visible(line.speaker)}: {visible(line.text)}" for line in turn.context[-2:]]
        lines.append(f"Turn {turn.number} (line {turn.line})")
        lines.append(f"  {visible(call.rep)}: {visible(turn.text)}")
        lines += [score_line(event) for event in turn.events]
        lines.append(f"    scores: {scores_line(turn.scores)}")
    lines += ["", f"Scores: {scores_line(call.scores)}"]
    return "\n".join(lines) + "\n"


def run_score(args) -> int:
    if args.call:
        if args.files:
            raise UsageError("give either transcripts to re-score or --call FILE, not both")
        if not args.rep:
            raise UsageError("--call needs --rep NAME: the speaker whose turns are scored")
        lexicon = lexicon_for(load_entry(args.scenario).scenario) if args.scenario else default_lexicon()
        try:
            call = score_call(args.call, args.rep, lexicon)
        except CallError as err:
            raise UsageError(str(err)) from None
        if args.json:
            print_json(call_json(call))
        else:
            sys.stdout.write(call_text(call))
        return EXIT_OK
    if args.rep:
        raise UsageError("--rep only goes with --call FILE")
    if not args.files:
        raise UsageError("score needs transcript FILEs, or --call FILE --rep NAME")
    failed = False
    for index, ref in enumerate(args.files):
        try:
            transcript = load_transcript(resolve_file(ref))
            entry = find_scenario(transcript, args.scenario)
        except (TranscriptError, UsageError) as err:
            failed = True
            fail(str(err))
            continue
        except ScenarioError as err:
            failed = True
            fail(f"{ref}: cannot re-score, scenario {transcript.scenario!r} not found ({err})")
            continue
        result = rescore(transcript, entry)
        if args.json:
            print_json(rescore_json(result))
        else:
            if index:
                print()
            print(rescore_text(result), flush=True)
    return EXIT_USAGE if failed else EXIT_OK


# ---------------------------------------------------------------- export

def run_export(args) -> int:
    transcript = open_transcript(args.file)
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}.get(suffix, "md")
    if fmt == "json":
        import json

        text = json.dumps(to_json(transcript), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "xapi":
        from dojo.cli.lrs import xapi_json

        text = xapi_json(transcript)
    else:
        text = FORMATS[fmt](transcript)
    if transcript.truncated:
        warn(transcript.notice or "")
    write_output(text, args.output)
    return EXIT_OK


# ---------------------------------------------------------------- history and report

def _sync(history: History, rebuild: bool) -> None:
    try:
        problems = history.rebuild() if rebuild else history.sync()
    except HistoryError as err:
        raise UsageError(str(err)) from None
    for problem in problems:
        warn(f"{problem} (skipped)")


def history_table(attempts) -> str:
    header = ("Started (UTC)", "Player", "Scenario", "Result", "Overall", "Recip", "Path", "Chase", "Turns", "File")
    rows = []
    for a in attempts:
        s = a.scores
        overall = f"{s.overall} {grade(s.overall)}" if s else "—"
        rows.append((when(a.started).removesuffix(" UTC"), visible(a.player or "—"), visible(a.scenario),
                     a.result + ("*" if a.truncated else ""), overall,
                     *(str(getattr(s, n)) if s else "—" for n in ("reciprocity", "pathway", "chasing")),
                     str(a.turns), a.path.name))
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    numeric = {4, 5, 6, 7, 8}

    def fmt(row) -> str:
        cells = [f"{cell:>{widths[i]}}" if i in numeric else f"{cell:<{widths[i]}}" for i, cell in enumerate(row)]
        return "  ".join(cells).rstrip()

    return "\n".join([fmt(header), *(fmt(row) for row in rows)])


def run_history(args) -> int:
    history = History()
    player = player_filter(args)
    _sync(history, args.rebuild)
    try:
        attempts = history.attempts(player, args.scenario)
        summaries = history.summary(player) if not args.json else []
    except HistoryError as err:
        raise UsageError(str(err)) from None
    if args.json:
        for row in iter_attempt_rows(attempts):
            print_json(row)
        return EXIT_OK
    if args.rebuild:
        print(f"Rebuilt the history index from {len(list_transcripts())} transcript file(s).", file=sys.stderr)
    if not attempts:
        print("No saved sessions match." if (player or args.scenario) else
              "No saved sessions yet. Play one with `dojo` or `dojo play SCENARIO --script FILE`.")
        return EXIT_OK
    print(history_table(attempts))
    if any(a.truncated for a in attempts):
        print("* the session was interrupted; its transcript holds every completed turn")
    shown = [s for s in summaries if args.scenario is None or s.scenario == args.scenario]
    if shown:
        print()
        print("Per scenario:")
        width = max(len(s.scenario) for s in shown)
        for s in shown:
            best = s.best.overall if s.best else "—"
            last = s.last.overall if s.last else "—"
            print(f"  {visible(s.scenario):<{width}}  attempts {s.attempts:>3}  best {best:>3}  last {last:>3}")
    return EXIT_OK


def run_report(args) -> int:
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as err:
        raise UsageError(f"--since: {err}") from None
    if args.lrs:
        from dojo.cli.lrs import LrsUnavailable, report_from_lrs

        try:
            report = report_from_lrs(player_filter(args), since)
        except LrsUnavailable as err:
            return fail(str(err), EXIT_FAILED)
        except HistoryError as err:
            raise UsageError(str(err)) from None
    else:
        history = History()
        _sync(history, False)
        try:
            report = build_report(history, player_filter(args), since)
        except HistoryError as err:
            raise UsageError(str(err)) from None
    fmt = args.format
    if fmt is None:
        fmt = "html" if args.output and Path(args.output).suffix.lower() in (".html", ".htm") else "md"
    write_output(REPORT_FORMATS[fmt](report), args.output)
    return EXIT_OK
