"""Play rep replies through a shipped persona and read what came back: the one home of the persona tests' `play`."""

from __future__ import annotations

from dojo.engine import Session
from dojo.engine.events import Event, FactRevealed, ProspectSaid, ScoreChanged
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario


def play_shipped(scenario: str, *replies: str, seed: int = 0) -> tuple[Session, list[Event]]:
    """The session after every reply, and the events of the last one."""
    session = Session(load_scenario(shipped_dir() / f"{scenario}.toml"), seed=seed)
    events: list[Event] = []
    for reply in replies:
        events = session.reply(reply)
    return session, events


def play_and_read(scenario: str, *replies: str, seed: int = 0) -> tuple[Session, list[str], list[str]]:
    """The session, every prospect line to the last reply and the facts it told."""
    session, events = play_shipped(scenario, *replies, seed=seed)
    return session, prospect_lines(events), facts_told(events)


def said_to_last(scenario: str, replies: list[str], seed: int = 0) -> tuple[Session, str]:
    """The session after `replies`, and the persona's first line to the last of them ("" when it said nothing)."""
    session, events = play_shipped(scenario, *replies, seed=seed)
    return session, next(iter(prospect_lines(events)), "")


def prospect_lines(events: list[Event]) -> list[str]:
    return [event.text for event in events if isinstance(event, ProspectSaid)]


def facts_told(events: list[Event]) -> list[str]:
    return [event.fact for event in events if isinstance(event, FactRevealed)]


def score_changes(events: list[Event]) -> list[ScoreChanged]:
    return [event for event in events if isinstance(event, ScoreChanged)]
