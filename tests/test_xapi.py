"""xAPI statements from transcripts: valid by the spec, deterministic, and enough to rebuild the team report."""

from __future__ import annotations

import json
import uuid

import pytest

from dojo.cli import main
from dojo.transcript import History, load_transcript
from dojo.transcript.report import build_report, report_html, report_markdown
from dojo.transcript.xapi import (
    EXT_COACHING,
    EXT_OUTCOME,
    EXT_PATHWAY,
    EXT_RECIPROCITY,
    VERBS,
    attempt_statements,
    is_attempt,
    statements,
)
from dojo.transcript.xapi_report import history_from_statements
from tests.conftest import play_recorded
from tests.xapi_spec import problems

WIN = ["Hi Pat, is now a good time?", "Sure — what will you decide once you have it?"]
LOSS = ["Sure, I'll send the deck and our pricing today."]
CHASE_THEN_WIN = ["Just checking in, whatever works for you.", "What will you decide, and by when?"]
SMALL_TALK = ["Hi Pat, is now a good time?"]


def play(mini, player, replies, seed=1, finish=True, players=None):
    return load_transcript(play_recorded(mini, player, replies, seed, finish, players).path)


def test_every_statement_has_the_shape_the_spec_requires(dojo_home, mini):
    transcripts = [play(mini, "Ana", WIN), play(mini, "Ben", LOSS), play(mini, None, SMALL_TALK),
                   play(mini, "ana@example.com", CHASE_THEN_WIN),
                   play(mini, None, ["Hello there", *WIN[1:]], players=["Ana", "Ben"])]
    checked = 0
    for transcript in transcripts:
        for statement in statements(transcript, "https://lms.example.com", turns=True):
            assert problems(statement) == [], statement
            checked += 1
    assert checked >= 10
    # The checker is not a rubber stamp: each broken rule is caught.
    good = statements(transcripts[0])[0]
    broken = [
        {**good, "id": "not-a-uuid"},
        {**good, "actor": {**good["actor"], "mbox": "mailto:a@b.c"}},
        {**good, "verb": {"id": "passed", "display": {"en-US": "passed"}}},
        {**good, "object": {"objectType": "Activity", "id": "mini"}},
        {**good, "result": {**good["result"], "score": {"scaled": 1.5, "raw": 37, "min": 0, "max": 100}}},
        {**good, "result": {**good["result"], "score": {"raw": 137, "min": 0, "max": 100}}},
        {**good, "timestamp": "yesterday"},
        {**good, "version": "0.95"},
    ]
    for statement in broken:
        assert problems(statement), statement


def test_the_verb_says_how_the_attempt_ended(dojo_home, mini):
    def verb(transcript):
        return statements(transcript)[0]["verb"]["id"]

    won, lost, stopped = play(mini, "Ana", WIN), play(mini, "Ana", LOSS), play(mini, "Ana", SMALL_TALK)
    assert verb(won) == VERBS["passed"] and statements(won)[0]["result"]["success"] is True
    assert verb(lost) == VERBS["failed"] and statements(lost)[0]["result"]["success"] is False
    first = statements(stopped)[0]
    assert verb(stopped) == VERBS["attempted"] and "success" not in first["result"]
    assert first["result"]["completion"] is False
    extensions = statements(lost)[0]["result"]["extensions"]
    scores = lost.ended.scores
    assert (extensions[EXT_RECIPROCITY], extensions[EXT_PATHWAY], extensions[EXT_OUTCOME]) == \
        (scores.reciprocity, scores.pathway, "loss")
    assert statements(lost)[0]["result"]["score"] == {"scaled": scores.overall / 100, "raw": scores.overall,
                                                      "min": 0, "max": 100}
    assert {m["code"] for m in extensions[EXT_COACHING]} >= {"gave_without_get"}


