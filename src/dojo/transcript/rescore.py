"""Re-score a transcript: replay its replies through today's scenario and rules with the recorded seed."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import cast

from dojo.coach import Scores, Signals
from dojo.engine.events import GROUP_EVENTS, Event, RepReplied, SessionEnded, SignalsHeard
from dojo.engine.hearing import hearing_fingerprint
from dojo.engine.session import MAX_REPLY_CHARS, ReplyError, Session
from dojo.engine.summary import Film, film
from dojo.scenario.library import Entry, Library, load_library, resolve
from dojo.scenario.load import ScenarioError, content_hash, load_scenario
from dojo.scenario.model import Scenario
from dojo.transcript.store import Transcript


def find_scenario(transcript: Transcript, ref: str | None = None) -> Entry:
    """The scenario to replay against: `ref` if given, else the file it was played from if it still
    exists and has the same id, else the library's scenario with that id. Raises ScenarioError."""
    return ScenarioFinder(ref).find(transcript)


class ScenarioFinder:
    """`find_scenario` for a run over many transcripts: they share a handful of scenarios, so each
    scenario file is read and checked once (again only if it changes), the library is loaded at
    most once, and each scenario is hashed once. Errors are remembered and raised again, so every
    transcript gets the same message it would get alone."""

    def __init__(self, ref: str | None = None):
        self.ref = ref
        self._files: dict[str, tuple[tuple[int, ...], Scenario | None]] = {}
        self._resolved: dict[str, Entry | ScenarioError] = {}
        self._library: Library | None = None
        self._hashes: dict[int, tuple[Scenario, str]] = {}
        self._hearings: dict[int, tuple[Scenario, str | None]] = {}

    def find(self, transcript: Transcript) -> Entry:
        if self.ref is not None:
            return self._resolve(self.ref)
        recorded = transcript.header.get("scenario_path")
        if isinstance(recorded, str) and recorded:
            scenario = self._recorded(recorded)
            if scenario is not None and scenario.id == transcript.scenario:
                return Entry(Path(recorded), scenario)
        return self._resolve(transcript.scenario)

    def hash(self, scenario: Scenario) -> str:
        """`content_hash`, worked out once per scenario object (kept alive here, so ids stay unique)."""
        known = self._hashes.get(id(scenario))
        if known is None:
            known = self._hashes[id(scenario)] = (scenario, content_hash(scenario))
        return known[1]

    def hearing(self, scenario: Scenario) -> str | None:
        """`hearing_fingerprint`, worked out once per scenario object."""
        known = self._hearings.get(id(scenario))
        if known is None:
            known = self._hearings[id(scenario)] = (scenario, hearing_fingerprint(scenario))
        return known[1]

    def _recorded(self, recorded: str) -> Scenario | None:
        """The scenario in the file a transcript was played from, or None if it is gone or broken."""
        try:
            info = os.stat(recorded)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        version = (info.st_ino, info.st_size, info.st_mtime_ns)
        cached = self._files.get(recorded)
        if cached is not None and cached[0] == version:
            return cached[1]
        try:
            scenario: Scenario | None = load_scenario(recorded)
        except ScenarioError:
            scenario = None
        self._files[recorded] = (version, scenario)
        return scenario

    def _resolve(self, ref: str) -> Entry:
        found = self._resolved.get(ref)
        if found is None:
            try:
                found = resolve(ref, library=self._loaded_library)
            except ScenarioError as err:
                found = err
            self._resolved[ref] = found
        if isinstance(found, ScenarioError):
            raise ScenarioError(found.problems)
        return found

    def _loaded_library(self) -> Library:
        if self._library is None:
            self._library = load_library()
        return self._library


@dataclass
class Rescore:
    transcript: Transcript
    entry: Entry
    events: list[Event]
    #: The content hash of the scenario replayed against today.
    scenario_hash: str
    #: Replies that today's rules did not play, with why.
    notes: list[str] = field(default_factory=list)
    #: The recorded events are what a replay today would write, so they were read, not played again.
    as_recorded: bool = False

    @property
    def scenario_changed(self) -> bool:
        return self.scenario_hash != self.transcript.header["scenario_hash"]

    @cached_property
    def old(self) -> Film:
        return self.transcript.film()

    @cached_property
    def new(self) -> Film:
        return self.old if self.as_recorded else film(self.events)

    @property
    def old_scores(self) -> Scores | None:
        return self.old.scores

    @property
    def new_scores(self) -> Scores | None:
        return self.new.scores

    def changed_turns(self) -> list[int]:
        """Turns whose score events differ between the recording and today."""
        if self.as_recorded:
            return []

        def marks(played: Film) -> dict[int, list[tuple[str, str, int]]]:
            return {turn.number: [(e.dimension, e.code, e.delta) for e in turn.events] for turn in played.turns}

        old, new = marks(self.old), marks(self.new)
        return sorted(number for number in old.keys() | new.keys() if old.get(number) != new.get(number))


