"""Each finding from probing dojo with hostile files, bytes and values, as a test that failed before its fix.

The numbers refer to the list in the hardening issue: a bad file or a strange value
gives a one-line message naming file:line (exit 2, or 1 for failed checks), never a
traceback, a hang, or a broken library, index or app.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.engine import Session
from dojo.scenario.keylines import key_lines
from dojo.scenario.load import ScenarioError, load_scenario, parse_scenario
from dojo.scenario.source import MAX_FILE_BYTES, MAX_NESTING
from dojo.transcript import History, Recorder, load_transcript
from tests.conftest import MINI
from tests.hang_guard import finishes_within

SHIPPED = Path(__file__).parents[1] / "scenarios"
ESCAPES = ("\x1b", "\x07", "\u202e", "\x9b")


def cli(capsys, *argv, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_hang_guard_turns_runaway_work_into_a_failure_and_restores_the_alarm():
    with pytest.raises(TimeoutError, match="still running after 0.05 s"), finishes_within(0.05):
        while True:
            pass
    with finishes_within(5):
        pass  # a second guard works: the first one left nothing armed behind it


def problem_lines(text: str, label: str = "x.toml") -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text, label)
    return [str(problem) for problem in caught.value.problems]


# ---------------------------------------------------------------- 1. deep nesting

DEEP = "schema = 1\nid = \"deep\"\nx = " + "[" * 500 + "]" * 500 + "\n"


def test_deeply_nested_arrays_give_one_line_with_the_line(tmp_path, capsys):
    path = tmp_path / "deep.toml"
    path.write_text(DEEP)
    code, out, err = cli(capsys, "validate", str(path))
    assert code == 1 and err == ""
    assert out.splitlines()[0] == f"{path}:3: arrays or tables nested more than {MAX_NESTING} deep; flatten the value [D001]"
    assert sum(line.startswith(f"{path}:") for line in out.splitlines()) == 1


def test_nesting_inside_strings_and_comments_does_not_count():
    text = MINI.read_text() + "# " + "[" * 100 + "\n" + 'extra = "' + "{" * 100 + '"\n'
    assert any("extra: unknown key" in line for line in problem_lines(text))


def test_a_bad_file_in_the_library_is_skipped_with_a_warning(dojo_home, capsys):
    folder = dojo_home / "scenarios"
    folder.mkdir(parents=True)
    (folder / "deep.toml").write_text(DEEP)
    code, out, err = cli(capsys, "list")
    assert code == 0 and "errand-sender" in out
    assert err == f"dojo: warning: {folder / 'deep.toml'}:3: arrays or tables nested more than " \
                  f"{MAX_NESTING} deep; flatten the value [D001]\n"
    code, out, err = cli(capsys, "play", "errand-sender", "--script", "-", "--no-save", "--seed", "1",
                         stdin=b"Hello there.\n", monkeypatch=pytest.MonkeyPatch())
    assert code == 0 and "Hello there." in out


# ---------------------------------------------------------------- 2. a backtracking pattern

def test_a_pinned_test_that_meets_a_backtracking_pattern_validates_in_bounded_time(tmp_path, capsys):
    """`(a+)+$` in a shared file's lexicon, and a pinned reply that makes a backtracking engine try
    every split of its a's: with a linear-time engine the check finishes at once."""
    text = MINI.read_text().replace('[[tests]]', '[[lexicon.rules]]\nid = "mine"\nlabel = "get:next_steps"\n'
                                    'patterns = ["(a+)+$"]\n\n[[tests]]', 1)
    text = text.replace('replies = ["Sure, I\'ll send the info over."]', 'replies = ["' + "a" * 1900 + '!"]')
    path = tmp_path / "backtracking.toml"
    path.write_text(text)
    with finishes_within(20):  # a backtracking engine: 2^1900 ways to split the a's
        code, out, _ = cli(capsys, "validate", str(path))
    assert code == 1 and "1/2 tests passed" in out  # the reply was heard (and asked nothing)


