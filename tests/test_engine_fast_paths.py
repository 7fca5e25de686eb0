"""The engine's shortcuts answer exactly as the slow way did, over many varied sessions.

The engine ranks a state's rules once and takes the first that holds, builds each rule's
checks once, and remembers the labels heard within a reply; `dojo score` replays thousands of
transcripts through it. Here the rule it picks is compared, reply by reply, with the rule the
old way picked (every rule evaluated, the best kept by priority, phase, specificity and file
order), and a replay of varied recorded sessions must reproduce every recorded event.
"""

from __future__ import annotations

import json
import random

import pytest

from dojo.cli import main
from dojo.engine import Session
from dojo.engine import session as engine_session
from dojo.engine.conditions import Context, evaluate, specificity
from dojo.engine.summary import film
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder, load_transcript
from dojo.transcript.rescore import find_scenario, rescore
from tests.conftest import DATA, MINI

CORPUS = [json.loads(line)["text"] for line in (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
SCENARIOS = [*sorted(shipped_dir().glob("*.toml")), MINI]


def chosen_the_slow_way(session: Session, context: Context):
    """(rule, path, why) as the engine chose before it ranked rules: evaluate all, keep the best."""
    best = None
    for tier, index, rule, path in session._candidates():
        why = evaluate(rule.when, context)
        if why is None:
            continue
        if session.scenario.choose_rule == "first_match":
            return rule, path, why
        key = (-rule.priority, tier > 0, -specificity(rule.when), tier, index)
        if best is None or key < best[0]:
            best = (key, (rule, path, why))
    if best is not None:
        return best[1]
    state = session.scenario.states[session.state]
    return state.fallback, f"states.{session.state}.fallback", []


@pytest.mark.parametrize("scenario_path", SCENARIOS, ids=lambda path: path.stem)
def test_the_ranked_rules_pick_what_evaluating_every_rule_picked(scenario_path, monkeypatch):
    scenario = load_scenario(scenario_path)
    fast = Session._choose
    compared = 0

    def both(self, context):
        nonlocal compared
        choice = fast(self, context)
        assert (choice.rule, choice.path, choice.why) == chosen_the_slow_way(self, context)
        compared += 1
        return choice

    monkeypatch.setattr(Session, "_choose", both)
    for seed in range(12):
        rng = random.Random(seed)
        session = Session(scenario, seed=seed)
        while not session.finished:
            session.reply(rng.choice(CORPUS))
    assert compared >= 12


def test_a_persona_line_s_tags_are_what_the_coach_reads_in_it():
    scenario = load_scenario(sorted(shipped_dir().glob("*.toml"))[0])
    lines = {line for state in scenario.states.values() for rule in state.rules for line in rule.say
             if isinstance(line, str)}
    for line in sorted(lines):
        assert engine_session._line_tags(line, ()) == engine_session.prospect_tags(line)
        assert engine_session._line_tags(line, ("errand",)) == ("errand",)


def test_the_film_of_a_session_keeps_every_event_where_it_belongs():
    session = Session(load_scenario(MINI), seed=2)
    session.reply("Sure, I'll send the info over.")
    played = film(session.events)
    assert played.opening and played.ended is not None and played.ended.ending == "ghosted"
    [turn] = played.turns
    assert turn.reply == "Sure, I'll send the info over." and turn.signals is not None
    assert turn.scores is not None and turn.coach is not None and turn.events
    assert turn.prospect[0] in {"Great, thanks. Bye.", "Cheers, I'll look. Bye.", "OK, send it. Bye."}
    assert turn.prospect[-1] == "(no reply)" and turn.rule == "states.ask.rules[2]"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_rescoring_varied_sessions_reproduces_every_recorded_event(dojo_home, tmp_path, capsys, jobs):
    files = []
    for number in range(2 * len(SCENARIOS)):
        path = SCENARIOS[number % len(SCENARIOS)]
        rng = random.Random(number)
        session = Session(load_scenario(path), seed=number, player=rng.choice(["Ana", "Ravi"]))
        while not session.finished:  # to the end, so the recording holds every event a replay makes
            session.reply(rng.choice(CORPUS))
        recorder = Recorder(session, data_dir=tmp_path / "played", scenario_path=path, index=False)
        recorder.close()
        assert recorder.path is not None
        files.append(str(recorder.path))
    assert main(["score", "--json", "--jobs", jobs, *files]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["file"] for row in rows] == files
    for row in rows:
        assert row["changed_turns"] == [] and row["then"] == row["now"] and not row["scenario_changed"], row
    # The replay is the recording, event for event.
    for file in files[:len(SCENARIOS)]:
        transcript = load_transcript(file)
        assert rescore(transcript, find_scenario(transcript)).events == transcript.events


def test_events_the_engine_builds_unchecked_are_what_pydantic_would_build():
    """The engine builds its events from values valid by construction, without pydantic checking them:
    each must equal the event validated from its own dump, field for field and in the same order."""
    from dojo.engine.events import EVENT_ADAPTER, CoachState

    kinds = set()
    for seed, path in enumerate(SCENARIOS * 2):
        rng = random.Random(seed)
        session = Session(load_scenario(path), seed=seed, player=rng.choice(["Ana", None]))
        while not session.finished:
            session.reply(rng.choice(CORPUS))
        for event in session.events:
            kinds.add(event.kind)
            dumped = event.model_dump(mode="json")
            checked = EVENT_ADAPTER.validate_python(dumped)
            assert checked == event and checked.model_dump(mode="json") == dumped
            assert list(event.__dict__) == list(type(event).model_fields)
            assert checked.model_dump_json() == event.model_dump_json()
            coach = getattr(event, "coach", None)
            if isinstance(coach, CoachState):
                assert list(coach.__dict__) == list(CoachState.model_fields)
                for give in coach.open_gives:
                    assert list(give.__dict__) == list(type(give).model_fields)
    assert {"rep", "signals", "score", "prospect", "scores", "ended"} <= kinds and "state" in kinds


#: Ways a transcript's event line can be damaged, as bytes: each must be read (or refused, with the
#: same message) exactly as the careful path reads it.
DAMAGE = [
    lambda line: line.replace(b'"text":"', b'"text":"\t', 1),           # a raw control character
    lambda line: line.replace(b'"text":"', b'"text":"\\ud800', 1),      # a lone surrogate, escaped
    lambda line: line.replace(b'"text":"', b'"text":"\xff', 1),         # not UTF-8
    lambda line: line.replace(b'"text":"', b'"text":"\\q', 1),          # a bad escape
    lambda line: b"\xef\xbb\xbf" + line,                                # a byte-order mark
    lambda line: line + b" trailing",
    lambda line: line + b" \r",
    lambda line: line.replace(b'"turn":', b'"turn":"', 1).replace(b',', b'",', 1),  # the turn as text
    lambda line: line.replace(b'"kind":"', b'"kind":"x', 1),            # an unknown kind
    lambda line: line.replace(b'{', b'{"extra":1,', 1),
    lambda line: line.replace(b'{', b'{"turn":2.5,', 1),               # a duplicate key, last wins
    lambda line: b"[" + line + b"]",
    lambda line: line[: len(line) // 2],
]


@pytest.mark.parametrize("damage", range(len(DAMAGE)))
def test_a_transcript_reads_the_same_through_the_quick_path_as_the_careful_one(tmp_path, monkeypatch, damage):
    from dojo.transcript import store

    rng = random.Random(damage)
    session = Session(load_scenario(MINI), seed=damage, player="Ana")
    while not session.finished:
        session.reply(rng.choice(CORPUS))
    recorder = Recorder(session, data_dir=tmp_path / "played", scenario_path=MINI, index=False)
    recorder.close()
    assert recorder.path is not None
    lines = recorder.path.read_bytes().split(b"\n")
    outcomes = []
    for number in range(1, len(lines) - 1):  # every event line in turn, and a damaged last line
        damaged = [*lines]
        damaged[number] = DAMAGE[damage](lines[number])
        path = tmp_path / f"damaged-{number}.jsonl"
        path.write_bytes(b"\n".join(damaged[: None if number < len(lines) - 2 else -1]))

        def read(path=path):
            try:
                transcript = store.load_transcript(path)
            except store.TranscriptError as err:
                return str(err)
            return [(type(event), event.model_dump()) for event in transcript.events], transcript.truncated

        quick = read()
        with monkeypatch.context() as patched:
            patched.setattr(store, "_parsed_event", lambda line: store.event_from_dict({"kind": None}))
            careful = read()
        assert quick == careful, number
        outcomes.append(isinstance(quick, str))
    assert outcomes  # (some damage is harmless: trailing blanks, a surrogate, a duplicate key)
