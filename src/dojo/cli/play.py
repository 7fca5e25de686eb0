"""`dojo play`: play a script of replies against a scenario, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dojo.cli import lrs
from dojo.cli.common import UsageError, load_entry, print_json, seed
from dojo.cli.render import events_text, header, score_line
from dojo.cli.script import Script, open_script, say_the_rest_was_not_played
from dojo.engine import ReplyError, Session
from dojo.engine.events import Event, ScoreChanged, SessionEnded
from dojo.engine.trace import OPENS_A_TURN, trace, trace_lines
from dojo.scenario.model import Scenario
from dojo.settings import load_settings
from dojo.text import one_line, visible
from dojo.transcript import Recorder
from dojo.transcript.shapes import play_json


def register(commands) -> None:
    parser = commands.add_parser("play", help="play a script of replies against a scenario (headless)",
                                 description="Play one trainee reply per line of a script against a scenario.")
    parser.add_argument("scenario", metavar="SCENARIO", help="a scenario id (see `dojo list`) or a path to a .toml file")
    parser.add_argument("--script", metavar="FILE",
                        help="one reply per line; `-` reads stdin as it arrives; blank lines and #comments skipped "
                             "(required, except with --watch where it defaults to `-`)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a report")
    parser.add_argument("--seed", type=seed, help="seed for the persona's line variants (default: random, reported)")
    # Also accepted after the command; SUPPRESS keeps `dojo --player X play …` working.
    parser.add_argument("--player", default=argparse.SUPPRESS, help="the rep's name, recorded in the transcript")
    parser.add_argument("--no-save", action="store_true",
                        help="do not save a transcript (by default each turn is saved as it is played)")
    from dojo.cli.group import MODES

    parser.add_argument("--players", metavar="NAMES",
                        help='play as a group, e.g. "Ana,Ben": each script line is `Name: reply` (see docs)')
    parser.add_argument("--mode", choices=MODES, default="relay",
                        help="with --players: relay (take turns), round (all draft, `pick: Name`) or hotseat")
    parser.add_argument("--record", action="store_true",
                        help="save a play-test of a file outside the library as an attempt in your history "
                             "(by default such play-tests are not saved)")
    parser.add_argument("--trace", action="store_true",
                        help="show each turn's state, what the coach heard and which rule fired and why")
    parser.add_argument("--watch", action="store_true",
                        help="reload the scenario file whenever it is saved and replay the replies so far "
                             "(a play-test: never saved)")
    parser.set_defaults(handler=run)


def named_by_path(ref: str) -> bool:
    """Whether SCENARIO names a file rather than a library id, the same way the library resolves it."""
    return ref.endswith(".toml") or "/" in ref or "\\" in ref or Path(ref).is_file()


def run(args) -> int:
    if args.watch:
        return _run_watch(args)
    if args.script is None:
        raise UsageError("play needs --script FILE (or `--script -` to read replies from stdin)")
    if getattr(args, "players", None):
        from dojo.cli.group import run_script

        with open_script(args.script) as script:
            return run_script(args, script)
    entry = load_entry(args.scenario)
    scenario = entry.scenario
    # `--player` wins; otherwise the name saved in the app's settings, as the app would use.
    name = args.player if args.player is not None else load_settings()[0].player
    session = Session(scenario, seed=args.seed, player=name)
    with open_script(args.script) as script:
        return _play(args, entry, session, script)


def _play(args, entry, session: Session, script: Script) -> int:
    scenario = entry.scenario
    live = not args.json
    # Playing a file by its path is a trainer trying it out, not a rep practising (even when the file
    # lies in the library, as `dojo new` puts it there): keep it out of the rep's history.
    playtest = named_by_path(args.scenario) and not args.record
    if playtest and not args.no_save and live:
        print("dojo: play-test of a file: not saved to history (play it by id, or add --record, to save it)",
              file=sys.stderr, flush=True)
    save = not args.no_save and not playtest
    # Saving wraps the session: each turn is appended and fsynced as soon as it is played.
    recorder = Recorder(session, scenario_path=entry.path) if save else None
    player: Recorder | Session = recorder or session
    if recorder is not None:
        if recorder.warning:
            print(f"dojo: warning: {one_line(recorder.warning)}", file=sys.stderr, flush=True)
        elif live:
            print(f"dojo: saving transcript to {one_line(str(recorder.path))}", file=sys.stderr, flush=True)
    show = (lambda events: trace_text(events, scenario, session.events)) if args.trace else \
        (lambda events: events_text(events, scenario.persona.name))
    if live:
        print(header(scenario, session.seed))
        print(show(session.events), flush=True)
    for place, text in script.replies():
        if session.finished:
            say_the_rest_was_not_played(place)
            break
        try:
            events = player.reply(text)
        except ReplyError as err:
            raise UsageError(f"{place}: {err}") from None
        if live:
            print(show(events), flush=True)
    if not session.finished:
        events = player.end()
        if live:
            print(show(events), flush=True)
    # The finished attempt waits in the outbox (when an LRS is set); send it while the output is printed.
    sender = lrs.start_delivery() if recorder is not None else None
    if recorder is not None and recorder.warning and recorder.path is not None:
        # Saving stopped part-way (disk full, file removed): say so once, at the end.
        print(f"dojo: warning: {one_line(recorder.warning)}", file=sys.stderr, flush=True)
    if args.json:
        print_json(play_json(scenario.id, session.seed, session.events))
    lrs.finish_delivery(sender)
    return 0


def trace_text(events, scenario: Scenario, so_far: list[Event] | None = None) -> str:
    """`--trace`: the usual lines plus, per turn, the state, what was heard and the rule that fired.
    `so_far` (the whole session) lets a turn be traced in context: what the reply answered."""
    lines = []
    shown = {event.turn for event in events if isinstance(event, OPENS_A_TURN)}
    persona = scenario.persona.name
    for turn in trace(so_far if so_far is not None else events, scenario):
        if turn.turn not in shown:
            continue
        lines += [visible(line) for line in trace_lines(turn, persona)]
        lines += [score_line(e) for e in events if isinstance(e, ScoreChanged) and e.turn == turn.turn]
    ended: list[Event] = [event for event in events if isinstance(event, SessionEnded)]
    if ended:
        lines.append(events_text(ended, persona))
    return "\n".join(lines)


def _run_watch(args) -> int:
    from dojo.cli.watch import Watcher, watch

    if args.json or args.record:
        raise UsageError("--watch is a live play-test: it cannot be combined with --json or --record")
    entry = load_entry(args.scenario) if not args.scenario.endswith(".toml") else None
    path = entry.path if entry else Path(args.scenario)
    watcher = Watcher(path, args.seed, args.player, args.trace)
    with open_script(args.script or "-") as script:
        return watch(watcher, script.stream)
