"""Shared fixtures: every test gets its own empty data dir, so nothing touches the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
MINI = DATA / "scenarios" / "mini.toml"


@pytest.fixture(autouse=True)
def dojo_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "dojo-home"
    monkeypatch.setenv("DOJO_HOME", str(home))
    # A developer's own team LRS must never receive test sessions; tests that want one set these.
    for name in ("DOJO_LRS_ENDPOINT", "DOJO_LRS_USERNAME", "DOJO_LRS_PASSWORD", "DOJO_LRS_HOMEPAGE", "DOJO_LRS_TURNS"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def mini_path() -> Path:
    return MINI


@pytest.fixture
def mini():
    from dojo.scenario.load import load_scenario

    return load_scenario(MINI)


def play_recorded(mini, player, replies, seed=1, finish=True, players=None):
    """Play `replies` against the mini scenario with a saving Recorder (a group when `players` is
    given, each reply from the next player), end the session unless `finish` is False, and close it."""
    from dojo.engine import Session
    from dojo.transcript import Recorder

    recorder = Recorder(Session(mini, seed=seed, player=player), scenario_path=MINI, players=players)
    for index, reply in enumerate(replies):
        if recorder.finished:
            break
        recorder.reply(reply, player=players[index % len(players)] if players else None)
    if finish and not recorder.finished:
        recorder.end()
    recorder.close()
    return recorder


@pytest.fixture
def starter(tmp_path) -> Path:
    """A fresh `dojo new` scaffold (errand-sender archetype) to edit or break."""
    from dojo.cli.new import scaffold

    path = tmp_path / "starter.toml"
    path.write_text(scaffold("starter", "errand-sender", str(path)), encoding="utf-8")
    return path
