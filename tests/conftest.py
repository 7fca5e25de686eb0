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
