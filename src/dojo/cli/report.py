"""`dojo report`: a manager's summary across players and scenarios."""

from __future__ import annotations

from pathlib import Path

from dojo.cli.common import EXIT_FAILED, EXIT_OK, Commands, UsageError, fail, player_filter, warn, write_output
from dojo.cli.history import sync_history
from dojo.transcript.history import History, HistoryError
from dojo.transcript.report import REPORT_FORMATS, build_report, parse_since


def register(commands: Commands) -> None:
    report = commands.add_parser(
        "report", help="a manager's summary across players and scenarios",
        description="Attempts, first vs best score, improvement and the most frequent coaching per player.")
    report.add_argument("--player", dest="only_player", metavar="NAME", help="only this player")
    report.add_argument("--since", metavar="DATE", help="only sessions started on or after DATE (YYYY-MM-DD)")
    report.add_argument("--format", choices=tuple(REPORT_FORMATS), help="md (default) or html")
    report.add_argument("--lrs", action="store_true",
                        help="build it from the team's learning record store instead of this machine's sessions")
    report.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: stdout)")
    report.set_defaults(handler=run)


def run(args) -> int:
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as err:
        raise UsageError(f"--since: {err}") from None
    history = None
    try:
        if args.lrs:
            from dojo.cli.lrs import LrsUnavailable, report_from_lrs

            try:
                report = report_from_lrs(player_filter(args), since)
            except LrsUnavailable as err:
                return fail(str(err), EXIT_FAILED)
        else:
            history = History()
            sync_history(history, False)
            report = build_report(history, player_filter(args), since)
    except HistoryError as err:
        raise UsageError(str(err)) from None
    if history is not None and history.warning:  # a damaged index was set aside and rebuilt while reading
        warn(history.warning)
    fmt = args.format
    if fmt is None:
        fmt = "html" if args.output and Path(args.output).suffix.lower() in (".html", ".htm") else "md"
    write_output(REPORT_FORMATS[fmt](report), args.output)
    return EXIT_OK
