"""Replaying a conversation against a new version of its scenario: how live reload fast-forwards.

`dojo play --watch` and the app both reload a scenario file when it is saved and
replay the rep's replies so far with the same seed, so the trainer lands where
they were, in the new version. This is the one place that does it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dojo.engine.events import Event, RepReplied
from dojo.engine.session import Session
from dojo.scenario.model import Scenario


@dataclass(frozen=True)
class Replayed:
    session: Session
    #: Every reply that was asked to be replayed, and how many of them the new version took
    #: (fewer when it ends the conversation sooner).
    replies: tuple[str, ...]
    played: int

    @property
    def cut_short(self) -> bool:
        return self.played < len(self.replies)

    @property
    def left_over(self) -> int:
        return len(self.replies) - self.played


def replies_of(events: Iterable[Event]) -> list[str]:
    """The rep's replies in a session, in order: what a reload replays."""
    return [event.text for event in events if isinstance(event, RepReplied)]


def replay(scenario: Scenario, replies: Iterable[str], seed: int | None, player: str | None = None) -> Replayed:
    """A fresh session of `scenario` with `replies` played in order until it ends."""
    session = Session(scenario, seed=seed, player=player)
    wanted = tuple(replies)
    played = 0
    for reply in wanted:
        if session.finished:
            break
        session.reply(reply)
        played += 1
    return Replayed(session, wanted, played)
