"""The command palette: every scenario, and the actions that make sense on the current screen."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from dojo.text import visible
from dojo.tui.look import first_sentence

if TYPE_CHECKING:
    from dojo.tui.app import DojoApp


def _highlight(matcher: Matcher, candidate: str) -> Content:
    """Like `Matcher.highlight`, but the candidate is scenario text: never parsed as markup."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class DojoCommands(Provider):
    """`Practise: <persona>` for each scenario, plus the app's actions."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("DojoApp", self.app)
        screen = self.screen
        found: list[tuple[str, str, Callable[[], object]]] = []
        for scenario in app.scenarios():
            persona = scenario.persona
            found.append((visible(f"Practise: {persona.name} ({scenario.archetype})"),
                          visible(f"{persona.role}, {persona.company} · {first_sentence(scenario.summary)}"),
                          partial(app.start_scenario, scenario.id)))
        found.append(("Toggle light/dark theme", "Switch between dojo's light and dark themes", app.action_toggle_theme))
        found.append(("Group role-play", "A team around one screen: relay, round or hot seat", app.action_group))
        found.append(("Settings", "Change the player name or the theme (ctrl+s)", app.action_settings))
        found.append(("History", "Your scores over time and every saved session (ctrl+y)", app.action_history))
        found.append(("Review last session", "Step through your newest finished session turn by turn",
                      app.action_review_last))
        for action, name, help_text in getattr(screen, "PALETTE_ACTIONS", ()):
            if screen.check_action(action, ()):
                found.append((name, help_text, partial(screen.run_action, action)))
        if screen.id != "picker":
            found.append(("Pick a scenario", "Go back to the scenario list", app.back_to_picker))
        return found

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            yield DiscoveryHit(Content(name), command, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), command, text=name, help=escape(help_text))
