"""The scenario library: shipped scenarios plus the user's own in `<data dir>/scenarios`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dojo.paths import user_scenarios_dir
from dojo.scenario.load import Problem, ScenarioError, load_scenario
from dojo.scenario.model import Scenario


def shipped_dir() -> Path:
    packaged = Path(str(resources.files("dojo"))) / "scenarios"
    if packaged.is_dir():
        return packaged
    # Running from a source checkout (editable install): the repo's own folder.
    return Path(__file__).resolve().parents[3] / "scenarios"


def library_dirs() -> list[Path]:
    return [user_scenarios_dir(), shipped_dir()]


@dataclass(frozen=True)
class Entry:
    path: Path
    scenario: Scenario


@dataclass(frozen=True)
class Library:
    entries: dict[str, Entry]
    problems: list[Problem]

    def ids(self) -> list[str]:
        return sorted(self.entries)


def load_library(dirs: list[Path] | None = None) -> Library:
    """Every scenario found; a user's file with a shipped id overrides the shipped one."""
    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    for folder in reversed(dirs if dirs is not None else library_dirs()):
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.glob("*.toml") if not p.name.startswith(".")):  # not .taplo.toml
            try:
                scenario = load_scenario(path)
            except ScenarioError as err:
                problems.extend(err.problems)
                continue
            entries[scenario.id] = Entry(path, scenario)
    return Library(entries, problems)


def resolve(ref: str, dirs: list[Path] | None = None, library: Callable[[], Library] | None = None) -> Entry:
    """A scenario id from the library, or a path to a .toml file. A caller resolving many ids
    passes `library`, which gives the library it loaded once, when one is needed."""
    looks_like_path = ref.endswith(".toml") or "/" in ref or "\\" in ref
    if looks_like_path or Path(ref).is_file():
        return Entry(Path(ref), load_scenario(ref))
    found = library() if library is not None else load_library(dirs)
    if ref in found.entries:
        return found.entries[ref]
    known = ", ".join(found.ids()) or "none"
    raise ScenarioError([Problem(ref, None, "", f"unknown scenario id; known ids: {known} (or give a path to a .toml file)")])
