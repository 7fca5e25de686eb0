"""Normalising a reply before matching, without losing where each word came from.

Reps type "ur", "pls", curly apostrophes, no-break spaces and runs of
spaces; call transcripts come without punctuation. The lexicon's patterns
are written once, against a plain spelling, so the reply is rewritten into
that spelling first: apostrophe look-alikes become "'", whitespace runs
become one space, and chat shorthand (a table in the lexicon) becomes the
words it stands for. Amounts are written one way too: "25 percent",
"twenty five %" and "25pc" become "25%", and a currency named by code or
local sign ("R45 000", "Rs 500", "KSh 2,000", "USD 400") gets "$", so the
lexicon's price and discount patterns need one spelling of each. Every
character of the rewritten text remembers the span of the original it came
from, so a match found in the rewritten text is quoted as the rep typed it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import re2

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
#: A share written out ("twenty five %", "15pc", "10 per cent") and a currency code or sign before
#: an amount ("R45", "Rs. 500", "KSh 2,000", "USD 400", "₹500", "Rp 185"). The rand's "R" must be upper case.
_AMOUNTS = (r"(?i:\b(?:(?:" + "|".join(_TENS) + r")(?:[- ]?(?:" + "|".join(_UNITS[1:10]) + r"))?|"
            + "|".join(_UNITS[1:]) + r"|\d+(?:\.\d+)?)\s?(?:%|percent\b|per ?cent\b|pct\b|pc\b))"
            r"|(?i:\b(?:rs\.?|inr|ksh|kes|zar|ngn|ghs|usd|aud|nzd|sgd|cad|gbp|eur|myr|rm|php|us\$|a\$|au\$"
            r"|nz\$|s\$|c\$|rp|idr|thb|aed|sar|egp|pkr|bdt|lkr|vnd|chf|sek|nok|dkk|pln|huf|czk|jpy|cny|rmb|hkd|twd"
            r"|krw|mxn|brl|r\$|ugx|tzs|zmw|etb|hk\$)|[₹₦¥₱₩฿₫₺])\s?\d|\bR\s?\d")


#: A cheap first look (C speed) before the finder runs: most replies hold no digit and no "per".
_MAY_HOLD_AMOUNT = re.compile(r"\d|%|per|pc", re.IGNORECASE)


@cache
def _amount_finder() -> re2._Regexp:
    options = re2.Options()
    options.never_capture = True
    options.log_errors = False
    return re2.compile(_AMOUNTS, options)


def _amount(found: str) -> tuple[int, str]:
    """How many characters of `found` to rewrite, and what to: the share as "25%", or the
    currency prefix (everything before the digit) as "$"."""
    lowered = found.lower()
    if lowered[-1].isdigit():  # a currency prefix and the first digit of the amount
        return len(found) - 1, "$"
    number = lowered.rstrip("%").strip()
    for unit in ("percent", "per cent", "pct", "pc"):
        if number.endswith(unit):
            number = number[: -len(unit)].strip()
            break
    if number[:1].isdigit():
        return len(found), number + "%"
    words = number.replace("-", " ").split()
    value = _TENS[words[0]] if words[0] in _TENS else _UNITS.index(words[0])
    if len(words) > 1:
        value += _UNITS.index(words[1])
    return len(found), f"{value}%"


_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                        "\u00a0": " ", "\t": " ", "\r": " ", "\u201c": '"', "\u201d": '"',
                        "\u2014": "-", "\u2013": "-"})


#: Every ASCII byte that is not a word character for RE2's `\b`, as a space: for the quick check
#: that an ASCII reply contains no shorthand word at all.
_NON_WORD = bytes.maketrans(bytes(code for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")),
                            b" " * sum(1 for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")))


#: Every ASCII digit as "%": what `_MAY_HOLD_AMOUNT` looks for in lower-cased ASCII text is then "%",
#: "per" or "pc".
_DIGITS_AS_PERCENT = bytes.maketrans(b"0123456789", b"%" * 10)


def _ascii_table() -> bytes | None:
    """`_PLAIN` for ASCII text as a byte table, or None when it maps some ASCII character to more
    or other than one ASCII character (then every reply takes the general path)."""
    table = bytearray(range(256))
    for code, replacement in _PLAIN.items():
        if code < 128:
            if not (isinstance(replacement, str) and len(replacement) == 1 and replacement.isascii()):
                return None
            table[code] = ord(replacement)
    return bytes(table)


_PLAIN_ASCII = _ascii_table()


@dataclass(slots=True)  # not frozen: a frozen dataclass pays for object.__setattr__ on every field
class Normalised:
    original: str
    #: The rewritten text the patterns run on (case kept; patterns ignore case).
    text: str
    #: UTF-8 bytes of `text`, what the matching engine reads.
    encoded: bytes
    #: For each character of `text`, the original span it came from; None when `text` lines up
    #: with the original one for one.
    origin: tuple[tuple[int, int], ...] | None
    #: Character offset for each byte offset of `encoded`; None when the text is ASCII.
    char_at: tuple[int, ...] | None

    def to_char(self, byte_offset: int) -> int:
        return byte_offset if self.char_at is None else self.char_at[byte_offset]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original reply that characters `start:end` of `text` came from."""
        if self.origin is None:
            return start, end
        if start >= end:
            point = self.origin[start][0] if start < len(self.origin) else len(self.original)
            return point, point
        return self.origin[start][0], self.origin[end - 1][1]


