"""xAPI 1.0.3 statements for a finished attempt, built from its transcript alone.

One statement per player per attempt (the verb says how it ended), and, when
asked, one `responded` statement per scored turn. Statement ids are UUIDv5 of
the transcript id and what the statement is about, so the same transcript always
gives the same statements and a learning record store never stores one twice.

What the team report needs travels in extensions under dojo's own IRIs: the
three dimensions, the outcome, the number of replies and the coaching moments
(code, dimension, delta and topic), so `attempts_from_statements` can rebuild
the report's records from an LRS without anyone's laptop.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from dojo import __version__
from dojo.engine.events import RepReplied, ScoreChanged, TurnScored
from dojo.transcript.history import topic
from dojo.transcript.store import Transcript

XAPI_VERSION = "1.0.3"
#: The root of every IRI dojo mints: activities, extensions, the default account home page.
IRI = "https://dojo.example/xapi"
#: UUIDv5 namespace for statement ids and registrations (uuid5 of dojo's IRI in the URL namespace).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, IRI)
LANG = "en-US"

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {name: ADL + name for name in ("attempted", "completed", "passed", "failed", "responded")}
#: How an attempt ended → the ADL verb that says so. An attempt the rep ended early is `attempted`.
VERB_FOR_RESULT = {"win": "passed", "loss": "failed", "neutral": "completed", "unfinished": "attempted"}
ACTIVITY_TYPE = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/interaction"


def ext(name: str) -> str:
    return f"{IRI}/extensions/{name}"


# Result extensions.
EXT_RECIPROCITY, EXT_PATHWAY, EXT_CHASING = ext("reciprocity"), ext("pathway"), ext("chasing")
EXT_OUTCOME, EXT_ENDING, EXT_ENDING_TITLE = ext("outcome"), ext("ending"), ext("ending-title")
EXT_TURNS, EXT_COACHING = ext("turns"), ext("coaching")
# Context extensions.
EXT_VERSION, EXT_SCENARIO_HASH, EXT_TRANSCRIPT = ext("dojo-version"), ext("scenario-hash"), ext("transcript")
EXT_PLAYERS, EXT_STARTED, EXT_SEED = ext("players"), ext("started"), ext("seed")
EXT_TURN = ext("turn")

#: The account name of a player who gave no name.
ANONYMOUS = "anonymous"
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def is_attempt(transcript: Transcript) -> bool:
    """A finished attempt, as everywhere in dojo: the rep sent at least one reply and the session
    ended, by reaching an ending or by the rep ending it.

    An interrupted transcript (no ending line) is not one yet: nothing is sent for it.
    """
    return transcript.ended is not None and bool(transcript.replies)


def activity_id(scenario_id: str) -> str:
    return f"{IRI}/scenarios/{quote(scenario_id, safe='')}"


def statement_id(transcript_id: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join([transcript_id, *map(str, parts)])))


def registration(transcript: Transcript) -> str | None:
    """Group play shares one registration across its players' statements; solo play has none."""
    return statement_id(transcript.header["id"], "registration") if len(transcript.players) > 1 else None


def actor(name: str | None, homepage: str) -> dict[str, Any]:
    """An Agent with exactly one identifier: a mailbox when the name is an email address, else an account."""
    if name and _EMAIL.match(name):
        return {"objectType": "Agent", "name": name, "mbox": f"mailto:{name}"}
    return {"objectType": "Agent", "name": name or ANONYMOUS, "account": {"homePage": homepage,
                                                                           "name": name or ANONYMOUS}}


def _activity(transcript: Transcript) -> dict[str, Any]:
    definition: dict[str, Any] = {"name": {LANG: transcript.title}, "type": ACTIVITY_TYPE}
    persona = transcript.header.get("persona")
    if isinstance(persona, str) and persona:
        definition["description"] = {LANG: f"A practice conversation with {persona}."}
    return {"objectType": "Activity", "id": activity_id(transcript.scenario), "definition": definition}


def _score(overall: int) -> dict[str, Any]:
    return {"scaled": round(overall / 100, 4), "raw": overall, "min": 0, "max": 100}


@dataclass(frozen=True)
class Moment:
    """One coaching event as the report counts it."""

    turn: int
    player: str | None
    dimension: str
    code: str
    delta: int
    topic: str

    def as_json(self) -> dict[str, Any]:
        return {"turn": self.turn, "dimension": self.dimension, "code": self.code, "delta": self.delta,
                "topic": self.topic}


def moments(transcript: Transcript) -> list[Moment]:
    """Every coaching event, credited to the player who replied that turn (the first player by default)."""
    players = transcript.players
    default = players[0] if players else None
    who: dict[int, str | None] = {}
    out = []
    for event in transcript.events:
        if isinstance(event, RepReplied):
            who[event.turn] = event.player or default
        elif isinstance(event, ScoreChanged):
            out.append(Moment(event.turn, who.get(event.turn, default), event.dimension, event.code, event.delta,
                              topic(event)))
    return out


