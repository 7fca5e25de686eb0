"""Hyperscan as the lexicon's scan, prototyped beside RE2's sets: compile time, matches, speed.

Run: python benchmarks/prototype_hyperscan.py [--cache DIR] [--rounds N]

Needs the `hyperscan` wheel (`pip install hyperscan==0.9.1`); nothing in dojo imports it. Session
12 (fast12) measured what sessions 7–11 pointed to: a compiled multi-pattern engine in place of
the RE2 sets that say which patterns can match a reply (`Lexicon.scan`).

How the prototype reads the lexicon: every pattern and clause cue of the default lexicon, as
the sets hold them, in one Hyperscan database, block mode, caseless, single match (a pattern is
reported once, which is all the scan answers), in *prefilter* mode (Hyperscan may widen a
pattern it would otherwise refuse or build slowly, so its answer is a superset of the patterns
that match, never fewer). Byte mode, not UTF-8: `\\w`, `\\b` and case are ASCII in RE2's reading
of these patterns, but a character-counted gap such as `[^.?!]{0,40}` counts bytes in byte mode,
so only ASCII replies are given to Hyperscan; any other reply takes RE2's sets, as does a reply
with a stretch too long for the word-start proof (it changes nothing either way). Each candidate
is then confirmed by its own RE2 search (`signals._spans`), which also gives its spans: a widened
candidate that does not match has no span and is heard as nothing.

It prints: the compile time of the database (or the time to load it from `--cache`, where a
first run leaves it), its size; over every labelled text under tests/data (blind sets' texts
included, counts only: no row is ever shown) the patterns that really match (RE2) against what
Hyperscan reported (missed, added); whether `classify` answers the same JSON line for every one
of those texts with the Hyperscan scan (by hash); and, thread CPU µs a reply, the scan and the
whole `classify` with each engine on the 314 replies of tests/data/replies.jsonl over and over
(repeated) and on replies recombined from their clauses, each heard once after 2,000 others
(first sight, made as `bench_classify.py` makes them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import hyperscan

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_classify import per_item_us, unseen_replies  # noqa: E402

from dojo.cli.catalogue import signals_json_line
from dojo.coach.anchoring import runs_are_short
from dojo.coach.lexicon import CUE_NAMES, Lexicon, _cue_set, default_lexicon
from dojo.coach.normalise import normalise
from dojo.coach.signals import _spans, classify

ROOT = Path(__file__).resolve().parents[1]
FLAGS = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_ALLOWEMPTY | hyperscan.HS_FLAG_SINGLEMATCH
         | hyperscan.HS_FLAG_PREFILTER)


def widened(source: str) -> str:
    """`source` without its `^` and `$` anchors (outside character classes): Hyperscan refuses an
    anchor inside a pattern ("Embedded end anchors not supported", as in `(?:$|[.?!])`, and the
    clause cues' `(?:^|[.?!]\\s*)`), and without them a pattern matches at least as much, which is
    all a prefilter answer may do."""
    out: list[str] = []
    position, in_class = 0, False
    while position < len(source):
        char = source[position]
        if char == "\\":
            out.append(source[position:position + 2])
            position += 2
            continue
        if in_class:
            if char == "]" and out[-1] not in ("[", "[^"):
                in_class = False
            out.append(char)
        elif char == "[":
            in_class = True
            if source[position + 1:position + 2] == "^":
                out.append("[^")
                position += 1
            else:
                out.append(char)
        elif char not in "^$":
            out.append(char)
        position += 1
    return "".join(out)


class HyperscanScan:
    """`Lexicon.scan`'s answer from one Hyperscan pass, for ASCII replies; RE2's sets for the rest."""

    def __init__(self, lexicon: Lexicon, cache: Path | None, longest: int | None = None):
        self.lexicon = lexicon
        numbers = [number for number, pattern in enumerate(lexicon.patterns)
                   if longest is None or len(pattern.regex.pattern) <= longest]
        self.whole = len(numbers) == len(lexicon.patterns)
        cues = [(position, getattr(lexicon.clauses, name)) for position, name in enumerate(CUE_NAMES)]
        expressions = [widened(lexicon.patterns[number].regex.pattern) for number in numbers]
        expressions += [widened(cue.pattern) for _, cue in cues if cue is not None]
        self.ids = numbers + [-1 - position for position, cue in cues if cue is not None]
        self.characters = sum(map(len, expressions))
        key = hashlib.sha256(json.dumps([expressions, FLAGS, hyperscan.__version__]).encode()).hexdigest()[:16]
        stored = cache / f"lexicon-{key}.hsdb" if cache is not None else None
        started = time.process_time()
        if stored is not None and stored.exists():
            self.database = hyperscan.loadb(stored.read_bytes())
            how = "loaded from the cache"
        else:
            self.database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self.database.compile(expressions=[expression.encode() for expression in expressions],
                                  ids=list(range(len(expressions))), flags=FLAGS, elements=len(expressions))
            how = "compiled"
            if stored is not None:
                stored.parent.mkdir(parents=True, exist_ok=True)
                stored.write_bytes(hyperscan.dumpb(self.database))
        self.build_seconds = time.process_time() - started
        self.how = how
        self.size = len(hyperscan.dumpb(self.database))
        self.database.scratch = hyperscan.Scratch(self.database)
        self.original = Lexicon.scan

    def scan(self, data: bytes):
        if not data.isascii() or not runs_are_short(data):
            return self.original(self.lexicon, data)
        reported: list[int] = []
        self.database.scan(data, match_event_handler=lambda entry, _start, _end, _flags, _context:
                           reported.append(entry))
        found: list[int] = []
        cues: list[str] = []
        ids = self.ids
        for entry in reported:
            number = ids[entry]
            if number >= 0:
                found.append(number)
            else:
                cues.append(CUE_NAMES[-1 - number])
        found.sort()
        return found, _cue_set(frozenset(cues)), None


def labelled_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
                    texts.append(row["text"])
    return texts


def first_sight_us(function, items) -> float:
    started = time.thread_time()
    for item in items:
        function(item)
    return (time.thread_time() - started) / len(items) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="a directory to keep the compiled database in between runs")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--longest", type=int, help="only the patterns of at most this many characters (as expanded): "
                        "a database that compiles in seconds, to time the scan alone")
    args = parser.parse_args()
    lexicon = default_lexicon()
    prototype = HyperscanScan(lexicon, args.cache, args.longest)
    print(f"database of {len(prototype.ids)} expressions ({prototype.characters:,} characters) {prototype.how} "
          f"in {prototype.build_seconds:.2f} s CPU, {prototype.size / 1e6:.1f} MB serialised")
    replies = [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "replies.jsonl")
               .read_text(encoding="utf-8").splitlines() if line.strip()]
    replies_data = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
                    for text in replies]
    fresh = unseen_replies(replies, 8000, seed=13)
    fresh_data = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
                  for text in fresh]
    for engine, scan, new in (("RE2's sets, every pattern", lexicon.scan, fresh_data[:2000]),
                              ("Hyperscan, these patterns", prototype.scan, fresh_data[2000:4000])):
        first = first_sight_us(scan, new)
        print(f"scan with {engine}: repeated {per_item_us(scan, replies_data, 1, args.rounds):.1f} µs a reply, "
              f"first sight {first:.1f} µs")
    if not prototype.whole:
        return
    texts = labelled_texts()
    encoded = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
               for text in texts]
    taken = [data for data in encoded if data.isascii() and runs_are_short(data)]
    really = missed = added = cue_missed = 0
    for data in taken:
        hits, cues, _ = lexicon.scan(data)
        if isinstance(hits, range):
            continue
        matching = {number for number in hits
                    if lexicon.patterns[number].literal is not None or _spans(lexicon.patterns[number], data)}
        reported, reported_cues, _ = prototype.scan(data)
        really += len(matching)
        missed += len(matching - set(reported))
        added += len(set(reported) - matching)
        cue_missed += len(cues - reported_cues)
    print(f"{len(texts)} labelled texts, {len(taken)} given to Hyperscan: {really} (text, pattern) matches, "
          f"{missed} missed, {added} added; clause cues missed {cue_missed}")
    before = [signals_json_line(classify(text, lexicon)) for text in texts]
    Lexicon.scan = lambda self, data: prototype.scan(data) if self is lexicon else prototype.original(self, data)
    try:
        after = [signals_json_line(classify(text, lexicon)) for text in texts]
        print("classify's JSON lines, every labelled text:",
              "identical" if before == after else f"{sum(a != b for a, b in zip(before, after))} differ")
    finally:
        Lexicon.scan = prototype.original
    fresh = fresh[4000:]
    rows = []
    for engine in ("RE2", "Hyperscan"):
        if engine == "Hyperscan":
            Lexicon.scan = lambda self, data: (prototype.scan(data) if self is lexicon
                                               else prototype.original(self, data))
        try:
            # each engine warmed on 1,000 new replies, then timed on 1,000 others, all unseen before
            part = fresh[:2000] if engine == "RE2" else fresh[2000:]
            for text in part[:1000]:
                classify(text, lexicon)
            sight = part[1000:]
            rows.append((engine, per_item_us(lambda text: classify(text, lexicon), replies, 1, args.rounds),
                         first_sight_us(lambda text: classify(text, lexicon), sight)))
        finally:
            Lexicon.scan = prototype.original
    print("scan engine   classify, repeated   classify, first sight (µs a reply)")
    for engine, classify_us, new_us in rows:
        print(f"{engine:<14}{classify_us:>19.1f}{new_us:>26.1f}")


if __name__ == "__main__":
    main()
