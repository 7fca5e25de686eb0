"""Re-scoring takes a transcript's recorded signals only when hearing the reply again is provably
the same: the transcript's hearing fingerprint matches today's and the signals were heard in the
very text replayed. Whatever it takes, `dojo score` prints byte for byte what hearing every
reply again (`--reclassify`) prints."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.engine import Session
from dojo.engine import hearing as engine_hearing
from dojo.engine import session as engine_session
from dojo.engine.hearing import hearing_fingerprint
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder, load_transcript
from dojo.transcript.rescore import find_scenario, rescore
from tests.conftest import DATA, MINI

CORPUS = [json.loads(line)["text"] for line in (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
#: A scenario-specific word the default lexicon does not hear as asking for the timeline.
PATCH = '''
[[lexicon.rules]]
id = "mini.pineapple"
label = "get:timeline"
patterns = ['\\bpineapple\\b']
'''


def saved(scenario_path: Path, seed: int, folder: Path, replies: list[str] | None = None) -> Path:
    rng = random.Random(seed)
    session = Session(load_scenario(scenario_path), seed=seed, player=rng.choice(["Ana", "Ravi", "Jo"]))
    for reply in replies or [rng.choice(CORPUS) for _ in range(rng.randrange(2, 9))]:
        if session.finished:
            break
        session.reply(reply)
    recorder = Recorder(session, data_dir=folder, scenario_path=scenario_path, index=False)
    recorder.close()
    assert recorder.path is not None
    return recorder.path


@pytest.fixture
def heard_again(monkeypatch) -> list[str]:
    """The replies the engine hears afresh, in order."""
    texts: list[str] = []
    classify = engine_session.classify

    def counting(text, lexicon=None):
        texts.append(text)
        return classify(text, lexicon)

    monkeypatch.setattr(engine_session, "classify", counting)
    return texts


def test_a_transcript_records_the_fingerprint_of_what_heard_its_replies(tmp_path):
    path = saved(MINI, 1, tmp_path)
    header = load_transcript(path).header
    assert header["hearing"] == hearing_fingerprint(load_scenario(MINI))
    assert len(header["hearing"]) == 16


def test_the_fingerprint_follows_the_lexicon_patch_and_nothing_else_in_the_scenario(tmp_path, monkeypatch):
    text = MINI.read_text(encoding="utf-8")
    other_lines = tmp_path / "lines.toml"
    other_lines.write_text(text.replace("Send me some info.", "Send me a leaflet."), encoding="utf-8")
    patched = tmp_path / "patched.toml"
    patched.write_text(text + PATCH, encoding="utf-8")
    mine = hearing_fingerprint(load_scenario(MINI))
    assert hearing_fingerprint(load_scenario(other_lines)) == mine
    assert hearing_fingerprint(load_scenario(patched)) not in (mine, None)
    # A change to the coach's code or lexicon file changes every fingerprint.
    monkeypatch.setattr(engine_hearing, "_code_digest", lambda: "another coach")
    assert hearing_fingerprint(load_scenario(MINI)) != mine


def test_a_retrained_second_opinion_changes_every_fingerprint(monkeypatch):
    # The learned model hears replies too (on by default), so its weights are part of what heard them.
    mine = hearing_fingerprint(load_scenario(MINI))
    engine_hearing._code_digest.cache_clear()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + (b" " if self.name == "learned.json" else b""))
    try:
        assert hearing_fingerprint(load_scenario(MINI)) not in (mine, None)
    finally:
        engine_hearing._code_digest.cache_clear()


def test_an_unchanged_coach_replays_the_recorded_signals_without_hearing_again(tmp_path, heard_again):
    paths = [saved(path, seed, tmp_path) for seed, path in enumerate([*sorted(shipped_dir().glob("*.toml")), MINI])]
    heard_again.clear()
    for path in paths:
        transcript = load_transcript(path)
        entry = find_scenario(transcript)
        reused = rescore(transcript, entry, hearing=hearing_fingerprint(entry.scenario))
        assert heard_again == []
        # The replay is still the recording, event for event (then the ending an unfinished one gets).
        assert reused.events[:len(transcript.events)] == transcript.events
        fresh = rescore(transcript, entry)
        assert len(heard_again) == len(transcript.replies)
        assert fresh.events == reused.events
        heard_again.clear()


def test_a_changed_coach_or_patch_hears_every_reply_again(tmp_path, heard_again, monkeypatch):
    path = saved(MINI, 3, tmp_path, ["Hi there, how are you?", "What would a pineapple change for you?"])
    transcript = load_transcript(path)
    patched = tmp_path / "patched.toml"
    patched.write_text(MINI.read_text(encoding="utf-8") + PATCH, encoding="utf-8")
    heard_again.clear()
    result = rescore(transcript, entry := find_scenario(transcript, str(patched)),
                     hearing=hearing_fingerprint(entry.scenario))
    assert heard_again == [reply.text for reply in transcript.replies]
    # Today's patch hears the pineapple as asking for the timeline, and the persona answers it.
    assert result.new.ended is not None and result.new.ended.ending == "won"
    assert transcript.film().ended is None or transcript.film().ended.ending != "won"
    heard_again.clear()
    monkeypatch.setattr(engine_hearing, "_code_digest", lambda: "another coach")
    rescore(transcript, entry := find_scenario(transcript), hearing=hearing_fingerprint(entry.scenario))
    assert len(heard_again) == len(transcript.replies)


def test_signals_recorded_for_other_words_are_never_taken(tmp_path, heard_again):
    path = saved(MINI, 4, tmp_path, ["Hello, how is your week going?", "Sure, I'll send the info over."])
    lines = path.read_text(encoding="utf-8").splitlines()
    # The first reply now says something else than what its recorded signals were heard in.
    edited = [line.replace('"Hello, how is your week going?"', '"What will you decide once you have it?"', 1)
              if json.loads(line).get("kind") == "rep" else line for line in lines]
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    transcript = load_transcript(path)
    heard_again.clear()
    result = rescore(transcript, entry := find_scenario(transcript), hearing=hearing_fingerprint(entry.scenario))
    assert heard_again == ["What will you decide once you have it?"]
    assert result.new.ended is not None and result.new.ended.ending == "won"


def test_a_transcript_without_a_fingerprint_is_heard_again(tmp_path, heard_again):
    path = saved(MINI, 5, tmp_path)
    header, *events = path.read_text(encoding="utf-8").splitlines()
    older = {key: value for key, value in json.loads(header).items() if key != "hearing"}
    path.write_text("\n".join([json.dumps(older), *events]) + "\n", encoding="utf-8")
    transcript = load_transcript(path)
    heard_again.clear()
    rescore(transcript, entry := find_scenario(transcript), hearing=hearing_fingerprint(entry.scenario))
    assert len(heard_again) == len(transcript.replies)


@pytest.mark.parametrize("options", [(), ("--json",), ("--scenario", "PATCHED")])
def test_score_prints_exactly_what_hearing_every_reply_again_prints(tmp_path, capsys, heard_again, options):
    patched = tmp_path / "patched.toml"
    patched.write_text(MINI.read_text(encoding="utf-8") + PATCH, encoding="utf-8")
    options = tuple(str(patched) if option == "PATCHED" else option for option in options)
    sources = [*sorted(shipped_dir().glob("*.toml")), MINI]
    files = [str(saved(sources[number % len(sources)], number, tmp_path / "played")) for number in range(18)]
    files.append(str(saved(MINI, 99, tmp_path / "played", ["What's a pineapple worth to you?"] * 3)))
    heard_again.clear()
    assert main(["score", "--jobs", "1", *options, *files]) == 0
    taken = capsys.readouterr()
    reused = len(heard_again)
    assert main(["score", "--jobs", "1", "--reclassify", *options, *files]) == 0
    assert capsys.readouterr() == taken
    fresh = len(heard_again) - reused
    if "--scenario" in options:
        assert reused == fresh > 0  # another lexicon: nothing recorded could be taken
    else:
        assert reused == 0 and fresh == sum(len(load_transcript(file).replies) for file in files)
