"""Your practice over time: a trend per score, best/last/attempts per scenario, every saved session.

Reads the history index (synced with the transcript files when the screen opens);
Enter on a session opens its review.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Label, Sparkline, Static

from dojo.coach import grade
from dojo.transcript import Attempt, History, HistoryError, ScenarioSummary
from dojo.transcript.export import when
from dojo.tui.base import DojoScreen
from dojo.tui.look import ACCENT, MUTED, RESULTS, delta_content, literal, score_text_style

TREND = (("reciprocity", "Reciprocity"), ("pathway", "Pathway"), ("chasing", "Chasing"), ("overall", "Overall"))


def _score(value: int | None) -> Content:
    if value is None:
        return Content.styled("—", MUTED)
    return Content.styled(f"{value}", f"bold {score_text_style(value)}")


def _result(result: str) -> Content:
    label, style = RESULTS.get(result, (result.upper(), MUTED))
    return Content.styled(label, style)


def trend_caption(values: list[int]) -> Content:
    if not values:
        return Content.styled("no scored sessions", MUTED)
    first, last, best = values[0], values[-1], max(values)
    change = last - first
    return Content.assemble(("last ", MUTED), _score(last), ("  best ", MUTED), _score(best), "  ",
                            delta_content(change, unchanged="= 0"))


def _fit(table: DataTable, headers: tuple[str, ...], rows: list[tuple], keys: list[str]) -> None:
    """Refill a table with every column as wide as its widest cell, so names are never cut short."""
    table.clear(columns=True)
    for index, header in enumerate(headers):
        widest = max([len(header), *(Content(c).cell_length if isinstance(c, str) else c.cell_length
                                     for c in (row[index] for row in rows))])
        table.add_column(header, width=widest)
    for row, key in zip(rows, keys, strict=True):
        table.add_row(*row, key=key)


#: "Improved" is best minus first, as `dojo report` has it; headed "Change", beside "Last", it read as
#: last minus first, and a falling last score showed "0".
SCENARIO_COLUMNS = ("Scenario", "Attempts", "First", "Best", "Last", "Improved", "Last result")
SESSION_COLUMNS = ("Started (UTC)", "Player", "Scenario", "Result", "Overall", "Recip", "Path", "Chase", "Turns")


class HistoryScreen(DojoScreen):
    """Sparklines of each score across sessions, and a table per scenario and per session."""

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("a", "toggle_everyone", "Me/everyone"),
    ]

    def __init__(self, player: str | None = None, scenario: str | None = None,
                 data_dir: Path | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.player = player
        self.everyone = player is None
        self.scenario = scenario
        self.store = History(data_dir)
        self.attempts: list[Attempt] = []
        self.summaries: list[ScenarioSummary] = []
        self.problem: str | None = None

    # ---- data
    @property
    def who(self) -> str | None:
        return None if self.everyone else self.player

    def load(self) -> list[str]:
        """Sync the index with the transcript files and read it (in a worker: it touches every file)."""
        self.problem = None
        try:
            skipped = self.store.sync()
            self.attempts = self.store.attempts(self.who, self.scenario)
            self.summaries = [s for s in self.store.summary(self.who)
                              if self.scenario is None or s.scenario == self.scenario]
        except HistoryError as err:
            self.attempts, self.summaries, self.problem = [], [], str(err)
            return []
        return skipped

    def _warn_skipped(self, skipped: list[str]) -> None:
        if skipped:
            count = len(skipped)
            self.notify(f"{count} transcript{'s' if count != 1 else ''} could not be read and "
                        f"{'were' if count != 1 else 'was'} skipped; run `dojo history` for details.",
                        title="History", severity="warning")

    # ---- layout
    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static("", id="history-title")
            yield Static("", id="history-count", classes="topbar-right")
        with VerticalScroll(id="history-body"):
            yield Static("", id="history-empty")
            yield Label("TREND · OLDEST → NEWEST", classes="section", id="trend-label")
            for key, title in TREND:
                with Horizontal(classes="trend-row", id=f"trend-{key}"):
                    yield Static(Content.styled(title, "bold"), classes="trend-name")
                    yield Sparkline([], summary_function=max, classes="trend-line")
                    yield Static("", classes="trend-caption")
            yield Label("PER SCENARIO", classes="section", id="scenarios-label")
            yield DataTable(id="history-scenarios", cursor_type="row", zebra_stripes=True)
            yield Label("SESSIONS · ENTER TO REVIEW", classes="section", id="sessions-label")
            yield DataTable(id="history-sessions", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#history-empty", Static).update(Content.styled("Reading your history…", MUTED))
        for widget in self.query(".section, .trend-row, DataTable"):
            widget.display = False
        self.refresh_view()

    def refresh_view(self) -> None:
        def load() -> None:
            skipped = self.load()
            self.app.call_from_thread(self.show_loaded, skipped)

        self.run_worker(load, thread=True, exclusive=True, group="history", exit_on_error=False)

    def show_loaded(self, skipped: list[str]) -> None:
        self._warn_skipped(skipped)
        whose = "everyone" if self.who is None else self.who
        title = Content.assemble(("History  ", f"bold {ACCENT}"), literal(whose, "bold"))
        if self.scenario:
            title = Content.assemble(title, ("  · ", MUTED), literal(self.scenario))
        self.query_one("#history-title", Static).update(title)
        count = len(self.attempts)
        self.query_one("#history-count", Static).update(
            Content.styled(f"{count} attempt{'s' if count != 1 else ''}", MUTED))
        empty = self.query_one("#history-empty", Static)
        empty.display = not self.attempts
        if self.problem:
            empty.update(Content.assemble(("The history index cannot be read.\n", "bold $text-error"),
                                          literal(self.problem)))
        else:
            empty.update(Content.styled("No saved sessions yet: finish a practice session and it shows up here.",
                                        MUTED))
        for widget in self.query(".section, .trend-row, DataTable"):
            widget.display = bool(self.attempts)
        self._fill_trend()
        self._fill_scenarios()
        self._fill_sessions()
        if self.attempts:  # Enter reviews the highlighted session straight away
            sessions = self.query_one("#history-sessions", DataTable)
            sessions.focus()
            self.call_after_refresh(sessions.scroll_visible, animate=False)

    def _fill_trend(self) -> None:
        scored = [a.scores for a in reversed(self.attempts) if a.scores is not None]
        for key, _ in TREND:
            values = [getattr(scores, key) for scores in scored]
            row = self.query_one(f"#trend-{key}")
            # Sparkline scales between the series' own min and max: the caption gives the numbers.
            line = row.query_one(Sparkline)
            line.data = values
            # A few columns per session: a short history stays readable instead of smeared across the row.
            line.styles.width = min(64, max(8, 4 * len(values)))
            row.query_one(".trend-caption", Static).update(trend_caption(values))

    def _fill_scenarios(self) -> None:
        rows = []
        for s in self.summaries:
            change = s.improvement
            shown = (Content.styled("—", MUTED) if change is None else
                     Content.styled(f"+{change}" if change > 0 else f"{change}", "$text-success" if change > 0 else MUTED))
            rows.append((literal(s.scenario), f"{s.attempts}", _score(s.first.overall if s.first else None),
                         _score(s.best.overall if s.best else None), _score(s.last.overall if s.last else None),
                         shown, _result(s.last_result)))
        _fit(self.query_one("#history-scenarios", DataTable), SCENARIO_COLUMNS, rows,
             [s.scenario for s in self.summaries])

    def _fill_sessions(self) -> None:
        rows = []
        for attempt in self.attempts:
            s = attempt.scores
            overall = Content.assemble(_score(s.overall), f" {grade(s.overall)}") if s else _score(None)
            result = _result(attempt.result)
            if attempt.truncated:
                result = Content.assemble(result, ("*", MUTED))
            rows.append((when(attempt.started).removesuffix(" UTC"), literal(attempt.player or "—"),
                         literal(attempt.scenario), result, overall,
                         *(_score(getattr(s, n) if s else None) for n in ("reciprocity", "pathway", "chasing")),
                         f"{attempt.turns}"))
        _fit(self.query_one("#history-sessions", DataTable), SESSION_COLUMNS, rows,
             [str(a.path) for a in self.attempts])

    # ---- actions
    @on(DataTable.RowSelected, "#history-sessions")
    def open_review(self, event: DataTable.RowSelected) -> None:
        from dojo.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(Path(str(event.row_key.value))))

    @on(DataTable.RowSelected, "#history-scenarios")
    def filter_scenario(self, event: DataTable.RowSelected) -> None:
        self.scenario = None if self.scenario == event.row_key.value else event.row_key.value
        self.refresh_view()

    def action_toggle_everyone(self) -> None:
        if self.player is None:
            self.notify("No player name is set, so this already shows everyone.", title="History")
            return
        self.everyone = not self.everyone
        self.refresh_view()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:  # the bottom screen is the first one shown
            self.app.pop_screen()
        else:
            self.app.exit(0)
