"""A group session's report (Markdown and HTML): each player's own scores, the best answers, the notes.

Progress is the headline, not rank: personal bests and the most improved come
first; the table is in turn order, never sorted by score.
"""

from __future__ import annotations

from dataclasses import dataclass

from dojo.coach import grade
from dojo.engine.group_summary import GroupSummary, PlayerResult, group_summary
from dojo.transcript.export import PAGE_CSS, h, md, scores_text, when
from dojo.transcript.store import Transcript

TABLE_CSS = "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left}"
MODE_TITLES = {"relay": "Relay", "round": "Round", "hotseat": "Hot seat"}


class NotAGroup(ValueError):
    """The transcript is a solo session."""


@dataclass
class Celebration:
    player: str
    text: str


def celebrations(summary: GroupSummary, bests: dict[str, int | None]) -> list[Celebration]:
    """Personal bests (against each player's saved history) and the most improved over the session."""
    found: list[Celebration] = []
    for player in summary.players:
        scores = player.scores
        if scores is None:
            continue
        before = bests.get(player.name)
        if before is None:
            found.append(Celebration(player.name, f"first score on this scenario: {scores.overall}"))
        elif scores.overall > before:
            found.append(Celebration(player.name, f"personal best: {scores.overall} (was {before})"))
    improved = summary.most_improved()
    if improved is not None:
        found.append(Celebration(improved.name, f"most improved: +{improved.gained} overall since their first answer"))
    return found


def summary_of(transcript: Transcript) -> GroupSummary:
    summary = group_summary(transcript.events)
    if summary is None:
        raise NotAGroup(f"{transcript.path}: a solo session, not a group one; use `dojo export` for it")
    return summary


def _overall(player: PlayerResult) -> str:
    return f"{player.scores.overall} {grade(player.scores.overall)}" if player.scores else "—"


def _override_text(player: PlayerResult) -> list[str]:
    return [f"facilitator: {o.dimension} {o.value} (turn {o.turn}) — {o.reason}" for o in player.overrides]


