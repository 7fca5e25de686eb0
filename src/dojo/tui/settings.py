"""The player's saved preferences, in `<data dir>/settings.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

import tomli_w

from dojo.fsutil import atomic_write
from dojo.paths import data_dir

FILE_NAME = "settings.toml"
MAX_NAME = 40


@dataclass(frozen=True)
class Settings:
    player: str | None = None
    dark: bool = True

    def with_player(self, name: str | None) -> "Settings":
        return replace(self, player=clean_name(name))

    def with_dark(self, dark: bool) -> "Settings":
        return replace(self, dark=dark)


def clean_name(name: str | None) -> str | None:
    """A name is one line of printable text, or nothing."""
    if name is None:
        return None
    cleaned = " ".join("".join(ch for ch in name if ch.isprintable()).split())[:MAX_NAME]
    return cleaned or None


def settings_path(root: Path | None = None) -> Path:
    return (root if root is not None else data_dir()) / FILE_NAME


def load_settings(root: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings and a warning when the file could not be read (defaults are used)."""
    path = settings_path(root)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return Settings(), f"{path}: could not read settings ({err}); using defaults"
    player = raw.get("player")
    dark = raw.get("dark", True)
    return Settings(player=clean_name(player) if isinstance(player, str) else None,
                    dark=dark if isinstance(dark, bool) else True), None


def save_settings(settings: Settings, root: Path | None = None) -> str | None:
    """Write the settings atomically; a warning (not an exception) if the data dir is unwritable."""
    path = settings_path(root)
    data: dict[str, object] = _other_tables(path)  # e.g. [lrs]: saving a name must not drop the team's LRS
    data["dark"] = settings.dark
    data.pop("player", None)
    if settings.player:
        data["player"] = settings.player
    try:
        atomic_write(path, tomli_w.dumps(data))
    except OSError as err:
        return f"{path}: could not save settings ({err.strerror or err})"
    return None


def _other_tables(path: Path) -> dict[str, object]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {key: value for key, value in raw.items() if isinstance(value, dict)}
