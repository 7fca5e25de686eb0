"""A group session's extra lines for review and export: drafts, picks, skips, notes and overrides.

Plain text, one line each; every reader (review --text, Markdown, HTML) escapes them its own way.
"""

from __future__ import annotations

from dojo.coach import grade
from dojo.engine.group_summary import GroupSummary, PlayerResult


def coach_value(player: PlayerResult, dimension: str, turn: int) -> int | None:
    """The player's own coach score on `dimension` as it stood at `turn`."""
    value = None
    for (at, _, _), scores in zip(player.moments, player.progress, strict=False):
        if at <= turn:
            value = getattr(scores, dimension)
    return value


def turn_lines(summary: GroupSummary, turn: int) -> list[str]:
    lines: list[str] = []
    for r in summary.rounds:
        if r.turn != turn:
            continue
        for draft in r.drafts:
            lines.append(f"draft · {draft.player} ({draft.scores.overall} {grade(draft.scores.overall)}): {draft.text}")
        if r.picked is not None:
            how = "the best scored" if r.picked.chosen_by == "best" else "the facilitator's pick"
            lines.append(f"the prospect heard {r.picked.player}'s answer ({how})")
    lines += [f"skipped · {s.player}" for s in summary.skips if s.turn == turn]
    for note in summary.notes:
        if note.turn == turn:
            lines.append(f"note{' on ' + note.player + chr(39) + 's answer' if note.player else ''}: {note.text}")
    for player in summary.players:
        for o in player.overrides:
            if o.turn == turn:
                coach = coach_value(player, o.dimension, turn)
                beside = f" (coach: {coach})" if coach is not None else ""
                lines.append(f"override · {player.name} {o.dimension} {o.value}{beside}: {o.reason}")
    return lines


def player_lines(summary: GroupSummary) -> list[str]:
    lines = []
    for p in summary.players:
        s = p.scores
        scores = (f"reciprocity {s.reciprocity} · pathway {s.pathway} · chasing {s.chasing} · overall {s.overall} "
                  f"({grade(s.overall)})") if s else "no answers"
        lines.append(f"{p.name}: {scores} — {p.answers} answer{'s' if p.answers != 1 else ''}, "
                     f"{p.gained:+d} since their first")
    return lines
