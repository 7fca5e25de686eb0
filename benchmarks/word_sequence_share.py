"""What share of the lexicon's patterns are word sequences: words and word classes with bounded gaps.

Run: python benchmarks/word_sequence_share.py [--list]

A matcher over words (a reply cut into words once, each word looked up once, the rules run as
sequences of words and classes) could replace RE2's character-level pass only for the patterns it
can express. This counts them, in the default lexicon as written (before classes are expanded),
by reading each pattern and each class word with Python's regular expression parser:

- a *word sequence*: literal words, spaces and small alternations (`e-?mail`, `organi[sz]e`,
  `deck|decks`), `{class}` references whose every word is itself a word sequence, and bounded gaps
  of whole words (`_3_`, `(?:\\w+ ){0,2}`, `(?:[\\w-]+ ){0,3}`);
- *not*: an unbounded run inside a word (`struggl\\w*`, `[\\w-]+ing`), a gap counted in characters
  (`[^.?!]{0,40}`), a case-sensitive part (`(?-i:[A-Z])`), an anchor other than a word boundary
  (`^`, `$`, `\\B`), or syntax Python does not read.

Each pattern is also counted by whether the lexicon matches it from word starts (anchoring.py):
those are the ones a word-sequence matcher would take over from the anchored RE2 set. `--list`
prints each pattern that is not a word sequence, with the first reason found.
"""

from __future__ import annotations

import argparse
import re
import tomllib
import warnings
from collections import Counter
from importlib import resources
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from dojo.coach.lexicon import default_lexicon
from dojo.vocab import CLASS_REF, WORD_GAP

#: What a class reference and a word gap read as while a pattern is parsed: one character of their own.
CLASS_MARK = "\ue000"
GAP_MARK = "\ue001"
#: A bounded repeat longer than this over single characters is a gap counted in characters.
LONGEST_SMALL_REPEAT = 3


class NotWords(Exception):
    """The pattern is not a word sequence; the message says why."""


def _parsed(source: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return sre_parse.parse(source, re.IGNORECASE)
        except Exception as err:  # RE2 syntax Python does not read
            raise NotWords(f"unreadable: {err}") from None


def _is_word_gap(item) -> bool:
    """`(?:X+ ){0,N}` with X one character class holding no space: up to N whole words."""
    nodes = list(item)
    if len(nodes) == 1 and nodes[0][0] is sre.SUBPATTERN:
        nodes = list(nodes[0][1][-1])
    if len(nodes) != 2 or nodes[1] != (sre.LITERAL, ord(" ")):
        return False
    op, av = nodes[0]
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or av[1] != sre.MAXREPEAT:
        return False
    inner = list(av[2])
    return len(inner) == 1 and inner[0][0] in (sre.IN, sre.CATEGORY)


_SPACES = frozenset(b" \t\n\r\f\v")


def _run_kind(item) -> str:
    """What an unbounded run reads: "a run of spaces", "a run inside a chunk" (no space: one word, or
    words joined by apostrophes, hyphens, digits' commas), or "a run across spaces"."""
    nodes = list(item)
    if len(nodes) != 1:
        return "a run across spaces"
    op, av = nodes[0]
    if op is sre.CATEGORY:
        if av is sre.CATEGORY_SPACE:
            return "a run of spaces"
        return "a run inside a chunk" if av in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT) else "a run across spaces"
    if op is sre.LITERAL:
        return "a run of spaces" if av in _SPACES else "a run inside a chunk"
    if op is sre.IN:
        negated = bool(av) and av[0][0] is sre.NEGATE
        members = av[1:] if negated else av
        chars: set[int] = set()
        for member, value in members:
            if member is sre.LITERAL:
                chars.add(value)
            elif member is sre.RANGE:
                chars.update(range(value[0], value[1] + 1))
            elif member is sre.CATEGORY:
                if value is sre.CATEGORY_SPACE:
                    chars.update(_SPACES)
                elif value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
                    chars.add(ord("a"))
                else:
                    return "a run across spaces"
        spaces = _SPACES <= chars if negated else bool(chars & _SPACES)
        if negated:
            return "a run inside a chunk" if spaces else "a run across spaces"
        if chars <= _SPACES:
            return "a run of spaces"
        return "a run across spaces" if spaces else "a run inside a chunk"
    return "a run across spaces"


