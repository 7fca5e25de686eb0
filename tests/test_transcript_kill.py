"""A killed `dojo play` keeps every completed turn: the transcript is the film up to the kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.transcript import History, load_transcript
from tests.conftest import MINI

# Replies the mini persona answers with its fallback, so the conversation stays open.
REPLIES = ["Hello Pat, nice to meet you.", "How is your week going?", "Tell me about your team."]
DEADLINE = 30.0


def scored_turns(folder: Path) -> tuple[Path | None, int]:
    """The transcript being written and how many turns it holds, read as a reader would."""
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        return None, 0
    lines = files[0].read_bytes().split(b"\n")
    complete = [json.loads(line) for line in lines[1:-1]]  # the last piece may be mid-write
    return files[0], sum(1 for event in complete if event.get("kind") == "scores")


def wait_for_turns(proc: subprocess.Popen, folder: Path, turns: int) -> Path:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        path, count = scored_turns(folder)
        if path is not None and count >= turns:
            return path
        if proc.poll() is not None:
            raise AssertionError(f"dojo play exited early: {proc.stderr.read()}")
        time.sleep(0.01)  # polling the file, not waiting a fixed time
    raise AssertionError(f"the transcript never reached {turns} turns")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_session_keeps_every_completed_turn(dojo_home, capsys):
    env = {**os.environ, "DOJO_HOME": str(dojo_home)}
    command = [sys.executable, "-c", "import sys; from dojo.cli import main; sys.exit(main())",
               "--player", "Kim", "play", str(MINI), "--record", "--script", "-", "--seed", "9"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env, text=True)
    folder = dojo_home / "transcripts"
    try:
        path = None
        for number, reply in enumerate(REPLIES, start=1):
            proc.stdin.write(reply + "\n")
            proc.stdin.flush()
            path = wait_for_turns(proc, folder, number)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=DEADLINE)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    transcript = load_transcript(path)
    film = transcript.film()
    assert [turn.reply for turn in film.turns] == REPLIES
    assert all(turn.scores is not None for turn in film.turns)
    assert transcript.ended is None and transcript.players == ["Kim"]

    # Every reader copes: review says it was interrupted, history picks it up as unfinished.
    assert main(["review", str(path), "--text"]) == 0
    out = capsys.readouterr().out
    assert "interrupted" in out and all(reply in out for reply in REPLIES)
    History().sync()
    [attempt] = History().attempts(player="Kim")
    assert attempt.result == "unfinished" and attempt.turns == len(REPLIES)
