"""`dojo score`: re-score saved transcripts with today's rules, or score a real call."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from dojo.cli.batch import add_jobs_option, ordered_map, settle, workers_for
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
from dojo.engine.hearing import replay_fingerprint
from dojo.engine.session import MAX_REPLY_CHARS
from dojo.scenario.load import ScenarioError
from dojo.scenario.model import Scenario
from dojo.text import visible
from dojo.transcript.calls import CallError, ScoredCall, score_call
from dojo.transcript.recorded import read_recorded
from dojo.transcript.rescore import Rescore, ScenarioFinder, read_as_recorded, replays_as_recorded, rescore
from dojo.transcript.shapes import call_json, rescore_json
from dojo.transcript.store import Transcript, TranscriptError, load_transcript


def register(commands: Commands) -> None:
    score = commands.add_parser(
        "score", help="re-score transcripts with today's rules, or score a real call",
        description="Re-score saved transcripts by replaying their replies (same seed) through today's "
                    "scenario and coach, and show old vs new scores. With --call, score the rep's turns "
                    "of a real conversation (`Speaker: text` lines or WebVTT).")
    score.add_argument("files", nargs="*", metavar="FILE", help=f"transcripts to re-score (`{LAST}` = the newest finished session)")
    score.add_argument("--call", metavar="FILE", help="a real call transcript: `Speaker: text` lines or WebVTT")
    score.add_argument("--rep", metavar="NAME", help="with --call: the speaker whose turns are scored")
    score.add_argument("--scenario", metavar="SCENARIO",
                       help="re-score against this scenario (id or .toml) instead of the recorded one; "
                            "with --call, use its lexicon additions")
    score.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    score.add_argument("--reclassify", action="store_true",
                       help="play every transcript and hear every reply again, even where the recorded "
                            "events or signals are provably what today's dojo would write (the output is "
                            "the same, only slower)")
    add_jobs_option(score, "re-score the transcripts")
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
    _finders.clear()  # scenarios are remembered for one run, never from an earlier one
    _compiled.clear()
    _settled.clear()
    workers = workers_for(len(args.files), args.jobs, CHUNK)
    if workers:
        _warm(args.files, args.scenario, args.reclassify)
    work = partial(_rescore_chunk, args.scenario, args.json, args.reclassify)
    failed = False
    block: list[str] = []
    for index, (ok, text) in enumerate(ordered_map(work, args.files, workers, CHUNK)):
        if not ok:
            _write(block)  # everything before the error comes out before it
            failed = True
            fail(text)
            continue
        block.append(f"{text}\n" if args.json or not index else f"\n{text}\n")
        if len(block) >= CHUNK:
            _write(block)
    _write(block)
    return EXIT_USAGE if failed else EXIT_OK


#: Transcripts handed to a worker at a time, and written out at a time.
CHUNK = 25

#: This run's scenarios: in a worker, inherited from the parent (see `_warm`) or built as it goes.
_finders: dict[str | None, ScenarioFinder] = {}


#: The scenarios whose lexicon this process has compiled, and those it has put out of the garbage
#: collector's sight (kept alive, so their ids stay theirs).
_compiled: dict[int, Scenario] = {}
_settled: dict[int, Scenario] = {}


def _finder(ref: str | None) -> ScenarioFinder:
    if ref not in _finders:
        _finders[ref] = ScenarioFinder(ref)
    return _finders[ref]


def _rescore_chunk(scenario_ref: str | None, as_json: bool, reclassify: bool,
                   refs: Sequence[str]) -> list[tuple[bool, str]]:
    """(True, the transcript's output) or (False, why it cannot be re-scored) for each file, in order."""
    finder = _finder(scenario_ref)
    replay = None if reclassify else replay_fingerprint()
    results: list[tuple[bool, str]] = []
    for ref in refs:
        try:
            path = resolve_file(ref)
            # A file recorded by today's code is read without building its events (if it turns out
            # not to be read as recorded, it is loaded again below); any other goes to the careful
            # reader, which finds and words whatever is wrong with it.
            recorded = read_recorded(path, replay) if replay is not None else None
            transcript = recorded.transcript() if recorded is not None else load_transcript(path)
            entry = finder.find(transcript)
            scenario = entry.scenario
            scenario_hash = finder.hash(scenario)
            if recorded is not None:
                assert replay is not None
                if recorded.replays_as_recorded(scenario_hash, replay, MAX_REPLY_CHARS):
                    _keep(scenario, compile_lexicon=False)
                    results.append((True, _output(recorded.rescore(entry, scenario_hash), as_json)))
                    continue
                transcript = load_transcript(path)
        except (TranscriptError, UsageError) as err:
            results.append((False, str(err)))
            continue
        except ScenarioError as err:
            results.append((False, f"{ref}: cannot re-score, scenario {transcript.scenario!r} not found ({err})"))
            continue
        as_recorded = replay is not None and replays_as_recorded(transcript, scenario_hash, replay)
        _keep(scenario, compile_lexicon=not as_recorded)  # one read as recorded needs no lexicon
        hearing = None if reclassify or as_recorded else finder.hearing(scenario)
        result = read_as_recorded(transcript, entry, scenario_hash) if as_recorded \
            else rescore(transcript, entry, scenario_hash, hearing=hearing)
        results.append((True, _output(result, as_json)))
    return results


def _keep(scenario: Scenario, *, compile_lexicon: bool, settle_now: bool = True) -> None:
    """Compile a scenario's lexicon if a transcript is to be played on it, and keep the scenario out
    of the garbage collector's way for the rest of the run, with everything else built so far."""
    new = id(scenario) not in _settled
    _settled[id(scenario)] = scenario
    if compile_lexicon and id(scenario) not in _compiled:
        lexicon_for(scenario)
        _compiled[id(scenario)] = scenario
        new = True
    if new and settle_now:
        settle()


def _output(result: Rescore, as_json: bool) -> str:
    return json.dumps(rescore_json(result), ensure_ascii=False) if as_json else rescore_text(result)


def _warm(refs: list[str], scenario_ref: str | None, reclassify: bool) -> None:
    """Find every scenario the transcripts name, and compile those they will be played on, before
    the workers start, so each worker starts with them (where processes fork) instead of loading
    and compiling them all again. A scenario whose transcripts were all recorded by today's code
    against today's version of it is not compiled (they are read as recorded, see `rescore`)."""
    finder = _finder(scenario_ref)
    replay = None if reclassify else replay_fingerprint()
    seen: set[tuple[object, object]] = set()
    since_new = 0
    for ref in refs:
        if since_new >= WARM_LOOKAHEAD:
            break  # a scenario first named later is loaded by the workers that meet it
        since_new += 1
        header = _peek_header(ref)
        if header is None:
            continue
        key = (header.get("scenario"), header.get("scenario_path"))
        if key in seen or not isinstance(key[0], str):
            continue
        seen.add(key)
        since_new = 0
        try:
            entry = finder.find(Transcript(Path(ref), header, []))
        except ScenarioError:
            continue
        scenario = entry.scenario
        scenario_hash = finder.hash(scenario)
        recorded_today = replay is not None and header.get("replay") == replay \
            and header.get("scenario_hash") == scenario_hash
        _keep(scenario, compile_lexicon=not recorded_today, settle_now=False)
    settle()  # before the workers fork: they share these pages instead of copying them


#: Files read past the last one that named a scenario not seen before: a batch names a handful of
#: scenarios, nearly always early, and reading every header first held up the workers' start.
WARM_LOOKAHEAD = 500


def _peek_header(ref: str) -> dict | None:
    """A transcript's first line, if it reads as a JSON object; anything else is left to the worker."""
    try:
        with open(ref, "rb") as handle:
            header = json.loads(handle.readline(HEADER_PEEK_BYTES))
    except (OSError, ValueError):
        return None
    return header if isinstance(header, dict) else None


#: More than any real header line.
HEADER_PEEK_BYTES = 65_536


def _write(block: list[str]) -> None:
    if block:
        sys.stdout.write("".join(block))
        sys.stdout.flush()
        block.clear()