def test_turn_statements_only_when_asked(dojo_home, mini):
    won = play(mini, "Ana", WIN)
    assert [s["verb"]["id"] for s in statements(won)] == [VERBS["passed"]]
    with_turns = statements(won, turns=True)
    responded = [s for s in with_turns if s["verb"]["id"] == VERBS["responded"]]
    assert [s["result"]["response"] for s in responded] == WIN
    parent = with_turns[0]["object"]["id"]
    assert all(s["context"]["contextActivities"]["parent"][0]["id"] == parent for s in responded)


def test_ids_come_from_the_transcript_so_a_resend_never_duplicates(dojo_home, mini):
    first = play(mini, "Ana", WIN)
    again = load_transcript(first.path)
    ids = [s["id"] for s in statements(first, turns=True)]
    assert ids == [s["id"] for s in statements(again, turns=True)]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 5 for i in ids)
    other = play(mini, "Ana", WIN)
    assert not set(ids) & {s["id"] for s in statements(other, turns=True)}


def test_interrupted_and_empty_sessions_are_not_attempts(dojo_home, mini):
    interrupted = play(mini, "Ana", SMALL_TALK, finish=False)
    assert interrupted.ended is None and not is_attempt(interrupted) and statements(interrupted) == []
    walked_away = play(mini, "Ana", [])
    assert walked_away.ended is not None and not is_attempt(walked_away)


def test_group_play_shares_one_registration_and_credits_each_player(dojo_home, mini):
    group = play(mini, None, ["Hello there", "What will you decide, and by when?"], players=["Ana", "Ben"])
    found = attempt_statements(group)
    assert [s["actor"]["account"]["name"] for s in found] == ["Ana", "Ben"]
    registrations = {s["context"]["registration"] for s in found}
    assert len(registrations) == 1 and uuid.UUID(registrations.pop())
    solo = attempt_statements(play(mini, "Ana", WIN))
    assert "registration" not in solo[0]["context"]
    ben = found[1]["result"]["extensions"][EXT_COACHING]
    assert ben and all(m["turn"] == 2 for m in ben)


def test_an_email_name_is_a_mailbox_and_no_name_is_anonymous(dojo_home, mini):
    mailbox = statements(play(mini, "ana@example.com", WIN))[0]["actor"]
    assert mailbox == {"objectType": "Agent", "name": "ana@example.com", "mbox": "mailto:ana@example.com"}
    nameless = statements(play(mini, None, WIN), "https://lms.example.com")[0]["actor"]
    assert nameless["account"] == {"homePage": "https://lms.example.com", "name": "anonymous"}


@pytest.mark.parametrize("render", [report_markdown, report_html])
def test_the_report_from_statements_equals_the_report_from_transcripts(dojo_home, mini, tmp_path, render):
    transcripts = [play(mini, "Ana", LOSS), play(mini, "Ana", WIN), play(mini, "Ben", CHASE_THEN_WIN),
                   play(mini, "Ben", LOSS), play(mini, None, WIN),
                   play(mini, None, ["Hello there", *WIN[1:]], players=["Ana", "Cy"])]
    sent = [s for t in transcripts for s in statements(t, turns=True)]
    rebuilt = history_from_statements(reversed(sent), tmp_path / "from-lrs")
    local = History()
    local.sync()
    for player in (None, "Ana", "Cy", ""):
        assert render(build_report(rebuilt, player)) == render(build_report(local, player))
    since = transcripts[2].started
    assert render(build_report(rebuilt, None, since)) == render(build_report(local, None, since))
    assert "## Cy" in report_markdown(build_report(rebuilt))


def test_export_format_xapi_writes_the_statements(dojo_home, mini, capsys, tmp_path):
    won = play(mini, "Ana", WIN)
    assert main(["export", str(won.path), "--format", "xapi"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == statements(won)
    out_file = tmp_path / "ana.json"
    assert main(["export", "last", "--format", "xapi", "-o", str(out_file)]) == 0
    assert json.loads(out_file.read_text()) == statements(won)
    interrupted = play(mini, "Ana", SMALL_TALK, finish=False)
    assert main(["export", str(interrupted.path), "--format", "xapi"]) == 2
    assert "not a finished attempt" in capsys.readouterr().err
