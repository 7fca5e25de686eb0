"""The player's saved preferences, in `<data dir>/settings.toml`: read by the app and the CLI."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from dojo.fsutil import atomic_write
from dojo.paths import settings_file

MAX_NAME = 40


@dataclass(frozen=True)
class Settings:
    player: str | None = None
    dark: bool = True
    #: The first-run name prompt was answered or skipped: it is not shown again.
    name_asked: bool = False

    def asked(self) -> Settings:
        return replace(self, name_asked=True)

    def with_player(self, name: str | None) -> Settings:
        return replace(self, player=clean_name(name))

    def with_dark(self, dark: bool) -> Settings:
        return replace(self, dark=dark)


def clean_name(name: str | None) -> str | None:
    """A name is one line of printable text, or nothing."""
    if name is None:
        return None
    cleaned = " ".join("".join(ch for ch in name if ch.isprintable()).split())[:MAX_NAME]
    return cleaned or None


def settings_path(root: Path | None = None) -> Path:
    return settings_file(root)


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
    asked = raw.get("name_asked", False)
    named = clean_name(player) if isinstance(player, str) else None
    return Settings(player=named, dark=dark if isinstance(dark, bool) else True,
                    name_asked=named is not None or (isinstance(asked, bool) and asked)), None


def save_settings(settings: Settings, root: Path | None = None) -> str | None:
    """Write the settings atomically; a warning (not an exception) if the data dir is unwritable."""
    import tomli_w  # only when saving: the app reads its settings before its first frame, and never writes them then

    path = settings_path(root)
    data: dict[str, object] = _other_tables(path)  # e.g. [lrs]: saving a name must not drop the team's LRS
    data["dark"] = settings.dark
    data["name_asked"] = settings.name_asked
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
