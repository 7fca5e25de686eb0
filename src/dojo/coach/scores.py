"""Scoring: every change to a score is an event with a reason, the quoted words and a tip.

A dimension's score is its base plus the sum of its event deltas, clamped to
0–100, so any score can be explained by listing its events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from dojo.coach.lexicon import Lexicon, default_lexicon
from dojo.coach.signals import Signals
from dojo.vocab import STAGES

Dimension = Literal["reciprocity", "pathway", "chasing"]
DIMENSIONS: tuple[Dimension, ...] = ("reciprocity", "pathway", "chasing")
BASE = {"reciprocity": 50, "pathway": 0, "chasing": 100}

# The weights of the model, in one place so the docs can quote them.
TRADE_CREDIT = 15          # a give and a get in the same reply
LATE_GET_CREDIT = 15       # halved for every turn the get came after the give
ASK_CREDIT = 5             # a get with nothing owed: asking early builds standing
GIVE_PENALTY = 10          # a reply that gives and asks nothing back
STAGE_CREDIT = 20          # five stages earned in order make 100
JUMP_PENALTY = 15
CLOSE_UNEARNED_PENALTY = 15
CLOSE_ASKED_PENALTY = 5
CHASE_PENALTY = 15
CONTEXT_CHASE_PENALTY = 20
EFFORT_PENALTY = 10
EFFORT_GAP = 3             # concessions ahead of commitments before it counts as chasing


GRADES = ((90, "A"), (80, "B"), (65, "C"), (50, "D"), (0, "F"))


def grade(overall: int) -> str:
    """The letter grade for an overall score, as the debrief shows it."""
    return next(letter for floor, letter in GRADES if overall >= floor)


def _clamp(value: int) -> int:
    return max(0, min(100, value))


class Scores(BaseModel):
    model_config = ConfigDict(frozen=True)
    reciprocity: int
    pathway: int
    chasing: int
    overall: int


#: The scores before the first reply: the one home of the starting point every screen and export shows.
START_SCORES = Scores(**BASE, overall=round(sum(BASE.values()) / len(BASE)))


class ScoreEvent(BaseModel):
    model_config = ConfigDict(frozen=True)
    turn: int
    dimension: Dimension
    code: str
    #: The label behind `code`, when there is one: `give:deck`, `stage:urgency`, `chase:check_in`.
    label: str | None = None
    delta: int
    #: The dimension's score after this event.
    score: int
    reason: str
    quote: str
    tip: str


@dataclass
class OpenGive:
    kind: str
    turn: int
    quote: str


@dataclass
class Coach:
    """The running ledger of one conversation; `score()` is called once per reply."""

    lexicon: Lexicon = field(default_factory=default_lexicon)
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 0))
    open_gives: list[OpenGive] = field(default_factory=list)
    unpaired_gives: int = 0
    gets: int = 0
    earned: list[str] = field(default_factory=list)
    concessions: int = 0
    commitments: int = 0
    turn: int = 0
    _events: list[ScoreEvent] = field(default_factory=list)

    # ---- what the TUI and the engine read
    def scores(self) -> Scores:
        values = {dim: _clamp(BASE[dim] + self.totals[dim]) for dim in DIMENSIONS}
        overall = round(sum(values.values()) / len(values))
        return Scores(**values, overall=overall)

    def highest_stage(self) -> int:
        """Index in STAGES of the furthest stage reached in unbroken order, -1 for none."""
        reached = -1
        for index, stage in enumerate(STAGES):
            if stage not in self.earned:
                break
            reached = index
        return reached

    def ledger(self, now: int | None = None) -> list[tuple[str, int]]:
        """Open gives as (kind, turns old)."""
        now = self.turn if now is None else now
        return [(give.kind, now - give.turn) for give in self.open_gives]

    # ---- scoring
    def score(self, turn: int, signals: Signals, prospect_tags: tuple[str, ...] = ()) -> list[ScoreEvent]:
        self.turn = turn
        self._events = []
        self._reciprocity(turn, signals)
        self._pathway(turn, signals)
        self._chasing(turn, signals, set(prospect_tags))
        return self._events

    def _emit(self, turn: int, dimension: Dimension, code: str, delta: int, reason: str,
              quote: str, kind: str | None = None) -> None:
        self.totals[dimension] += delta
        score = _clamp(BASE[dimension] + self.totals[dimension])
        tip = self.lexicon.tip(code, kind)
        self._events.append(ScoreEvent(turn=turn, dimension=dimension, code=code, label=_label(dimension, code, kind), delta=delta,
                                       score=score, reason=reason, quote=quote, tip=tip))

    def _reciprocity(self, turn: int, signals: Signals) -> None:
        gives, gets = signals.gives, signals.gets
        self.gets += len(gets)
        self.concessions += len(gives)
        self.commitments += len(gets)
        if gives and gets:
            self._emit(turn, "reciprocity", "traded", TRADE_CREDIT,
                       f"traded {_listing(gives)} for {_listing(gets)} in the same reply",
                       signals.quote("give", "get"))
            return
        unspent = list(gets)
        while unspent and self.open_gives:
            give = self.open_gives.pop(0)
            get = unspent.pop(0)
            age = turn - give.turn
            credit = max(1, LATE_GET_CREDIT >> age)
            self._emit(turn, "reciprocity", "late_get", credit,
                       f"asked for {_kind(get)} {age} turn{'s' if age != 1 else ''} after giving "
                       f"{_kind(give.kind)}: late gets earn less",
                       signals.quote(f"get:{get}"))
        if unspent and len(unspent) == len(gets):
            self._emit(turn, "reciprocity", "asked", ASK_CREDIT,
                       f"asked for {_listing(unspent)} before giving anything",
                       signals.quote("get"))
        if gives:
            for kind in gives:
                self.open_gives.append(OpenGive(kind, turn, signals.quote(f"give:{kind}")))
            self.unpaired_gives += len(gives)
            self._emit(turn, "reciprocity", "gave_without_get", -GIVE_PENALTY * len(gives),
                       f"gave {_listing(gives)} without asking for anything in return",
                       signals.quote("give"), kind=gives[0])

    def _pathway(self, turn: int, signals: Signals) -> None:
        for stage in STAGES:
            if stage not in signals.stages:
                continue
            index = STAGES.index(stage)
            reached = self.highest_stage()
            if index <= reached + 1:
                if stage not in self.earned:
                    self.earned.append(stage)
                    self._emit(turn, "pathway", "stage_earned", STAGE_CREDIT,
                               f"earned {stage.title()} in order", signals.quote(f"stage:{stage}"))
            else:
                skipped = STAGES[reached + 1]
                self._emit(turn, "pathway", "jumped", -JUMP_PENALTY,
                           f"jumped to {stage.title()} before earning {skipped.title()}",
                           signals.quote(f"stage:{stage}"), kind=stage)
        if signals.close_ask:
            missing = [stage for stage in STAGES if stage not in self.earned]
            if missing:
                self._emit(turn, "pathway", "close_unearned", -CLOSE_UNEARNED_PENALTY,
                           f"asked for the sale without earning {_listing(missing)}",
                           signals.quote("close_ask"))
            else:
                self._emit(turn, "pathway", "close_asked", -CLOSE_ASKED_PENALTY,
                           "asked outright for the sale when an assumptive next step would do",
                           signals.quote("close_ask"))

    def _chasing(self, turn: int, signals: Signals, tags: set[str]) -> None:
        for kind in signals.chase:
            self._emit(turn, "chasing", "chase", -CHASE_PENALTY, _CHASE_REASONS[kind],
                       signals.quote(f"chase:{kind}"), kind=kind)
        if signals.has("give:discount") and tags & {"stall", "no"}:
            self._emit(turn, "chasing", "chase", -CONTEXT_CHASE_PENALTY,
                       "offered a discount when the prospect stalled, without being asked",
                       signals.quote("give:discount"), kind="discount_after_stall")
        if "errand" in tags and signals.gives and not signals.gets:
            self._emit(turn, "chasing", "chase", -CONTEXT_CHASE_PENALTY,
                       "ran the prospect's errand without asking what they will decide",
                       signals.quote("give"), kind="errand_without_get")
        pitching = {"trust", "hope", "urgency"} & set(signals.stages)
        if "no" in tags and pitching and not signals.question:
            self._emit(turn, "chasing", "chase", -CHASE_PENALTY,
                       "re-pitched after a no instead of asking what changed",
                       signals.quote("stage"), kind="repitch_after_no")
        if pitching and not signals.question:
            self.concessions += 1
        gap = self.concessions - self.commitments
        if gap >= EFFORT_GAP and (signals.gives or pitching) and not signals.gets:
            self._emit(turn, "chasing", "effort_imbalance", -EFFORT_PENALTY,
                       f"effort balance: you have conceded {self.concessions} times "
                       f"to their {self.commitments} commitments",
                       _excerpt(signals.text))


_CHASE_REASONS = {
    "check_in": "checked in with nothing new to offer or ask",
    "pleading": "pleaded for the business",
    "whatever_works": "handed the prospect all control of the next step",
    "convincing": "tried to convince instead of asking",
    "free_extra": "threw in an extra nobody asked for",
}


def _label(dimension: str, code: str, kind: str | None) -> str | None:
    if kind is None:
        return None
    category = {"reciprocity": "give", "pathway": "stage", "chasing": "chase"}[dimension]
    return f"{category}:{kind}"


def _kind(kind: str) -> str:
    return kind.replace("_", " ")


def _listing(kinds: list[str]) -> str:
    words = [_kind(kind) for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