def _check(items, classes_ok: dict[str, frozenset[str]], names: list[str], found: set[str]) -> None:
    """Add to `found` each thing in `items` that is not a plain word sequence."""
    for op, av in items:
        if op is sre.LITERAL:
            if av == ord(CLASS_MARK):
                found.update(classes_ok[names.pop(0)])
            continue
        if op in (sre.IN, sre.ANY, sre.NOT_LITERAL, sre.CATEGORY):
            continue  # one character
        if op is sre.AT:
            if av is not sre.AT_BOUNDARY:
                found.add("an anchor (^, $, \\B)")
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, item = av
            if _is_word_gap(item) and high != sre.MAXREPEAT:
                continue
            if high == sre.MAXREPEAT:
                found.add(_run_kind(item))
                _check(item, classes_ok, names, found)
                continue
            nodes = list(item)
            if high > LONGEST_SMALL_REPEAT and len(nodes) == 1 and nodes[0][0] in (sre.IN, sre.ANY, sre.NOT_LITERAL,
                                                                                    sre.CATEGORY):
                found.add("a gap counted in characters")
            _check(item, classes_ok, names, found)
            continue
        if op is sre.SUBPATTERN:
            _group, _add_flags, del_flags, body = av
            if del_flags & re.IGNORECASE:
                found.add("a case-sensitive part")
            _check(body, classes_ok, names, found)
            continue
        if op is sre.BRANCH:
            for alternative in av[1]:
                _check(alternative, classes_ok, names, found)
            continue
        found.add(f"unreadable: {op}")


def word_sequence(source: str, classes_ok: dict[str, frozenset[str]]) -> frozenset[str]:
    """What in `source` is not a plain word sequence (empty when it is one)."""
    names = CLASS_REF.findall(source)
    marked = WORD_GAP.sub(GAP_MARK, CLASS_REF.sub(CLASS_MARK, source))
    try:
        parsed = _parsed(marked)
    except NotWords as err:
        return frozenset({str(err).split(":")[0]})
    found: set[str] = set()
    _check(parsed, classes_ok, names, found)
    return frozenset(found)


def class_verdicts(classes: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each class: what in its words is not a plain word sequence (classes may name classes)."""
    verdicts: dict[str, frozenset[str]] = {}

    def verdict(name: str, inside: tuple[str, ...] = ()) -> frozenset[str]:
        if name not in verdicts:
            nested = {inner: verdict(inner, (*inside, name)) for word in classes[name]
                      for inner in CLASS_REF.findall(word) if inner not in inside}
            verdicts[name] = frozenset().union(*(word_sequence(word, {**verdicts, **nested})
                                                 for word in classes[name]))
        return verdicts[name]

    for name in classes:
        verdict(name)
    return verdicts


#: Tiers, each allowing more than the one before: what a word matcher must handle to take a pattern.
TIERS = (
    ("plain word sequences", frozenset()),
    ("… with one-chunk wildcards, space runs, ^/$ and case-sensitive words",
     frozenset({"a run inside a chunk", "a run of spaces", "an anchor (^, $, \\B)", "a case-sensitive part"})),
    ("… and character-counted gaps read as word gaps (a superset, checked by RE2)",
     frozenset({"a run inside a chunk", "a run of spaces", "an anchor (^, $, \\B)", "a case-sensitive part",
                "a gap counted in characters"})),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each pattern that is not a word sequence")
    args = parser.parse_args()
    text = resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    classes_ok = class_verdicts(data.get("classes", {}))
    lexicon = default_lexicon()
    anchored = {number for matcher in lexicon.matchers if matcher.anchored for number in matcher.ids if number >= 0}
    verdicts: list[tuple[bool, frozenset[str]]] = []
    for rule in data["rules"]:
        for kind in rule.get("kinds") or (None,):
            for pattern in rule["patterns"]:
                source = pattern if isinstance(pattern, str) else pattern["re"]
                if kind is not None:
                    source = source.replace("{kind}", kind)
                why = word_sequence(source, classes_ok)
                verdicts.append((len(verdicts) in anchored, why))
                if why and args.list:
                    print(f"{rule['id']}: {', '.join(sorted(why))}\n    {source[:160]}")
    total = len(verdicts)
    at_words = sum(found for found, _ in verdicts)
    print(f"{total} patterns, {at_words} of them matched from word starts; classes: "
          f"{sum(not why for why in classes_ok.values())} of {len(classes_ok)} plain word sequences")
    print(f"{'a word matcher taking':<80}{'all':>12}{'from word starts':>20}")
    for name, allowed in TIERS:
        taken = [(found, why <= allowed) for found, why in verdicts]
        every = sum(ok for _, ok in taken)
        anchored_ok = sum(ok for found, ok in taken if found)
        print(f"{name:<80}{every:5d} ({100 * every / total:3.0f}%){anchored_ok:8d} ({100 * anchored_ok / at_words:3.0f}%)")
    reasons = Counter(reason for _, why in verdicts for reason in why)
    print("what keeps a pattern from being a plain word sequence (a pattern may have several):")
    for why, count in reasons.most_common():
        print(f"  {count:5d}  {why}")


if __name__ == "__main__":
    main()
