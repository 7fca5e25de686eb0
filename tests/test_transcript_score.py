"""Re-scoring replays a transcript with today's rules; real calls are scored by the same coach."""

from __future__ import annotations

import json
import shutil

import pytest

from dojo.cli import main
from dojo.coach import Coach, classify
from dojo.engine import Session
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder, load_transcript
from dojo.transcript.calls import CallError, parse_call, score_call
from dojo.transcript.rescore import find_scenario, rescore
from tests.conftest import DATA, MINI

REPLIES = ["Hi Pat, is now a good time?", "Just checking in, whatever works for you.",
           "Sure — what will you decide once you have it?"]


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def record(scenario_path, replies=REPLIES, seed=3, player="Ana"):
    recorder = Recorder(Session(load_scenario(scenario_path), seed=seed, player=player),
                        scenario_path=scenario_path)
    for reply in replies:
        recorder.reply(reply)
    if not recorder.finished:
        recorder.end()
    return recorder.path


def test_rescoring_an_unchanged_scenario_reproduces_every_event(dojo_home):
    transcript = load_transcript(record(MINI))
    result = rescore(transcript, find_scenario(transcript))
    assert result.events == transcript.events
    assert not result.scenario_changed and result.changed_turns() == [] and result.notes == []


def test_score_is_deterministic(dojo_home, capsys):
    path = record(MINI)
    runs = [cli(capsys, "score", str(path), "--json") for _ in range(2)]
    assert runs[0] == runs[1] and runs[0][0] == 0
    data = json.loads(runs[0][1])
    assert data["then"] == data["now"] and data["scenario_changed"] is False
    assert data["then"]["outcome"]["result"] == "win"
    text_runs = [cli(capsys, "score", str(path)) for _ in range(2)]
    assert text_runs[0] == text_runs[1]
    assert "unchanged since it was played" in text_runs[0][1] and "every turn scores the same today" in text_runs[0][1]


def test_a_changed_scenario_is_flagged_and_rescored(dojo_home, tmp_path, capsys):
    scenario = tmp_path / "mini.toml"
    shutil.copy(MINI, scenario)
    path = record(scenario)
    # The trainer changes the rules: asking for criteria no longer wins outright.
    text = scenario.read_text(encoding="utf-8")
    scenario.write_text(text.replace('when.any = ["get:criteria", "get:timeline"]',
                                     'when.any = ["get:timeline"]'), encoding="utf-8")
    code, out, _ = cli(capsys, "score", str(path))
    assert code == 0
    assert "has changed since it was played" in out
    then_line = next(line for line in out.splitlines() if "then WIN" in line)
    now_line = next(line for line in out.splitlines() if line.strip().startswith("now"))
    assert then_line and "WIN" not in now_line
    data = json.loads(cli(capsys, "score", str(path), "--json")[1])
    assert data["scenario_changed"] and data["scenario_hash_then"] != data["scenario_hash_now"]
    assert data["now"]["outcome"]["result"] != "win"


def test_rescore_notes_replies_today_s_rules_never_reach(dojo_home, tmp_path, capsys):
    scenario = tmp_path / "mini.toml"
    shutil.copy(MINI, scenario)
    path = record(scenario, replies=["Hello Pat.", "How is your week?", "What will you decide, and by when?"])
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("max_turns = 4", "max_turns = 1"),
                        encoding="utf-8")
    data = json.loads(cli(capsys, "score", str(path), "--json")[1])
    assert data["now"]["turns"] == 1 and data["then"]["turns"] == 3
    assert any("2 later replies were not played" in note for note in data["notes"])


def test_score_several_files_and_report_a_bad_one_without_stopping(dojo_home, tmp_path, capsys):
    good = record(MINI)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{}\n")
    code, out, err = cli(capsys, "score", str(bad), str(good))
    assert code == 2 and f"{bad}:1:" in err and str(good) in out


def test_score_an_unknown_scenario_is_a_one_line_error(dojo_home, tmp_path, capsys):
    path = record(MINI)
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header.update(scenario="gone-forever", scenario_path=None)
    moved = tmp_path / "old.jsonl"
    moved.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "score", str(moved))
    assert code == 2 and "gone-forever" in err and err.count("\n") == 1
    code, out, err = cli(capsys, "score", str(moved), "--scenario", str(MINI))
    assert code == 0 and "has changed" not in out


# ---------------------------------------------------------------- real calls

PLAIN_CALL = """\
# exported from the dialler
[00:00:01] Dana Buyer: Hi, thanks for calling. Can you just send me some info?
[00:00:05] Sam Rep: Happy to send the deck.
What will you decide once you've read it, and by when?
00:00:12 Dana Buyer: Probably by Friday.
Sam Rep: Great.
Sam Rep: Just checking in on timing, whatever works for you.
"""

