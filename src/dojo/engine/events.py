"""The events a session emits. A transcript is these, one per line; review replays them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from dojo.coach import ScoreEvent, Scores, Signals
from dojo.coach.signals import built_model

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
    #: The turns whose reply asked for it while the persona kept it back: the rep asked, and was not yet trusted
    #: with the answer (a debrief that only said "ask who decides" taught a rep who had asked twice nothing).
    asked_at: list[int] = Field(default_factory=list)


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


class OpenGive(BaseModel):
    """Something the rep gave that the prospect has not yet repaid."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: str
    turn: int
    quote: str = ""
    #: Turns since it was given, as of the turn this state belongs to.
    age: int = 0


class Jump(BaseModel):
    """A stage the rep reached for before earning the one before it, and when."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    stage: str
    turn: int


class CoachState(BaseModel):
    """Everything the coach knows after a turn: what the live panel, review and debrief draw.

    Saved with every scored turn, so a replayed session shows exactly what was shown live."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    earned: list[str] = []
    jumped: list[Jump] = []
    open_gives: list[OpenGive] = []
    gets: int = 0
    unpaired_gives: int = 0
    concessions: int = 0
    commitments: int = 0
    #: The rep has given something so far, repaid or not.
    gave: bool = False

    @classmethod
    def after(cls, coach: Any, turn: int, score_events: Iterable[ScoreEvent],
              before: CoachState | None = None) -> CoachState:
        """The state of `coach` once it has scored `turn`; `before` is the previous turn's state."""
        score_events = list(score_events)
        jumped = list(before.jumped) if before else []
        known = {jump.stage for jump in jumped}
        reached = getattr(coach, "jumped", None)
        if reached is None:  # older coaches only say so in the turn's score events
            reached = [e.label.removeprefix("stage:") for e in score_events if e.code == "jumped" and e.label]
        for stage in reached:
            if stage not in known:
                jumped.append(Jump(stage=stage, turn=turn))
                known.add(stage)
        # Values valid by construction, so pydantic is not asked to check them again (a replay
        # builds one of these every turn; tests/test_engine_fast_paths.py checks they round-trip).
        return built_model(cls, {
            "earned": list(coach.earned), "jumped": jumped,
            "open_gives": [built_model(OpenGive, {"kind": g.kind, "turn": g.turn, "quote": g.quote,
                                                  "age": turn - g.turn})
                           for g in coach.open_gives],
            "gets": coach.gets, "unpaired_gives": coach.unpaired_gives,
            "concessions": coach.concessions, "commitments": coach.commitments,
            "gave": (before is not None and before.gave) or coach.unpaired_gives > 0
            or any(e.code == "traded" for e in score_events),
        })


class TurnScored(_Event):
    """The running scores after a turn, so a reader never has to recompute them, and the
    coach's state after it. Transcripts saved before the state was recorded have `coach: null`."""

    kind: Literal["scores"] = "scores"
    scores: Scores
    coach: CoachState | None = None


class SessionEnded(_Event):
    kind: Literal["ended"] = "ended"
    ending: str | None
    result: Result
    title: str
    lesson: str
    scores: Scores


# ---- group role-play: a team, a facilitator, one conversation (engine/group.py)

GroupMode = Literal["relay", "round", "hotseat"]


class GroupFormed(_Event):
    """Who plays and how; the first event of a group session."""

    kind: Literal["group"] = "group"
    mode: GroupMode
    players: list[str]


class DraftScored(_Event):
    """A round-mode draft, scored as if the prospect had heard it, without advancing the call."""

    kind: Literal["draft"] = "draft"
    player: str
    text: str
    signals: Signals
    events: list[ScoreEvent]
    scores: Scores


class PlayerScored(_Event):
    """One player's own running ledger after a reply (or a draft) they wrote."""

    kind: Literal["player_scores"] = "player_scores"
    player: str
    events: list[ScoreEvent]
    scores: Scores


class AnswerPicked(_Event):
    """Which draft the prospect hears; `chosen_by` is `facilitator` or `best` (the default)."""

    kind: Literal["pick"] = "pick"
    player: str
    chosen_by: Literal["facilitator", "best"]


class PlayerSkipped(_Event):
    kind: Literal["skip"] = "skip"
    player: str


class NotePinned(_Event):
    """A facilitator's note on a turn (turn 0 is the opening), or on one player's answer to it."""

    kind: Literal["note"] = "note"
    player: str | None = None
    text: str


class ScoreOverridden(_Event):
    """The facilitator's view of a score, kept beside the coach's, never replacing it."""

    kind: Literal["override"] = "override"
    player: str
    dimension: Literal["reciprocity", "pathway", "chasing", "overall"]
    value: int = Field(ge=0, le=100)
    reason: str


GROUP_EVENTS = (GroupFormed, DraftScored, PlayerScored, AnswerPicked, PlayerSkipped, NotePinned, ScoreOverridden)

Event = Annotated[
    ProspectSaid | FactRevealed | FactMissed | RepReplied | SignalsHeard | ScoreChanged | StateChanged | TurnScored
    | SessionEnded | GroupFormed | DraftScored | PlayerScored | AnswerPicked | PlayerSkipped | NotePinned
    | ScoreOverridden,
    Field(discriminator="kind"),
]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_dict(data: dict) -> Event:
    return EVENT_ADAPTER.validate_python(data)
