"""`dojo history`: the saved sessions, newest first, from the history index."""

from __future__ import annotations

import sys

from dojo.cli.common import (
    EXIT_OK,
    Commands,
    UsageError,
    player_filter,
    print_json,
    warn,
)
from dojo.coach import grade
from dojo.text import visible
from dojo.transcript.export import when
from dojo.transcript.history import History, HistoryError
from dojo.transcript.shapes import attempt_rows
from dojo.transcript.store import list_transcripts


def register(commands: Commands) -> None:
    history = commands.add_parser("history", help="list saved sessions, newest first",
                                  description="The saved sessions in the data dir, from the history index.")
    history.add_argument("--player", dest="only_player", metavar="NAME", help="only this player's sessions")
    history.add_argument("--scenario", metavar="ID", help="only this scenario's sessions")
    history.add_argument("--all", dest="every_session", action="store_true",
                         help="also list sessions that are not attempts (left before the first reply, "
                              "still in progress or cut off)")
    history.add_argument("--rebuild", action="store_true", help="rebuild the index from the transcript files")
    history.add_argument("--json", action="store_true", help="print JSON Lines, one session per line")
    history.set_defaults(handler=run)


def sync_history(history: History, rebuild: bool) -> None:
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
                     a.result + ("" if a.counted else "*"), overall,
                     *(str(getattr(s, n)) if s else "—" for n in ("reciprocity", "pathway", "chasing")),
                     str(a.turns), a.path.name))
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    numeric = {4, 5, 6, 7, 8}

    def fmt(row) -> str:
        cells = [f"{cell:>{widths[i]}}" if i in numeric else f"{cell:<{widths[i]}}" for i, cell in enumerate(row)]
        return "  ".join(cells).rstrip()

    return "\n".join([fmt(header), *(fmt(row) for row in rows)])


def run(args) -> int:
    history = History()
    player = player_filter(args)
    sync_history(history, args.rebuild)
    try:
        attempts = history.attempts(player, args.scenario, every_session=args.every_session)
        summaries = history.summary(player) if not args.json else []
    except HistoryError as err:
        raise UsageError(str(err)) from None
    if history.warning:  # a damaged index was set aside and rebuilt while reading
        warn(history.warning)
    if args.json:
        for row in attempt_rows(attempts):
            print_json(row)
        return EXIT_OK
    if args.rebuild:
        print(f"Rebuilt the history index from {len(list_transcripts())} transcript file(s).", file=sys.stderr)
    if not attempts:
        print("No saved sessions match." if (player or args.scenario) else
              "No saved sessions yet. Play one with `dojo` or `dojo play SCENARIO --script FILE`.")
        return EXIT_OK
    print(history_table(attempts))
    if any(not a.counted for a in attempts):
        print("* not an attempt: left before the first reply, still in progress, or cut off "
              "(its transcript holds every completed turn)")
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