VTT_CALL = """\
WEBVTT

NOTE recorded on the team's meeting tool

1
00:00:01.000 --> 00:00:04.000
<v Dana Buyer>Hi, thanks for calling. Can you just send me some info?</v>

2
00:00:04.500 --> 00:00:09.000
<v.loud Sam Rep>Happy to send the deck &amp; pricing.</v>

3
00:00:09.000 --> 00:00:12.000
<v Sam Rep>What will you decide once you've read it, and by when?

4
00:00:12.000 --> 00:00:14.000
<v Dana Buyer><i>Probably</i> by Friday.</v>
"""


def test_plain_call_lines_are_merged_per_speaker_turn(tmp_path):
    lines = parse_call(PLAIN_CALL, "call.txt")
    assert [(line.speaker, line.line) for line in lines] == [
        ("Dana Buyer", 2), ("Sam Rep", 3), ("Dana Buyer", 5), ("Sam Rep", 6)]
    assert lines[1].text == "Happy to send the deck. What will you decide once you've read it, and by when?"
    assert lines[3].text == "Great. Just checking in on timing, whatever works for you."


def test_webvtt_voice_tags_give_speakers_and_tags_are_stripped():
    lines = parse_call(VTT_CALL, "call.vtt")
    assert [line.speaker for line in lines] == ["Dana Buyer", "Sam Rep", "Dana Buyer"]
    assert lines[1].text == "Happy to send the deck & pricing. What will you decide once you've read it, and by when?"
    assert lines[2].text == "Probably by Friday."


@pytest.mark.parametrize("name, text", [("call.txt", PLAIN_CALL), ("call.vtt", VTT_CALL)])
def test_a_call_scores_the_reps_turns_like_the_coach_would(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call = score_call(path, "sam  REP")  # the name matches case- and space-insensitively
    assert call.rep == "Sam Rep"
    rep_lines = [line.text for line in parse_call(text, name) if line.speaker == "Sam Rep"]
    coach = Coach()
    expected = [coach.score(number, classify(reply), ()) for number, reply in enumerate(rep_lines, start=1)]
    assert [turn.events for turn in call.turns] == expected
    assert call.scores == coach.scores()
    first = call.turns[0]
    assert first.signals.gives and first.signals.gets
    assert any(event.code == "traded" for event in first.events)
    assert [line.speaker for line in first.context] == ["Dana Buyer"]


def test_score_call_cli_prints_turns_and_the_three_scores(tmp_path, capsys):
    path = tmp_path / "call.txt"
    path.write_text(PLAIN_CALL, encoding="utf-8")
    code, out, _ = cli(capsys, "score", "--call", str(path), "--rep", "Sam Rep")
    assert code == 0
    assert "Turn 1 (line 3)" in out and "Turn 2 (line 6)" in out
    assert "traded deck" in out and "checked in with nothing new" in out
    last = out.strip().splitlines()[-1]
    assert last.startswith("Scores: reciprocity") and "pathway" in last and "chasing" in last
    data = json.loads(cli(capsys, "score", "--call", str(path), "--rep", "Sam Rep", "--json")[1])
    assert [turn["turn"] for turn in data["turns"]] == [1, 2] and data["speakers"] == ["Dana Buyer", "Sam Rep"]


@pytest.mark.parametrize("argv, message", [
    (["--rep", "Nobody"], "no speaker named 'Nobody'; speakers: Dana Buyer, Sam Rep"),
    ([], "--call needs --rep NAME"),
])
def test_score_call_usage_errors(tmp_path, capsys, argv, message):
    path = tmp_path / "call.txt"
    path.write_text(PLAIN_CALL, encoding="utf-8")
    code, out, err = cli(capsys, "score", "--call", str(path), *argv)
    assert code == 2 and message in err and err.count("\n") == 1


def test_unreadable_calls_name_the_file_and_line(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("just some notes without speakers\n", encoding="utf-8")
    with pytest.raises(CallError, match=r"notes.txt:1: expected `Speaker: text`"):
        score_call(plain, "Sam")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Sam: hello\nDana: caf\xe9\n".encode("latin-1"))
    with pytest.raises(CallError, match=r"latin.txt:2: not UTF-8"):
        score_call(latin, "Sam")
    with pytest.raises(CallError, match="no such file"):
        score_call(tmp_path / "missing.vtt", "Sam")


def test_golden_transcript_rescoring_is_stable(capsys):
    path = DATA / "transcripts" / "film.jsonl"
    first = cli(capsys, "score", str(path), "--scenario", str(MINI), "--json")
    second = cli(capsys, "score", str(path), "--scenario", str(MINI), "--json")
    assert first == second and first[0] == 0
