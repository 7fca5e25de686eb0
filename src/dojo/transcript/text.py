"""The plain-text review of a transcript (`dojo review --text`), beside the Markdown and HTML exports.

Each turn shows the reply, what the coach heard, the state it was played in,
the rule that answered and the words it matched, the score events and the
running scores, all drawn from the saved events. Untrusted text goes through
`visible`. The score and debrief lines are shared with `dojo play`'s output.
"""

from __future__ import annotations

import textwrap

from dojo.coach import ScoreEvent, Scores, grade
from dojo.engine.events import SessionEnded
from dojo.engine.group_summary import group_summary
from dojo.engine.trace import TraceTurn, trace
from dojo.text import visible
from dojo.transcript.export import score_sign, signals_text, speaker, when
from dojo.transcript.group_lines import player_lines, turn_lines
from dojo.transcript.store import Transcript


def score_line(event: ScoreEvent) -> str:
    sign = score_sign(event.delta)
    line = f"        {sign} {event.dimension} {abs(event.delta):>2}  {visible(event.reason)}"
    if event.quote:
        line += f'  "{visible(event.quote)}"'
    if event.delta <= 0 and event.tip:
        line += "\n" + textwrap.fill(visible(event.tip), width=96, initial_indent="          tip: ",
                                     subsequent_indent="               ")
    return line


def scores_line(scores: Scores) -> str:
    return (f"reciprocity {scores.reciprocity} · pathway {scores.pathway} · chasing {scores.chasing} · "
            f"overall {scores.overall} ({grade(scores.overall)})")


def debrief(ended: SessionEnded) -> str:
    return "\n".join([
        "",
        f"Outcome: {ended.result.upper()} — {visible(ended.title)}",
        textwrap.fill(visible(ended.lesson), width=96, initial_indent="Lesson: ", subsequent_indent="        "),
        f"Scores: {scores_line(ended.scores)}",
    ])


def trace_line(turn: TraceTurn) -> str | None:
    """`state errand → discovery · rule states.errand.rules[1]: heard get:timeline "by when"`."""
    if not turn.rule:  # transcripts saved before traces existed
        return None
    moved = f" → {turn.to_state}" if turn.to_state and turn.to_state != turn.state else ""
    because = f": {'; '.join(turn.because)}" if turn.why else ""
    return visible(f"state {turn.state}{moved} · rule {turn.rule}{because}")


def review_text(transcript: Transcript) -> str:
    played = transcript.film()
    traced = {turn.turn: turn for turn in trace(transcript.events)}
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
        found = traced.get(turn.number)
        rule = trace_line(found) if found is not None else None
        if rule is not None:
            lines.append(f"    {rule}")
        lines += [score_line(event) for event in turn.events]
        # An ending's epilogue is what happened next, told as narration as on screen, not under the persona's name.
        lines += [f"  {visible(text)}" if text in turn.narration else f"  {persona}: {visible(text)}"
                  for text in turn.prospect]
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
