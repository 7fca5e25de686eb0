"""The history index lists every saved session and can always be rebuilt from the files."""

from __future__ import annotations

import io
import json
import sys

import pytest

from dojo.cli import main
from dojo.transcript import History
from tests.conftest import MINI, play_recorded

WIN = ["Hi Pat, is now a good time?", "Sure — what will you decide once you have it?"]
LOSS = ["Sure, I'll send the deck and our pricing today."]
CHASE_THEN_WIN = ["Just checking in, whatever works for you.", "What will you decide, and by when?"]


play = play_recorded


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rebuild_equals_the_incrementally_built_index(dojo_home, mini):
    play(mini, "Ana", LOSS)
    play(mini, "Ana", WIN)
    play(mini, "Ben", CHASE_THEN_WIN, seed=2)
    play(mini, None, ["Hello Pat."], finish=False)  # a crash: never indexed at the end
    history = History()
    assert len(history.attempts()) == 3  # indexed as each session finished
    assert history.sync() == []  # picks up the crashed one
    incremental = history.dump()
    assert len(incremental["transcripts"]) == 4 and incremental["coaching"]
    assert history.rebuild() == []
    assert history.dump() == incremental
    # From nothing at all, too.
    for suffix in ("", "-wal", "-shm"):
        (dojo_home / f"history.sqlite{suffix}").unlink(missing_ok=True)
    assert History().rebuild() == [] and History().dump() == incremental


def test_attempts_are_newest_first_and_filter_by_player_and_scenario(dojo_home, mini):
    first = play(mini, "Ana", LOSS)
    second = play(mini, "ana", WIN)  # names match case-insensitively
    play(mini, "Ben", WIN)
    history = History()
    ana = history.attempts(player="Ana")
    assert [a.path for a in ana] == [second.path, first.path]
    assert {a.result for a in ana} == {"win", "loss"}
    assert len(history.attempts(scenario="mini")) == 3 and history.attempts(scenario="other") == []
    assert history.attempts(player="Nobody") == []


def test_best_and_per_scenario_summary(dojo_home, mini):
    play(mini, "Ana", LOSS)
    play(mini, "Ana", WIN)
    play(mini, "Ana", CHASE_THEN_WIN)
    history = History()
    scored = [a.scores for a in reversed(history.attempts(player="Ana"))]
    best = history.best("Ana", "mini")
    assert best.overall == max(s.overall for s in scored)
    [summary] = history.summary("Ana")
    assert summary.scenario == "mini" and summary.attempts == 3
    assert summary.best == best and summary.improvement == best.overall - summary.first.overall
    assert history.best("Ben", "mini") is None


def test_coaching_counts_what_cost_points_most(dojo_home, mini):
    play(mini, "Ana", LOSS)
    play(mini, "Ana", CHASE_THEN_WIN)
    top = dict(History().coaching("Ana"))
    assert top["gave something without asking for anything in return"] == 1
    assert top["checked in with nothing new to offer or ask"] == 1


def test_deleted_and_damaged_files_are_handled(dojo_home, mini):
    gone = play(mini, "Ana", WIN)
    play(mini, "Ben", WIN)
    gone.path.unlink()
    broken = dojo_home / "transcripts" / "19990101T000000Z-x-y-00000000.jsonl"
    broken.write_text("not a transcript\n")
    problems = History().sync()
    assert len(problems) == 1 and str(broken) in problems[0] and ":1:" in problems[0]
    assert [a.player for a in History().attempts()] == ["Ben"]


def test_a_damaged_index_is_set_aside_and_rebuilt_with_one_warning(dojo_home, mini, capsys):
    play(mini, "Ana", WIN)
    for suffix in ("-wal", "-shm"):
        (dojo_home / f"history.sqlite{suffix}").unlink(missing_ok=True)
    (dojo_home / "history.sqlite").write_bytes(b"this is not sqlite" * 100)
    code, out, err = cli(capsys, "history")
    assert code == 0 and "Ana" in out
    assert "damaged" in err and "history.sqlite.damaged" in err and err.count("\n") == 1
    assert (dojo_home / "history.sqlite.damaged").read_bytes().startswith(b"this is not sqlite")
    code, out, err = cli(capsys, "history", "--rebuild")
    assert code == 0 and "Ana" in out and "damaged" not in err


def test_history_command_table_and_json(dojo_home, mini, capsys):
    code, out, _ = cli(capsys, "history")
    assert code == 0 and "No saved sessions yet" in out
    play(mini, "Ana", LOSS)
    play(mini, "Ben", WIN)
    code, out, _ = cli(capsys, "history")
    header, *rows = out.split("\n\n")[0].splitlines()
    assert header.split()[:3] == ["Started", "(UTC)", "Player"] and len(rows) == 2
    assert rows[0].split()[2] == "Ben" and "win" in rows[0] and "loss" in rows[1]
    assert "attempts   2" in out
    code, out, _ = cli(capsys, "history", "--player", "ana", "--json")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["players"] == ["Ana"] and row["result"] == "loss" and set(row["scores"]) >= {"overall"}
    code, out, _ = cli(capsys, "--player", "Ben", "history", "--json")
    assert [json.loads(line)["players"] for line in out.splitlines()] == [["Ben"]]


