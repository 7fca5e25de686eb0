"""Plain-text rendering of a session for terminals and pipes. Untrusted text goes through `visible`."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from dojo.engine.events import (
    Event,
    FactMissed,
    FactRevealed,
    ProspectSaid,
    RepReplied,
    ScoreChanged,
    SessionEnded,
)
from dojo.engine.summary import is_narration, missed_advice
from dojo.scenario.model import Scenario
from dojo.text import visible
from dojo.transcript.text import debrief, score_line, scores_line

__all__ = ["debrief", "events_text", "header", "score_line", "scores_line"]


def header(scenario: Scenario, seed: int) -> str:
    persona = scenario.persona
    return (f"{visible(scenario.title)} — {visible(persona.name)}, {visible(persona.role)} at "
            f"{visible(persona.company)} (seed {seed})\n")


def events_text(events: list[Event], persona_name: str, *, by_player: bool = False,
                other: Callable[[Event], str | None] = lambda event: None) -> str:
    """Turn-by-turn lines for the events of one turn (or the opening). `by_player` names each reply's
    writer instead of "You"; `other` gives the line, if any, for events this walk does not know (group play)."""
    name = visible(persona_name)
    lines = []
    missed = [event for event in events if isinstance(event, FactMissed)]
    for event in events:
        if isinstance(event, ProspectSaid):
            # An ending's epilogue is what happened next, told as narration as on screen, not under the persona's name.
            lines.append(f"  {visible(event.text)}" if is_narration(event) else f"  {name}: {visible(event.text)}")
        elif isinstance(event, FactRevealed):
            lines.append(f"        ◆ uncovered {visible(event.label)}: {visible(event.text)}")
        elif isinstance(event, RepReplied):
            writer = event.player if by_player and event.player else "You"
            lines.append(f"  {visible(writer)}: {visible(event.text)}")
        elif isinstance(event, ScoreChanged):
            lines.append(score_line(event))
        elif isinstance(event, SessionEnded):
            lines.append(debrief(event))
            lines += [textwrap.fill(f"{visible(m.label)}: {visible(missed_advice(m))}", width=96, initial_indent="Missed: ",
                                    subsequent_indent="        ") for m in missed]
        else:
            line = other(event)
            if line is not None:
                lines.append(line)
    return "\n".join(lines)
