"""Bracketed paste that keeps its words in order and never turns into key presses.

Textual's terminal parser reads an escape sequence *inside* a bracketed paste as a
key sequence: text copied from a coloured log (`\\e[31mRED\\e[0m`) arrives as stray
keys typed ahead of the paste, and a control character after it (a bell is ctrl+g)
fires a binding. Before the parser sees a paste, every control character in it
except newlines and tabs is swapped for its visible picture (`␛`), so the paste is
one piece of literal text, and the only escape left is the one that ends it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual._xterm_parser import XTermParser

from dojo.text import visible

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class PasteGuard:
    """Rewrites terminal input chunk by chunk; an end marker split across chunks is held back."""

    def __init__(self) -> None:
        self.pasting = False
        self._held = ""

    def __call__(self, data: str) -> str:
        data, self._held = self._held + data, ""
        out: list[str] = []
        while data:
            if not self.pasting:
                at = data.find(PASTE_START)
                if at < 0:
                    out.append(data)
                    break
                out.append(data[: at + len(PASTE_START)])
                data = data[at + len(PASTE_START):]
                self.pasting = True
                continue
            at = data.find(PASTE_END)
            if at < 0:
                keep = _partial_end(data)
                body, self._held = data[: len(data) - keep], data[len(data) - keep:]
                out.append(literal_paste(body))
                break
            out.append(literal_paste(data[:at]) + PASTE_END)
            data = data[at + len(PASTE_END):]
            self.pasting = False
        return "".join(out)


def _partial_end(data: str) -> int:
    """How many trailing characters could be the start of the end marker."""
    for size in range(min(len(PASTE_END) - 1, len(data)), 0, -1):
        if PASTE_END.startswith(data[-size:]):
            return size
    return 0


def literal_paste(text: str) -> str:
    """Line breaks and tabs are kept; every other control character is shown as its picture."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # terminals paste line ends as CR
    return "\n".join("\t".join(visible(part) for part in line.split("\t")) for line in text.split("\n"))


class PasteSafeParser(XTermParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = PasteGuard()

    def feed(self, data: str) -> Iterable[Any]:
        return super().feed(self._guard(data) if data else data)


def install() -> None:
    """Use the guarded parser for terminal input (called when the app starts, never at import)."""
    from textual.drivers import linux_driver

    linux_driver.XTermParser = PasteSafeParser  # type: ignore[misc]
