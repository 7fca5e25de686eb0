"""Exports of a transcript: Markdown for a review doc, one self-contained HTML page, JSON.

Every piece of trainee or scenario text is shown literally: control characters
become visible symbols, Markdown punctuation is backslash-escaped and HTML is
entity-escaped. Output depends only on the transcript, so the same file always
exports to the same bytes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from dojo.coach import ScoreEvent, Scores
from dojo.coach.scores import DIMENSIONS, START_SCORES
from dojo.engine.events import FactRevealed
from dojo.engine.group_summary import GroupSummary, group_summary
from dojo.engine.summary import Film, Turn, missed_advice
from dojo.text import visible
from dojo.transcript.group_lines import player_lines, turn_lines
from dojo.transcript.store import Transcript

# ---------------------------------------------------------------- shared

def when(started: str) -> str:
    try:
        moment = datetime.fromisoformat(started)
    except ValueError:
        return started
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def scores_text(scores: Scores | None) -> str:
    if scores is None:
        return "no scored turns"
    return (f"reciprocity {scores.reciprocity} · pathway {scores.pathway} · chasing {scores.chasing} · "
            f"overall {scores.overall}")


def signals_text(turn: Turn) -> str:
    signals = turn.signals
    if signals is None:
        return ""
    parts = []
    for name in ("gives", "gets", "stages", "chase"):
        values = getattr(signals, name)
        if values:
            parts.append(f"{name} {', '.join(v.replace('_', ' ') for v in values)}")
    if signals.question:
        parts.append("question")
    if signals.close_ask:
        parts.append("close-ask")
    return "; ".join(parts) or "nothing the coach scores"


def speaker(turn: Turn) -> str:
    return turn.player or "Rep"


def outcome_line(transcript: Transcript) -> str:
    ended = transcript.ended
    if ended is None:
        return "UNFINISHED — the session was interrupted"
    return f"{ended.result.upper()} — {ended.title}"


def uncovered_at(played: Film, turn: int) -> list[FactRevealed]:
    """The facts the persona told in the lines of this turn (0 is the opening)."""
    return [fact for fact in played.uncovered if fact.turn == turn]


def found_how(fact: FactRevealed) -> str:
    return f"turn {fact.by_reply_turn}" if fact.by_reply_turn else "volunteered"


def series(transcript: Transcript) -> list[Scores]:
    """Scores before the first turn, then after each scored turn."""
    return [START_SCORES, *(turn.scores for turn in transcript.film().turns if turn.scores is not None)]


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")


def md(text: str) -> str:
    """Literal text in Markdown: visible control chars, escaped punctuation, one line."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(visible(text).split()))
    # A list marker or heading underline only matters at the start of a line.
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}",
                              escaped, count=1)


def score_sign(delta: int) -> str:
    """`+` for a gain, `−` for a loss, `±` for an event that moved nothing (a point withheld, a score already at its
    end): it explains, it does not cost."""
    return "+" if delta > 0 else "−" if delta < 0 else "±"


def _md_event(event: ScoreEvent) -> list[str]:
    sign = score_sign(event.delta)
    line = f"- **{sign}{abs(event.delta)} {event.dimension}** — {md(event.reason)}"
    if event.quote:
        line += f" — “{md(event.quote)}”"
    lines = [line]
    if event.delta <= 0 and event.tip:
        lines.append(f"  - *Tip:* {md(event.tip)}")
    return lines


def to_markdown(transcript: Transcript) -> str:
    played = transcript.film()
    persona = md(transcript.persona)
    out = [f"# Review: {md(transcript.title)}", ""]
    players = ", ".join(transcript.players) or "—"
    out += [
        f"- **Player:** {md(players)}",
        f"- **Scenario:** {md(transcript.scenario)} (seed {transcript.seed})",
        f"- **Played:** {md(when(transcript.started))}",
        f"- **Outcome:** {md(outcome_line(transcript))}",
        f"- **Scores:** {md(scores_text(played.scores))}",
        "",
    ]
    if transcript.truncated:
        out += ["> *The last line of this transcript was cut off; every complete turn is shown.*", ""]
    for line in played.opening:
        out += [f"**{persona}:** {md(line)}", ""]
    out += _md_uncovered(played, 0)
    group = group_summary(transcript.events)
    out += _md_group(group, 0)
    for turn in played.turns:
        out += [f"## Turn {turn.number}", "", f"**{md(speaker(turn))}:** {md(turn.reply)}", ""]
        if turn.signals is not None:
            out += [f"*Heard:* {md(signals_text(turn))}", ""]
        for event in turn.events:
            out += _md_event(event)
        if turn.events:
            out.append("")
        for line in turn.prospect:
            # An ending's epilogue is what happened next, told as narration as on screen, not under the persona's name.
            out += [f"*{md(line)}*" if line in turn.narration else f"**{persona}:** {md(line)}", ""]
        out += _md_uncovered(played, turn.number)
        if turn.scores is not None:
            out += [f"*Running scores:* {md(scores_text(turn.scores))}", ""]
        else:
            out += ["*This turn was cut off before it was scored.*", ""]
        out += _md_group(group, turn.number)
    if group:
        out += ["## Players", "", *(f"- {md(line)}" for line in player_lines(group)), ""]
    out += ["## Ending", ""]
    ended = played.ended
    if ended is None:
        out += ["The session was interrupted before it ended.", ""]
    else:
        out += [f"**{md(outcome_line(transcript))}**", "", md(ended.lesson), "",
                f"*Final scores:* {md(scores_text(ended.scores))}", ""]
    out += _md_discovery(played)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_uncovered(played: Film, turn: int) -> list[str]:
    facts = uncovered_at(played, turn)
    return [*(f"- ◆ *Uncovered* {md(fact.label)}: {md(fact.text)}" for fact in facts), ""] if facts else []