def test_a_session_played_from_the_cli_appears_in_history(dojo_home, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(WIN) + "\n"))
    assert main(["--player", "Cy", "play", str(MINI), "--record", "--script", "-"]) == 0
    capsys.readouterr()
    [attempt] = History().attempts(player="Cy")
    assert attempt.result == "win" and attempt.turns == 2


def test_hostile_names_in_the_history_table_are_shown_literally(dojo_home, mini, capsys):
    play(mini, "\x1b[2J[red]Eve[/red]", WIN)
    code, out, _ = cli(capsys, "history")
    assert "\x1b" not in out and "␛[2J[red]Eve[/red]" in out


# ---------------------------------------------------------------- report

def test_report_shows_attempts_first_best_and_improvement(dojo_home, mini, capsys):
    play(mini, "Ana", LOSS)
    play(mini, "Ana", WIN)
    play(mini, "Ben", CHASE_THEN_WIN)
    code, out, _ = cli(capsys, "report")
    assert code == 0 and out.startswith("# dojo practice report")
    ana = out[out.index("## Ana"):out.index("## Ben")]
    row = next(line for line in ana.splitlines() if line.startswith("| mini"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    history = History()
    summary = history.summary("Ana")[0]
    assert cells == ["mini", "2", str(summary.first.overall), str(summary.best.overall),
                     str(summary.last.overall), f"+{summary.improvement}"]
    assert "gave something without asking for anything in return (1×)" in out
    code, out, _ = cli(capsys, "report", "--player", "Ben", "--format", "html")
    assert out.startswith("<!DOCTYPE html>") and "<h2>Ben</h2>" in out and "Ana" not in out
    assert "checked in with nothing new to offer or ask" in out


def test_report_since_filters_and_bad_dates_are_usage_errors(dojo_home, mini, capsys):
    play(mini, "Ana", WIN)
    code, out, _ = cli(capsys, "report", "--since", "2999-01-01")
    assert code == 0 and "No saved sessions match." in out
    code, out, _ = cli(capsys, "report", "--since", "2000-01-01")
    assert "## Ana" in out
    code, out, err = cli(capsys, "report", "--since", "last tuesday")
    assert code == 2 and out == "" and err.startswith("dojo: --since:") and "YYYY-MM-DD" in err


def test_a_session_started_at_the_since_moment_is_in_the_report(dojo_home, mini, capsys):
    started = play(mini, "Ana", WIN).header["started"]  # e.g. 2026-12-03T23:50:59.985+00:00
    assert started.endswith("+00:00") and len(started) == 29
    moment = started[:-6]
    for since in (started, moment, moment + "000", moment.replace("T", " ") + "Z"):
        code, out, _ = cli(capsys, "report", "--since", since)
        assert code == 0 and "## Ana" in out, since
    later = moment + "001"  # a microsecond after it started
    assert "No saved sessions match." in cli(capsys, "report", "--since", later)[1]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_writes_to_a_file(dojo_home, mini, capsys, tmp_path, fmt):
    play(mini, "Ana", WIN)
    target = tmp_path / f"team.{fmt}"
    code, out, err = cli(capsys, "report", "-o", str(target))
    assert code == 0 and out == "" and str(target) in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>" if fmt == "html" else "# dojo practice report")


def test_a_busy_index_says_so_instead_of_calling_it_damaged(dojo_home, mini, capsys, monkeypatch):
    import sqlite3

    from dojo.transcript import history as module

    play(mini, "Ana", WIN)
    play(mini, "Ben", ["Hello Pat."], finish=False)  # not indexed yet: the next sync has to write
    original = sqlite3.connect
    monkeypatch.setattr(module.sqlite3, "connect", lambda path, timeout=10: original(path, timeout=0.05))
    holder = original(dojo_home / "history.sqlite")
    holder.execute("BEGIN EXCLUSIVE")  # another dojo in the middle of writing
    try:
        code, out, err = cli(capsys, "history")
    finally:
        holder.rollback()
        holder.close()
    assert code == 2 and "busy" in err and "--rebuild" not in err and err.count("\n") == 1
    assert cli(capsys, "history")[0] == 0  # and fine once the other writer is done


def test_a_player_is_found_by_any_word_of_their_name_ignoring_case():
    from dojo.transcript.history import player_matches

    assert player_matches("Alex Newbie", "alex") and player_matches("Alex Newbie", "NEWBIE")
    assert player_matches("Alex Newbie", "alex new") and player_matches("Alex Newbie", "Alex Newbie")
    assert not player_matches("Alex Newbie", "lex") and not player_matches("Alex Newbie", "newbie alex")
    assert not player_matches("Sally", "al")
