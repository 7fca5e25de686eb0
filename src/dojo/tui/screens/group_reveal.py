"""Round mode's reveal: every draft side by side with its score and what the coach heard.

The best-scored draft is selected first; ←/→ or a number selects another, Enter
lets the prospect hear it, `n` pins a note to the selected draft.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from dojo.coach import grade
from dojo.engine.events import DraftScored, ProspectSaid
from dojo.engine.group import GroupError, GroupSession
from dojo.engine.summary import Turn
from dojo.transcript.export import signals_text
from dojo.tui.look import ACCENT, MUTED, literal, score_text_style
from dojo.tui.messages import AnswerChosen
from dojo.tui.screens.group_dialogs import NoteDialog, PinnedNote
from dojo.tui.widgets.chat import chips


def card_content(number: int, draft: DraftScored, hidden: bool, best: bool) -> Content:
    head = [Content.styled(f"{number} ", f"bold {ACCENT}"), literal(draft.player, "bold")]
    if best and not hidden:
        head.append(Content.styled("  ★ best", "bold $text-success"))
    lines = [Content.assemble(*head), literal(draft.text)]
    if hidden:
        lines.append(Content.styled("score hidden", MUTED))
    else:
        overall = draft.scores.overall
        lines.append(Content.assemble(("overall ", MUTED), (f"{overall} {grade(overall)}",
                                                             f"bold {score_text_style(overall)}")))
        lines.append(chips(draft.events))  # type: ignore[arg-type]
    lines.append(Content.assemble(("heard: ", "bold $text-muted"),
                                  literal(signals_text(Turn(draft.turn, signals=draft.signals)), MUTED)))
    return Content("\n").join(lines)


class DraftCard(Static):
    DEFAULT_CSS = """
    DraftCard {
        width: 1fr; height: auto; min-height: 6; padding: 0 1; margin: 0 1 0 0;
        border: round $panel-lighten-2; background: $surface;
    }
    DraftCard.-selected { border: heavy $accent; background: $accent-muted; }
    """

    def __init__(self, player: str, content: Content) -> None:
        super().__init__(content)
        self.player = player

    def on_click(self) -> None:
        self.post_message(AnswerChosen(self.player))


class GroupRevealScreen(Screen[str | None]):
    DEFAULT_CSS = """
    GroupRevealScreen #reveal-body { height: 1fr; padding: 0 1; }
    GroupRevealScreen #reveal-line { height: auto; margin: 1 0; }
    GroupRevealScreen #reveal-cards { height: auto; }
    GroupRevealScreen #reveal-help { height: auto; margin-top: 1; }
    """
    BINDINGS = [
        Binding("left", "move(-1)", "Previous", show=False),
        Binding("right", "move(1)", "Next", show=False),
        *(Binding(str(n), f"select({n - 1})", f"Select draft {n}", show=False) for n in range(1, 10)),
        Binding("enter", "pick", "Prospect hears this"),
        Binding("b", "best", "Pick best"),
        Binding("n", "note", "Note on this draft"),
        Binding("escape", "best", "Best and go on", show=False),
    ]

    def __init__(self, group: GroupSession, hidden: bool, team=None) -> None:
        super().__init__()
        self.group = group
        self.team = team if team is not None else group
        self.hidden = hidden
        self.drafts = [draft.event for draft in group.drafts]
        best = group.best_draft()
        self.best = best.player if best else None
        self.selected = next((i for i, d in enumerate(self.drafts) if d.player == self.best), 0)

    def compose(self) -> ComposeResult:
        persona = self.group.scenario.persona
        prospect = next((e.text for e in reversed(self.group.events) if isinstance(e, ProspectSaid)), "")
        with Horizontal(classes="topbar"):
            yield Static(Content.assemble(("Reveal  ", f"bold {ACCENT}"),
                                          (f"{len(self.drafts)} drafts · the facilitator picks", MUTED)))
        with VerticalScroll(id="reveal-body"):
            yield Static(Content.assemble((f"Turn {self.group.turn} · every draft  ", f"bold {ACCENT}"),
                                          literal(persona.name, "bold $text-secondary"), (" said: ", MUTED),
                                          literal(prospect)), id="reveal-line")
            with Horizontal(id="reveal-cards"):
                for number, draft in enumerate(self.drafts, start=1):
                    yield DraftCard(draft.player, card_content(number, draft, self.hidden, draft.player == self.best))
            yield Static(Content.styled("Talk it through, then pick the answer the prospect hears: ←/→ or a "
                                        "number selects, Enter picks, b picks the best scored.", MUTED),
                         id="reveal-help")
        yield Footer()

    def on_mount(self) -> None:
        self._mark()

    def _mark(self) -> None:
        for index, card in enumerate(self.query(DraftCard)):
            card.set_class(index == self.selected, "-selected")

    def action_move(self, step: int) -> None:
        self.selected = (self.selected + step) % len(self.drafts)
        self._mark()

    def action_select(self, index: int) -> None:
        if index < len(self.drafts):
            self.selected = index
            self._mark()

    def action_pick(self) -> None:
        self.dismiss(self.drafts[self.selected].player)

    def action_best(self) -> None:
        self.dismiss(self.best)

    @on(AnswerChosen)
    def _clicked(self, message: AnswerChosen) -> None:
        self.dismiss(message.player)

    def action_note(self) -> None:
        draft = self.drafts[self.selected]

        def pinned(note: PinnedNote | None) -> None:
            if note is None:
                return
            try:
                self.team.note(note.text, draft.turn, draft.player)
            except GroupError as err:
                self.notify(str(err), severity="error", markup=False)
                return
            self.notify(f"Pinned to {draft.player}'s draft.", title="Note", timeout=2, markup=False)

        self.app.push_screen(NoteDialog(f"on {draft.player}'s draft"), pinned)