def group_report_markdown(transcript: Transcript, bests: dict[str, int | None] | None = None) -> str:
    summary = summary_of(transcript)
    ended = transcript.ended
    lines = [f"# Group debrief: {md(transcript.title)}", "",
             f"- **Prospect:** {md(transcript.persona)}",
             f"- **Format:** {MODE_TITLES.get(summary.mode, summary.mode)} · {', '.join(md(p.name) for p in summary.players)}",
             f"- **Played:** {when(transcript.started)}",
             f"- **Outcome:** {ended.result.upper() + ' — ' + md(ended.title) if ended else 'unfinished'}",
             f"- **Team scores:** {scores_text(transcript.film().scores)}", ""]
    cheers = celebrations(summary, bests or {})
    if cheers:
        lines += ["## Worth celebrating", ""] + [f"- **{md(c.player)}** — {md(c.text)}" for c in cheers] + [""]
    lines += ["## Players", "", "Each player's own ledger, scored over the answers they wrote; team points are what "
              "the replies the prospect heard from them did to the team's scores.", "",
              "| Player | Overall | Reciprocity | Pathway | Chasing | Answers | Heard by the prospect | Gained | Team points |",
              "|---|---|---|---|---|---|---|---|---|"]
    for p in summary.players:
        s = p.scores
        heard = p.picked if summary.mode == "round" else p.replies
        cells = [md(p.name), _overall(p), *(str(getattr(s, d)) if s else "—" for d in ("reciprocity", "pathway",
                                                                                      "chasing")),
                 str(p.answers), str(heard), f"{p.gained:+d}", f"{p.team_points:+d}"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for p in summary.players:
        extra = _override_text(p)
        best = p.best_moment
        if best is None and not extra:
            continue
        lines.append(f"### {md(p.name)}")
        if best is not None:
            lines.append(f"- Best answer (turn {best[0]}, {best[2]:+d}): “{md(best[1])}”")
        costs = [e for e in p.events if e.delta < 0]
        if costs:
            worst = min(costs, key=lambda e: e.delta)
            lines.append(f"- To work on: {md(worst.reason)} — tip: {md(worst.tip)}")
        lines += [f"- {md(text)}" for text in extra]
        lines.append("")
    if summary.rounds:
        lines += ["## Best answer of each round", ""]
        for r in summary.rounds:
            best_draft = r.best
            if best_draft is None:
                continue
            heard_by = f"; the prospect heard {md(r.picked.player)}'s" if r.picked else ""
            lines.append(f"- Turn {r.turn}: **{md(best_draft.player)}** ({best_draft.scores.overall}) "
                         f"“{md(best_draft.text)}”{heard_by}")
        lines.append("")
    lines += ["## Facilitator's notes", ""]
    lines += [f"- Turn {n.turn}{' · ' + md(n.player) if n.player else ''}: {md(n.text)}" for n in summary.notes] \
        or ["- No notes."]
    lines += ["", "## Conversation", ""]
    played = transcript.film()
    for text in played.opening:
        lines.append(f"- **{md(transcript.persona)}:** {md(text)}")
    for turn in played.turns:
        lines.append(f"- **{md(turn.player or 'Team')}** (turn {turn.number}): {md(turn.reply)}")
        for text in turn.prospect:
            lines.append(f"- **{md(transcript.persona)}:** {md(text)}")
    return "\n".join(lines) + "\n"


def group_report_html(transcript: Transcript, bests: dict[str, int | None] | None = None) -> str:
    summary = summary_of(transcript)
    players = ", ".join(p.name for p in summary.players)
    ended = transcript.ended
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>Group debrief: {h(transcript.title)}</title>",
           f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{PAGE_CSS}{TABLE_CSS}',
           "</style></head><body><main>",
           f"<h1>Group debrief: {h(transcript.title)}</h1>", '<dl class="meta">',
           f"<dt>Prospect</dt><dd>{h(transcript.persona)}</dd>",
           f"<dt>Format</dt><dd>{h(MODE_TITLES.get(summary.mode, summary.mode) + ' · ' + players)}</dd>",
           f"<dt>Played</dt><dd>{h(when(transcript.started))}</dd>",
           f"<dt>Outcome</dt><dd>{h(ended.result.upper() + ' — ' + ended.title) if ended else 'unfinished'}</dd>",
           f"<dt>Team scores</dt><dd>{h(scores_text(transcript.film().scores))}</dd></dl>"]
    cheers = celebrations(summary, bests or {})
    if cheers:
        out.append("<h2>Worth celebrating</h2><ul>")
        out += [f"<li><strong>{h(c.player)}</strong> — {h(c.text)}</li>" for c in cheers]
        out.append("</ul>")
    out.append("<h2>Players</h2><p>Each player's own ledger, scored over the answers they wrote.</p><table>"
               "<tr><th>Player</th><th>Overall</th><th>Reciprocity</th><th>Pathway</th><th>Chasing</th>"
               "<th>Answers</th><th>Heard</th><th>Gained</th></tr>")
    for p in summary.players:
        s = p.scores
        heard = p.picked if summary.mode == "round" else p.replies
        cells = [p.name, _overall(p), *(str(getattr(s, d)) if s else "—" for d in ("reciprocity", "pathway",
                                                                                  "chasing")),
                 str(p.answers), str(heard), f"{p.gained:+d}"]
        out.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    for p in summary.players:
        best = p.best_moment
        items = ([f"Best answer (turn {best[0]}, {best[2]:+d}): “{h(best[1])}”"] if best else []) + \
            [h(text) for text in _override_text(p)]
        if items:
            out.append(f"<h3>{h(p.name)}</h3><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    if summary.rounds:
        out.append("<h2>Best answer of each round</h2><ul>")
        for r in summary.rounds:
            if r.best is not None:
                heard_by = f"; the prospect heard {h(r.picked.player)}'s" if r.picked else ""
                out.append(f"<li>Turn {r.turn}: <strong>{h(r.best.player)}</strong> ({r.best.scores.overall}) "
                           f"“{h(r.best.text)}”{heard_by}</li>")
        out.append("</ul>")
    out.append("<h2>Facilitator's notes</h2><ul>")
    out += [f"<li>Turn {n.turn}{' · ' + h(n.player) if n.player else ''}: {h(n.text)}</li>" for n in summary.notes] \
        or ["<li>No notes.</li>"]
    out.append("</ul></main></body></html>")
    return "\n".join(out) + "\n"


GROUP_REPORT_FORMATS = {"md": group_report_markdown, "html": group_report_html}


def bests_before(players: list[str], scenario: str, exclude=None, data_dir=None) -> dict[str, int | None]:
    """Each player's best overall on this scenario in their saved history, not counting `exclude`."""
    from pathlib import Path

    from dojo.transcript.history import History, HistoryError

    found: dict[str, int | None] = {}
    try:
        history = History(data_dir)
        history.sync()
        for name in players:
            scored = [a.scores.overall for a in history.attempts(name, scenario)
                      if a.scores is not None and (exclude is None or a.path is None
                                                   or Path(a.path).resolve() != Path(exclude).resolve())]
            found[name] = max(scored) if scored else None
    except (HistoryError, OSError):
        return {}
    return found
