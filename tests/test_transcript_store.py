"""Transcripts are saved every turn, load back exactly, and survive hostile names and bad disks."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.engine import Session
from dojo.transcript import Recorder, TranscriptError, load_transcript
from dojo.transcript.shapes import play_json
from dojo.transcript.shapes import transcript_json as to_json
from tests.conftest import MINI

WIN_SCRIPT = "Hi Pat, is now a good time?\nSure — what will you decide once you have it?\n"


def run(capsys, monkeypatch, *argv, stdin: str | None = None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def saved(home: Path) -> list[Path]:
    folder = home / "transcripts"
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


# ---------------------------------------------------------------- round trip

def test_play_saves_a_transcript_that_loads_back_to_the_same_film(capsys, monkeypatch, dojo_home):
    code, out, err = run(capsys, monkeypatch, "--player", "Ana", "play", str(MINI), "--record", "--script", "-",
                         "--json", "--seed", "7", stdin=WIN_SCRIPT)
    assert code == 0
    played = json.loads(out)
    [path] = saved(dojo_home)
    transcript = load_transcript(path)
    assert not transcript.truncated
    assert transcript.header["scenario"] == "mini" and transcript.header["seed"] == 7
    assert transcript.players == ["Ana"]
    assert transcript.header["schema"] == 1 and transcript.header["started"].endswith("+00:00")
    # The saved events rebuild exactly what `dojo play --json` printed.
    exported = to_json(transcript)
    assert {key: exported[key] for key in played} == played


def test_saved_events_are_the_engines_events_line_for_line(dojo_home, mini):
    session = Session(mini, seed=3, player="Ana")
    recorder = Recorder(session, scenario_path=MINI)
    recorder.reply("Hi Pat, is now a good time?")
    recorder.reply("Sure — what will you decide once you have it?")
    assert recorder.finished and recorder.warning is None
    lines = recorder.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines[1:]] == [e.model_dump(mode="json") for e in session.events]
    assert load_transcript(recorder.path).events == session.events


def test_review_as_text_tells_an_endings_epilogue_as_narration(capsys, monkeypatch, dojo_home):
    # As on screen: "(no reply)" is what happened next, not a line Pat says.
    run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--seed", "7",
        stdin="Sure, I'll send the info over.\n")
    [path] = saved(dojo_home)
    code, out, _ = run(capsys, monkeypatch, "review", str(path), "--text")
    assert code == 0
    assert "  (no reply)" in out and "Pat Test: (no reply)" not in out
    assert "Pat Test: " in out.split("Turn 1", 1)[1]  # the rule's own line is still Pat's


def test_review_shows_every_turn_with_its_events_in_order(capsys, monkeypatch, dojo_home):
    run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--seed", "7", stdin=WIN_SCRIPT)
    [path] = saved(dojo_home)
    code, out, err = run(capsys, monkeypatch, "review", str(path), "--text")
    assert code == 0 and err == ""
    transcript = load_transcript(path)
    film = transcript.film()
    positions = [out.index(f"Turn {turn.number}") for turn in film.turns]
    assert positions == sorted(positions)
    for turn in film.turns:
        section = out[out.index(f"Turn {turn.number}"):]
        assert turn.reply in section
        for event in turn.events:
            assert event.reason in section and event.quote in section
    assert "Outcome: WIN — Qualified" in out
    assert out.count("    scores: ") == len(film.turns)  # running scores after every turn


def test_each_turn_is_on_disk_before_the_next_reply(dojo_home, mini):
    recorder = Recorder(Session(mini, seed=1), scenario_path=MINI)

    def on_disk() -> int:
        return len(recorder.path.read_text(encoding="utf-8").splitlines())

    assert on_disk() == 2  # header + the opening line
    recorder.reply("Hello Pat, nice to meet you.")
    assert on_disk() == 1 + len(recorder.events)
    assert load_transcript(recorder.path).film().turns[0].scores is not None


def test_a_session_that_ends_while_the_previous_turn_is_saving_keeps_its_last_turn(dojo_home, mini):
    """The app saves each turn in a worker while the rep plays on: the winning reply can end the
    session between that worker's write and its check for the end. The last turn must still be
    on disk, and the attempt must count in the history (it used to be closed without it)."""
    from dojo.transcript import History

    session = Session(mini, seed=3, player="Ana")
    recorder = Recorder(session, scenario_path=MINI)
    session.reply("Hi Pat, is now a good time?")  # played on the UI thread; its save is still queued
    write_events = recorder._flush

    def flush_while_the_rep_wins() -> None:
        write_events()
        session.reply("Sure — what will you decide once you have it?")  # the UI thread, meanwhile

    recorder._flush = flush_while_the_rep_wins  # type: ignore[method-assign]
    recorder.save()  # the first turn's worker
    recorder._flush = write_events  # type: ignore[method-assign]
    recorder.save()  # the winning turn's worker
    assert session.finished
    assert load_transcript(recorder.path).events == session.events
    [attempt] = History(dojo_home).attempts("Ana", "mini")
    assert attempt.result == "win" and attempt.scores is not None


def test_play_prints_the_transcript_path_to_stderr_not_stdout(capsys, monkeypatch, dojo_home):
    code, out, err = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--seed", "7", stdin=WIN_SCRIPT)
    [path] = saved(dojo_home)
    assert code == 0 and str(path) in err and str(path) not in out
    code, out, err = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--json", "--seed", "7",
                         stdin=WIN_SCRIPT)
    assert "transcript" not in json.loads(out)


def test_no_save_writes_nothing(capsys, monkeypatch, dojo_home):
    code, _, err = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--no-save", stdin=WIN_SCRIPT)
    assert code == 0 and saved(dojo_home) == [] and "transcript" not in err


# ---------------------------------------------------------------- hostile names

@pytest.mark.parametrize("player", ["../../etc", "../../../../tmp/evil", "a\nb\r\x00c", "x" * 300,
                                    "/etc/passwd", "..", "CON", "名前 😀", "[bold red]hi[/]"])
def test_hostile_player_names_stay_inside_the_data_dir(dojo_home, mini, player, tmp_path):
    recorder = Recorder(Session(mini, seed=1, player=player), scenario_path=MINI)
    recorder.reply("Hello Pat.")
    folder = (dojo_home / "transcripts").resolve()
    assert recorder.warning is None
    assert recorder.path.resolve().parent == folder
    assert len(recorder.path.name) < 120 and "\n" not in recorder.path.name
    # Nothing was written anywhere else under the test's temp dir.
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(folder in p.resolve().parents or p.name.startswith("history.sqlite") for p in written)
    # The name is kept intact inside the file.
    assert load_transcript(recorder.path).players == [player]


def test_hostile_player_name_from_the_cli(capsys, monkeypatch, dojo_home):
    code, _, _ = run(capsys, monkeypatch, "--player", "../../etc\nroot", "play", str(MINI), "--record", "--script", "-",
                     stdin=WIN_SCRIPT)
    [path] = saved(dojo_home)
    assert code == 0 and path.parent == dojo_home / "transcripts"


def test_two_sessions_in_the_same_second_get_two_files(dojo_home, mini):
    first = Recorder(Session(mini, seed=1, player="Ana"))
    second = Recorder(Session(mini, seed=1, player="Ana"))
    assert first.path != second.path and len(saved(dojo_home)) == 2


# ---------------------------------------------------------------- bad disks

def test_unwritable_data_dir_warns_and_the_session_carries_on(tmp_path, mini):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be")
    recorder = Recorder(Session(mini, seed=1), data_dir=blocker)
    assert recorder.path is None
    assert recorder.warning and "cannot save transcripts" in recorder.warning and "\n" not in recorder.warning
    events = recorder.reply("Sure — what will you decide once you have it?")
    assert events and recorder.finished


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_data_dir_warns(tmp_path, mini):
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    try:
        recorder = Recorder(Session(mini, seed=1), data_dir=home)
        assert recorder.warning and recorder.path is None
        assert recorder.reply("Hello Pat.")
    finally:
        home.chmod(0o700)


def test_disk_full_mid_session_warns_and_keeps_the_turns_already_saved(dojo_home, mini, monkeypatch):
    recorder = Recorder(Session(mini, seed=1))
    recorder.reply("Hello Pat, nice to meet you.")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    events = recorder.reply("How is your week going?")
    assert events, "the session must carry on"
    assert recorder.warning and "No space left on device" in recorder.warning
    monkeypatch.undo()
    recorder.reply("Sure — what will you decide once you have it?")
    assert recorder.finished
    transcript = load_transcript(recorder.path)
    assert transcript.film().turns[0].reply == "Hello Pat, nice to meet you."


def test_cli_play_with_unwritable_data_dir_warns_and_still_plays(capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("")
    monkeypatch.setenv("DOJO_HOME", str(blocker))
    code, out, err = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--json", stdin=WIN_SCRIPT)
    assert code == 0 and json.loads(out)["outcome"]["result"] == "win"
    assert "dojo: warning:" in err and "will not be saved" in err and "Traceback" not in err


# ---------------------------------------------------------------- truncated and corrupt files

def _saved_win(mini) -> Path:
    recorder = Recorder(Session(mini, seed=5), scenario_path=MINI)
    recorder.reply("Hello Pat, nice to meet you.")
    recorder.reply("Sure — what will you decide once you have it?")
    return recorder.path


def test_a_cut_off_last_line_is_tolerated_and_reported(dojo_home, mini, capsys, monkeypatch):
    path = _saved_win(mini)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 25])  # mid-way through the final `ended` event
    transcript = load_transcript(path)
    assert transcript.truncated and transcript.ended is None
    assert [turn.reply for turn in transcript.film().turns][:2] == [
        "Hello Pat, nice to meet you.", "Sure — what will you decide once you have it?"]
    code, out, err = run(capsys, monkeypatch, "review", str(path), "--text")
    assert code == 0 and "cut off" in out and "UNFINISHED" in out


def _write(tmp_path: Path, lines: list[str], tail: str = "\n") -> Path:
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines) + tail, encoding="utf-8")
    return path


def _good_lines(mini) -> list[str]:
    return _saved_win(mini).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("mangle, where, what", [
    (lambda lines: [], "broken.jsonl", "empty file"),
    (lambda lines: ["hello there", *lines[1:]], "broken.jsonl:1", "not a dojo transcript"),
    (lambda lines: [json.dumps({"schema": 1}), *lines[1:]], "broken.jsonl:1", "missing scenario"),
    (lambda lines: [lines[0].replace('"schema":1', '"schema":9'), *lines[1:]], "broken.jsonl:1", "newer"),
    (lambda lines: [lines[0], lines[1], "{not json", *lines[2:]], "broken.jsonl:3", "not valid JSON"),
    (lambda lines: [lines[0], json.dumps({"turn": 1, "kind": "teleport"}), *lines[1:]], "broken.jsonl:2",
     "unknown event kind 'teleport'"),
    (lambda lines: [lines[0], json.dumps({"turn": "x", "kind": "rep", "text": "hi"}), *lines[1:]],
     "broken.jsonl:2", "turn"),
    (lambda lines: [lines[0], "[1, 2]", *lines[1:]], "broken.jsonl:2", "JSON object"),
])
def test_corrupt_files_name_the_line_and_the_problem(tmp_path, dojo_home, mini, mangle, where, what):
    path = _write(tmp_path, mangle(_good_lines(mini)))
    with pytest.raises(TranscriptError) as caught:
        load_transcript(path)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / where) + ":"), message
    assert what in message and "\n" not in message


@pytest.mark.parametrize("command", [["review", "--text"], ["export", "--format", "md"], ["score"]])
def test_cli_gives_one_line_and_exit_2_for_corrupt_or_missing_files(capsys, monkeypatch, tmp_path, dojo_home,
                                                                       mini, command):
    lines = _good_lines(mini)
    corrupt = _write(tmp_path, [lines[0], "{oops", *lines[1:]])
    for target, expected in ((corrupt, f"{corrupt}:2: not valid JSON"), (tmp_path / "nope.jsonl", "no such file")):
        code, out, err = run(capsys, monkeypatch, command[0], str(target), *command[1:])
        assert code == 2 and out == ""
        assert err.startswith("dojo: ") and expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_binary_file_is_not_a_transcript(tmp_path):
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    with pytest.raises(TranscriptError, match=r"photo.jsonl:1: not a dojo transcript"):
        load_transcript(path)


def test_review_last_opens_the_newest_transcript(capsys, monkeypatch, dojo_home):
    code, out, err = run(capsys, monkeypatch, "review", "last", "--text")
    assert code == 2 and "no saved transcripts yet" in err
    run(capsys, monkeypatch, "--player", "Ana", "play", str(MINI), "--record", "--script", "-", "--seed", "1", stdin=WIN_SCRIPT)
    code, out, _ = run(capsys, monkeypatch, "review", "last", "--text")
    assert code == 0 and "Ana" in out and "Hi Pat, is now a good time?" in out


def test_review_shows_trainee_markup_and_escapes_literally(capsys, monkeypatch, dojo_home):
    hostile = "Hi [bold]Pat[/bold] \x1b[31mred\x1b[0m, is now a good time?"
    run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--seed", "1", stdin=hostile + "\n")
    code, out, _ = run(capsys, monkeypatch, "review", "last", "--text")
    assert "\x1b" not in out and "␛[31mred" in out and "[bold]Pat[/bold]" in out


def test_play_json_output_unchanged_by_saving(capsys, monkeypatch, dojo_home, mini):
    _, with_save, _ = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--json", "--seed", "4",
                          stdin=WIN_SCRIPT)
    _, without, _ = run(capsys, monkeypatch, "play", str(MINI), "--record", "--script", "-", "--json", "--seed", "4",
                        "--no-save", stdin=WIN_SCRIPT)
    assert with_save == without
    session = Session(mini, seed=4)
    for line in WIN_SCRIPT.splitlines():
        session.reply(line)
    assert json.loads(with_save) == play_json("mini", 4, session.events)


def test_last_is_the_newest_finished_session_not_one_still_being_played(capsys, monkeypatch, dojo_home, mini):
    """`last` passes over a session still open (in the app, or another window) for the newest that
    ended; only when none has ended is the open one given, marked as having no ending."""
    open_first = Recorder(Session(mini, seed=2, player="Cy"), scenario_path=MINI)
    open_first.reply("Hi Pat, is now a good time?")
    code, out, err = run(capsys, monkeypatch, "review", "last", "--text")
    assert code == 0 and "Cy" in out and "no ending" in out + err
    run(capsys, monkeypatch, "--player", "Ana", "play", str(MINI), "--record", "--script", "-", "--seed", "1",
        stdin=WIN_SCRIPT)
    still_open = Recorder(Session(mini, seed=3, player="Ben"), scenario_path=MINI)
    still_open.reply("Hi Pat, is now a good time?")
    assert not still_open.finished and saved(dojo_home)[-1] == still_open.path
    for command in (["review", "last", "--text"], ["export", "last", "--format", "md"]):
        code, out, _ = run(capsys, monkeypatch, *command)
        assert code == 0 and "Ana" in out and "Ben" not in out, command


def test_play_tells_an_endings_epilogue_as_narration_as_the_review_does(capsys, monkeypatch, dojo_home):
    code, out, _ = run(capsys, monkeypatch, "play", str(MINI), "--script", "-", "--seed", "7",
                       stdin="Sure, I'll send the info over.\n")
    assert code == 0
    assert "  (no reply)" in out and "Pat Test: (no reply)" not in out
