"""A script of replies reads the same whether one rep plays it or a group does: one home for reading it."""

from __future__ import annotations

import pytest

from dojo.cli import main

#: Comments and blank lines are skipped; the empty reply on line 5 is the first playable mistake.
SCRIPT = "# warm-up\n\nHi Theo, thanks for making the time.\n   # indented comment\n{bad}\n"


@pytest.mark.parametrize("group", [False, True], ids=["solo", "group"])
def test_a_bad_reply_is_named_by_its_file_and_line_in_solo_and_group_play(capsys, tmp_path, group):
    path = tmp_path / "replies.txt"
    bad = "Ana: " + "x" * 2100 if group else "x" * 2100
    first = "Ana: " if group else ""
    path.write_text(SCRIPT.replace("Hi Theo", first + "Hi Theo").format(bad=bad), encoding="utf-8")
    extra = ["--players", "Ana,Ben", "--mode", "hotseat"] if group else []
    code = main(["play", "tire-kicker", "--seed", "1", "--no-save", "--script", str(path), *extra])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:5:" in err and "characters" in err


@pytest.mark.parametrize("group", [False, True], ids=["solo", "group"])
def test_a_script_that_is_not_utf8_is_one_line_error_in_solo_and_group_play(capsys, tmp_path, group):
    path = tmp_path / "replies.txt"
    path.write_bytes(b"Ana: caf\xe9 au lait?\n")
    extra = ["--players", "Ana,Ben"] if group else []
    code = main(["play", "tire-kicker", "--no-save", "--script", str(path), *extra])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().endswith("the script is not UTF-8 text; save it as UTF-8")


def test_lines_after_the_ending_are_reported_not_played(capsys, tmp_path):
    path = tmp_path / "replies.txt"
    # Two pushes end the call with the tire-kicker; the third line is never played.
    path.write_text(
        "Every month you wait costs you money, so you need to start before the end of the quarter.\n"
        "Every week you wait costs you more, and prices go up next month, so we need to sign by Friday.\n"
        "# the rep keeps typing\n"
        "Hello?\n", encoding="utf-8")
    code = main(["play", "tire-kicker", "--no-save", "--seed", "1", "--script", str(path)])
    captured = capsys.readouterr()
    assert code == 0
    assert f"{path}:4: the conversation had already ended" in captured.err
    assert "Hello?" not in captured.out
