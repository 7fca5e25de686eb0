"""The coach compiled before the player needs it, and never on the app's own thread.

Compiling the coach's rules takes a few seconds of CPU the first time a process needs them (longer
on a busy machine). Built when a conversation screen is made, that time froze the app between
Enter and the prospect's opening line, and every key typed meanwhile landed late. So the app
compiles them in a thread as soon as the picker is filled, while the player reads the cards; a
start that comes first waits in a worker, says what it is waiting for, and opens the screen once
the rules are ready.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dojo.scenario.model import Scenario

class CoachReadiness:
    """Mixed into the app: `coach_in_background` is False in tests that want every start at once."""

    coach_in_background: bool

    def prepare_coach(self, scenario: Scenario) -> None:
        """Compile `scenario`'s rules in a thread now, if the app prepares them in the background."""
        from dojo.engine import lexicon_compiled, lexicon_for
        from dojo.tui.heap import lean_lexicons

        if not self.coach_in_background or lexicon_compiled(scenario):
            return
        lean_lexicons()  # before any lexicon of the app is compiled: it sets how they are split
        self.run_worker(lambda: lexicon_for(scenario), thread=True,  # type: ignore[attr-defined]
                        group="coach", exit_on_error=False)

    def when_coach_ready(self, scenario: Scenario, start: Callable[[], None]) -> bool:
        """True if `start` must wait for `scenario`'s rules: it then runs once they are compiled,
        unless the player left the screen meanwhile. False if it can run now."""
        from dojo.engine import lexicon_compiled

        if not self.coach_in_background or lexicon_compiled(scenario):
            return False
        self.run_worker(self._start_once_compiled(scenario, start),  # type: ignore[attr-defined]
                        group="start", exclusive=True, exit_on_error=False)
        return True

    async def _start_once_compiled(self, scenario: Scenario, start: Callable[[], None]) -> None:
        from dojo.engine import lexicon_for
        from dojo.tui.heap import lean_lexicons

        screen = self.screen  # type: ignore[attr-defined]
        # Said before the compile starts: while RE2 builds its sets the app's own thread gets little time.
        self.notify(f"Getting {scenario.persona.name} ready: the coach is compiling its rules "  # type: ignore[attr-defined]
                    "(a few seconds, once after opening dojo).", title="One moment", timeout=8, markup=False)
        lean_lexicons()
        waiting = list(screen.query("#start"))  # the picker's start button spins until the screen opens
        for button in waiting:
            button.loading = True
        try:
            await asyncio.to_thread(lexicon_for, scenario)
        except Exception as err:  # noqa: BLE001 - a scenario that cannot start says why; the app stays up
            self.notify(f"Could not start {scenario.persona.name}: {err}",  # type: ignore[attr-defined]
                        title="Scenario", severity="error", markup=False)
            return
        finally:
            for button in waiting:
                button.loading = False
        if self.screen is screen:  # type: ignore[attr-defined]
            start()
