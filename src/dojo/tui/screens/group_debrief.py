"""The group debrief: progress first (personal bests, most improved), then each player, the rounds, the notes."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Label, Static

from dojo.coach import grade
from dojo.engine.events import DraftScored, Event, RepReplied
from dojo.engine.group import GroupError
from dojo.engine.group_summary import GroupSummary, group_summary
from dojo.engine.summary import film
from dojo.scenario.model import Scenario
from dojo.text import clip
from dojo.tui.base import DojoScreen
from dojo.tui.look import (
    ACCENT,
    MUTED,
    delta_content,
    grade_content,
    literal,
    outcome_content,
    score_text_style,
)
from dojo.tui.screens.group_dialogs import NoteDialog, NoteTarget, PinnedNote
from dojo.tui.widgets.bullets import HangingLines
from dojo.tui.widgets.scoreboard import trend

#: The most of an answer a note's target shows: about three lines of the note dialog's list.
NOTE_TARGET_CHARS = 180

MODE_TITLES = {"relay": "Relay", "round": "Round", "hotseat": "Hot seat"}


def cheers_content(summary: GroupSummary, bests: dict[str, int | None]) -> Content:
    lines: list[Content] = []
    for player in summary.players:
        if player.scores is None:
            continue
        before = bests.get(player.name)
        now = player.scores.overall
        if before is None:
            lines.append(Content.assemble(("★ ", "bold $text-success"), literal(player.name, "bold"),
                                          (f"  first score on this scenario: {now}", "")))
        elif now > before:
            lines.append(Content.assemble(("★ ", "bold $text-success"), literal(player.name, "bold"),
                                          (f"  personal best: {now} (was {before})", "")))
    improved = summary.most_improved()
    if improved is not None:
        lines.append(Content.assemble(("▲ ", "bold $text-success"), literal(improved.name, "bold"),
                                      (f"  most improved: +{improved.gained} since their first answer", "")))
    return Content("\n").join(lines) if lines else Content.styled("Everyone got a turn. Try again to set a best.",
                                                                  MUTED)


def players_content(summary: GroupSummary) -> HangingLines:
    """Each player's scores, their best answer (wrapped under its own first word, not under "best, turn"),
    and the facilitator's overrides."""
    width = max(6, min(14, max(len(p.name) for p in summary.players)))
    lines: list[tuple[Content, Content | None]] = []
    for p in summary.players:
        row = [literal(p.name[:width].ljust(width), "bold")]
        if p.scores is None:
            row.append(Content.styled("  no answers", MUTED))
        else:
            s = p.scores
            row += [Content.styled(f" {s.overall:>3} {grade(s.overall)}", f"bold {score_text_style(s.overall)}"),
                    Content.styled(f"  R{s.reciprocity:>3} P{s.pathway:>3} C{s.chasing:>3}  ", MUTED),
                    delta_content(p.gained), Content("  "), Content.styled(trend([x.overall for x in p.progress]), ACCENT)]
        heard = p.picked if summary.mode == "round" else p.replies
        row.append(Content.styled(f"  {p.answers} answer{'' if p.answers == 1 else 's'}, {heard} heard, "
                                   f"team {p.team_points:+d}", MUTED))
        lines.append((Content.assemble(*row), None))
        best = p.best_moment
        if best is not None:
            lines.append((Content.assemble((f"   best, turn {best[0]} ", MUTED), delta_content(best[2]), "  "),
                          literal(best[1])))
        for o in p.overrides:
            lines.append((Content.assemble(("   facilitator: ", "bold $text-warning"), (f"{o.dimension} {o.value} ", "bold")),
                          literal(f"— {o.reason}", MUTED)))
    return HangingLines(lines)


def rounds_content(summary: GroupSummary) -> Content:
    lines = []
    for r in summary.rounds:
        best = r.best
        if best is None:
            continue
        heard = Content.assemble(("  → heard: ", MUTED), literal(r.picked.player)) if r.picked else Content("")
        lines.append(Content.assemble((f"Turn {r.turn}  ", "bold"), literal(best.player, f"bold {ACCENT}"),
                                      (f" {best.scores.overall}  ", MUTED), literal(best.text), heard))
    return Content("\n").join(lines)


def note_targets(events: list[Event], mode: str) -> list[NoteTarget]:
    """What a note can be about after the session: the team's last turn, then each trainee's answer, newest
    first (in a round, every draft; otherwise what the prospect heard)."""
    last = max((e.turn for e in events), default=0)
    targets = [NoteTarget(f"The whole team · turn {last}" if last else "The whole team · the opening", last)]
    answers: list[tuple[int, str, str]] = []
    for e in events:
        if isinstance(e, DraftScored) and mode == "round":
            answers.append((e.turn, e.player, e.text))
        elif isinstance(e, RepReplied) and e.player and mode != "round":
            answers.append((e.turn, e.player, e.text))
    for turn, player, text in reversed(answers):
        # Whole, wrapped in the list, up to three lines of the dialog; a longer answer is cut at a word.
        said = clip(" ".join(text.split()), NOTE_TARGET_CHARS)
        targets.append(NoteTarget(f"Turn {turn} · {player}: {said}", turn, player))
    return targets