def _context(transcript: Transcript, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    header = transcript.header
    extensions = {
        EXT_VERSION: str(header.get("dojo_version") or __version__),
        EXT_SCENARIO_HASH: header["scenario_hash"],
        EXT_TRANSCRIPT: {"id": header["id"], "name": transcript.path.name},
        EXT_PLAYERS: list(transcript.players),
        EXT_STARTED: header["started"],
        EXT_SEED: header["seed"],
        **(extra or {}),
    }
    context: dict[str, Any] = {"platform": "dojo", "language": LANG, "extensions": extensions}
    group = registration(transcript)
    if group is not None:
        context["registration"] = group
    return context


def _base(ident: str, who: dict[str, Any], verb: str, obj: dict[str, Any], result: dict[str, Any],
          context: dict[str, Any], timestamp: str) -> dict[str, Any]:
    return {"id": ident, "actor": who, "verb": {"id": VERBS[verb], "display": {LANG: verb}}, "object": obj,
            "result": result, "context": context, "timestamp": timestamp, "version": XAPI_VERSION}


def attempt_statements(transcript: Transcript, homepage: str = IRI) -> list[dict[str, Any]]:
    """One statement per player (one for an unnamed player) for a finished attempt; none otherwise."""
    if not is_attempt(transcript):
        return []
    ended = transcript.ended
    assert ended is not None
    scores = ended.scores
    header = transcript.header
    coaching = moments(transcript)
    replies = len(transcript.replies)
    players: list[str | None] = list(transcript.players) or [None]
    out = []
    for position, name in enumerate(players):
        extensions = {
            EXT_RECIPROCITY: scores.reciprocity, EXT_PATHWAY: scores.pathway, EXT_CHASING: scores.chasing,
            EXT_OUTCOME: ended.result, EXT_ENDING: ended.ending, EXT_ENDING_TITLE: ended.title,
            EXT_TURNS: replies,
            EXT_COACHING: [m.as_json() for m in coaching if m.player == name],
        }
        result: dict[str, Any] = {"score": _score(scores.overall), "completion": ended.ending is not None,
                                  "extensions": extensions}
        if ended.result in ("win", "loss"):
            result["success"] = ended.result == "win"
        verb = VERB_FOR_RESULT[ended.result]
        out.append(_base(statement_id(header["id"], "attempt", position, verb), actor(name, homepage), verb,
                         _activity(transcript), result, _context(transcript), header["started"]))
    return out


def turn_statements(transcript: Transcript, homepage: str = IRI) -> list[dict[str, Any]]:
    """One `responded` statement per scored turn: the reply, the running scores and that turn's coaching."""
    if not is_attempt(transcript):
        return []
    header = transcript.header
    coaching = moments(transcript)
    parent = _activity(transcript)
    default = transcript.players[0] if transcript.players else None
    replies = {event.turn: event for event in transcript.events if isinstance(event, RepReplied)}
    out = []
    for event in transcript.events:
        if not isinstance(event, TurnScored) or event.turn not in replies:
            continue
        reply = replies[event.turn]
        name = reply.player or default
        scores = event.scores
        obj = {"objectType": "Activity", "id": f"{parent['id']}/turns/{event.turn}",
               "definition": {"name": {LANG: f"{transcript.title}, turn {event.turn}"}, "type": INTERACTION_TYPE}}
        result = {"score": _score(scores.overall), "response": reply.text, "extensions": {
            EXT_RECIPROCITY: scores.reciprocity, EXT_PATHWAY: scores.pathway, EXT_CHASING: scores.chasing,
            EXT_COACHING: [m.as_json() for m in coaching if m.turn == event.turn],
        }}
        context = _context(transcript, {EXT_TURN: event.turn})
        context["contextActivities"] = {"parent": [{"objectType": "Activity", "id": parent["id"]}]}
        out.append(_base(statement_id(header["id"], "turn", event.turn, "responded"), actor(name, homepage),
                         "responded", obj, result, context, header["started"]))
    return out


def statements(transcript: Transcript, homepage: str = IRI, turns: bool = False) -> list[dict[str, Any]]:
    """Everything dojo sends for one transcript: the attempt statements, then (if asked) each turn's."""
    out = attempt_statements(transcript, homepage)
    if turns and out:
        out += turn_statements(transcript, homepage)
    return out


def is_attempt_statement(statement: dict[str, Any]) -> bool:
    """A statement dojo sent for a whole attempt (not a turn, not another tool's)."""
    verb = (statement.get("verb") or {}).get("id")
    extensions = (statement.get("context") or {}).get("extensions") or {}
    return verb in VERBS.values() and verb != VERBS["responded"] and isinstance(extensions.get(EXT_TRANSCRIPT), dict)


def attempts_only(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for s in items if isinstance(s, dict) and is_attempt_statement(s)]