# ---------------------------------------------------------------- 3. the key-line finder

@pytest.mark.parametrize("line", ["[" + " " * 20_000, " " * 20_000 + "[", "a" + " " * 20_000 + "x"])
def test_key_lines_stays_linear_on_long_whitespace(line):
    text = f'x = [\n"""\n{line}\n"""]\n[persona]\nname = "P"\n'
    with finishes_within(10):  # was cubic: 800 spaces took 0.6 s, 3,000 took 26 s
        lines = key_lines(text)
    assert lines[("persona",)] == 5 and lines[("persona", "name")] == 6


def test_a_file_with_3000_spaces_in_a_multiline_string_validates_quickly(tmp_path, capsys):
    text = MINI.read_text().replace('summary = "A two-state test persona."',
                                    'summary = """A two-state\n[' + " " * 3000 + '\ntest persona."""')
    text = text.replace("max_turns = 4", "max_turns = 'four'")  # a problem, so line numbers are worked out
    path = tmp_path / "spaces.toml"
    path.write_text(text)
    with finishes_within(10):
        code, out, _ = cli(capsys, "validate", str(path))
    assert code == 1 and out.startswith(f"{path}:11:13: max_turns:")


def test_a_key_set_twice_after_an_unclosed_header_of_3000_spaces_is_reported_quickly(tmp_path, capsys):
    """Found by the scenario fuzzer: a header `[` and 3,000 spaces on the line of a key set twice.
    The hint for a doubled key reads every header in the file, and that read was cubic (about 27 s)."""
    text = MINI.read_text()
    text = text.replace("max_turns = 4", "max_turns = 4\n[" + " " * 3000 + "max_turns = 5")
    path = tmp_path / "header.toml"
    path.write_text(text)
    with finishes_within(10):
        code, out, _ = cli(capsys, "validate", str(path))
    assert code == 1 and f"{path}:" in out and "invalid TOML" in out


# ---------------------------------------------------------------- 4. classifying long text

def test_a_60_kb_line_in_a_call_transcript_is_scored_in_bounded_time(tmp_path, capsys):
    """`dojo score --call` hears each rep turn whole, with no length limit: a 60 KB line took 14 s
    while classifying was quadratic; now it is linear in the line's length."""
    path = tmp_path / "call.txt"
    path.write_text("Dana: Can you send me the deck?\nSam: " + "send the deck who else " * 2700 + "\n",
                    encoding="utf-8")
    with finishes_within(10):
        code, out, _ = cli(capsys, "score", "--call", str(path), "--rep", "Sam")
    assert code == 0 and "Turn 1 (line 2)" in out


# ---------------------------------------------------------------- 5. invalid UTF-8 and lone surrogates

def test_invalid_utf8_in_a_reply_on_stdin_is_replaced_and_saved(dojo_home, capsys, monkeypatch):
    code, out, _err = cli(capsys, "play", "errand-sender", "--script", "-", "--seed", "3",
                         stdin=b"Hi \xff there\n", monkeypatch=monkeypatch)
    assert code == 0 and "Hi \ufffd there" in out
    [path] = (dojo_home / "transcripts").glob("*.jsonl")
    assert load_transcript(path).replies[0].text == "Hi \ufffd there"
    assert path.read_bytes().decode("utf-8")  # the file is valid UTF-8


