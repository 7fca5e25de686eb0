"""The group's live scoreboard: each player's own progress first, the ranking only implied.

Each row reads `▶ Ana  57 D  ▲ +10  ▂▄▆  3 answers`: whose turn it is, the
player's own ledger, how far they came since their first answer, and a tiny
trend. With scores hidden the rows only count answers, so nobody is ranked live.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from dojo.coach import grade
from dojo.engine.group_summary import GroupSummary, PlayerResult
from dojo.tui.look import ACCENT, MUTED, delta_content, literal, score_text_style

BARS = "▁▂▃▄▅▆▇█"
TREND_WIDTH = 8


def trend(values: list[int]) -> str:
    """The last few overall scores as bars, 0 → ▁ and 100 → █."""
    return "".join(BARS[min(len(BARS) - 1, value * len(BARS) // 101)] for value in values[-TREND_WIDTH:])


def player_row(player: PlayerResult, current: bool, hidden: bool, best: int | None, width: int = 10) -> Content:
    marker = Content.styled("▶ ", f"bold {ACCENT}") if current else Content("  ")
    name = literal(player.name[:width].ljust(width), f"bold {ACCENT}" if current else "bold")
    answers = player.answers
    if hidden or player.scores is None:
        return Content.assemble(marker, name, Content.styled(f"  {answers} answer{'s' if answers != 1 else ''}", MUTED))
    overall = player.scores.overall
    parts: list[Content | str] = [marker, name, Content.styled(f" {overall:>3} {grade(overall)}", f"bold {score_text_style(overall)}"),
             "  ", delta_content(player.gained), "  ", Content.styled(trend([s.overall for s in player.progress]), ACCENT)]
    if best is not None and overall > best:
        parts.append(Content.styled("  ★ best", "bold $text-success"))
    return Content.assemble(*parts)


class GroupScoreboard(Static):
    """Redrawn from the group's events after every action; never holds scores of its own."""

    DEFAULT_CSS = """
    GroupScoreboard {
        height: auto;
        padding: 0 1;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
    }
    """

    def on_mount(self) -> None:
        self.border_title = "Players"

    def show(self, summary: GroupSummary | None, current: str | None, hidden: bool,
             bests: dict[str, int | None] | None = None) -> None:
        if summary is None:
            self.update("")
            return
        bests = bests or {}
        width = max(4, min(12, max(len(p.name) for p in summary.players)))
        rows = [player_row(p, p.name == current, hidden, bests.get(p.name), width) for p in summary.players]
        if hidden:
            rows.append(Content.styled("scores hidden until the debrief", MUTED))
        self.update(Content("\n").join(rows))
