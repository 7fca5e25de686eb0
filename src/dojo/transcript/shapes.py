"""Every JSON shape dojo prints, in one place; docs/contracts.md describes each one.

The shapes may gain keys, never lose or rename them: scripts depend on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dojo.coach import Scores
from dojo.coach.scores import START_SCORES
from dojo.engine.events import Event
from dojo.engine.group_summary import group_summary
from dojo.engine.summary import Turn, film
from dojo.scenario.library import Entry
from dojo.transcript.calls import ScoredCall
from dojo.transcript.history import Attempt
from dojo.transcript.rescore import Rescore
from dojo.transcript.store import Transcript


def _scores(scores: Scores | None) -> dict | None:
    return scores.model_dump() if scores else None


def turn_json(turn: Turn) -> dict[str, Any]:
    """One turn of `play --json` and `export --format json`."""
    return {
        "turn": turn.number,
        "player": turn.player,
        "reply": turn.reply,
        "prospect": "\n".join(turn.prospect),
        "signals": turn.signals.model_dump(mode="json") if turn.signals else None,
        "events": [event.model_dump(mode="json", exclude={"kind"}) for event in turn.events],
        "scores": _scores(turn.scores),
        "coach": turn.coach.model_dump(mode="json") if turn.coach else None,
    }


def play_json(scenario_id: str, seed: int, events: Iterable[Event]) -> dict[str, Any]:
    """`dojo play --json`: the whole session as one object."""
    played = film(events)
    return {
        "scenario": scenario_id,
        "seed": seed,
        "opening": "\n".join(played.opening),
        "outcome": played.outcome_json(),
        "turns": [turn_json(turn) for turn in played.turns],
        "facts": played.facts_json(),
        "scores": (played.scores or START_SCORES).model_dump(),
    }


def transcript_json(transcript: Transcript) -> dict[str, Any]:
    """`dojo export --format json`: the `play --json` shape plus the header and whether it was cut off."""
    data = play_json(transcript.scenario, transcript.seed, transcript.events)
    data["header"] = transcript.header
    data["truncated"] = transcript.truncated
    group = group_summary(transcript.events)
    if group is not None:  # as `play --players --json` prints it
        data["group"] = group.as_json()
    return data


def rescore_json(result: Rescore) -> dict[str, Any]:
    """`dojo score --json FILE…`: one object per transcript, then and now."""
    then, now = result.old, result.new
    return {
        "file": str(result.transcript.path),
        "scenario": result.transcript.scenario,
        "scenario_path": str(result.entry.path),
        "scenario_hash_then": result.transcript.header["scenario_hash"],
        "scenario_hash_now": result.scenario_hash,
        "scenario_changed": result.scenario_changed,
        "truncated": result.transcript.truncated,
        "then": {"outcome": then.outcome_json(), "scores": _scores(then.scores), "turns": len(then.turns)},
        "now": {"outcome": now.outcome_json(), "scores": _scores(now.scores), "turns": len(now.turns)},
        "changed_turns": result.changed_turns(),
        "notes": result.notes,
    }


def call_json(call: ScoredCall) -> dict[str, Any]:
    """`dojo score --call FILE --rep NAME --json`: the rep's turns of a real call, scored."""
    return {
        "file": str(call.path), "rep": call.rep, "speakers": call.speakers,
        "turns": [{"turn": t.number, "line": t.line, "text": t.text, "prospect_tags": list(t.prospect_tags),
                   "signals": t.signals.model_dump(mode="json"),
                   "events": [e.model_dump(mode="json") for e in t.events],
                   "scores": t.scores.model_dump()} for t in call.turns],
        "scores": call.scores.model_dump(),
    }


def attempt_rows(attempts: Iterable[Attempt]) -> Iterator[dict[str, Any]]:
    """`dojo history --json`: one line per saved session, newest first."""
    for attempt in attempts:
        yield {
            "path": str(attempt.path), "id": attempt.id, "scenario": attempt.scenario,
            "players": list(attempt.players), "started": attempt.started, "result": attempt.result,
            "ending": attempt.ending, "title": attempt.title,
            "scores": _scores(attempt.scores),
            "turns": attempt.turns, "truncated": attempt.truncated,
            "attempt": attempt.counted,
        }


def scenario_row(entry: Entry) -> dict[str, Any]:
    """`dojo list --json`: one line per scenario in the library."""
    s = entry.scenario
    return {"id": s.id, "title": s.title, "archetype": s.archetype, "difficulty": s.difficulty,
            "persona": s.persona.name, "role": s.persona.role, "summary": s.summary, "path": str(entry.path)}
