"""Find the line a TOML key path was written on, for error messages.

tomllib keeps no positions, so this reads the text once more, tracking
table headers, arrays of tables and `key =` lines. It only has to be good
enough to point a trainer at the right line; unknown paths fall back to the
nearest written ancestor.
"""

from __future__ import annotations

import re
import tomllib

# One key part: bare, "basic" (with backslash escapes) or 'literal'. Possessive quantifiers
# (`*+`, `++`) never give back what they took, so no pattern here can backtrack: each line
# is matched in time linear in its length, whatever it holds.
_PART_RE = r"""(?:[A-Za-z0-9_\-]++|"(?:[^"\\]|\\.)*+"|'[^']*+')"""
_HEADER = re.compile(r"""^\s*+(\[\[?+)((?:[^\]"']++|"(?:[^"\\]|\\.)*+"|'[^']*+')*+)\]\]?+\s*+(#.*)?$""")
_KEY = re.compile(rf"^\s*+({_PART_RE}(?:\s*+\.\s*+{_PART_RE})*+)\s*+=")
_PART = re.compile(_PART_RE)

Path = tuple[str | int, ...]


def _split(dotted: str) -> tuple[str, ...]:
    return tuple(_unquote(part) for part in _PART.findall(dotted))


def _unquote(part: str) -> str:
    if part.startswith("'"):
        return part[1:-1]
    if part.startswith('"'):
        try:  # let TOML itself undo the escapes (\u001b and friends)
            return next(iter(tomllib.loads(f"{part} = 0")))
        except (tomllib.TOMLDecodeError, StopIteration):
            return part[1:-1]
    return part


def key_lines(text: str) -> dict[Path, int]:
    lines: dict[Path, int] = {}
    table: Path = ()
    array_counts: dict[Path, int] = {}
    in_multiline = None  # the closing quote of a multi-line string we are inside
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if in_multiline in line:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header and header.group(2).strip():
            parts = _split(header.group(2))
            if header.group(1) == "[[":
                index = array_counts.get(parts, 0)
                array_counts[parts] = index + 1
                table = (*parts, index)
            else:
                table = parts
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            path = (*table, *_split(key.group(1)))
            lines.setdefault(path, number)
        # A multi-line string opens after `key =` or as an array item on a line of its own.
        rest = line[key.end():] if key else line
        for quote in ('"""', "'''"):
            if rest.count(quote) == 1:
                in_multiline = quote
    return lines


def line_of(lines: dict[Path, int], path: Path) -> int | None:
    """The line of `path`, or of its nearest ancestor that appears in the file."""
    for end in range(len(path), 0, -1):
        found = lines.get(tuple(path[:end]))
        if found is not None:
            return found
    return None


def dotted(path: Path) -> str:
    """`('states', 'x', 'rules', 1, 'goto')` → `states.x.rules[2].goto` (counting from 1, as people do)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + part
    return out


def misspelling(lines: dict[Path, int], path: Path) -> tuple[str, int] | None:
    """A key written beside where `path` belongs, spelt close to it: (that key, its line)."""
    import difflib

    parent, name = tuple(path[:-1]), path[-1]
    if not isinstance(name, str):
        return None
    written = {key[-1]: line for key, line in lines.items()
               if len(key) == len(path) and tuple(key[:-1]) == parent and isinstance(key[-1], str)}
    written.pop(name, None)
    close = difflib.get_close_matches(name, list(written), n=1, cutoff=0.75)
    return (close[0], written[close[0]]) if close else None