def _words(finder: re2._Regexp, plain: str) -> list[tuple[int, int]]:
    """Character spans of `finder`'s matches, found on the UTF-8 bytes (lone surrogates kept)."""
    data = plain.encode("utf-8", "surrogatepass")
    char_at = None if len(data) == len(plain) else _byte_to_char(plain)
    match = finder._regexp.Match
    found: list[tuple[int, int]] = []
    position, size = 0, len(data)
    while position <= size:
        start, end = match(re2._Anchor.UNANCHORED, data, position, size)[0]
        if start < 0:
            break
        found.append((start, end) if char_at is None else (char_at[start], char_at[end]))
        position = end if end > start else start + 1
    return found


def _byte_to_char(text: str) -> tuple[int, ...]:
    table: list[int] = []
    for index, char in enumerate(text):
        table.extend([index] * len(char.encode("utf-8", "surrogatepass")))
    table.append(len(text))
    return tuple(table)


def normalise(original: str, shorthand: Mapping[str, str], finder: re2._Regexp | None,
              words: frozenset[bytes] | None = None,
              kept: Mapping[str, tuple[re2._Regexp, re2._Regexp]] | None = None) -> Normalised:
    """Rewrite `original` for matching; `finder` finds the whole words of `shorthand`.

    `kept` maps a shorthand word to where it stays as typed: the text just before it ending with the first
    regex (a clause's opening) and the text after it starting with the second ("ya the door runs…" is "yeah").

    `words`, when given, is every shorthand word as bytes, each made of ASCII word characters only.
    Then an ASCII reply none of whose words is one of them, with no run of spaces and nothing that
    could be an amount, is rewritten byte for byte, without a search: RE2's `\b` is ASCII-only, so
    in ASCII text a whole-word match is exactly one of those words. This is the common reply.
    """
    if words is not None and _PLAIN_ASCII is not None and original.isascii():
        data = original.encode("ascii").translate(_PLAIN_ASCII)
        lowered = data.lower()
        # `_MAY_HOLD_AMOUNT` for ASCII text as substring tests (the regex costs more than the rest of
        # this path): `_PLAIN_ASCII` only turns other bytes into spaces and apostrophes.
        marked = lowered.translate(_DIGITS_AS_PERCENT)
        if b"%" not in marked and b"per" not in marked and b"pc" not in marked and b"  " not in data \
                and (finder is None or words.isdisjoint(lowered.translate(_NON_WORD).split())):
            return Normalised(original, data.decode("ascii"), data, None, None)
    plain = original.translate(_PLAIN)
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in `plain`
    if "  " in plain:
        index = plain.find("  ")
        while index != -1:
            end = index
            while end < len(plain) and plain[end] == " ":
                end += 1
            pieces.append((index, end, " "))
            index = plain.find("  ", end)
    if finder is not None and plain:
        for start, end in _words(finder, plain):
            word = plain[start:end].lower()
            replacement = shorthand.get(word)
            if kept and word in kept and _kept_here(plain, start, end, *kept[word]):
                continue
            if replacement is not None:
                pieces.append((start, end, replacement))
    if _MAY_HOLD_AMOUNT.search(plain):
        for start, end in _words(_amount_finder(), plain):
            size, replacement = _amount(plain[start:end])
            if plain[start:start + size] != replacement:
                pieces.append((start, start + size, replacement))
    if not pieces:
        return _finish(original, plain, None)
    pieces.sort()
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    position = 0
    for start, end, replacement in pieces:
        if start < position:
            continue  # overlapping pieces cannot happen with whole words; keep the first
        out.append(plain[position:start])
        origin.extend((i, i + 1) for i in range(position, start))
        out.append(replacement)
        origin.extend((start, end) for _ in replacement)
        position = end
    out.append(plain[position:])
    origin.extend((i, i + 1) for i in range(position, len(plain)))
    return _finish(original, "".join(out), tuple(origin))


#: How far either side of a shorthand word its context is read: a clause's opening and the next word or two.
_CONTEXT = 24


def _kept_here(plain: str, start: int, end: int, opening: re2._Regexp, followed_by: re2._Regexp) -> bool:
    return opening.search(plain[max(0, start - _CONTEXT):start]) is not None \
        and followed_by.match(plain[end:end + _CONTEXT]) is not None


def _finish(original: str, text: str, origin: tuple[tuple[int, int], ...] | None) -> Normalised:
    encoded = text.encode("utf-8", "surrogatepass")
    char_at = None if len(encoded) == len(text) else _byte_to_char(text)
    return Normalised(original, text, encoded, origin, char_at)
