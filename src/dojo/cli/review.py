"""`dojo review`: step through a saved session turn by turn, in the app or as text."""

from __future__ import annotations

import sys
from pathlib import Path

from dojo.cli.common import EXIT_OK, LAST, Commands, open_transcript
from dojo.cli.render import debrief, score_line, scores_line
from dojo.engine.group_summary import group_summary
from dojo.text import visible
from dojo.transcript.export import signals_text, speaker, when
from dojo.transcript.group_lines import player_lines, turn_lines
from dojo.transcript.store import Transcript


def register(commands: Commands) -> None:
    review = commands.add_parser(
        "review", help="step through a saved session turn by turn",
        description="Review a transcript turn by turn: each reply, what the coach heard, the score events "
                    "and the running scores. Opens the app in a terminal; prints text otherwise.")
    review.add_argument("file", metavar="FILE", help=f"a transcript (.jsonl), or `{LAST}` for the newest one")
    review.add_argument("--text", action="store_true", help="print the review as text even in a terminal")
    review.set_defaults(handler=run)


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
    group = group_summary(transcript.events)
    extra = (lambda number: [f"    {visible(line)}" for line in turn_lines(group, number)]) if group else (lambda _: [])
    lines += extra(0)
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
        lines += extra(turn.number)
    if played.ended is not None:
        lines.append(debrief(played.ended))
    else:
        scores = played.scores
        lines += ["", "Outcome: UNFINISHED — the session was interrupted before it ended",
                  f"Scores: {scores_line(scores)}" if scores else "Scores: no scored turns"]
    if group:
        lines += ["", "Players (each on their own answers):", *(f"  {visible(line)}" for line in player_lines(group))]
    return "\n".join(lines) + "\n"


def _open_review_app(path: Path, player: str | None) -> int | None:
    """Run the app's review screen; None when the app is not available, so text is printed."""
    try:
        from dojo.tui.app import run_review
    except ImportError:
        return None
    return run_review(path, player=player)


def run(args) -> int:
    transcript = open_transcript(args.file)
    if not args.text and sys.stdout.isatty() and sys.stdin.isatty():
        code = _open_review_app(transcript.path, args.player)
        if code is not None:
            return code
    sys.stdout.write(review_text(transcript))
    return EXIT_OK
