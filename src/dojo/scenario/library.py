"""The scenario library: shipped scenarios plus the user's own in `<data dir>/scenarios`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dojo.paths import user_scenarios_dir

if TYPE_CHECKING:  # loading a file needs pydantic; finding the files does not (the app's picker paints first)
    from dojo.scenario.load import Problem
    from dojo.scenario.model import Scenario


def shipped_dir() -> Path:
    packaged = Path(__file__).resolve().parents[1] / "scenarios"  # inside the installed package
    if packaged.is_dir():
        return packaged
    # Running from a source checkout (editable install): the repo's own folder.
    return Path(__file__).resolve().parents[3] / "scenarios"


def library_dirs() -> list[Path]:
    return [user_scenarios_dir(), shipped_dir()]


def scenario_files(dirs: list[Path] | None = None) -> list[Path]:
    """Every scenario file, in the order they are read: a later file with the same id wins, so the
    user's folder comes after the shipped one."""
    found: list[Path] = []
    for folder in reversed(dirs if dirs is not None else library_dirs()):
        if folder.is_dir():
            found += sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))  # not .taplo.toml
    return found


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
    from dojo.scenario.load import ScenarioError, load_scenario

    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    for path in scenario_files(dirs):
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
    from dojo.scenario.load import Problem, ScenarioError, load_scenario

    looks_like_path = ref.endswith(".toml") or "/" in ref or "\\" in ref
    if looks_like_path or Path(ref).is_file():
        return Entry(Path(ref), load_scenario(ref))
    found = library() if library is not None else load_library(dirs)
    if ref in found.entries:
        return found.entries[ref]
    known = ", ".join(found.ids()) or "none"
    raise ScenarioError([Problem(ref, None, "", f"unknown scenario id; known ids: {known} (or give a path to a .toml file)")])
