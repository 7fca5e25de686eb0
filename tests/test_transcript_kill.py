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


KILLS = 50
#: Mini answers these with its fallback, so the conversation stays open; the fourth turn
#: reaches mini's max_turns, so some kills land while the session ends and is indexed.
FOUR = [*REPLIES, "And what about next quarter?"]


def _fork_player(seed: int) -> tuple[int, int]:
    """A real `dojo play` process reading its script from a pipe; forked, so imports are paid once."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.close(write_end)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            sys.stdin = os.fdopen(read_end, "r", encoding="utf-8")
            sys.stdout = open(1, "w", closefd=False)
            sys.stderr = open(2, "w", closefd=False)
            code = main(["--player", "Kim", "play", str(MINI), "--record", "--script", "-", "--seed", str(seed)])
        finally:
            os._exit(code)
    os.close(read_end)
    return pid, write_end


def _newest(folder: Path, before: set[Path]) -> Path | None:
    new = set(folder.glob("*.jsonl")) - before if folder.is_dir() else set()
    return new.pop() if new else None


def _completed_turns(path: Path | None) -> int:
    if path is None:
        return 0
    lines = path.read_bytes().split(b"\n")
    return sum(1 for line in lines[1:-1] if json.loads(line).get("kind") == "scores")


@pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL")
def test_fifty_kills_at_random_points_lose_no_completed_turn(dojo_home):
    import random

    from dojo.coach import default_lexicon

    default_lexicon()  # compiled once here, inherited by every forked player
    rng = random.Random(50)
    folder = dojo_home / "transcripts"
    seen: set[Path] = set()
    for case in range(KILLS):
        waited_for = rng.randrange(len(FOUR))  # turns to see on disk before killing
        extra = rng.random() < 0.7  # then send one more and kill while it is being played
        pid, pipe = _fork_player(seed=case)
        path = None
        try:
            for reply in FOUR[:waited_for]:
                os.write(pipe, (reply + "\n").encode())
                deadline = time.monotonic() + DEADLINE
                target = _completed_turns(path) + 1
                while _completed_turns(path) < target:  # polling the file, not waiting a fixed time
                    assert time.monotonic() < deadline, (f"case {case}: no turn {target}", os.waitpid(pid, os.WNOHANG),
                                                         path and path.read_text())
                    path = path or _newest(folder, seen)
                    time.sleep(0.005)
            if extra:
                os.write(pipe, (FOUR[waited_for] + "\n").encode())
            os.kill(pid, signal.SIGKILL)
        finally:
            os.close(pipe)
            _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0, f"case {case}: exit {status}"
        path = path or _newest(folder, seen)
        if path is None:  # killed before the header was written: nothing was played either
            assert waited_for == 0
            continue
        seen.add(path)
        transcript = load_transcript(path)
        played = [turn.reply for turn in transcript.film().turns]
        assert len(played) >= waited_for, f"case {case}: lost a completed turn"
        assert played == FOUR[:len(played)]
        assert all(turn.scores is not None for turn in transcript.film().turns[:waited_for])
    # Every file reads, and the index built from them equals one rebuilt from scratch.
    history = History()
    assert history.sync() == []
    synced = history.dump()
    assert len(synced["transcripts"]) == len(seen)
    assert history.rebuild() == [] and history.dump() == synced