def _md_discovery(played: Film) -> list[str]:
    """What discovery found (when) and what it missed, with the question that would have found it."""
    if not played.uncovered and not played.missed:
        return []
    lines = ["### Discovery", ""]
    lines += [f"- ✓ **{md(fact.label)}** ({found_how(fact)}): {md(fact.text)}" for fact in played.uncovered]
    lines += [f"- ✗ **{md(fact.label)}**, missed: {md(missed_advice(fact))}" for fact in played.missed]
    return [*lines, ""]


def _md_group(group: GroupSummary | None, turn: int) -> list[str]:
    lines = turn_lines(group, turn) if group else []
    return [*(f"- {md(line)}" for line in lines), ""] if lines else []


# ---------------------------------------------------------------- HTML

def h(text: str) -> str:
    return html.escape(visible(text), quote=True)


COLOURS = {"reciprocity": "#1f77b4", "pathway": "#2ca02c", "chasing": "#d62728", "overall": "#555555"}
DASHES = {"reciprocity": "", "pathway": "6 3", "chasing": "2 3", "overall": ""}

PAGE_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa;margin:0}
main{max-width:46rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.line{margin:.4rem 0;padding:.4rem .7rem;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}
.prospect{background:#eef1f5}.rep{background:#e8f4ea}.narration{font-style:italic;color:#555}
.who{font-weight:600}
.heard{color:#555;font-size:.9em}
ul.events{margin:.3rem 0;padding-left:1.2rem}
li.plus{color:#1d6b2a}li.minus{color:#9b1c1c}
.tip{color:#333;font-size:.92em}
.running{font-size:.9em;color:#333}
.notice{background:#fff4d6;padding:.5rem .7rem;border-radius:6px}
.ending{background:#f3eefa;padding:.7rem;border-radius:6px}
figure{margin:1rem 0}figcaption{font-size:.85em;color:#555}
svg text{font:11px sans-serif;fill:#444}
""".strip()


def chart_svg(points: list[Scores], width: int = 640, height: int = 220) -> str:
    """An inline SVG line chart of the three scores (and overall) per turn."""
    left, right, top, bottom = 36, 110, 12, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    steps = max(1, len(points) - 1)

    def x(i: int) -> float:
        return round(left + plot_w * i / steps, 1)

    def y(value: int) -> float:
        return round(top + plot_h * (100 - value) / 100, 1)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-labelledby="chart-title">',
             '<title id="chart-title">Scores after each turn</title>']
    for value in (0, 50, 100):
        parts.append(f'<line x1="{left}" y1="{y(value)}" x2="{left + plot_w}" y2="{y(value)}" '
                     f'stroke="#ddd" stroke-width="1"/>')
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4}" text-anchor="end">{value}</text>')
    label_every = max(1, len(points) // 12)
    for i in range(len(points)):
        if i % label_every == 0 or i == len(points) - 1:
            parts.append(f'<text x="{x(i)}" y="{height - bottom + 16}" text-anchor="middle">{i}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 3}" text-anchor="middle">turn</text>')
    for row, name in enumerate((*DIMENSIONS, "overall")):
        values = [getattr(point, name) for point in points]
        coords = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(values))
        dash = f' stroke-dasharray="{DASHES[name]}"' if DASHES[name] else ""
        width_attr = "1.5" if name == "overall" else "2.5"
        parts.append(f'<polyline fill="none" stroke="{COLOURS[name]}" stroke-width="{width_attr}"{dash} '
                     f'points="{coords}"/>')
        for i, v in enumerate(values):
            parts.append(f'<circle cx="{x(i)}" cy="{y(v)}" r="2.5" fill="{COLOURS[name]}">'
                         f'<title>{name} {v} after turn {i}</title></circle>')
        legend_y = top + 14 + row * 18
        parts.append(f'<line x1="{left + plot_w + 12}" y1="{legend_y - 4}" x2="{left + plot_w + 32}" '
                     f'y2="{legend_y - 4}" stroke="{COLOURS[name]}" stroke-width="{width_attr}"{dash}/>')
        parts.append(f'<text x="{left + plot_w + 36}" y="{legend_y}">{name}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _html_event(event: ScoreEvent) -> str:
    sign, cls = score_sign(event.delta), "plus" if event.delta > 0 else "minus" if event.delta < 0 else "none"
    body = f"<strong>{sign}{abs(event.delta)} {event.dimension}</strong> — {h(event.reason)}"
    if event.quote:
        body += f" — “{h(event.quote)}”"
    if event.delta <= 0 and event.tip:
        body += f'<div class="tip">Tip: {h(event.tip)}</div>'
    return f'<li class="{cls}">{body}</li>'


def _html_lines(who: str, lines: Iterable[str], cls: str) -> list[str]:
    return [f'<p class="line {cls}"><span class="who">{h(who)}:</span> {h(text)}</p>' for text in lines]


def _html_prospect(persona: str, turn: Turn) -> list[str]:
    """The prospect's lines of a turn; an ending's epilogue is narration, as on screen, not their speech."""
    return [f'<p class="line narration">{h(text)}</p>' if text in turn.narration
            else _html_lines(persona, [text], "prospect")[0] for text in turn.prospect]


def to_html(transcript: Transcript) -> str:
    played = transcript.film()
    persona = transcript.persona
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>dojo review: {h(transcript.title)} — {h(', '.join(transcript.players) or 'rep')}</title>",
           f"<style>\n{PAGE_CSS}\n</style>", "</head>", "<body>", "<main>",
           f"<h1>Review: {h(transcript.title)}</h1>", '<dl class="meta">']
    meta = [("Player", ", ".join(transcript.players) or "—"),
            ("Scenario", f"{transcript.scenario} (seed {transcript.seed})"),
            ("Played", when(transcript.started)),
            ("Outcome", outcome_line(transcript)),
            ("Scores", scores_text(played.scores))]
    out += [f"<dt>{h(key)}</dt><dd>{h(value)}</dd>" for key, value in meta]
    out.append("</dl>")
    if transcript.truncated:
        out.append('<p class="notice">The last line of this transcript was cut off; every complete turn is '
                   'shown.</p>')
    out += ["<figure>", chart_svg(series(transcript)),
            "<figcaption>Reciprocity, pathway, chasing and overall after each turn "
            "(0–100, higher is better).</figcaption>", "</figure>"]
    out += _html_lines(persona, played.opening, "prospect")
    out += _html_uncovered(played, 0)
    group = group_summary(transcript.events)
    out += _html_group(group, 0)
    for turn in played.turns:
        out.append(f'<section id="turn-{turn.number}">')
        out.append(f"<h2>Turn {turn.number}</h2>")
        out += _html_lines(speaker(turn), [turn.reply], "rep")
        if turn.signals is not None:
            out.append(f'<p class="heard">Heard: {h(signals_text(turn))}</p>')
        if turn.events:
            out += ['<ul class="events">', *(_html_event(e) for e in turn.events), "</ul>"]
        out += _html_prospect(persona, turn)
        out += _html_uncovered(played, turn.number)
        if turn.scores is not None:
            out.append(f'<p class="running">Running scores: {h(scores_text(turn.scores))}</p>')
        else:
            out.append('<p class="notice">This turn was cut off before it was scored.</p>')
        out += _html_group(group, turn.number)
        out.append("</section>")
    if group:
        out += ["<section>", "<h2>Players</h2>", "<ul>", *(f"<li>{h(line)}</li>" for line in player_lines(group)),
                "</ul>", "</section>"]
    out += ['<section class="ending">', "<h2>Ending</h2>"]
    ended = played.ended
    if ended is None:
        out.append("<p>The session was interrupted before it ended.</p>")
    else:
        out += [f"<p><strong>{h(outcome_line(transcript))}</strong></p>", f"<p>{h(ended.lesson)}</p>",
                f"<p>Final scores: {h(scores_text(ended.scores))}</p>"]
    out += _html_discovery(played)
    out += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_uncovered(played: Film, turn: int) -> list[str]:
    return [f'<p class="heard">◆ Uncovered <strong>{h(fact.label)}</strong>: {h(fact.text)}</p>'
            for fact in uncovered_at(played, turn)]


def _html_discovery(played: Film) -> list[str]:
    if not played.uncovered and not played.missed:
        return []
    items = [f'<li class="plus">✓ <strong>{h(fact.label)}</strong> ({found_how(fact)}): {h(fact.text)}</li>'
             for fact in played.uncovered]
    items += [f'<li class="minus">✗ <strong>{h(fact.label)}</strong>, missed: {h(missed_advice(fact))}</li>'
              for fact in played.missed]
    return ["<h3>Discovery</h3>", '<ul class="events">', *items, "</ul>"]


def _html_group(group: GroupSummary | None, turn: int) -> list[str]:
    lines = turn_lines(group, turn) if group else []
    return ['<ul class="group">', *(f"<li>{h(line)}</li>" for line in lines), "</ul>"] if lines else []


FORMATS = {"md": to_markdown, "html": to_html}


def export_beside(path: Path) -> Path:
    """Write the transcript at `path` as Markdown and one self-contained HTML page beside it (the pages
    `dojo export` writes); the path both share, without its suffix. Raises what loading or writing raises."""
    from dojo.fsutil import atomic_write
    from dojo.transcript.store import load_transcript

    transcript = load_transcript(path)
    base = path.with_suffix("")
    atomic_write(f"{base}.md", to_markdown(transcript))
    atomic_write(f"{base}.html", to_html(transcript))
    return base
