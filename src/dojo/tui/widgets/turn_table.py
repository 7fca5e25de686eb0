"""Turn by turn: each reply and the score events it caused, with the quoted words, the reason and a tip."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup, VerticalGroup
from textual.content import Content
from textual.widgets import Static

from dojo.engine.summary import Film
from dojo.tui.look import ACCENT, DIMENSION_TITLES, MUTED, delta_content, literal


class TurnTable(VerticalGroup):
    """A table that wraps long quotes and tips instead of cutting them off."""

    DEFAULT_CSS = """
    TurnTable { height: auto; width: 1fr; }
    TurnTable .tt-row { height: auto; }
    TurnTable .tt-head { color: $text-muted; text-style: bold; border-bottom: solid $panel-lighten-2; }
    TurnTable .tt-turn { width: 6; }
    TurnTable .tt-change { width: 19; }
    TurnTable .tt-what { width: 1fr; padding-right: 2; }
    TurnTable .tt-tip { width: 1fr; }
    TurnTable .tt-reply { width: 1fr; color: $text-muted; text-style: italic; }
    TurnTable .tt-first { margin-top: 1; }
    TurnTable .tt-empty { color: $text-muted; }
    """

    def __init__(self, film: Film, **kwargs) -> None:
        super().__init__(**kwargs)
        self.film = film

    def compose(self) -> ComposeResult:
        yield self._row("Turn", "Change", "What happened", "Tip", classes="tt-head")
        if not self.film.turns:
            yield Static(Content.styled("No replies were played.", MUTED), classes="tt-empty")
        for turn in self.film.turns:
            with HorizontalGroup(classes="tt-row tt-first"):
                yield Static(Content.styled(f"{turn.number}", "bold"), classes="tt-turn")
                yield Static(Content.assemble(("You: ", "bold"), literal(turn.reply)), classes="tt-reply")
            if not turn.events:
                yield self._row("", Content.styled("no change", MUTED), "", "")
            for event in turn.events:
                what = Content.assemble(literal(event.reason))
                if event.quote:
                    what = Content("\n").join([what, Content.assemble(("“", MUTED), literal(event.quote, "italic"),
                                                                     ("”", MUTED))])
                change = Content.assemble(delta_content(event.delta), " ",
                                          DIMENSION_TITLES.get(event.dimension, event.dimension))
                tip = literal(event.tip, ACCENT if event.delta < 0 else MUTED)
                yield self._row("", change, what, tip)

    @staticmethod
    def _row(turn, change, what, tip, classes: str = "") -> HorizontalGroup:
        return HorizontalGroup(
            Static(turn, classes="tt-turn", markup=False), Static(change, classes="tt-change", markup=False),
            Static(what, classes="tt-what", markup=False), Static(tip, classes="tt-tip", markup=False),
            classes=f"tt-row {classes}".strip())
