"""What the coach works out from its shipped data files, kept on disk from one run to the next.

Building the default lexicon used to spend more time in Python than in RE2: classes expanded into every pattern,
the proof of which patterns are matched from word starts (anchoring.py), which set each other one joins. All of it
is plain data derived from the TOML alone, so it is kept in the user's cache folder (`paths.cache_dir`) as strings,
numbers and tuples (never code), and the next process only hands the patterns to RE2.

A file is named by a hash of everything its contents depend on: the data file, the code that works it out (a
checkout being edited keeps its version number), dojo's version, RE2's build, pydantic's and Python's versions. A
file that is missing, stale, unreadable or damaged is ignored and written again: nothing here ever fails a command,
and nothing is read or written at import time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dojo.paths import cache_dir

#: The first line of every file; bumped if the layout below changes.
MAGIC = b"dojo prepared 1\n"
#: How many files of one name (each for other inputs: another checkout, another version) are kept.
KEPT = 3


def key(name: str, data: bytes | str, code: Iterable[str]) -> str | None:
    """A hash of `data` (a data file's contents), the source files `code` (module `__file__`s), and the versions of
    dojo, RE2, pydantic and Python; None when a source file cannot be read (then nothing is kept: the code that
    wrote a file could not be told from the code reading it)."""
    import pydantic
    import re2

    import dojo

    digest = hashlib.sha256()
    try:
        engine = os.stat(re2._re2.__file__)  # the compiled engine: a rebuilt or upgraded RE2 may read patterns otherwise
        for part in (MAGIC.decode(), name, dojo.__version__, pydantic.VERSION, sys.version,
                     f"{engine.st_size}:{engine.st_mtime_ns}"):
            digest.update(part.encode() + b"\0")
        for path in code:
            digest.update(Path(path).read_bytes() + b"\0")
    except (OSError, AttributeError, TypeError):
        return None
    digest.update(data.encode() if isinstance(data, str) else data)
    return digest.hexdigest()


def _path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key[:16]}.marshal"


def load(name: str, key: str) -> object | None:
    """What `save` kept under `name` and `key`, or None if there is no such file or it cannot be trusted whole."""
    try:
        blob = _path(name, key).read_bytes()
        head = len(MAGIC) + 2 * 65
        if blob[:len(MAGIC)] != MAGIC or blob[len(MAGIC):len(MAGIC) + 64].decode() != key:
            return None
        checksum = blob[len(MAGIC) + 65:head - 1].decode()
        payload = blob[head:]
        # Checked before unmarshalling: marshal is not written to read damaged data safely.
        if hashlib.sha256(payload).hexdigest() != checksum:
            return None
        return marshal.loads(payload)
    except Exception:  # missing, unreadable or damaged: worked out again
        return None


def save(name: str, key: str, contents: Any) -> None:
    """Keep `contents` (plain data) under `name` and `key`, written whole or not at all; a folder that cannot be
    written to only means the next run works it out again."""
    path = _path(name, key)
    try:
        payload = marshal.dumps(contents)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                # No fsync: a file cut short by a crash fails its checksum and is written again.
                out.write(MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n")
                out.write(payload)
            os.replace(temporary, path)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise
        _prune(path.parent, name)
    except (OSError, ValueError):
        return


def _prune(folder: Path, name: str) -> None:
    """Remove all but the KEPT newest files of `name`: each edit of the lexicon or dojo leaves its own behind."""
    found = []
    for path in folder.glob(f"{name}-*.marshal"):
        try:
            found.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(found, reverse=True)[KEPT:]:
        try:
            path.unlink()
        except OSError:
            pass
