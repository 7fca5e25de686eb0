"""Play-testing a scenario: --trace, the trace in --json, --watch, and keeping play-tests out of history."""

from __future__ import annotations

import io
import json
import os
import sys

from dojo.cli import main
from dojo.cli.watch import Watcher, watch
from dojo.transcript.history import History
from tests.conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")
GIVE = "Sure, I'll send the info over."


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_trace_shows_state_heard_and_the_rule_that_fired_with_the_words(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "play", str(MINI), "--script", "-", "--seed", "1", "--trace",
                       stdin=f"Hello there.\n{GIVE}\n")
    assert code == 0
    assert "turn 1  [ask] You: Hello there.\n        heard: stage:rapport\n        rule:  states.ask.fallback" in out
    assert '''rule:  states.ask.rules[2] (heard give "I'll send the info", did not hear get)''' in out
    assert "⇒ ending ghosted" in out and "Outcome: LOSS" in out


def test_play_json_turns_carry_state_rule_and_why(capsys, monkeypatch):
    _, out, _ = run(capsys, monkeypatch, "play", str(MINI), "--script", "-", "--json", "--seed", "1",
                    stdin=f"{GIVE}\n")
    [turn] = json.loads(out)["turns"]
    assert turn["state"] == "ask" and turn["rule"] == "states.ask.rules[2]"
    assert turn["why"] == ['heard give', "did not hear get"]


def test_a_play_test_of_a_file_is_not_an_attempt(capsys, monkeypatch, dojo_home):
    code, _, err = run(capsys, monkeypatch, "--player", "Tia", "play", str(MINI), "--script", "-", stdin=f"{GIVE}\n")
    assert code == 0 and "not saved to history (play it by id, or add --record, to save it)" in err
    assert History().attempts(player="Tia") == []
    run(capsys, monkeypatch, "--player", "Tia", "play", str(MINI), "--script", "-", "--record", stdin=f"{GIVE}\n")
    assert len(History().attempts(player="Tia")) == 1


def test_a_scenario_in_the_library_still_counts(capsys, monkeypatch, dojo_home):
    library = dojo_home / "scenarios"
    library.mkdir(parents=True)
    (library / "mini.toml").write_text(TEXT)
    code, _, err = run(capsys, monkeypatch, "--player", "Uma", "play", "mini", "--script", "-", stdin=f"{GIVE}\n")
    assert code == 0 and "not saved" not in err
    assert len(History().attempts(player="Uma")) == 1


def test_playing_a_library_file_by_its_path_is_a_play_test(capsys, monkeypatch, dojo_home):
    # `dojo new` writes into the library; trying the file by path must not fill a rep's history.
    library = dojo_home / "scenarios"
    library.mkdir(parents=True)
    (library / "mini.toml").write_text(TEXT)
    code, _, err = run(capsys, monkeypatch, "--player", "Uma", "play", str(library / "mini.toml"), "--script", "-",
                       stdin=f"{GIVE}\n")
    assert code == 0 and "not saved to history" in err
    assert History().attempts(player="Uma") == []


def touch(path, text):
    """Write and move the modification time on, as a save would, without waiting for the clock."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text)
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_watch_replays_the_replies_against_the_edited_file(tmp_path):
    path = tmp_path / "mini.toml"
    touch(path, TEXT)
    lines: list[str] = []
    watcher = Watcher(path, seed=1, player=None, show_trace=False, out=lines.append)
    watcher.reply("Hello there.")
    assert not watcher.changed()
    touch(path, TEXT.replace('say = ["Hm?", "Sorry?", "What?"]', 'say = ["Come again?"]'))
    assert watcher.changed()
    lines.clear()
    assert watcher.reload()
    shown = "\n".join(lines)
    assert "--- reloaded" in shown and "replayed 1 of 1 reply" in shown
    assert "Pat Test: Come again?" in shown and "now in state 'ask'" in shown


def test_watch_shows_load_errors_in_place_and_keeps_the_last_good_version(tmp_path):
    path = tmp_path / "mini.toml"
    touch(path, TEXT)
    lines: list[str] = []
    watcher = Watcher(path, seed=1, player=None, show_trace=False, out=lines.append)
    touch(path, TEXT.replace('goto = "ask"', 'goto = "aks"'))
    lines.clear()
    assert not watcher.reload()
    shown = "\n".join(lines)
    assert "still playing the last good version" in shown and "[D101]" in shown
    watcher.reply(GIVE)  # the old version still plays
    assert any("Great, thanks" in line or "Cheers" in line or "OK, send it" in line for line in lines)


def test_watch_loop_reads_replies_and_reloads_until_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "mini.toml"
    touch(path, TEXT)
    lines: list[str] = []
    watcher = Watcher(path, seed=1, player=None, show_trace=True, out=lines.append)
    monkeypatch.setattr("dojo.cli.watch.time.sleep", lambda _: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        watch(watcher, io.StringIO(f"{GIVE}\n"))
    except KeyboardInterrupt:
        pass
    shown = "\n".join(lines)
    assert "rule:  states.ask.rules[2]" in shown and "still watching the file" in shown


def test_watch_cannot_record(capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "play", str(MINI), "--watch", "--record")
    assert code == 2 and "--watch is a live play-test" in err


def test_the_review_screen_shows_which_rule_answered_each_turn_and_the_words_it_matched(mini):
    from dojo.engine import Session
    from dojo.engine.summary import film
    from dojo.engine.trace import trace
    from dojo.tui.screens.review import heard_content

    session = Session(mini, seed=1)
    session.reply("Hello there.")
    session.reply(GIVE)
    turn = film(session.events).turns[1]
    shown = heard_content(turn, trace(session.events)[2]).plain
    assert "state   ask\nrule    states.ask.rules[2]\n" in shown
    assert """because heard give "I'll send the info"\n        did not hear get""" in shown


def test_review_text_shows_the_state_the_rule_and_what_it_matched_on_each_turn(capsys, monkeypatch, dojo_home):
    code, _, _ = run(capsys, monkeypatch, "play", str(MINI), "--script", "-", "--seed", "1", "--record",
                     stdin=f"Hello there.\n{GIVE}\n")
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "review", "last", "--text")
    assert code == 0
    first, second = out.split("\nTurn 1\n")[1].split("\nTurn 2\n")
    assert "    heard: stages rapport\n    state ask · rule states.ask.fallback\n" in first
    assert ("""    state ask · rule states.ask.rules[2]: heard give "I'll send the info"; did not hear get\n"""
            in second)