def test_invalid_utf8_in_a_real_process_reply_gives_no_traceback(dojo_home):
    command = [sys.executable, "-m", "dojo", "play", "errand-sender", "--script", "-", "--seed", "3"]
    result = subprocess.run(command, input=b"Hi \xff there\n", capture_output=True, check=False,
                            env={"DOJO_HOME": str(dojo_home), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr and "Hi \ufffd there".encode() in result.stdout


def test_undecodable_player_filter_gives_no_traceback(capsys):
    # On POSIX, Python hands undecodable argv bytes over as lone surrogates (surrogateescape).
    code, out, err = cli(capsys, "history", "--player", "\udcff")
    assert code == 0 and "No saved sessions match." in out and err == ""
    code, out, err = cli(capsys, "--player", "Ana\udcff", "play", str(MINI), "--record", "--script", "-", "--seed", "1",
                         stdin=b"What will you decide?\n", monkeypatch=pytest.MonkeyPatch())
    assert code == 0
    [attempt] = History().attempts()
    assert attempt.players == ("Ana\ufffd",)


def test_lone_surrogates_from_a_python_caller_are_saved_and_reloaded_exactly(dojo_home, mini):
    reply = "Hi \ud800 there \udcff, what will you decide?"
    recorder = Recorder(Session(mini, seed=1, player="Kim\udfff"), scenario_path=MINI)
    recorder.reply(reply)
    recorder.close()
    transcript = load_transcript(recorder.path)
    assert transcript.replies[0].text == reply and transcript.players == ["Kim\udfff"]
    assert recorder.path.read_bytes().decode("utf-8")
    assert History().attempts()[0].players == ("Kim\ufffd",)  # the index stores valid text


# ---------------------------------------------------------------- 6. seeds past 64 bits

def test_a_seed_past_64_bits_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["play", str(MINI), "--script", "-", "--seed", "18446744073709551616"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "out of range" in err and "Traceback" not in err


def test_the_index_takes_any_seed_a_transcript_holds(dojo_home, mini, capsys):
    recorder = Recorder(Session(mini, seed=18446744073709551616, player="Ana"), scenario_path=MINI)
    recorder.reply("What will you decide, and by when?")
    recorder.close()
    assert recorder.warning is None
    [attempt] = History().attempts()
    assert attempt.seed == 18446744073709551616
    code, out, _err = cli(capsys, "history", "--rebuild")
    assert code == 0 and "Ana" in out


# ---------------------------------------------------------------- 7. a corrupted index

def corrupt(dojo_home: Path, sql: str) -> None:
    with sqlite3.connect(dojo_home / "history.sqlite") as db:
        db.execute(sql)
    db.close()


@pytest.mark.parametrize("sql", ["UPDATE meta SET value = 'abc' WHERE key = 'schema'",
                                 "UPDATE transcripts SET overall = 'lots'",
                                 "UPDATE transcripts SET turns = 'many', started = 7"])
def test_a_corrupted_index_is_rebuilt_with_one_warning(dojo_home, mini, capsys, sql):
    recorder = Recorder(Session(mini, seed=1, player="Ana"), scenario_path=MINI)
    recorder.reply("What will you decide, and by when?")
    assert History().sync() == []
    corrupt(dojo_home, sql)
    code, out, err = cli(capsys, "history")
    assert code == 0 and "Ana" in out
    assert err.count("\n") == 1 and "damaged" in err and "rebuilt" in err
    code, out, err = cli(capsys, "report")
    assert code == 0 and err == ""


def test_reading_best_scores_survives_a_corrupted_index(dojo_home, mini):
    # What the app asks at start (the best score per scenario), on an index that no longer reads.
    recorder = Recorder(Session(mini, seed=1, player="Ana"), scenario_path=MINI)
    recorder.reply("What will you decide, and by when?")
    recorder.end()  # an attempt: a reply, then ended by the rep
    assert History().sync() == []
    corrupt(dojo_home, "UPDATE meta SET value = 'abc' WHERE key = 'schema'")
    history = History()
    assert history.best("Ana", "mini") is not None
    assert history.warning is not None and "rebuilt" in history.warning


def test_a_symlinked_index_is_refused(dojo_home, tmp_path, capsys):
    outside = tmp_path / "elsewhere.sqlite"
    outside.write_bytes(b"")
    dojo_home.mkdir(parents=True, exist_ok=True)
    (dojo_home / "history.sqlite").symlink_to(outside)
    code, _out, err = cli(capsys, "history")
    assert code == 2 and "symbolic link" in err and err.count("\n") == 1
    assert outside.read_bytes() == b""


# ---------------------------------------------------------------- 9. escapes in CLI messages

def test_state_names_with_terminal_escapes_are_printed_visibly(tmp_path, capsys):
    hostile = "x\\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil"
    text = MINI.read_text().replace('goto = "ask"', f'goto = "{hostile}"')
    text += f'\n[states."{hostile}"]\nhint = "h"\n[states."{hostile}".fallback]\nsay = ["?"]\ngoto = "nowhere"\n'
    path = tmp_path / "hostile.toml"
    path.write_text(text)
    code, out, err = cli(capsys, "validate", str(path))
    assert code == 1 and "nowhere" in out
    assert not any(char in out + err for char in ESCAPES)
    assert "␛]0;pwned␇" in out and "<U+202E>" in out
    code, out, err = cli(capsys, "play", str(path), "--script", "-")
    assert code == 2 and not any(char in err for char in ESCAPES) and err.count("\n") == 1


# ---------------------------------------------------------------- 10. unbounded input

def test_validate_dev_zero_stops_at_the_size_limit(capsys):
    with finishes_within(20):
        code, out, _ = cli(capsys, "validate", "/dev/zero")
    assert code == 1 and out.startswith("/dev/zero:1: the file passes 1,000,000 bytes")


def test_an_oversized_file_names_the_line_where_the_limit_falls(tmp_path, capsys):
    path = tmp_path / "big.toml"
    path.write_text('schema = 1\n' + 'summary = "' + "x" * MAX_FILE_BYTES + '"\n')
    code, out, _ = cli(capsys, "validate", str(path))
    assert code == 1 and out.startswith(f"{path}:2: the file passes")


# ---------------------------------------------------------------- 11. file:line on every error

@pytest.mark.parametrize(("raw", "where", "says"), [
    (b'schema = 1\nid = "x\xff"\n', "2:8", "not UTF-8 text (byte 0xff)"),
    (b'schema = 1\ntitle = """never closed\n\n', "3", "invalid TOML: Unterminated string before the end"),
    (b"", "1", "empty file"),
    (b"  \n\n", "1", "empty file"),
    (b'schema = 1\n[persona\n', "2:9", "invalid TOML"),
])
def test_file_errors_name_a_line(tmp_path, capsys, raw, where, says):
    path = tmp_path / "bad.toml"
    path.write_bytes(raw)
    code, out, _err = cli(capsys, "validate", str(path))
    assert code == 1 and out.startswith(f"{path}:{where}: {says}")
    assert sum(line.startswith(f"{path}:") for line in out.splitlines()) == 1  # one problem, one located line


def test_a_misspelt_table_names_the_line_of_the_misspelling(tmp_path, capsys):
    path = tmp_path / "typo.toml"
    path.write_text(MINI.read_text().replace("[persona]", "[persnoa]"))
    code, out, _ = cli(capsys, "validate", str(path))
    assert code == 1
    assert all(line.startswith(f"{path}:12:") for line in out.splitlines() if line.startswith(f"{path}:"))
    assert "persnoa" in out and "persona" in out


def test_posix_classes_in_a_pattern_do_not_leak_warnings(tmp_path, capsys):
    text = MINI.read_text() + '\n[lexicon]\n[[lexicon.rules]]\nid = "alpha"\nlabel = "get:criteria"\n' \
                              'patterns = ["[[:alpha:]]+ decide"]\n'
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            load_scenario_text = parse_scenario(text, "posix.toml")
        except ScenarioError as err:
            assert str(err).startswith("posix.toml:")
        else:
            assert load_scenario_text.id == "mini"


def test_the_shipped_scenarios_still_load():
    for path in SHIPPED.glob("*.toml"):
        assert load_scenario(path).id == path.stem
