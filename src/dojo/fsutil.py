"""File writes that never leave a half-written file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def atomic_write(path: str | Path, text: str) -> None:
    """Write `text` to a temp file beside `path`, fsync it, then rename over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


class UnreadableFile(Exception):
    """A file that cannot be read as input; the message is `path: what is wrong`."""


def read_input(path: str | Path, max_bytes: int, what: str) -> bytes:
    """The bytes of a user-named input file, or one clear line saying why not.

    `what` names the kind of file ("scenario", "transcript") in the messages.
    """
    path = Path(path)
    try:
        with open(path, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise UnreadableFile(f"{path}: is a folder, not a {what} file")
            size = info.st_size
            if size > max_bytes:
                raise UnreadableFile(f"{path}: file is {size} bytes; a {what} file must be under {max_bytes}")
            # The size a stat reports means nothing for /dev/zero, a pipe or a file still growing:
            # read until the end or one byte past the limit, whatever the file is. A regular file
            # takes one read of its size (and one more to see the end): asking for the whole limit
            # at once would have the buffer allocated at that size for every file read.
            chunks: list[bytes] = []
            total = 0
            want = size + 1 if stat.S_ISREG(info.st_mode) else READ_CHUNK
            while total <= max_bytes:
                chunk = handle.read(min(want, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                want = READ_CHUNK
        if total > max_bytes:
            raise UnreadableFile(f"{path}: more than {max_bytes} bytes; a {what} file must be under {max_bytes}")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{path}: is a folder, not a {what} file") from None
    except OSError as err:
        raise UnreadableFile(f"{path}: cannot read file ({err.strerror or type(err).__name__})") from None


#: Bytes asked for at a time past a regular file's stated size, or from anything else.
READ_CHUNK = 1 << 20