def notes_content(summary: GroupSummary) -> Content:
    if not summary.notes:
        return Content.styled("No notes. Press n to pin one now.", MUTED)
    return Content("\n").join(
        Content.assemble((f"Turn {n.turn}", "bold"), literal(f" · {n.player}" if n.player else "", "bold"), "  ",
                         literal(n.text)) for n in summary.notes)


class GroupDebriefScreen(DojoScreen):
    DEFAULT_CSS = """
    GroupDebriefScreen #group-debrief-body { height: 1fr; padding: 0 2 1 2; }
    GroupDebriefScreen #group-debrief-body > Static { height: auto; }
    GroupDebriefScreen #group-outcome { margin-top: 1; }
    GroupDebriefScreen #group-debrief-actions {
        height: auto; padding: 0 2; background: $surface; border-top: hkey $panel-lighten-1;
    }
    GroupDebriefScreen #group-debrief-actions > Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("n", "note", "Pin note"),
        Binding("w", "report", "Write report"),
        Binding("t", "transcript", "Transcript"),
        Binding("p,escape", "pick", "Done"),
    ]
    PALETTE_ACTIONS = (
        ("report", "Write group report", "Save the group report as Markdown and HTML beside the transcripts"),
        ("transcript", "Open transcript", "Review this conversation turn by turn"),
    )

    def __init__(self, scenario: Scenario, events: list[Event], transcript: Path | None,
                 bests: dict[str, int | None], team=None) -> None:
        super().__init__()
        self.scenario = scenario
        self.events = events
        self.transcript = transcript
        self.bests = bests
        self.team = team

    def _summary(self) -> GroupSummary:
        summary = group_summary(self.events)
        assert summary is not None, "the group debrief shows a group session"
        return summary

    def compose(self) -> ComposeResult:
        summary = self._summary()
        played = film(self.events)
        ended = played.ended
        scores = played.scores
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(("Group debrief  ", f"bold {ACCENT}"), literal(self.scenario.title, "bold"),
                                          (f"  {MODE_TITLES.get(summary.mode, summary.mode)}", MUTED)))
            if scores is not None:
                yield Static(Content.assemble(("Team ", MUTED), (f"{scores.overall}", "bold"), " ",
                                              grade_content(scores.overall)), classes="topbar-right")
        with VerticalScroll(id="group-debrief-body"):
            if ended is not None:
                yield Static(Content.assemble(outcome_content(ended.result, ended.title),
                                              "\n", literal(ended.lesson, MUTED)), id="group-outcome")
            yield Label("WORTH CELEBRATING", classes="section")
            yield Static(cheers_content(summary, self.bests), id="group-cheers")
            yield Label("EACH PLAYER, ON THEIR OWN ANSWERS", classes="section")
            yield Static(players_content(summary), id="group-players")
            if summary.rounds:
                yield Label("BEST ANSWER OF EACH ROUND", classes="section")
                yield Static(rounds_content(summary), id="group-rounds")
            yield Label("FACILITATOR'S NOTES", classes="section")
            yield Static(notes_content(summary), id="group-notes-list")
        with Horizontal(id="group-debrief-actions"):
            yield Button("Done", id="group-done", variant="primary", compact=True)
            yield Button("Write report", id="group-report", compact=True)
            yield Button("Open transcript", id="group-transcript", disabled=self.transcript is None, compact=True)
        yield Footer()

    def on_mount(self) -> None:
        # The body first, so arrows and PageDown read the whole debrief; `p` or Escape is Done.
        self.query_one("#group-debrief-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("transcript", "report") and self.transcript is None:
            return None
        return True

    def action_note(self) -> None:
        if self.team is None:
            return
        group = self.team.group if hasattr(self.team, "group") else self.team

        def pinned(note: PinnedNote | None) -> None:
            if note is None or note.target is None:
                return
            try:
                self.team.note(note.text, note.target.turn, note.target.player)
            except GroupError as err:  # a note must never cost the debrief
                self.notify(str(err).capitalize() + ".", title="Note not pinned", severity="error", markup=False)
                return
            self.query_one("#group-notes-list", Static).update(notes_content(self._summary()))

        self.app.push_screen(NoteDialog("on the team or one answer", note_targets(self.events, group.mode)), pinned)

    @on(Button.Pressed, "#group-report")
    def action_report(self) -> None:
        if self.transcript is None:
            return
        from dojo.fsutil import atomic_write
        from dojo.transcript import load_transcript
        from dojo.transcript.group_report import (
            group_report_html,
            group_report_markdown,
        )
        from dojo.transcript.store import TranscriptError

        try:
            transcript = load_transcript(self.transcript)
            base = self.transcript.with_suffix("")
            atomic_write(f"{base}.report.md", group_report_markdown(transcript, self.bests))
            atomic_write(f"{base}.report.html", group_report_html(transcript, self.bests))
        except (OSError, ValueError, TranscriptError) as err:  # a report must never cost the debrief
            self.notify(str(err), title="Report not written", severity="error", markup=False)
            return
        self.notify_written("Report written", base, ".report.md and .html")

    @on(Button.Pressed, "#group-transcript")
    def action_transcript(self) -> None:
        if self.transcript is not None:
            self.dojo.open_transcript(self.transcript)

    @on(Button.Pressed, "#group-done")
    def action_pick(self) -> None:
        self.dojo.back_to_picker()
