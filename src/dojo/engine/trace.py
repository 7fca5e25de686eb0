"""A turn-by-turn trace of a session, for trainers: state, what the coach heard, which rule fired and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from dojo.coach import Signals
from dojo.engine.events import (
    Event,
    ProspectSaid,
    RepReplied,
    SessionEnded,
    SignalsHeard,
    StateChanged,
)


@dataclass
class TraceTurn:
    turn: int
    state: str = ""
    reply: str = ""
    heard: list[str] = field(default_factory=list)
    rule: str | None = None
    why: list[str] = field(default_factory=list)
    says: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    to_state: str | None = None
    ending: str | None = None
    signals: Signals | None = None

    @property
    def because(self) -> list[str]:
        """`why`, with the rep's words the coach matched after each condition on what it heard:
        `heard stage:empathy "That sounds like a lot"`."""
        out = []
        for reason in self.why:
            label = reason.removeprefix("heard ")
            quote = self.signals.quote(label) if self.signals is not None and label != reason else ""
            out.append(f'{reason} "{quote}"' if quote else reason)
        return out

    def as_json(self) -> dict:
        return {"turn": self.turn, "state": self.state, "rule": self.rule, "why": self.why,
                "heard": self.heard, "to_state": self.to_state}


def heard_labels(signals: Signals) -> list[str]:
    found = {"give": signals.gives, "get": signals.gets, "stage": signals.stages, "chase": signals.chase}
    labels = [f"{category}:{kind}" for category, kinds in found.items() for kind in kinds]
    return labels + [flag for flag in ("question", "close_ask") if getattr(signals, flag)]


#: Events that are said or heard on a turn; anything else (a fact missed, the end) joins a turn already traced.
_OPENS_A_TURN = (RepReplied, SignalsHeard, ProspectSaid, StateChanged)


def trace(events: list[Event]) -> list[TraceTurn]:
    turns: dict[int, TraceTurn] = {}
    for event in events:
        if event.turn not in turns and not isinstance(event, _OPENS_A_TURN):
            continue  # the rep stopped: the facts missed and the end belong to no reply
        turn = turns.setdefault(event.turn, TraceTurn(event.turn))
        if isinstance(event, RepReplied):
            turn.reply = event.text
        elif isinstance(event, SignalsHeard):
            turn.heard = heard_labels(event.signals)
            turn.signals = event.signals
        elif isinstance(event, ProspectSaid):
            if not turn.state:
                turn.state = event.state
            if turn.rule is None:  # the rule's own line, not an ending's epilogue after it
                turn.rule, turn.why = event.rule, list(event.why)
            turn.says.append(event.text)
            turn.tags = list(event.tags) or turn.tags
        elif isinstance(event, StateChanged):
            turn.to_state = event.to_state
        elif isinstance(event, SessionEnded):
            turn.ending = event.ending or event.result
    return [turns[number] for number in sorted(turns)]


def trace_lines(turn: TraceTurn, persona: str) -> list[str]:
    """Plain text; the caller passes it through `visible` if it goes to a terminal."""
    if turn.turn == 0:
        return [f"turn 0  [{turn.state}] {persona}: {' / '.join(turn.says)}"]
    why = f" ({', '.join(turn.because)})" if turn.why else ""
    lines = [f"turn {turn.turn}  [{turn.state}] You: {turn.reply}",
             f"        heard: {', '.join(turn.heard) or 'nothing'}",
             f"        rule:  {turn.rule or '?'}{why}",
             f"        {persona}: {' / '.join(turn.says)}"]
    if turn.to_state:
        lines.append(f"        → state {turn.to_state}")
    if turn.ending:
        lines.append(f"        ⇒ ending {turn.ending}")
    return lines
