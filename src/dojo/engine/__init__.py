"""The engine: a scripted persona and the coach, joined into one deterministic session."""

from dojo.engine.events import (
    Event,
    FactMissed,
    FactRevealed,
    ProspectSaid,
    RepReplied,
    ScoreChanged,
    SessionEnded,
    SignalsHeard,
    StateChanged,
    TurnScored,
    event_from_dict,
)
from dojo.engine.session import ReplyError, Session, SessionOver, lexicon_compiled, lexicon_for

__all__ = [
    "Event", "FactMissed", "FactRevealed", "ProspectSaid", "RepReplied", "ReplyError", "ScoreChanged", "Session", "SessionEnded",
    "SessionOver", "SignalsHeard", "StateChanged", "TurnScored", "event_from_dict", "lexicon_compiled", "lexicon_for",
]
