"""Group role-play from the command line: `dojo play --players` (headless) and `dojo group` (the app).

A group script has one instruction per line:
  `Name: reply`   the named player answers (relay, hot seat) or drafts (round)
  `pick: Name`    round mode: the prospect hears Name's draft (`pick:` alone: the best scored)
  `skip: Name`    the player passes this turn
  `note: text`    the facilitator pins a note to the last turn played
A round closes at a `pick:` line, or when a player who already drafted writes again
(the best draft is picked), or at the end of the script.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from dojo.cli.common import LAST, UsageError, load_entry, print_json
from dojo.cli.render import events_text, header, scores_line
from dojo.cli.script import Script, say_the_rest_was_not_played
from dojo.engine import ReplyError, Session, SessionOver
from dojo.engine.events import (
    AnswerPicked,
    DraftScored,
    Event,
    NotePinned,
    PlayerSkipped,
)
from dojo.engine.group import MODES, GroupError, GroupSession, parse_players
from dojo.engine.group_summary import group_summary
from dojo.text import visible
from dojo.transcript.shapes import play_json

KEYWORDS = ("pick", "skip", "note")


def register(commands) -> None:
    parser = commands.add_parser(
        "group", help="run a group role-play in the app (relay, round or hot seat)",
        description="Open the app for a team around one screen: players answer in turns (relay), "
                    "all draft each answer (round) or one takes the hot seat while the facilitator takes notes.")
    parser.add_argument("scenario", metavar="SCENARIO", nargs="?",
                        help="a scenario id (see `dojo list`) or a .toml path; omit to pick in the app")
    add_group_options(parser, required=False)
    parser.set_defaults(handler=run_app)
    report = commands.add_parser(
        "group-report", help="a group session's report: each player's scores, best answers, notes",
        description="Write the report of a saved group session: personal bests and the most improved, each "
                    "player's own scores, the best answer of each round and the facilitator's notes.")
    report.add_argument("transcript", metavar="FILE", help="a group session's transcript (see `dojo history`), or `last` for the newest")
    report.add_argument("--format", choices=("md", "html"), help="md (default) or html")
    report.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: stdout)")
    report.set_defaults(handler=run_report)


def add_group_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--players", required=required, metavar="NAMES",
                        help='the players, comma-separated, in turn order, e.g. "Ana,Ben,Cy"')
    parser.add_argument("--mode", choices=MODES, default="relay",
                        help="relay: take turns; round: everyone drafts, the facilitator picks; "
                             "hotseat: one player answers, the team watches (default: relay)")


def players_from(text: str) -> list[str]:
    try:
        return parse_players(text)
    except GroupError as err:
        raise UsageError(f"--players: {err}") from None


def run_app(args) -> int:
    players = players_from(args.players) if args.players else None
    scenario_id = None
    if args.scenario:
        scenario_id = load_entry(args.scenario).scenario.id
    try:
        from dojo.tui.app import run_group
    except ImportError as err:  # pragma: no cover - only without the TUI installed
        raise UsageError(f"the app is unavailable ({err}); `dojo play --players` works headless") from None
    return run_group(scenario_id, players, args.mode)


def newest_group_transcript() -> str:
    """`last` for a group report: the newest group session, though solo practice may have been saved since."""
    from dojo.transcript.store import list_transcripts, newest_transcript

    newest = newest_transcript(group=True)
    if newest is not None:
        return str(newest)
    if not list_transcripts():
        raise UsageError("no saved transcripts yet; play a session first")
    raise UsageError("no group session saved yet; `dojo group` starts one")


def run_report(args) -> int:
    from pathlib import Path

    from dojo.cli.common import open_transcript
    from dojo.fsutil import atomic_write
    from dojo.transcript.group_report import (
        GROUP_REPORT_FORMATS,
        NotAGroup,
        bests_before,
    )

    named = args.transcript
    transcript = open_transcript(newest_group_transcript() if named == LAST and not Path(named).exists() else named)
    fmt = args.format or ("html" if args.output and Path(args.output).suffix.lower() in (".html", ".htm") else "md")
    bests = bests_before(transcript.players, transcript.scenario, exclude=transcript.path)
    try:
        text = GROUP_REPORT_FORMATS[fmt](transcript, bests)
    except NotAGroup as err:
        raise UsageError(str(err)) from None
    if args.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    try:
        atomic_write(args.output, text)
    except OSError as err:
        raise UsageError(f"{args.output}: cannot write ({err.strerror or err})") from None
    return 0


# ---------------------------------------------------------------- headless

@dataclass
class Line:
    where: str
    keyword: str | None  # pick / skip / note, or None for a player's line
    name: str
    text: str


def parse_line(where: str, raw: str) -> Line:
    head, colon, rest = raw.partition(":")
    if not colon or not head.strip():
        raise UsageError(f"{where}: expected `Name: reply` (or `pick: Name`, `skip: Name`, `note: text`), "
                         f"got {visible(raw.strip()[:60])!r}")
    word = head.strip()
    if word.casefold() in KEYWORDS:
        return Line(where, word.casefold(), rest.strip(), rest.strip())
    return Line(where, None, word, rest)


def run_script(args, script: Script) -> int:
    """`dojo play SCENARIO --players … --script FILE`: the group version of `play`."""
    from dojo.transcript.group_record import GroupRecorder

    players = players_from(args.players)
    entry = load_entry(args.scenario)
    scenario = entry.scenario
    group = GroupSession(Session(scenario, seed=args.seed), players, args.mode)
    team = group if args.no_save else GroupRecorder(group, scenario_path=entry.path)
    live = not args.json
    persona = scenario.persona.name
    if isinstance(team, GroupRecorder):
        if team.warning:
            print(f"dojo: warning: {team.warning}", file=sys.stderr, flush=True)
        elif live:
            print(f"dojo: saving transcript to {team.path}", file=sys.stderr, flush=True)
    if live:
        print(header(scenario, group.seed) + f"{args.mode} · {', '.join(visible(p) for p in players)}\n")
        print(group_text(group.events, persona), flush=True)
    for place, raw in script.replies():
        line = parse_line(place, raw)
        if group.finished and line.keyword != "note":
            say_the_rest_was_not_played(place)
            break
        try:
            events = play_line(team, group, line)
        except (GroupError, ReplyError, SessionOver) as err:
            raise UsageError(f"{place}: {err}") from None
        if live:
            print(group_text(events, persona), flush=True)
    if not group.finished:
        events = team.pick() if group.drafts else []
        if not group.finished:
            events += team.end()
        if live:
            print(group_text(events, persona), flush=True)
    summary = group_summary(group.events)
    if live and summary:
        print(players_text(summary))
    if isinstance(team, GroupRecorder) and team.warning and team.path is not None:
        print(f"dojo: warning: {team.warning}", file=sys.stderr, flush=True)
    if args.json:
        data = play_json(scenario.id, group.seed, group.events)
        data["group"] = summary.as_json() if summary else None
        print_json(data)
    return 0


def play_line(team, group: GroupSession, line: Line) -> list[Event]:
    if line.keyword == "note":
        return team.note(line.text)
    if line.keyword == "skip":
        return team.skip(line.name or None)
    if line.keyword == "pick":
        return team.pick(line.name or None)
    if group.mode != "round":
        return team.reply(line.text, line.name)
    name = group._who(line.name)
    events: list[Event] = []
    if group.drafts and name not in group.waiting_drafters():
        events += team.pick()  # the next round began without a pick: the best draft goes
        if group.finished:
            raise GroupError("the conversation ended with the last pick; this draft was not played")
    return events + team.draft(line.text, name)


# ---------------------------------------------------------------- text

def group_text(events: list[Event], persona_name: str) -> str:
    """The solo turn-by-turn text, with each reply under its writer's name and the group's own events."""
    return events_text(events, persona_name, by_player=True, other=_group_line)


def _group_line(event: Event) -> str | None:
    if isinstance(event, DraftScored):
        return f"    draft by {visible(event.player)} (overall {event.scores.overall}): {visible(event.text)}"
    if isinstance(event, AnswerPicked):
        how = "the best scored" if event.chosen_by == "best" else "the facilitator's pick"
        return f"    → the prospect hears {visible(event.player)}'s answer ({how})"
    if isinstance(event, PlayerSkipped):
        return f"    {visible(event.player)} passes turn {event.turn}"
    if isinstance(event, NotePinned):
        return f"    note on turn {event.turn}: {visible(event.text)}"
    return None


def players_text(summary) -> str:
    lines = ["", "Players (each on their own answers):"]
    for player in summary.players:
        scores = scores_line(player.scores) if player.scores else "no answers"
        extra = f", picked {player.picked}×" if summary.mode == "round" else ""
        lines.append(f"  {visible(player.name)}: {scores} — {player.answers} answer"
                     f"{'s' if player.answers != 1 else ''}{extra}")
    return "\n".join(lines)
