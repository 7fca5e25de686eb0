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

    # Every reader copes: review says it was interrupted; history keeps it as an unfinished
    # session, which is not an attempt (only sessions that ended count).
    assert main(["review", str(path), "--text"]) == 0
    out = capsys.readouterr().out
    assert "interrupted" in out and all(reply in out for reply in REPLIES)
    History().sync()
    # A killed session never ended: not an attempt, but listed with every session.
    assert History().attempts(player="Kim") == []
    [attempt] = History().attempts(player="Kim", every_session=True)
    assert attempt.result == "unfinished" and attempt.turns == len(REPLIES)


KILLS = 50
#: Mini answers these with its fallback, so the conversation stays open; the fourth turn
#: reaches mini's max_turns, so some kills land while the session ends and is indexed.
FOUR = [*REPLIES, "And what about next quarter?"]


#: A fresh interpreter that imports dojo once, then forks one `dojo play` per request. Forking the
#: test process itself could copy a lock some other thread holds; this process has no other thread.
ZYGOTE = """
import os, signal, sys
from dojo.cli import main
from dojo.coach import default_lexicon
default_lexicon()
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped as they die
for request in sys.stdin:
    seed, fifo, mini = request.split("\\t")
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            sys.stdin = open(fifo, encoding="utf-8")
            code = main(["--player", "Kim", "play", mini.strip(), "--record", "--script", "-", "--seed", seed])
        finally:
            os._exit(code)
    print(pid, flush=True)
"""


class Zygote:
    def __init__(self, env: dict):
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=env, text=True)

    def player(self, seed: int, fifo: Path) -> tuple[int, int]:
        """Start a player reading its script from `fifo`: (its pid, the fifo's write end)."""
        os.mkfifo(fifo)
        self.proc.stdin.write(f"{seed}\t{fifo}\t{MINI}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline())
        return pid, os.open(fifo, os.O_WRONLY)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=DEADLINE)
        self.proc.stdout.close()


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _newest(folder: Path, before: set[Path]) -> Path | None:
    new = set(folder.glob("*.jsonl")) - before if folder.is_dir() else set()
    return new.pop() if new else None


def _completed_turns(path: Path | None) -> int:
    """Replies on disk: each turn's events go out in one write, so a complete `rep` line means a complete turn."""
    if path is None:
        return 0
    lines = path.read_bytes().split(b"\n")
    return sum(1 for line in lines[1:-1] if json.loads(line).get("kind") == "rep")


@pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL")
def test_fifty_kills_at_random_points_lose_no_completed_turn(dojo_home, tmp_path):
    import random

    rng = random.Random(50)
    folder = dojo_home / "transcripts"
    seen: set[Path] = set()
    zygote = Zygote({**os.environ, "DOJO_HOME": str(dojo_home)})
    try:
        for case in range(KILLS):
            waited_for = rng.randrange(len(FOUR))  # turns to see on disk before killing
            extra = rng.random() < 0.7  # then send one more and kill while it is being played
            pid, pipe = zygote.player(case, tmp_path / f"script-{case}")
            path = None
            try:
                for target, reply in enumerate(FOUR[:waited_for], start=1):
                    os.write(pipe, (reply + "\n").encode())
                    deadline = time.monotonic() + DEADLINE
                    while _completed_turns(path) < target:  # polling the file, not waiting a fixed time
                        assert time.monotonic() < deadline and not _gone(pid), f"case {case}: no turn {target}"
                        path = path or _newest(folder, seen)
                        time.sleep(0.005)
                if extra:
                    os.write(pipe, (FOUR[waited_for] + "\n").encode())
                os.kill(pid, signal.SIGKILL)
            finally:
                os.close(pipe)
                deadline = time.monotonic() + DEADLINE
                while not _gone(pid):
                    assert time.monotonic() < deadline, f"case {case}: the player outlived SIGKILL"
                    time.sleep(0.005)
            _check_case(case, folder, seen, path, waited_for)
    finally:
        zygote.close()
    # Every file reads, and the index built from them equals one rebuilt from scratch.
    history = History()
    assert history.sync() == []
    synced = history.dump()
    assert len(synced["transcripts"]) == len(seen)
    assert history.rebuild() == [] and history.dump() == synced


def _check_case(case: int, folder: Path, seen: set[Path], path: Path | None, waited_for: int) -> None:
    path = path or _newest(folder, seen)
    if path is None:  # killed before the header was written: nothing was played either
        assert waited_for == 0
        return
    seen.add(path)
    transcript = load_transcript(path)
    played = [turn.reply for turn in transcript.film().turns]
    assert len(played) >= waited_for, f"case {case}: lost a completed turn"
    assert played == FOUR[:len(played)]
    assert all(turn.scores is not None for turn in transcript.film().turns[:waited_for])
