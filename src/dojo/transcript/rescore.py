"""Re-score a transcript: replay its replies through today's scenario and rules with the recorded seed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dojo.coach import Scores
from dojo.engine.events import Event
from dojo.engine.session import ReplyError, Session
from dojo.engine.summary import Film, film
from dojo.scenario.library import Entry, resolve
from dojo.scenario.load import ScenarioError, content_hash, load_scenario
from dojo.transcript.store import Transcript


def find_scenario(transcript: Transcript, ref: str | None = None) -> Entry:
    """The scenario to replay against: `ref` if given, else the file it was played from if it still
    exists and has the same id, else the library's scenario with that id. Raises ScenarioError."""
    if ref is not None:
        return resolve(ref)
    recorded = transcript.header.get("scenario_path")
    if isinstance(recorded, str) and recorded:
        path = Path(recorded)
        if path.is_file():
            try:
                scenario = load_scenario(path)
            except ScenarioError:
                scenario = None
            if scenario is not None and scenario.id == transcript.scenario:
                return Entry(path, scenario)
    return resolve(transcript.scenario)


@dataclass
class Rescore:
    transcript: Transcript
    entry: Entry
    events: list[Event]
    #: Replies that today's rules did not play, with why.
    notes: list[str] = field(default_factory=list)

    @property
    def scenario_hash(self) -> str:
        return content_hash(self.entry.scenario)

    @property
    def scenario_changed(self) -> bool:
        return self.scenario_hash != self.transcript.header["scenario_hash"]

    @cached_property
    def old(self) -> Film:
        return self.transcript.film()

    @cached_property
    def new(self) -> Film:
        return film(self.events)

    @property
    def old_scores(self) -> Scores | None:
        return self.old.scores

    @property
    def new_scores(self) -> Scores | None:
        return self.new.scores

    def changed_turns(self) -> list[int]:
        """Turns whose score events differ between the recording and today."""
        def marks(played: Film) -> dict[int, list[tuple[str, str, int]]]:
            return {turn.number: [(e.dimension, e.code, e.delta) for e in turn.events] for turn in played.turns}

        old, new = marks(self.old), marks(self.new)
        return sorted(number for number in old.keys() | new.keys() if old.get(number) != new.get(number))


def rescore(transcript: Transcript, entry: Entry) -> Rescore:
    session = Session(entry.scenario, seed=transcript.seed,
                      player=transcript.players[0] if transcript.players else None)
    notes: list[str] = []
    replies = transcript.replies
    for index, reply in enumerate(replies):
        if session.finished:
            left = len(replies) - index
            notes.append(f"today's scenario ends the conversation after turn {session.turn}; "
                         f"{left} later repl{'y was' if left == 1 else 'ies were'} not played")
            break
        try:
            session.reply(reply.text, player=reply.player)
        except ReplyError as err:
            notes.append(f"turn {reply.turn}: not played ({err})")
    if not session.finished:
        session.end()
    return Rescore(transcript=transcript, entry=entry, events=list(session.events), notes=notes)
