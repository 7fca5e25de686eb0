"""Showing untrusted text (a trainee's reply, a scenario's line) literally."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """Control characters become visible symbols, so an ANSI escape shows as `␛[31m`, never as colour."""
    return _CONTROL.sub(_picture, text)
