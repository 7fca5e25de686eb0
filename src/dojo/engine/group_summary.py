"""Fold a group session's events into per-player results: what `play --json`, the debrief and the report show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dojo.coach import ScoreEvent, Scores
from dojo.engine.events import (
    AnswerPicked,
    DraftScored,
    Event,
    GroupFormed,
    NotePinned,
    PlayerScored,
    PlayerSkipped,
    RepReplied,
    ScoreChanged,
    ScoreOverridden,
)


@dataclass
class PlayerResult:
    name: str
    #: The player's own ledger after each reply or draft they wrote, oldest first.
    progress: list[Scores] = field(default_factory=list)
    events: list[ScoreEvent] = field(default_factory=list)
    replies: int = 0
    drafts: int = 0
    picked: int = 0
    skipped: int = 0
    overrides: list[ScoreOverridden] = field(default_factory=list)
    #: Each answer they wrote as (turn, text, points it earned on their own ledger).
    moments: list[tuple[int, str, int]] = field(default_factory=list)
    #: Points the team's conversation gained or lost on the replies the prospect heard from them.
    team_points: int = 0

    @property
    def best_moment(self) -> tuple[int, str, int] | None:
        """The answer that earned them the most (only if it earned anything); the earliest wins a tie."""
        earning = [m for m in self.moments if m[2] > 0]
        return max(earning, key=lambda m: (m[2], -m[0])) if earning else None

    @property
    def scores(self) -> Scores | None:
        return self.progress[-1] if self.progress else None

    @property
    def gained(self) -> int:
        """Overall points gained on their own ledger since their first answer (the 'most improved' measure)."""
        if len(self.progress) < 2:
            return 0
        return self.progress[-1].overall - self.progress[0].overall

    @property
    def answers(self) -> int:
        return self.replies + self.drafts

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "scores": self.scores.model_dump() if self.scores else None,
            "progress": [scores.overall for scores in self.progress],
            "replies": self.replies, "drafts": self.drafts, "picked": self.picked, "skipped": self.skipped,
            "team_points": self.team_points,
            "events": [event.model_dump(mode="json", exclude={"kind"}) for event in self.events],
            "best_answer": ({"turn": self.best_moment[0], "text": self.best_moment[1], "points": self.best_moment[2]}
                            if self.best_moment else None),
            "overrides": [{"turn": o.turn, "dimension": o.dimension, "value": o.value, "reason": o.reason}
                          for o in self.overrides],
        }


@dataclass
class Round:
    """One prospect line and every draft written to it (round mode)."""

    turn: int
    drafts: list[DraftScored] = field(default_factory=list)
    picked: AnswerPicked | None = None

    @property
    def best(self) -> DraftScored | None:
        if not self.drafts:
            return None
        return max(self.drafts, key=lambda d: (d.scores.overall, -self.drafts.index(d)))


@dataclass
class GroupSummary:
    mode: str
    players: list[PlayerResult]
    rounds: list[Round]
    notes: list[NotePinned]
    skips: list[PlayerSkipped]

    def player(self, name: str) -> PlayerResult | None:
        return next((p for p in self.players if p.name == name), None)

    def most_improved(self) -> PlayerResult | None:
        """The player who gained most on their own ledger; None when nobody gained."""
        gainers = [p for p in self.players if p.gained > 0]
        return max(gainers, key=lambda p: p.gained) if gainers else None

    def as_json(self) -> dict:
        return {
            "mode": self.mode,
            "players": [player.as_json() for player in self.players],
            "rounds": [{
                "turn": r.turn,
                "picked": r.picked.player if r.picked else None,
                "chosen_by": r.picked.chosen_by if r.picked else None,
                "drafts": [{"player": d.player, "text": d.text, "scores": d.scores.model_dump(),
                            "signals": d.signals.model_dump(mode="json"),
                            "events": [e.model_dump(mode="json", exclude={"kind"}) for e in d.events]}
                           for d in r.drafts],
            } for r in self.rounds],
            "notes": [{"turn": n.turn, "player": n.player, "text": n.text} for n in self.notes],
            "skips": [{"turn": s.turn, "player": s.player} for s in self.skips],
        }


def group_summary(events: Iterable[Event]) -> GroupSummary | None:
    """The group's results, or None for a solo session."""
    summary: GroupSummary | None = None
    rounds: dict[int, Round] = {}
    written: dict[tuple[int, str], str] = {}
    heard_from: dict[int, str] = {}  # turn → whose reply the prospect heard
    for event in events:
        if isinstance(event, GroupFormed):
            summary = GroupSummary(event.mode, [PlayerResult(name) for name in event.players], [], [], [])
            continue
        if summary is None:
            continue
        if isinstance(event, PlayerScored):
            player = _player(summary, event.player)
            player.progress.append(event.scores)
            player.events.extend(event.events)
            text = written.get((event.turn, event.player), "")
            player.moments.append((event.turn, text, sum(e.delta for e in event.events)))
        elif isinstance(event, RepReplied) and event.player:
            heard_from[event.turn] = event.player
            if summary.mode != "round":
                _player(summary, event.player).replies += 1
                written[(event.turn, event.player)] = event.text
        elif isinstance(event, ScoreChanged) and event.turn in heard_from:
            _player(summary, heard_from[event.turn]).team_points += event.delta
        elif isinstance(event, DraftScored):
            written[(event.turn, event.player)] = event.text
            _player(summary, event.player).drafts += 1
            if event.turn not in rounds:
                rounds[event.turn] = Round(event.turn)
                summary.rounds.append(rounds[event.turn])
            rounds[event.turn].drafts.append(event)
        elif isinstance(event, AnswerPicked):
            _player(summary, event.player).picked += 1
            if event.turn in rounds:
                rounds[event.turn].picked = event
        elif isinstance(event, PlayerSkipped):
            _player(summary, event.player).skipped += 1
            summary.skips.append(event)
        elif isinstance(event, NotePinned):
            summary.notes.append(event)
        elif isinstance(event, ScoreOverridden):
            _player(summary, event.player).overrides.append(event)
    return summary


def _player(summary: GroupSummary, name: str) -> PlayerResult:
    found = summary.player(name)
    if found is None:  # a name the header did not list: still counted, never dropped
        found = PlayerResult(name)
        summary.players.append(found)
    return found
