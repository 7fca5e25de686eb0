"""A manager's summary across players and scenarios, from the history index."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from dojo.text import visible
from dojo.transcript.export import PAGE_CSS, md, when
from dojo.transcript.history import History, ScenarioSummary

UNNAMED = "(no name)"


def parse_since(text: str) -> str:
    """A date or ISO-8601 time as the UTC ISO string the index compares with. Raises ValueError.

    A time is written as attempts' `started` is (UTC, to the millisecond, rounded up), so the
    index's text comparison means "started at or after": `...01.123000+00:00` would sort after an
    attempt started at `...01.123+00:00` and leave it out."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date; use YYYY-MM-DD or an ISO-8601 time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment.microsecond % 1000:
        moment += timedelta(microseconds=1000 - moment.microsecond % 1000)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass
class PlayerReport:
    name: str
    scenarios: list[ScenarioSummary]
    costs: list[tuple[str, int]]
    strengths: list[tuple[str, int]]

    @property
    def attempts(self) -> int:
        return sum(s.attempts for s in self.scenarios)


@dataclass
class Report:
    since: str | None
    players: list[PlayerReport] = field(default_factory=list)
    costs: list[tuple[str, int]] = field(default_factory=list)
    strengths: list[tuple[str, int]] = field(default_factory=list)
    first: str | None = None
    last: str | None = None

    @property
    def attempts(self) -> int:
        return sum(p.attempts for p in self.players)


def build_report(history: History, player: str | None = None, since: str | None = None) -> Report:
    attempts = history.attempts(player, since=since)
    report = Report(since=since)
    if not attempts:
        return report
    report.first, report.last = attempts[-1].started, attempts[0].started
    if player is not None:
        names = [player]
    else:
        names = history.players()
        if any(not a.players for a in attempts):
            names.append("")
    for name in names:
        scenarios = history.summary(name, since=since)
        if not scenarios:
            continue
        report.players.append(PlayerReport(
            name=name or UNNAMED, scenarios=scenarios,
            costs=history.coaching(name, since, negative=True, limit=5),
            strengths=history.coaching(name, since, negative=False, limit=3)))
    report.costs = history.coaching(player, since, negative=True, limit=5)
    report.strengths = history.coaching(player, since, negative=False, limit=3)
    return report


def _n(scores) -> str:
    return "—" if scores is None else str(scores.overall)


def _signed(value: int | None) -> str:
    if value is None:
        return "—"
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{abs(value)}")


def _period(report: Report) -> str:
    if report.first is None:
        return "no sessions"
    start = when(report.first)[:10]
    end = when(report.last or report.first)[:10]
    span = start if start == end else f"{start} to {end}"
    return f"{report.attempts} session{'s' if report.attempts != 1 else ''}, {span}"


def report_markdown(report: Report) -> str:
    out = ["# dojo practice report", ""]
    scope = f"since {report.since[:10]}" if report.since else "all time"
    out += [f"*{md(_period(report))} ({md(scope)}).*", ""]
    if not report.players:
        out += ["No saved sessions match.", ""]
        return "\n".join(out).rstrip("\n") + "\n"
    out += ["## Across the team", ""]
    out += _md_topics("What cost points most often", report.costs)
    out += _md_topics("What went well most often", report.strengths)
    for player in report.players:
        out += [f"## {md(player.name)}", "",
                f"{player.attempts} attempt{'s' if player.attempts != 1 else ''} "
                f"across {len(player.scenarios)} scenario{'s' if len(player.scenarios) != 1 else ''}.", "",
                "| Scenario | Attempts | First | Best | Last | Improvement |",
                "|---|---:|---:|---:|---:|---:|"]
        for s in player.scenarios:
            out.append(f"| {md(s.scenario)} | {s.attempts} | {_n(s.first)} | {_n(s.best)} | {_n(s.last)} "
                       f"| {_signed(s.improvement)} |")
        out.append("")
        out += _md_topics("Most frequent coaching", player.costs)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_topics(title: str, topics: list[tuple[str, int]]) -> list[str]:
    if not topics:
        return []
    return [f"**{title}:**", "", *(f"- {md(topic)} ({count}×)" for topic, count in topics), ""]


def _h(text: str) -> str:
    return html.escape(visible(text), quote=True)


def _html_topics(title: str, topics: list[tuple[str, int]]) -> list[str]:
    if not topics:
        return []
    return [f"<h3>{_h(title)}</h3>", "<ol>", *(f"<li>{_h(t)} <span class=\"n\">({n}×)</span></li>"
                                               for t, n in topics), "</ol>"]


_REPORT_CSS = """
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
h3{font-size:1rem;margin:1rem 0 .3rem}.n{color:#666}
""".strip()


def report_html(report: Report) -> str:
    scope = f"since {report.since[:10]}" if report.since else "all time"
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>dojo practice report</title>", f"<style>\n{PAGE_CSS}\n{_REPORT_CSS}\n</style>", "</head>",
           "<body>", "<main>", "<h1>dojo practice report</h1>",
           f"<p><em>{_h(_period(report))} ({_h(scope)}).</em></p>"]
    if not report.players:
        out.append("<p>No saved sessions match.</p>")
    else:
        out.append("<h2>Across the team</h2>")
        out += _html_topics("What cost points most often", report.costs)
        out += _html_topics("What went well most often", report.strengths)
        for player in report.players:
            out += [f"<h2>{_h(player.name)}</h2>",
                    f"<p>{player.attempts} attempt{'s' if player.attempts != 1 else ''} across "
                    f"{len(player.scenarios)} scenario{'s' if len(player.scenarios) != 1 else ''}.</p>",
                    "<table>", "<thead><tr><th>Scenario</th><th class=\"num\">Attempts</th>"
                    "<th class=\"num\">First</th><th class=\"num\">Best</th><th class=\"num\">Last</th>"
                    "<th class=\"num\">Improvement</th></tr></thead>", "<tbody>"]
            for s in player.scenarios:
                out.append(f"<tr><td>{_h(s.scenario)}</td><td class=\"num\">{s.attempts}</td>"
                           f"<td class=\"num\">{_n(s.first)}</td><td class=\"num\">{_n(s.best)}</td>"
                           f"<td class=\"num\">{_n(s.last)}</td>"
                           f"<td class=\"num\">{_signed(s.improvement)}</td></tr>")
            out += ["</tbody>", "</table>"]
            out += _html_topics("Most frequent coaching", player.costs)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


REPORT_FORMATS = {"md": report_markdown, "html": report_html}
