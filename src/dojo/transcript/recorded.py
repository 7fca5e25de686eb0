"""A transcript's recorded outcome, read without building its events: `dojo score`'s fast path.

When a transcript was recorded by today's code against today's scenario, `dojo score` prints
what it recorded (see `rescore.replays_as_recorded`): how it ended, its scores and how many
turns it had. Building every event as a pydantic model only to read those cost more than
everything else `score` does, so such a file is read here with msgspec into plain structs
that mirror the solo events, field for field.

The mirror is never more lenient than the models: every field is required (dojo writes every
field), no unknown key is allowed anywhere (the models ignore some), and msgspec takes only
exact JSON types (pydantic's lax mode also takes `1.0` or `"1"` for a number, `"true"` for a
flag). A line it refuses, a group event, a blank or cut-off line or a damaged header leaves
the file to `store.load_transcript`, which reads and reports exactly as before. So a file read
here is one the models would accept, with the same values; `tests/test_transcript_recorded.py`
holds the mirror to the models and compares the two readers on damaged lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import msgspec

from dojo.engine import events as models
from dojo.engine.summary import Film, Turn
from dojo.scenario.library import Entry
from dojo.transcript.rescore import Rescore
from dojo.transcript.store import Transcript, _parsed_event, whole_lines


class _Strict(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    pass


class Match(_Strict):
    label: str
    span: tuple[int, int]
    rule: str
    text: str


class Signals(_Strict):
    text: str
    gives: list[str]
    gets: list[str]
    stages: list[str]
    chase: list[str]
    question: bool
    close_ask: bool
    permission: bool
    walk_away: bool
    matches: list[Match]


class Scores(_Strict):
    reciprocity: int
    pathway: int
    chasing: int
    overall: int


class Jump(_Strict):
    stage: str
    turn: int


class OpenGive(_Strict):
    kind: str
    turn: int
    quote: str
    age: int


class CoachState(_Strict):
    earned: list[str]
    jumped: list[Jump]
    open_gives: list[OpenGive]
    gets: int
    unpaired_gives: int
    concessions: int
    commitments: int
    gave: bool


class _Event(_Strict, tag_field="kind"):
    turn: int


class ProspectSaid(_Event, tag="prospect"):
    state: str
    text: str
    tags: list[str]
    rule: str | None
    why: list[str]


class FactRevealed(_Event, tag="fact"):
    fact: str
    label: str
    text: str
    by_reply_turn: int | None
    heard: list[str]


class FactMissed(_Event, tag="fact_missed"):
    fact: str
    label: str
    ask: str
    asked_at: list[int]


class RepReplied(_Event, tag="rep"):
    text: str
    player: str | None


class SignalsHeard(_Event, tag="signals"):
    signals: Signals


class ScoreChanged(_Event, tag="score"):
    dimension: Literal["reciprocity", "pathway", "chasing"]
    code: str
    label: str | None
    delta: int
    score: int
    reason: str
    quote: str
    tip: str


class StateChanged(_Event, tag="state"):
    from_state: str
    to_state: str


class TurnScored(_Event, tag="scores"):
    scores: Scores
    coach: CoachState | None


class SessionEnded(_Event, tag="ended"):
    ending: str | None
    result: Literal["win", "loss", "neutral", "unfinished"]
    title: str
    lesson: str
    scores: Scores


#: Each mirror and the model it stands for (the tests compare them field by field).
MIRRORS: dict[type[msgspec.Struct], str] = {
    Match: "dojo.coach.signals.Match", Signals: "dojo.coach.signals.Signals", Scores: "dojo.coach.scores.Scores",
    Jump: "dojo.engine.events.Jump", OpenGive: "dojo.engine.events.OpenGive",
    CoachState: "dojo.engine.events.CoachState", ProspectSaid: "dojo.engine.events.ProspectSaid",
    FactRevealed: "dojo.engine.events.FactRevealed", FactMissed: "dojo.engine.events.FactMissed",
    RepReplied: "dojo.engine.events.RepReplied", SignalsHeard: "dojo.engine.events.SignalsHeard",
    ScoreChanged: "dojo.engine.events.ScoreChanged", StateChanged: "dojo.engine.events.StateChanged",
    TurnScored: "dojo.engine.events.TurnScored", SessionEnded: "dojo.engine.events.SessionEnded",
}

_Solo = (ProspectSaid | FactRevealed | FactMissed | RepReplied | SignalsHeard | ScoreChanged | StateChanged
         | TurnScored | SessionEnded)
_decode = msgspec.json.Decoder(_Solo).decode


@dataclass
class Recorded:
    """A whole, well-formed solo transcript: its header and its events as plain structs."""

    path: Path
    header: dict[str, Any]
    events: list[Any]
    #: The last event's line, for the one model the output needs (the ending).
    last_line: bytes

    def transcript(self) -> Transcript:
        """The transcript as far as finding its scenario goes (the header; no events)."""
        return Transcript(path=self.path, header=self.header, events=[])

    def replays_as_recorded(self, scenario_hash: str, replay: str, max_reply_chars: int) -> bool:
        """`rescore.replays_as_recorded` over these events: the same checks, in the same order."""
        header = self.header
        if header.get("replay") != replay or header.get("scenario_hash") != scenario_hash or "group" in header:
            return False
        events = self.events
        if not events or type(events[-1]) is not SessionEnded:
            return False
        turn = 0
        heard = ""
        last = events[-1]
        for event in events:
            kind = type(event)
            if kind is RepReplied:
                text = event.text
                if heard or event.turn != turn + 1 or not 0 < len(text) <= max_reply_chars or text != text.strip():
                    return False
                turn, heard = event.turn, text
            elif kind is SignalsHeard:
                if not heard or event.turn != turn or event.signals.text != heard:
                    return False
                heard = ""
            elif kind is SessionEnded and event is not last:
                return False
        return not heard and last.turn == turn

    def rescore(self, entry: Entry, scenario_hash: str) -> Rescore:
        """The re-score `dojo score` prints for a transcript `replays_as_recorded` vouches for: what
        `rescore.read_as_recorded` gives for it, built from the events it needs (the ending, and
        the turns' numbers) instead of from every event as a model."""
        transcript = self.transcript()
        transcript._film = self.film()
        return Rescore(transcript=transcript, entry=entry, events=[], scenario_hash=scenario_hash, as_recorded=True)

    def film(self) -> Film:
        """What `dojo score` prints of the session: its ending (as the model) and one turn per turn number.

        The turns carry only their numbers: the output counts them, and a transcript read as
        recorded has no turns scored differently to list."""
        numbers: dict[int, None] = {}
        for event in self.events:
            kind = type(event)
            if kind is SessionEnded or kind is FactRevealed or kind is FactMissed \
                    or (kind is ProspectSaid and event.turn == 0):
                continue
            numbers[event.turn] = None
        ended = _parsed_event(self.last_line)
        assert type(ended) is models.SessionEnded
        return Film(turns=[Turn(number) for number in numbers], ended=ended)


def read_recorded(path: str | Path, replay: str) -> Recorded | None:
    """The transcript at `path` if its header carries the `replay` fingerprint, it is whole and every
    line is a solo event the mirror takes; None otherwise (then `store.load_transcript` reads it,
    and reports what is wrong)."""
    found = whole_lines(path)
    if found is None:
        return None
    header, lines = found
    if header.get("replay") != replay:
        return None  # not read as recorded anyway: the events would be decoded for nothing
    decode = _decode
    try:
        events = [decode(line) for line in lines]
    except Exception:  # noqa: BLE001 - whatever it is, the careful reader finds and words it
        return None
    return Recorded(Path(path), header, events, lines[-1] if lines else b"")
