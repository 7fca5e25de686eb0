"""The events a session emits. A transcript is these, one per line; review replays them."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from dojo.coach import ScoreEvent, Scores, Signals

Result = Literal["win", "loss", "neutral", "unfinished"]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    turn: int


class ProspectSaid(_Event):
    kind: Literal["prospect"] = "prospect"
    state: str
    text: str
    tags: list[str] = []
    #: Where the line came from, for traces: "states.pitch.rules[2]", "rules[1]" (scenario-wide), "states.pitch.fallback", "opening", "endings.won".
    rule: str | None = None
    #: The conditions of that rule that held, in words: "heard give:deck", "open gives ≥ 2".
    why: list[str] = []


class FactRevealed(_Event):
    """The persona told the rep one of the facts it holds, in the line just said."""

    kind: Literal["fact"] = "fact"
    fact: str
    #: The fact's neutral name ("the real driver") and what it turned out to be.
    label: str
    text: str
    #: The reply that drew it out (None when the persona volunteered it, as in the opening).
    by_reply_turn: int | None = None
    #: The labels of that reply that asked for it ("get:timeline"); empty when volunteered.
    heard: list[str] = []


class FactMissed(_Event):
    """At the end: a fact the rep never uncovered, with the kind of question that would have."""

    kind: Literal["fact_missed"] = "fact_missed"
    fact: str
    label: str
    ask: str


class RepReplied(_Event):
    kind: Literal["rep"] = "rep"
    text: str
    player: str | None = None


class SignalsHeard(_Event):
    kind: Literal["signals"] = "signals"
    signals: Signals


class ScoreChanged(ScoreEvent):
    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Literal["score"] = "score"


class StateChanged(_Event):
    kind: Literal["state"] = "state"
    from_state: str
    to_state: str


class TurnScored(_Event):
    """The running scores after a turn, so a reader never has to recompute them."""

    kind: Literal["scores"] = "scores"
    scores: Scores


class SessionEnded(_Event):
    kind: Literal["ended"] = "ended"
    ending: str | None
    result: Result
    title: str
    lesson: str
    scores: Scores


Event = Annotated[
    Union[ProspectSaid, FactRevealed, FactMissed, RepReplied, SignalsHeard, ScoreChanged, StateChanged, TurnScored, SessionEnded],
    Field(discriminator="kind"),
]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_dict(data: dict) -> Event:
    return EVENT_ADAPTER.validate_python(data)
