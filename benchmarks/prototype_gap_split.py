"""A prototype of the word-start patterns split at their long gaps, timed against the anchored set.

Run: python benchmarks/prototype_gap_split.py [--layout one|three] [--mix] [--parts] [--budget MB]

Not the coach's code: a measurement of "the way on" of session 13 (benchmarks/README.md). A
word-start pattern holding a long bounded gap (`[^.?!]{0,40}`, `(?:[\\w'-]+ ){0,8}`:
`anchoring.bounded_gaps`) keeps RE2's anchored set from settling on varied replies: a state holds
every gap's counter of every pattern alive at once. Here each such pattern whose long gaps all sit at
the top level of its text (no top-level `|`, the gap not inside a group) and whose pieces between
the gaps each begin at a word start (`anchoring.starts_at_words`) and hold no long gap themselves is
replaced in the sets by those pieces. A reply's word starts are matched as `Lexicon.scan` matches
them; a split pattern is a candidate at word start `w` when its first piece matches at `w` and each
next piece matches at a later word start within the bound of the piece and gap before it (their
widest match, in characters; four bytes a character for a reply that is not ASCII; no bound when
either is unbounded), and only then is the whole pattern matched anchored at `w` (as the set would
have: on the reply from `w` on). The other patterns stay whole.

Layouts: `one` puts everything in one anchored set (the batch tools' arrangement); `three` in
three: the patterns without a long gap, the pieces, and the gap patterns left whole.

It times both (thread CPU, µs a reply, a first pass and a second: whether the states settle shows
in the second) over the 314 labelled replies of tests/data/replies.jsonl and, with `--mix`, every
distinct reply of the tuned sets (tests/data/dev_*.jsonl; never the blind sets), then checks that
the split path finds the same (pattern, word start) pairs as the anchored set of the lexicon's
word-start patterns on every reply, and reports the process's peak RSS (both ways built in one
process). `--budget` sets each set's DFA memory (the lexicon's is 256 MB). `--parts` times,
instead, each group as an anchored set of its own (the patterns without a long gap, the pieces,
both together, the gap patterns kept whole, every gap pattern whole): whether a group settles
depends on its states fitting the budget.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import re2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_classify import replies  # noqa: E402
from profile_classify import tuned_replies  # noqa: E402

from dojo.coach.anchoring import bounded_gaps, starts_at_words  # noqa: E402
from dojo.coach.lexicon import Lexicon, _set_options, default_lexicon, expand  # noqa: E402
from dojo.coach.normalise import normalise  # noqa: E402
from dojo.vocab import CLASS_REF  # noqa: E402

_ANCHORED = re2._Anchor.ANCHOR_START
_QUANTIFIER = re.compile(r"\*\??|\+\??|\?\??|\{\d*(?:,\d*)?\}\??")


def raw_sources(lexicon: Lexicon) -> list[str]:
    """Each pattern as written (`{kind}` filled in), in the lexicon's pattern order."""
    found = []
    for rule in lexicon.source.rules:
        for kind in rule.kinds or (None,):
            for pattern in rule.patterns:
                text = pattern if isinstance(pattern, str) else pattern.re
                found.append(text if kind is None else text.replace("{kind}", kind))
    return found


def _skip_class(text: str, at: int) -> int:
    """Past the character class `[...]` opening at `at`."""
    at += 1
    if at < len(text) and text[at] == "^":
        at += 1
    if at < len(text) and text[at] == "]":
        at += 1
    while at < len(text) and text[at] != "]":
        at += 2 if text[at] == "\\" else 1
    return at + 1


