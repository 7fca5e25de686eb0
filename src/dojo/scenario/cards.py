"""What the picker shows of each scenario, and a small cache of it so the app can paint its list
before reading a single scenario file for real.

The cache is one JSON file under the data dir, keyed by each file's path, modification time and size
(and by dojo's version, whose rules decide whether a file loads). Reading it takes `json` and a stat
per file: no TOML, no pydantic. The app still reads and checks every file in the background and
replaces what it showed when anything differs; a cache that cannot be read or makes no sense is
ignored, and written again once the files have been read.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dojo import __version__
from dojo.paths import card_cache
from dojo.scenario.library import scenario_files

if TYPE_CHECKING:
    from dojo.scenario.library import Library
    from dojo.scenario.model import Scenario

#: Bumped whenever the cache's layout changes; another number means "no cache".
CACHE_FORMAT = 1
#: A cache bigger than this was not written by dojo: ignored rather than read.
MAX_CACHE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class PersonaCard:
    name: str
    role: str
    company: str


@dataclass(frozen=True)
class Card:
    """A scenario as the picker lists and previews it: who, how hard, what it is about."""

    id: str
    title: str
    archetype: str
    summary: str
    difficulty: int
    max_turns: int
    objectives: tuple[str, ...]
    persona: PersonaCard

    @classmethod
    def of(cls, scenario: Scenario) -> Card:
        persona = scenario.persona
        return cls(scenario.id, scenario.title, scenario.archetype, scenario.summary, scenario.difficulty,
                   scenario.max_turns, tuple(scenario.objectives),
                   PersonaCard(persona.name, persona.role, persona.company))

    @classmethod
    def from_json(cls, data: Any) -> Card:
        """Raises ValueError unless `data` is a card exactly as `to_json` wrote it."""
        card = cls(data["id"], data["title"], data["archetype"], data["summary"], data["difficulty"],
                   data["max_turns"], data["objectives"],
                   PersonaCard(data["persona"]["name"], data["persona"]["role"], data["persona"]["company"]))
        persona = card.persona
        texts = [card.id, card.title, card.archetype, card.summary, persona.name, persona.role, persona.company]
        if not (all(type(text) is str and text for text in texts)
                and type(card.difficulty) is int and 1 <= card.difficulty <= 5
                and type(card.max_turns) is int and card.max_turns >= 1
                and type(card.objectives) is list and card.objectives
                and all(type(goal) is str for goal in card.objectives)):
            raise ValueError("not a scenario card")
        return replace(card, objectives=tuple(card.objectives))

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "objectives": list(self.objectives)}


def file_stamps(dirs: list[Path] | None = None) -> dict[str, list[int]]:
    """Each scenario file's modification time and size: taken before the files are read, so a file
    saved while they are being read does not match its card next time."""
    stamps = {}
    for path in scenario_files(dirs):
        try:
            info = path.stat()
        except OSError:
            continue
        stamps[str(path)] = [info.st_mtime_ns, info.st_size]
    return stamps


def _read_cache(where: Path) -> dict[str, dict[str, Any]]:
    """The cache's entries by file path; empty when there is no cache or it is not one dojo wrote."""
    try:
        with where.open("rb") as handle:
            raw = handle.read(MAX_CACHE_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_CACHE_BYTES else None
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("dojo") != __version__:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {path: entry for path, entry in files.items() if isinstance(entry, dict)}


def cached_cards(dirs: list[Path] | None = None, data_dir: Path | None = None) -> list[Card]:
    """The cards of every scenario file unchanged since the cache was written, a user's file
    overriding a shipped one with the same id as the library does. Files that changed, are new or
    failed to load are left out: the background read shows them (or their errors)."""
    entries = _read_cache(card_cache(data_dir))
    found: dict[str, Card] = {}
    for path, stamp in file_stamps(dirs).items():  # in reading order: a later file with the same id wins
        entry = entries.get(path)
        if entry is None or entry.get("stamp") != stamp:
            continue
        try:
            card = Card.from_json(entry.get("card"))
        except (KeyError, TypeError, ValueError):
            continue
        found[card.id] = card
    return list(found.values())


def save_cards(library: Library, stamps: dict[str, list[int]], data_dir: Path | None = None) -> None:
    """Remember the cards of the library just read (`stamps` as taken before reading it); written only
    when they differ from the cache. A data dir that cannot be written costs the next start its head
    start, nothing else."""
    files: dict[str, dict[str, Any]] = {}
    for entry in library.entries.values():
        stamp = stamps.get(str(entry.path))
        if stamp is not None:
            files[str(entry.path)] = {"stamp": stamp, "card": Card.of(entry.scenario).to_json()}
    where = card_cache(data_dir)
    if _read_cache(where) == files:
        return
    from dojo.fsutil import atomic_write

    try:
        atomic_write(where, json.dumps({"format": CACHE_FORMAT, "dojo": __version__, "files": files}, indent=1))
    except OSError:
        pass
