"""`dojo play --players`: group scripts, the JSON additions, one-line errors, saved group transcripts."""

from __future__ import annotations

import json

import pytest

from dojo.cli import main
from dojo.engine.events import AnswerPicked, DraftScored, NotePinned
from dojo.transcript import load_transcript
from dojo.transcript.store import list_transcripts

ROUND = """\
# round one
Ana: Thanks for your time, how is your quarter going?
Ben: I can send you a deck
Cy: What made you look at claims automation now?
pick: Cy
note: Cy's question opened the door
Ana: I'll send the pricing
Ben: Sounds painful. What happens if nothing changes this quarter?
"""


def play(capsys, tmp_path, script: str, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "script.txt"
    path.write_text(script, encoding="utf-8")
    code = main(["play", "tire-kicker", "--seed", "3", "--script", str(path), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_round_json_names_players_drafts_picks_and_notes(capsys, tmp_path):
    code, out, _ = play(capsys, tmp_path, ROUND, "--players", "Ana,Ben,Cy", "--mode", "round", "--json")
    assert code == 0
    data = json.loads(out)
    assert [(t["turn"], t["player"]) for t in data["turns"]] == [(1, "Cy"), (2, "Ben")]
    group = data["group"]
    assert group["mode"] == "round"
    rounds = group["rounds"]
    assert (rounds[0]["picked"], rounds[0]["chosen_by"]) == ("Cy", "facilitator")
    # No pick line for the second round: the best draft (Ben's, not the giveaway) was heard.
    assert (rounds[1]["picked"], rounds[1]["chosen_by"]) == ("Ben", "best")
    assert [d["player"] for d in rounds[1]["drafts"]] == ["Ana", "Ben"]
    assert group["notes"] == [{"turn": 1, "player": None, "text": "Cy's question opened the door"}]
    players = {p["name"]: p for p in group["players"]}
    assert players["Ana"]["drafts"] == 2 and players["Cy"]["picked"] == 1
    assert players["Ana"]["scores"]["pathway"] == 20  # Ana's own ledger: her opener earned rapport
    assert players["Ana"]["scores"]["reciprocity"] < 50  # and her pricing giveaway cost her alone
    # Team points: what the replies the prospect heard from each player did to the team's scores.
    turn_deltas = {t["player"]: sum(e["delta"] for e in t["events"]) for t in data["turns"]}
    assert players["Cy"]["team_points"] == turn_deltas["Cy"] and players["Ana"]["team_points"] == 0
    assert {"scenario", "seed", "opening", "outcome", "turns", "scores"} <= data.keys()  # the old contract


def test_relay_attributes_each_reply_and_saves_a_group_transcript(capsys, tmp_path, dojo_home):
    code, out, _ = play(capsys, tmp_path, "Ana: Thanks for your time, how are you?\nBen: I can send you a deck\n",
                          "--players", "Ana,Ben")
    assert code == 0
    assert "  Ana: Thanks for your time" in out and "  Ben: I can send you a deck" in out
    assert "Players (each on their own answers):" in out
    [path] = list_transcripts(dojo_home)
    transcript = load_transcript(path)
    assert transcript.header["group"] == {"mode": "relay", "players": ["Ana", "Ben"]}
    assert [r.player for r in transcript.replies] == ["Ana", "Ben"]


def test_saved_round_keeps_drafts_and_notes(capsys, tmp_path, dojo_home):
    play(capsys, tmp_path, ROUND, "--players", "Ana,Ben,Cy", "--mode", "round")
    [path] = list_transcripts(dojo_home)
    events = load_transcript(path).events
    assert sum(isinstance(e, DraftScored) for e in events) == 5
    assert sum(isinstance(e, AnswerPicked) for e in events) == 2
    assert any(isinstance(e, NotePinned) for e in events)


@pytest.mark.parametrize("script, mode, message", [
    ("Ana: hi\nBen hello\n", "relay", "script.txt:2: expected `Name: reply`"),
    ("Ana: hi\nZed: hello\n", "relay", "script.txt:2: 'Zed' is not playing; the players are Ana, Ben"),
    ("Ana: hi\nAna: again\n", "relay", "script.txt:2: it is Ben's turn"),
    ("pick: Ana\n", "round", "script.txt:1: nobody has drafted"),
    ("Ana: hi\npick: Ben\n", "round", "script.txt:2: Ben has no draft"),
    ("Ana: \n", "round", "script.txt:1: the reply is empty"),
])
def test_bad_lines_are_one_line_errors_with_file_and_line(capsys, tmp_path, script, mode, message):
    code, _, err = play(capsys, tmp_path, script, "--players", "Ana,Ben", "--mode", mode, "--no-save")
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_bad_players_option_is_a_usage_error(capsys, tmp_path):
    code, _, err = play(capsys, tmp_path, "Ana: hi\n", "--players", "Ana,ana")
    assert code == 2 and "--players" in err and "twice" in err


def test_review_export_and_report_show_drafts_notes_and_overrides(capsys, tmp_path, dojo_home):
    from dojo.engine import Session
    from dojo.engine.group import GroupSession
    from dojo.scenario.library import resolve
    from dojo.transcript.group_record import GroupRecorder

    group = GroupSession(Session(resolve("tire-kicker").scenario, seed=3), ["Ana", "Ben"], "round")
    team = GroupRecorder(group, dojo_home)
    team.draft("Thanks for your time, how is your quarter going?")
    team.draft("I can send you a deck")
    team.pick("Ben")
    team.note("Ben gave the deck away for nothing")
    team.end()
    # After the ending, the facilitator still overrides (the file is appended to, then re-indexed).
    team.override("Ben", "overall", 70, "the deck was what they asked for")
    path = str(team.path)

    assert main(["review", "--text", path]) == 0
    review = capsys.readouterr().out
    assert "draft · Ana (57 D): Thanks for your time" in review
    assert "the prospect heard Ben's answer (the facilitator's pick)" in review
    assert "note: Ben gave the deck away for nothing" in review
    assert "override · Ben overall 70 (coach: 47): the deck was what they asked for" in review
    assert "Players (each on their own answers):" in review

    assert main(["export", path, "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert "- note: Ben gave the deck away for nothing" in markdown and "## Players" in markdown
    assert main(["export", path, "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["group"]["players"][1]["overrides"][0]["value"] == 70

    assert main(["group-report", path]) == 0
    report = capsys.readouterr().out
    assert "## Worth celebrating" in report and "first score on this scenario" in report
    assert "facilitator: overall 70 (turn 1) — the deck was what they asked for" in report
    assert "Turn 1: **Ana** (57)" in report  # the best answer of the round, though Ben's was heard

    assert main(["history", "--player", "Ben"]) == 0
    assert "tire-kicker" in capsys.readouterr().out  # the session counts in each player's history


def test_group_report_refuses_a_solo_transcript(capsys, tmp_path, dojo_home):
    script = tmp_path / "solo.txt"
    script.write_text("hello there\n", encoding="utf-8")
    assert main(["play", "tire-kicker", "--script", str(script)]) == 0
    [path] = list_transcripts(dojo_home)
    capsys.readouterr()
    assert main(["group-report", str(path)]) == 2
    assert "a solo session, not a group one" in capsys.readouterr().err


def test_group_report_last_is_the_newest_group_session_though_solo_practice_came_after(capsys, tmp_path,
                                                                                        dojo_home):
    from dojo.engine import Session
    from dojo.engine.group import GroupSession
    from dojo.scenario.library import resolve
    from dojo.transcript.group_record import GroupRecorder

    assert main(["group-report", "last"]) == 2
    assert capsys.readouterr().err == "dojo: no saved transcripts yet; play a session first\n"
    script = tmp_path / "solo.txt"
    script.write_text("hello there\n", encoding="utf-8")
    assert main(["play", "tire-kicker", "--script", str(script)]) == 0
    capsys.readouterr()
    assert main(["group-report", "last"]) == 2
    assert capsys.readouterr().err == "dojo: no group session saved yet; `dojo group` starts one\n"

    team = GroupRecorder(GroupSession(Session(resolve("tire-kicker").scenario, seed=3), ["Ana", "Ben"], "relay"),
                         dojo_home)
    team.reply("Thanks for your time, how is your quarter going?")
    team.end()
    assert main(["play", "tire-kicker", "--script", str(script)]) == 0  # solo practice after the team's
    capsys.readouterr()
    assert main(["group-report", "last"]) == 0
    assert "**Format:** Relay · Ana, Ben" in capsys.readouterr().out
