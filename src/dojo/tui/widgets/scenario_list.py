"""The picker's list of scenarios: one card per persona; a click previews, a second click starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dojo.tui.look import MUTED, difficulty_content, first_sentence, grade_content, literal, score_text_style

if TYPE_CHECKING:
    from dojo.coach import Scores
    from dojo.scenario.cards import Card


def card(scenario: Card, best: Scores | None, scores_known: bool = True) -> Content:
    """`scores_known` is False while the player's history is still being read: no record rather than a wrong one."""
    persona = scenario.persona
    name = Content.assemble(literal(persona.name, "bold"), ("  ", ""),
                            literal(f"{persona.role}, {persona.company}", MUTED))
    if not scores_known:
        record = Content("")
    elif best is None:
        record = Content.styled("not tried yet", MUTED)
    else:
        record = Content.assemble(("best ", MUTED), (f"{best.overall}", f"bold {score_text_style(best.overall)}"),
                                  " ", grade_content(best.overall))
    facts = Content.assemble(literal(scenario.archetype, "$text-accent"), "  ",
                             difficulty_content(scenario.difficulty), "  ", record)
    return Content("\n").join([name, facts, literal(first_sentence(scenario.summary), MUTED)])


class ScenarioList(OptionList):
    """Scenario cards; the highlighted one is previewed beside the list."""

    DEFAULT_CSS = """
    ScenarioList { height: 1fr; }
    ScenarioList > .option-list--option { padding: 0 1; }
    """

    def fill(self, rows: list[tuple[Card, Scores | None]], keep: str | None = None, scores_known: bool = True) -> None:
        options: list[Option | None] = []
        for index, (scenario, best) in enumerate(rows):
            if index:
                options.append(None)
            options.append(Option(card(scenario, best, scores_known), id=scenario.id))
        self.set_options(options)
        if not rows:
            return
        ids = [scenario.id for scenario, _ in rows]
        target = ids.index(keep) if keep in ids else 0
        self.highlighted = self.get_option_index(ids[target])

    async def _on_click(self, event: events.Click) -> None:
        event.prevent_default()  # replaces OptionList's select-on-first-click
        clicked = event.style.meta.get("option")
        if clicked is None or self._options[clicked].disabled:
            return
        if clicked == self.highlighted or event.chain >= 2:
            self.highlighted = clicked
            self.action_select()
        else:
            self.highlighted = clicked
