"""Scripts of replies for `dojo play` (alone, as a group, or watching a file): one home for reading them.

A script is one reply per line, read as it arrives (so `--script -` can be fed live); blank lines and
lines starting with `#` are skipped, and every reply is named by its place, `file:line`, in messages.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from dojo.cli.common import UsageError


def reply_text(line: str) -> str | None:
    """The reply a script line holds, or None for a blank line or a #comment."""
    text = line.rstrip("\r\n")
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    return text


@dataclass(frozen=True)
class Script:
    stream: TextIO
    #: The file's name as the user gave it, or `<stdin>`.
    label: str

    def replies(self) -> Iterator[tuple[str, str]]:
        """(place, reply) for each playable line, as it arrives; place is `file:line`."""
        try:
            for number, line in enumerate(iter(self.stream.readline, ""), start=1):
                text = reply_text(line)
                if text is not None:
                    yield f"{self.label}:{number}", text
        except UnicodeDecodeError:
            raise UsageError(f"{self.label}: the script is not UTF-8 text; save it as UTF-8") from None


@contextmanager
def open_script(path: str) -> Iterator[Script]:
    """The script at `path` (`-` is stdin, left open), closed when the block ends."""
    if path == "-":
        yield Script(sys.stdin, "<stdin>")
        return
    try:
        stream = open(path, encoding="utf-8", newline="")
    except OSError as err:
        raise UsageError(f"{path}: cannot read script ({err.strerror})") from None
    with stream:
        yield Script(stream, path)


def say_the_rest_was_not_played(place: str) -> None:
    print(f"dojo: {place}: the conversation had already ended; remaining lines were not played", file=sys.stderr)
