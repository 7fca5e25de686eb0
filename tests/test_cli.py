"""The headless CLI keeps its documented contracts (docs/contracts.md): fields, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from dojo.cli import main
from tests.conftest import MINI


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_classify_json_contract(capsys):
    code, out, _ = run(capsys, "classify", "Happy to send the deck. What will you decide once you've read it?", "--json")
    data = json.loads(out)
    assert code == 0
    assert {"text", "gives", "gets", "stages", "chase", "matches"} <= data.keys()
    assert data["gives"] == ["deck"] and "criteria" in data["gets"]
    match = data["matches"][0]
    assert {"label", "span", "rule"} <= match.keys()


def test_classify_stdin_writes_json_lines(capsys, monkeypatch):
    code, out, _ = run(capsys, "classify", "-", "--json", stdin="hi there\n\njust checking in\n",
                       monkeypatch=monkeypatch)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [line["text"] for line in lines] == ["hi there", "just checking in"]
    assert lines[1]["chase"] == ["check_in"]


def test_classify_stdin_answers_a_line_said_twice_once_for_each_copy_in_order(capsys, monkeypatch):
    replies = ["just checking in", "Happy to send the deck.", "just checking in", "hi there", "Happy to send the deck."]
    code, out, _ = run(capsys, "classify", "-", "--json", stdin="\n".join(replies) + "\n", monkeypatch=monkeypatch)
    alone = [json.loads(run(capsys, "classify", reply, "--json")[1]) for reply in replies]
    assert code == 0 and [json.loads(line) for line in out.splitlines()] == alone


def test_play_json_contract(capsys, monkeypatch):
    script = "# a comment\nHi Pat, is now a good time?\n\nSure — what will you decide once you have it?\n"
    code, out, _ = run(capsys, "play", str(MINI), "--script", "-", "--json", "--seed", "7",
                       stdin=script, monkeypatch=monkeypatch)
    data = json.loads(out)
    assert code == 0
    assert data["scenario"] == "mini"
    assert data["outcome"]["result"] == "win" and data["outcome"]["id"] == "won" and data["outcome"]["lesson"]
    assert [turn["reply"] for turn in data["turns"]] == ["Hi Pat, is now a good time?",
                                                         "Sure — what will you decide once you have it?"]
    for turn in data["turns"]:
        assert {"reply", "prospect", "signals", "events"} <= turn.keys()
    assert set(data["scores"]) == {"reciprocity", "pathway", "chasing", "overall"}
    assert all(0 <= value <= 100 for value in data["scores"].values())


def test_play_is_deterministic_for_a_seed(capsys, monkeypatch):
    outputs = []
    for _ in range(2):
        _, out, _ = run(capsys, "play", str(MINI), "--script", "-", "--json", "--seed", "3",
                        stdin="hello\nok then\n", monkeypatch=monkeypatch)
        data = json.loads(out)
        data.pop("transcript", None)
        outputs.append(data)
    assert outputs[0] == outputs[1]


def test_play_text_report_shows_outcome_and_literal_text(capsys, monkeypatch):
    code, out, _ = run(capsys, "play", str(MINI), "--script", "-", "--seed", "1",
                       stdin="[bold]hey[/] \x1b[31mSure, I'll send the info over.\n", monkeypatch=monkeypatch)
    assert code == 0
    assert "Outcome: LOSS — Ghosted" in out
    assert "[bold]hey[/] ␛[31mSure" in out and "\x1b" not in out


def test_an_unfinished_script_reports_unfinished(capsys, monkeypatch):
    _, out, _ = run(capsys, "play", str(MINI), "--script", "-", "--json", "--seed", "1",
                    stdin="hmm\n", monkeypatch=monkeypatch)
    assert json.loads(out)["outcome"]["result"] == "unfinished"


@pytest.mark.parametrize("argv, fragment", [
    (["play", "no-such-persona", "--script", "-"], "no-such-persona: unknown scenario id"),
    (["play", str(MINI), "--script", "/nonexistent/script.txt"], "/nonexistent/script.txt: cannot read script"),
    (["classify", "", "--json"], "TEXT: the reply is empty"),
])
def test_usage_errors_are_one_line_exit_2(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err


def test_an_enormous_script_line_names_its_line(capsys, monkeypatch):
    code, _, err = run(capsys, "play", str(MINI), "--script", "-", "--json", stdin="hello\n" + "x" * 5000 + "\n",
                       monkeypatch=monkeypatch)
    assert code == 2 and "<stdin>:2: the reply is 5000 characters" in err


def test_a_broken_scenario_is_exit_2_for_play_and_1_for_validate(capsys, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(MINI.read_text().replace('goto = "ask"', 'goto = "nowhere"'))
    code, _, err = run(capsys, "play", str(broken), "--script", "-")
    assert code == 2 and "states.ask.fallback.goto: unknown state 'nowhere'" in err
    code, out, _ = run(capsys, "validate", str(broken))
    assert code == 1 and f"{broken}:" in out


def test_validate_runs_pinned_tests(capsys, tmp_path):
    code, out, _ = run(capsys, "validate", str(MINI))
    assert code == 0 and "2/2 tests passed" in out
    failing = tmp_path / "failing.toml"
    failing.write_text(MINI.read_text().replace('expect_ending = "ghosted"', 'expect_ending = "won"'))
    code, out, _ = run(capsys, "validate", str(failing))
    assert code == 1 and "test 'errand loses' failed: expected ending 'won', got 'ghosted'" in out


def test_validate_rejects_duplicate_ids(capsys, tmp_path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(MINI.read_text())
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 1 and "duplicate scenario id 'mini'" in out


def test_user_scenarios_join_the_library(capsys, dojo_home):
    (dojo_home / "scenarios").mkdir(parents=True)
    (dojo_home / "scenarios" / "mini.toml").write_text(MINI.read_text())
    code, out, _ = run(capsys, "list")
    assert code == 0 and "mini" in out and "Pat Test" in out


def test_the_console_script_runs_as_a_real_process(tmp_path):
    result = subprocess.run([sys.executable, "-m", "dojo", "classify", "just touching base", "--json"],
                            capture_output=True, text=True, env={"DOJO_HOME": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["chase"] == ["check_in"]


def test_the_published_json_schema_matches_the_model(capsys):
    """docs/scenario.schema.json drives editor autocompletion; it must not drift from the loader."""
    from pathlib import Path

    code, out, _ = run(capsys, "schema")
    published = Path(__file__).parents[1] / "docs" / "scenario.schema.json"
    assert code == 0
    assert json.loads(out) == json.loads(published.read_text()), "run `dojo schema > docs/scenario.schema.json`"


@pytest.mark.parametrize("argv", [
    ["--player", "Ana", "play", str(MINI), "--script", "-", "--json"],
    ["play", str(MINI), "--script", "-", "--json", "--player", "Ana"],
])
def test_player_name_is_accepted_before_or_after_the_command(capsys, monkeypatch, argv):
    _, out, _ = run(capsys, *argv, stdin="hello\n", monkeypatch=monkeypatch)
    assert json.loads(out)["turns"][0]["player"] == "Ana"


def test_importing_dojo_creates_nothing(tmp_path):
    """User data dirs appear only when something is saved, never because a module was imported."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "DOJO_HOME": str(tmp_path / "dojo"), "PATH": ""}
    code = "import dojo.cli, dojo.tui.app, dojo.transcript.history, dojo.transcript.export, dojo.transcript.report"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "dojo").exists()
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("word", ["lint", "check"])
def test_a_command_a_trainer_might_guess_names_the_one_that_does_it(capsys, word):
    code, out, err = run(capsys, word, "scenarios/")
    assert code == 2 and out == ""
    assert err == f"dojo: there is no `dojo {word}`: `dojo validate` checks scenario files: every error and warning, " \
                  "then their pinned tests\n"
