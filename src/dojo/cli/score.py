"""`dojo score`: re-score saved transcripts with today's rules, or score a real call."""

from __future__ import annotations

import sys

from dojo.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    LAST,
    Commands,
    UsageError,
    fail,
    load_entry,
    print_json,
    resolve_file,
)
from dojo.cli.render import score_line, scores_line
from dojo.coach import default_lexicon
from dojo.engine import lexicon_for
from dojo.scenario.load import ScenarioError
from dojo.text import visible
from dojo.transcript.calls import CallError, ScoredCall, score_call
from dojo.transcript.rescore import Rescore, find_scenario, rescore
from dojo.transcript.shapes import call_json, rescore_json
from dojo.transcript.store import TranscriptError, load_transcript


def register(commands: Commands) -> None:
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
    score.set_defaults(handler=run)


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


def call_text(call: ScoredCall) -> str:
    lines = [f"Call: {visible(str(call.path))} — scoring {visible(call.rep)} "
             f"(speakers: {visible(', '.join(call.speakers))})"]
    if not call.turns:
        lines.append("  (the rep never spoke)")
    for turn in call.turns:
        lines.append("")
        lines += [f"  {visible(line.speaker)}: {visible(line.text)}" for line in turn.context[-2:]]
        heard = f" — their line: {', '.join(turn.prospect_tags)}" if turn.prospect_tags else ""
        lines.append(f"Turn {turn.number} (line {turn.line}){heard}")
        lines.append(f"  {visible(call.rep)}: {visible(turn.text)}")
        lines += [score_line(event) for event in turn.events]
        lines.append(f"    scores: {scores_line(turn.scores)}")
    lines += ["", f"Scores: {scores_line(call.scores)}"]
    return "\n".join(lines) + "\n"


def run(args) -> int:
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
