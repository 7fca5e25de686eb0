"""Re-scoring a whole session recorded by today's dojo against today's scenario reads its events
instead of playing the conversation again: the replay would write them word for word. Anything
that could make the replay differ (another scenario version, other code, a reply edited by hand,
a line cut off, a group's events, a transcript from before the fingerprint) plays it again, and
either way `dojo score` prints byte for byte what playing every transcript again prints."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.engine import Session
from dojo.engine import hearing as engine_hearing
from dojo.engine.group import GroupSession
from dojo.engine.hearing import replay_fingerprint
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder, load_transcript
from dojo.transcript import rescore as rescore_module
from dojo.transcript.group_record import GroupRecorder
from dojo.transcript.rescore import find_scenario, rescore
from tests.conftest import DATA, MINI

CORPUS = [json.loads(line)["text"] for line in (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]


def whole(scenario_path: Path, seed: int, folder: Path, replies: int = 6) -> Path:
    """A session of corpus replies played to its end (or ended by the rep), saved as a transcript."""
    rng = random.Random(seed)
    session = Session(load_scenario(scenario_path), seed=seed, player=rng.choice(["Ana", "Ravi", "Jo"]))
    for _ in range(replies):
        if session.finished:
            break
        session.reply(rng.choice(CORPUS))
    session.end()
    recorder = Recorder(session, data_dir=folder, scenario_path=scenario_path, index=False)
    recorder.close()
    assert recorder.path is not None
    return recorder.path


@pytest.fixture
def played_again(monkeypatch) -> list[str]:
    """The scenario ids of the sessions a re-score plays, in order."""
    ids: list[str] = []
    real = rescore_module.Session

    def counting(scenario, *args, **kwargs):
        ids.append(scenario.id)
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(rescore_module, "Session", counting)
    return ids


def rescored(path: Path, scenario: str | None = None):
    transcript = load_transcript(path)
    entry = find_scenario(transcript, scenario)
    return transcript, rescore(transcript, entry, replay=replay_fingerprint())


def test_a_transcript_records_the_fingerprint_of_the_code_that_played_it(tmp_path):
    header = load_transcript(whole(MINI, 1, tmp_path)).header
    assert header["replay"] == replay_fingerprint()
    assert len(header["replay"]) == 16


def test_the_fingerprint_follows_the_code_that_plays_sessions(monkeypatch):
    today = replay_fingerprint()
    engine_hearing._replay_digest.cache_clear()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + (b"# edited" if self.name == "session.py" else b""))
    try:
        assert replay_fingerprint() not in (today, None)
    finally:
        engine_hearing._replay_digest.cache_clear()


def test_a_whole_session_recorded_today_is_read_not_played_again(tmp_path, played_again):
    for seed, source in enumerate([*sorted(shipped_dir().glob("*.toml")), MINI]):
        transcript, result = rescored(whole(source, seed, tmp_path))
        assert played_again == []
        assert result.as_recorded and result.notes == [] and result.changed_turns() == []
        assert result.new.scores == result.old.scores and result.new.ended == result.old.ended
        # What playing it again gives: the very same events.
        assert rescore(transcript, find_scenario(transcript)).events == transcript.events
        played_again.clear()


def test_an_edited_scenario_plays_the_session_again(tmp_path, played_again):
    copy = tmp_path / "mini.toml"
    copy.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    path = whole(copy, 2, tmp_path)
    copy.write_text(MINI.read_text(encoding="utf-8").replace("We decide by Friday.", "We decide on Monday."),
                    encoding="utf-8")
    _, result = rescored(path)
    assert played_again == ["mini"] and not result.as_recorded and result.scenario_changed


def test_other_code_plays_the_session_again(tmp_path, played_again, monkeypatch):
    path = whole(MINI, 3, tmp_path)
    monkeypatch.setattr(engine_hearing, "_replay_digest", lambda: "another dojo")
    transcript = load_transcript(path)
    result = rescore(transcript, find_scenario(transcript), replay=engine_hearing.replay_fingerprint())
    assert played_again == ["mini"] and not result.as_recorded


def edit(path: Path, change) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(change(lines)) + "\n", encoding="utf-8")


def reworded(lines: list[str]) -> list[str]:
    first = next(i for i, line in enumerate(lines) if json.loads(line).get("kind") == "rep")
    event = json.loads(lines[first])
    event["text"] = "What will you decide once you have it, and by when?"
    return [*lines[:first], json.dumps(event), *lines[first + 1:]]


def no_fingerprint(lines: list[str]) -> list[str]:
    header = {key: value for key, value in json.loads(lines[0]).items() if key != "replay"}
    return [json.dumps(header), *lines[1:]]


def no_ending(lines: list[str]) -> list[str]:
    return [line for line in lines if json.loads(line).get("kind") != "ended"]


def after_the_ending(lines: list[str]) -> list[str]:
    return [*lines, json.dumps({"turn": 1, "kind": "state", "from_state": "a", "to_state": "b"})]


@pytest.mark.parametrize("change", [reworded, no_fingerprint, no_ending, after_the_ending],
                         ids=["a reply edited by hand", "recorded before the fingerprint", "no ending",
                              "events after the ending"])
def test_a_transcript_a_replay_might_not_reproduce_is_played_again(tmp_path, played_again, change):
    path = whole(MINI, 4, tmp_path)
    edit(path, change)
    _, result = rescored(path)
    assert played_again == ["mini"] and not result.as_recorded


def test_a_cut_off_transcript_is_played_again(tmp_path, played_again):
    path = whole(MINI, 5, tmp_path)
    path.write_bytes(path.read_bytes()[:-30])
    transcript, result = rescored(path)
    assert transcript.truncated and played_again == ["mini"] and not result.as_recorded


def test_a_group_session_is_played_again(mini, dojo_home, played_again):
    group = GroupSession(Session(mini, seed=6), ["Ana", "Ben"], "relay")
    team = GroupRecorder(group, dojo_home, scenario_path=MINI, index=False)
    team.reply("Hi, how is your week going?", "Ana")
    team.reply("What made you look at this now?", "Ben")
    team.end()
    team.close()
    assert team.path is not None
    transcript, result = rescored(team.path)
    assert "replay" not in transcript.header
    assert played_again == ["mini"] and not result.as_recorded


@pytest.mark.parametrize("options", [(), ("--json",)])
def test_score_prints_exactly_what_playing_every_transcript_again_prints(tmp_path, capsys, played_again,
                                                                          options):
    sources = [*sorted(shipped_dir().glob("*.toml")), MINI]
    files = [whole(sources[number % len(sources)], number, tmp_path / "played", replies=number % 9)
             for number in range(20)]
    edit(files[3], reworded)
    edit(files[5], no_ending)
    names = [str(path) for path in files]
    assert main(["score", "--jobs", "1", *options, *names]) == 0
    read = capsys.readouterr()
    assert len(played_again) == 2  # the edited one and the one without its ending
    assert main(["score", "--jobs", "1", "--reclassify", *options, *names]) == 0
    assert capsys.readouterr() == read
    assert len(played_again) == 2 + len(files)
