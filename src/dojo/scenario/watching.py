"""Noticing that scenario files changed on disk, cheaply: a stat per file, no file read, no dependency.

Live reload (`dojo play --watch`, the app) polls these stamps a few times a second.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

#: (modification time in ns, size): an editor's save changes at least one of them.
Stamp = tuple[int, int] | None


def file_stamp(path: Path) -> Stamp:
    """None when the file is missing or unreadable (an editor may delete and recreate it on save)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def folder_stamp(folders: Iterable[Path]) -> tuple[tuple[str, Stamp], ...]:
    """The stamp of every scenario file in `folders`: it changes when one is added, removed or saved."""
    found: list[tuple[str, Stamp]] = []
    for folder in folders:
        try:
            names = sorted(entry.name for entry in os.scandir(folder)
                           if entry.name.endswith(".toml") and not entry.name.startswith("."))
        except OSError:
            continue
        found += [(str(folder / name), file_stamp(folder / name)) for name in names]
    return tuple(found)


class FileWatch:
    """Remembers a file's stamp; `changed()` says whether it was saved since the last `mark()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp = file_stamp(path)

    def changed(self) -> bool:
        return file_stamp(self.path) != self._stamp

    def mark(self) -> None:
        self._stamp = file_stamp(self.path)