def rescore(transcript: Transcript, entry: Entry, scenario_hash: str | None = None, *,
            hearing: str | None = None, replay: str | None = None) -> Rescore:
    """Replay the transcript against `entry`; `scenario_hash` is its content hash if already known.

    `hearing` is today's `hearing_fingerprint` of the scenario: when the transcript recorded the
    same one, each reply's recorded signals are what hearing it again would give, and are taken
    as they are (see `engine.hearing`). Leave it out to hear every reply again.

    `replay` is today's `replay_fingerprint`: when `replays_as_recorded` says the replay would
    write the recorded events again, they are taken as they are and nothing is played. Leave
    it out to play every transcript again."""
    scenario_hash = scenario_hash or content_hash(entry.scenario)
    if replay is not None and replays_as_recorded(transcript, scenario_hash, replay):
        return read_as_recorded(transcript, entry, scenario_hash)
    session = Session(entry.scenario, seed=transcript.seed,
                      player=transcript.players[0] if transcript.players else None)
    recorded = _recorded_signals(transcript) if hearing and transcript.header.get("hearing") == hearing else {}
    notes: list[str] = []
    replies = transcript.replies
    for index, reply in enumerate(replies):
        if session.finished:
            left = len(replies) - index
            notes.append(f"today's scenario ends the conversation after turn {session.turn}; "
                         f"{left} later repl{'y was' if left == 1 else 'ies were'} not played")
            break
        try:
            session.reply(reply.text, player=reply.player, heard=recorded.get(reply.turn))
        except ReplyError as err:
            notes.append(f"turn {reply.turn}: not played ({err})")
    if not session.finished:
        session.end()
    return Rescore(transcript=transcript, entry=entry, events=list(session.events),
                   scenario_hash=scenario_hash, notes=notes)


def read_as_recorded(transcript: Transcript, entry: Entry, scenario_hash: str) -> Rescore:
    """The re-score of a transcript `replays_as_recorded` vouches for: its own events, unplayed."""
    return Rescore(transcript=transcript, entry=entry, events=transcript.events, scenario_hash=scenario_hash,
                   as_recorded=True)


def replays_as_recorded(transcript: Transcript, scenario_hash: str, replay: str) -> bool:
    """Whether replaying `transcript` today would write the very events it holds.

    A session's events follow from its scenario, seed and replies and the code that plays them
    (`engine.hearing.replay_fingerprint`). So when the transcript was recorded by today's code
    (same fingerprint) against today's scenario (same content hash), and it is a whole solo
    session as a recorder writes one, the replay is the recording. "Whole" is checked, not
    assumed: it ends with its ending and nothing after it, no line was cut off, no group events,
    and every reply is numbered in order and was heard in its very words (a reply edited by hand
    is played again). What it trusts, as reusing recorded signals does: a transcript whose
    seed, scores or persona lines were edited by hand but kept its header is reported as written.
    """
    header = transcript.header
    if header.get("replay") != replay or header.get("scenario_hash") != scenario_hash or "group" in header:
        return False
    events = transcript.events
    if transcript.truncated or not events or type(events[-1]) is not SessionEnded:
        return False
    turn = 0
    heard = ""  # the words the last reply's signals must have been heard in; "" once they were
    for event in events:
        kind = type(event)
        if kind is RepReplied:
            text = cast(RepReplied, event).text
            if heard or event.turn != turn + 1 or not 0 < len(text) <= MAX_REPLY_CHARS or text != text.strip():
                return False
            turn, heard = event.turn, text
        elif kind is SignalsHeard:
            if not heard or event.turn != turn or cast(SignalsHeard, event).signals.text != heard:
                return False
            heard = ""
        elif kind in _GROUP or (kind is SessionEnded and event is not events[-1]):
            return False
    return not heard and events[-1].turn == turn


_GROUP = frozenset(GROUP_EVENTS)


def _recorded_signals(transcript: Transcript) -> dict[int, Signals]:
    """Turn → the signals recorded for its reply (the session takes them only for the same text)."""
    return {event.turn: event.signals for event in transcript.events if type(event) is SignalsHeard}
