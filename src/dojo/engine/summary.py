"""Fold a session's events into turns: what review, the debrief and every export walk over."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dojo.coach import ScoreEvent, Scores, Signals
from dojo.engine.events import (
    GROUP_EVENTS,
    CoachState,
    Event,
    FactMissed,
    FactRevealed,
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
    #: Facts the persona told, in order, and (once the session has ended) those never uncovered.
    uncovered: list[FactRevealed] = field(default_factory=list)
    missed: list[FactMissed] = field(default_factory=list)

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

    def facts_json(self) -> dict:
        replies = {turn.number: turn.reply for turn in self.turns}
        return {
            "uncovered": [{"id": f.fact, "label": f.label, "text": f.text, "turn": f.turn,
                           "by_reply_turn": f.by_reply_turn,
                           "reply": replies.get(f.by_reply_turn) if f.by_reply_turn else None,
                           "heard": f.heard} for f in self.uncovered],
            "missed": [{"id": f.fact, "label": f.label, "ask": f.ask} for f in self.missed],
        }


def film(events: Iterable[Event]) -> Film:
    result = Film()
    turns: dict[int, Turn] = {}
    for event in events:
        if isinstance(event, GROUP_EVENTS):  # a group's drafts and notes sit beside the turns
            continue
        if isinstance(event, SessionEnded):
            result.ended = event
            continue
        if isinstance(event, FactRevealed):
            result.uncovered.append(event)
            continue
        if isinstance(event, FactMissed):
            result.missed.append(event)
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