def _walk(text: str, at: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of `text` from `at` outside escapes and character classes, with the group depth after it."""
    depth = 0
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _skip_class(text, at)
            continue
        depth += char == "("
        depth -= char == ")"
        yield at, char, depth
        at += 1


def top_items(text: str) -> list[tuple[int, int, str]] | None:
    """The top-level items of `text`: (start, end, quantifier); None when it has a top-level `|`."""
    items = []
    at, size = 0, len(text)
    while at < size:
        start, char = at, text[at]
        if char == "|" or char == ")":
            return None
        if char == "\\":
            at += 2
        elif char == "[":
            at = _skip_class(text, at)
        elif char == "(":
            for close, _, depth in _walk(text, at):
                if depth == 0:
                    at = close + 1
                    break
            else:
                return None
        elif char == "{":
            found = CLASS_REF.match(text, at)
            if found is None:
                return None
            at = found.end()
        else:
            at += 1
        quantifier = _QUANTIFIER.match(text, at)
        if quantifier:
            at = quantifier.end()
        items.append((start, at, quantifier.group() if quantifier else ""))
    return items


def _width(text: str) -> int | None:
    """The widest match of `text` in characters, None when unbounded or unreadable by Python."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            widest = sre_parse.parse(text).getwidth()[1]
    except Exception:
        return None
    return None if widest >= sre.MAXREPEAT else widest


def split(raw: str, classes) -> tuple[list[str], list[int | None]] | str:
    """The expanded pieces of `raw` between its top-level long gaps and the bound after each, or why not."""
    items = top_items(raw)
    if items is None:
        return "a long gap inside a group or a top-level alternative"
    cuts = []
    for start, end, quantifier in items:
        bounded = re.fullmatch(r"\{\d*,(\d+)\}\??", quantifier)
        if bounded and int(bounded.group(1)) >= 8 and bounded_gaps(expand(raw[start:end], classes, "gap")):
            cuts.append((start, end))
    if not cuts:
        return "a long gap inside a group or a top-level alternative"
    pieces, gaps, at = [], [], 0
    for start, end in cuts:
        pieces.append(raw[at:start])
        gaps.append(raw[start:end])
        at = end
    pieces.append(raw[at:])
    expanded = [expand(piece, classes, "piece") for piece in pieces]
    if not all(expanded) or not all(starts_at_words(piece) for piece in expanded):
        return "a piece that does not begin at a word start"
    if any(bounded_gaps(piece) for piece in expanded):
        return "a piece that holds a long gap"
    bounds = [_width(expanded[number] + expand(gap, classes, "gap")) for number, gap in enumerate(gaps)]
    return expanded, bounds


def _set(entries: list[str], budget: int) -> re2.Set:
    options = _set_options()
    options.max_mem = budget << 20
    built = re2.Set.MatchSet(options)
    for entry in entries:
        built.Add(entry)
    built.Add("")
    built.Compile()
    return built


def _alternatives(text: str) -> list[str]:
    """`text` cut at its top-level `|`."""
    found, begun = [], 0
    for at, char, depth in _walk(text):
        if char == "|" and depth == 0:
            found.append(text[begun:at])
            begun = at + 1
    return [*found, text[begun:]]


def variants(raw: str, classes, limit: int = 24) -> list[str] | None:
    """`raw` as alternatives whose long gaps are no longer inside a group or a top-level `|`: each
    top-level alternative on its own, and a group (without a quantifier) that holds a long gap replaced
    by each of its alternatives in turn. A reply's word start opens a match of `raw` exactly where it
    opens a match of one of them. None when there would be more than `limit`."""
    work, done = [raw], []
    while work:
        text = work.pop()
        alternatives = _alternatives(text)
        if len(alternatives) > 1:
            work += alternatives
        else:
            items = top_items(text) or []
            for begin, end, quantifier in items:
                group = text[begin:end]
                if quantifier or not group.startswith("(") or group.startswith("(?") and not group.startswith("(?:"):
                    continue
                if bounded_gaps(expand(group, classes, "group")):
                    inner = group[3:-1] if group.startswith("(?:") else group[1:-1]
                    work += [text[:begin] + alternative + text[end:] for alternative in _alternatives(inner)]
                    break
            else:
                done.append(text)
        if len(work) + len(done) > limit:
            return None
    return done


Chain = tuple[list[str], list[int | None]]


class Split:
    """The anchored sets of the split path and the joins that find each split pattern's word starts.

    With `groups`, a pattern is first taken apart into `variants` (a gap inside a group reached), each
    split on its own; a variant without a long gap is a set entry of its own for the pattern."""

    def __init__(self, lexicon: Lexicon, layout: str, budget: int, groups: bool = False):
        raws = raw_sources(lexicon)
        self.anchored = [number for matcher in lexicon.matchers if matcher.anchored
                         for number in matcher.ids if number >= 0]
        self.why: dict[str, int] = {}
        splits: dict[int, list[Chain]] = {}
        direct: list[tuple[str, int]] = []  # (a variant without a long gap, its pattern)
        for number in self.anchored:
            if not bounded_gaps(lexicon.patterns[number].source):
                continue
            texts = variants(raws[number], lexicon.classes) if groups else [raws[number]]
            if texts is None:
                self.why["too many variants"] = self.why.get("too many variants", 0) + 1
                continue
            chains: list[Chain] = []
            plain: list[str] = []
            failed = None
            for text in texts:
                expanded = expand(text, lexicon.classes, "variant")
                if groups and not bounded_gaps(expanded):
                    plain.append(expanded)
                    continue
                found = split(text, lexicon.classes)
                if isinstance(found, str):
                    failed = found
                    break
                chains.append(found)
            if failed is not None:
                self.why[failed] = self.why.get(failed, 0) + 1
                continue
            splits[number] = chains
            direct += [(text, number) for text in plain]
        self.pieces = sorted({piece for chains in splits.values() for pieces, _ in chains for piece in pieces})
        piece_number = {piece: index for index, piece in enumerate(self.pieces)}
        self.plain = [number for number in self.anchored
                      if number not in splits and not bounded_gaps(lexicon.patterns[number].source)]
        self.kept = [number for number in self.anchored
                     if number not in splits and bounded_gaps(lexicon.patterns[number].source)]
        self.direct = direct
        self.unbounded = sum(bound is None for chains in splits.values() for _, bounds in chains for bound in bounds)

        def whole(numbers: list[int]) -> list[tuple[str, int]]:
            return [(lexicon.patterns[number].source, number) for number in numbers]

        pieces = [(piece, -1 - index) for index, piece in enumerate(self.pieces)]
        layouts = [whole(self.plain) + whole(self.kept) + direct + pieces] if layout == "one" \
            else [whole(self.plain), direct + pieces, whole(self.kept)]
        self.sets = [(_set([entry for entry, _ in group], budget), [number for _, number in group])
                     for group in layouts if group]
        self.by_first: dict[int, list[tuple[int, list[int], list[int | None], object]]] = {}
        for number, chains in splits.items():
            for texts, bounds in chains:
                chain = [piece_number[text] for text in texts]
                self.by_first.setdefault(chain[0], []).append((number, chain, bounds, lexicon.patterns[number].regex))
        self.splits = splits
        self.checks = 0

    def starts(self, data: bytes, positions: list[int]) -> dict[int, list[int]]:
        """Pattern number → the word starts where a match begins, as the whole anchored set says."""
        starts: dict[int, list[int]] = {}
        pieces: dict[int, list[int]] = {}
        view = memoryview(data)
        views = [view[position:] for position in positions]
        for matcher, ids in self.sets:
            sentinel = len(ids)
            for position, hits in zip(positions, map(matcher._set.Match, views), strict=True):
                for hit in hits:
                    if hit != sentinel:
                        number = ids[hit]
                        if number >= 0:
                            starts.setdefault(number, []).append(position)
                        else:
                            pieces.setdefault(-1 - number, []).append(position)
        if not pieces:
            if self.direct:
                for number, found in starts.items():
                    starts[number] = sorted(set(found))
            return starts
        scale = 1 if data.isascii() else 4
        joined = False
        for first in pieces:
            for number, chain, bounds, regex in self.by_first.get(first, ()):
                lists = [pieces.get(piece) for piece in chain]
                if not all(lists):
                    continue
                for start in lists[0]:  # type: ignore[union-attr]
                    reach = [start]
                    for step in range(1, len(chain)):
                        bound = bounds[step - 1]
                        limit = None if bound is None else bound * scale
                        reach = [later for later in lists[step]  # type: ignore[union-attr]
                                 if any(earlier < later and (limit is None or later - earlier <= limit)
                                        for earlier in reach)]
                        if not reach:
                            break
                    if reach:
                        self.checks += 1
                        if start not in starts.get(number, ()) and \
                                regex._regexp.Match(_ANCHORED, view[start:], 0, len(data) - start)[0][0] >= 0:
                            starts.setdefault(number, []).append(start)
                            joined = True
        if joined or self.direct:
            for number, found in starts.items():
                starts[number] = sorted(set(found))
        return starts


class Whole:
    """The lexicon's word-start patterns in one anchored set, as `Lexicon.scan` matches them."""

    def __init__(self, numbers: list[int], lexicon: Lexicon, budget: int):
        self.ids = numbers
        self.set = _set([lexicon.patterns[number].source for number in numbers], budget)
        self.checks = 0

    def starts(self, data: bytes, positions: list[int]) -> dict[int, list[int]]:
        starts: dict[int, list[int]] = {}
        view = memoryview(data)
        sentinel = len(self.ids)
        for position, hits in zip(positions, map(self.set._set.Match, [view[p:] for p in positions]), strict=True):
            for hit in hits:
                if hit != sentinel:
                    starts.setdefault(self.ids[hit], []).append(position)
        return starts


def parts(path: Split, lexicon: Lexicon, items: list[tuple[bytes, list[int]]], budget: int) -> None:
    """Each group of entries as an anchored set of its own, timed over every word start, twice."""
    views = [memoryview(data)[position:] for data, positions in items for position in positions]
    plain = [lexicon.patterns[number].source for number in path.plain]
    kept = [lexicon.patterns[number].source for number in path.kept]
    gapped = [lexicon.patterns[number].source for number in path.anchored if number in path.splits] + kept
    print(f"each group as one set ({budget} MB), us a reply (thread CPU)   first pass   second pass")
    pieces = path.pieces + [text for text, _ in path.direct]
    for name, entries in (("without a long gap", plain), ("the pieces", pieces),
                          ("without a long gap and the pieces", plain + pieces), ("gap patterns kept", kept),
                          ("every gap pattern whole", gapped)):
        matcher = _set(entries, budget)
        passes = []
        for _ in range(2):
            began = time.thread_time()
            for view in views:
                matcher._set.Match(view)
            passes.append((time.thread_time() - began) / len(items) * 1e6)
        print(f"  {name} ({len(entries)}){'':<{40 - len(name) - len(str(len(entries)))}}{passes[0]:10.1f}"
              f"{passes[1]:12.1f}", flush=True)
        del matcher
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout", choices=("one", "three"), default="one")
    parser.add_argument("--mix", action="store_true", help="the tuned sets' distinct replies (minutes)")
    parser.add_argument("--parts", action="store_true",
                        help="instead, time each group as an anchored set of its own: the patterns without a long "
                             "gap, the pieces, both together, the gap patterns kept whole, every gap pattern whole")
    parser.add_argument("--groups", action="store_true",
                        help="reach gaps inside groups and top-level alternatives too (`variants`)")
    parser.add_argument("--budget", type=int, default=256, help="each set's DFA memory, MB (default 256)")
    args = parser.parse_args()
    lexicon = default_lexicon()
    path = Split(lexicon, args.layout, args.budget, args.groups)
    whole = Whole(path.anchored, lexicon, args.budget)
    print(f"{len(path.anchored)} word-start patterns: {len(path.plain)} without a long gap, "
          f"{len(path.splits)} split into {len(path.pieces)} distinct pieces ({path.unbounded} joins unbounded, {len(path.direct)} variants whole), "
          f"{len(path.kept)} with a long gap kept whole: {path.why}")
    texts = tuned_replies() if args.mix else replies()
    encoded = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
               for text in texts]
    items = [(data, lexicon._word_starts(data) or []) for data in encoded]
    print(f"{len(items)} replies, {sum(len(p) for _, p in items) / len(items):.1f} word starts a reply")
    if args.parts:
        parts(path, lexicon, items, args.budget)
        return
    print(f"layout {args.layout}, us a reply (thread CPU)   first pass   second pass")
    for name, way in (("anchored set", whole), ("split path", path)):
        passes = []
        for _ in range(2):
            began = time.thread_time()
            for data, positions in items:
                way.starts(data, positions)
            passes.append((time.thread_time() - began) / len(items) * 1e6)
        print(f"  {name:<34}{passes[0]:10.1f}{passes[1]:12.1f}")
    path.checks = 0
    differing = sum(whole.starts(data, positions) != path.starts(data, positions) for data, positions in items)
    print(f"(pattern, word start) pairs differing in {differing} replies; "
          f"{path.checks / len(items):.2f} whole-pattern checks a reply")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
