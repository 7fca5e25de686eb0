"""Fold a session's events into turns: what review, the debrief and every export walk over."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from dojo.coach import ScoreEvent, Scores, Signals
from dojo.coach.scores import NOT_OWED_ON_WALKING_AWAY
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


def stages_not_owed(events: Iterable[Event], earned: list[str], turn: int | None = None) -> tuple[str, ...]:
    """The pitch stages a walk-away from a non-buyer credited (a `walked_away` event, by `turn` when given) that the
    rep had not earned, in pathway order: what makes a full pathway with two stages earned add up."""
    walked = any(isinstance(event, ScoreChanged) and event.code == "walked_away" and (turn is None or event.turn <= turn)
                 for event in events)
    return tuple(stage for stage in NOT_OWED_ON_WALKING_AWAY if stage not in earned) if walked else ()


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
    #: The state the turn was played in, the rule that answered and why it fired (for traces).
    state: str | None = None
    rule: str | None = None
    why: list[str] = field(default_factory=list)
    #: The lines of `prospect` that are an ending's epilogue told as narration ("(He hangs up.)"), not speech.
    narration: list[str] = field(default_factory=list)


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
            "missed": [{"id": f.fact, "label": f.label, "ask": f.ask, "asked_at": f.asked_at, "advice": missed_advice(f)}
                       for f in self.missed],
        }


def missed_advice(fact: FactMissed) -> str:
    """What a debrief says of a fact never uncovered: the question that finds it, or, when the rep asked and the
    persona kept it back, that it was asked and when to ask again."""
    if not fact.asked_at:
        return fact.ask
    turns = fact.asked_at
    when = f"turn {turns[0]}" if len(turns) == 1 else f"turns {', '.join(map(str, turns[:-1]))} and {turns[-1]}"
    return f"You asked at {when}, but they kept it back: ask again once they have opened up to you."


def is_narration(said: ProspectSaid) -> bool:
    """An ending's epilogue in parentheses ("(Your email sits unopened.)") tells what happened next: it
    is not the prospect talking, so it is not shown in their bubble under their name."""
    text = said.text.strip()
    return (said.rule or "").startswith("endings.") and text.startswith("(") and text.endswith(")")


def film(events: Iterable[Event]) -> Film:
    result = Film()
    turns: dict[int, Turn] = {}
    # Events are exactly the classes of the `Event` union, so their type is compared directly: a
    # transcript is a hundred events or more, and isinstance on pydantic models is slow to say no.
    for event in events:
        kind = type(event)
        if kind in _BESIDE_TURNS:  # a group's drafts and notes sit beside the turns
            continue
        if kind is SessionEnded:
            result.ended = cast(SessionEnded, event)
            continue
        if kind is FactRevealed:
            result.uncovered.append(cast(FactRevealed, event))
            continue
        if kind is FactMissed:
            result.missed.append(cast(FactMissed, event))
            continue
        if kind is ProspectSaid and event.turn == 0:
            result.opening.append(cast(ProspectSaid, event).text)
            continue
        turn = turns.get(event.turn)
        if turn is None:
            turn = turns[event.turn] = Turn(event.turn)
            result.turns.append(turn)
        if kind is RepReplied:
            replied = cast(RepReplied, event)
            turn.reply, turn.player = replied.text, replied.player
        elif kind is ProspectSaid:
            said = cast(ProspectSaid, event)
            turn.prospect.append(said.text)
            if is_narration(said):
                turn.narration.append(said.text)
            if turn.state is None:  # the rule's own line, not an ending's epilogue
                turn.state, turn.rule, turn.why = said.state, said.rule, list(said.why)
        elif kind is SignalsHeard:
            turn.signals = cast(SignalsHeard, event).signals
        elif kind is ScoreChanged:
            turn.events.append(cast(ScoreChanged, event))
        elif kind is TurnScored:
            scored = cast(TurnScored, event)
            turn.scores = scored.scores
            turn.coach = scored.coach
    return result


_BESIDE_TURNS = frozenset(GROUP_EVENTS)
