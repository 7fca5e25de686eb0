"""Showing untrusted text (a trainee's reply, a scenario's line, a file name) literally."""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newline stay: text keeps its shape), bidi embeddings,
# overrides and isolates (which reorder what follows them on screen), and lone
# surrogates (which no terminal or file can encode).
_HIDDEN = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_CONTROL = re.compile(f"[{_HIDDEN}]")
_CONTROL_OR_BREAK = re.compile(f"[{_HIDDEN}\\t\\n\\u2028\\u2029]")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC, ␊ for a newline
    if code == 0x7F:
        return "\u2421"
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return f"<U+{code:04X}>"  # a bidi control or a lone surrogate, named so it cannot act


def visible(text: str) -> str:
    """Control characters become visible symbols, so an ANSI escape shows as `␛[31m`, never as colour,
    and a right-to-left override shows as `<U+202E>` instead of reversing the rest of the line."""
    return _CONTROL.sub(_picture, text)


def one_line(text: str) -> str:
    """`visible`, with tabs and line breaks shown too: for messages that must stay on one line."""
    return _CONTROL_OR_BREAK.sub(_picture, text)


def from_edge(text: str) -> str:
    """Text that came in from the outside (argv, stdin, a file name) as Python decoded it with
    `surrogateescape`: undecodable bytes become U+FFFD, so nothing further in can trip on them."""
    if not _has_surrogate(text):
        return text
    # U+DC80..U+DCFF stand for raw bytes; any other lone surrogate has no bytes behind it.
    text = _NOT_ESCAPED_BYTE.sub("\ufffd", text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


_NOT_ESCAPED_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clip(text: str, limit: int) -> str:
    """`text` whole when it has at most `limit` characters; otherwise cut after its last whole word that fits,
    with an ellipsis ("Happy to send the brochure. What will you…"), never in the middle of a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit].rsplit(None, 1)[0] if " " in text[: limit].strip() else text[: limit - 1]
    return cut.rstrip(" ,;:.-–—") + "…"
