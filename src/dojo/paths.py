"""Where dojo keeps user data: every file and folder under the data dir is named here, once.

Nothing is created at import time; callers create what they write.
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """`DOJO_HOME` if set, else the platform's user data dir (not created here)."""
    home = os.environ.get("DOJO_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("dojo", appauthor=False))


def cache_dir() -> Path:
    """Files dojo works out again whenever they are missing or stale (the analysed lexicon, `dojo.coach.prepared`):
    `$DOJO_HOME/cache` when `DOJO_HOME` is set, else the platform's user cache dir (not created here)."""
    home = os.environ.get("DOJO_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dojo", appauthor=False))


def _root(root: Path | str | None) -> Path:
    return Path(root) if root is not None else data_dir()


def transcripts_dir(root: Path | str | None = None) -> Path:
    """One JSONL file per session."""
    return _root(root) / "transcripts"


def history_db(root: Path | str | None = None) -> Path:
    """The history index: a cache of the transcripts, rebuilt from them at will."""
    return _root(root) / "history.sqlite"


def settings_file(root: Path | str | None = None) -> Path:
    """The player's saved preferences."""
    return _root(root) / "settings.toml"


def card_cache(root: Path | str | None = None) -> Path:
    """What the picker shows of each scenario file, so the app paints its list before reading them."""
    return _root(root) / "cache" / "scenario-cards.json"


def user_scenarios_dir(root: Path | str | None = None) -> Path:
    """Scenarios the user adds; they shadow the shipped ones with the same id."""
    return _root(root) / "scenarios"
