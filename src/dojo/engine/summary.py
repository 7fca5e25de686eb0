"""Fold a session's events into turns: what review, the debrief and every export walk over."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dojo.coach import ScoreEvent, Scores, Signals
from dojo.engine.events import (
    CoachState,
    Event,
    ProspectSaid,
    RepReplied,
    ScoreChanged,
    SessionEnded,
    SignalsHeard,
    TurnScored,
)


@dataclass
class Turn:
    number: int
    reply: str = ""
    player: str | None = None
    prospect: list[str] = field(default_factory=list)
    signals: Signals | None = None
    events: list[ScoreEvent] = field(default_factory=list)
    scores: Scores | None = None
    #: The coach's state after this turn (None in transcripts saved before it was recorded).
    coach: CoachState | None = None


@dataclass
class Film:
    """A conversation as turns: the opening line, each reply with what it earned, the ending."""

    opening: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    ended: SessionEnded | None = None

    @property
    def scores(self) -> Scores | None:
        if self.ended:
            return self.ended.scores
        scored = [turn.scores for turn in self.turns if turn.scores]
        return scored[-1] if scored else None

    def outcome_json(self) -> dict:
        if self.ended is None:
            return {"id": None, "result": "unfinished", "title": "", "lesson": ""}
        return {"id": self.ended.ending, "result": self.ended.result, "title": self.ended.title,
                "lesson": self.ended.lesson}


def film(events: Iterable[Event]) -> Film:
    result = Film()
    turns: dict[int, Turn] = {}
    for event in events:
        if isinstance(event, SessionEnded):
            result.ended = event
            continue
        if isinstance(event, ProspectSaid) and event.turn == 0:
            result.opening.append(event.text)
            continue
        turn = turns.get(event.turn)
        if turn is None:
            turn = turns[event.turn] = Turn(event.turn)
            result.turns.append(turn)
        if isinstance(event, RepReplied):
            turn.reply, turn.player = event.text, event.player
        elif isinstance(event, ProspectSaid):
            turn.prospect.append(event.text)
        elif isinstance(event, SignalsHeard):
            turn.signals = event.signals
        elif isinstance(event, ScoreChanged):
            turn.events.append(event)
        elif isinstance(event, TurnScored):
            turn.scores = event.scores
            turn.coach = event.coach
    return result
