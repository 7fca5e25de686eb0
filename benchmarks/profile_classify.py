"""Where a reply's microseconds go when the coach hears it: each stage of `classify`, timed on its own.

Run: python benchmarks/profile_classify.py [--rounds N]

Not a benchmark with a target: a breakdown to decide what to speed up next. It times the stages
of hearing a reply, in the order the coach runs them, over two kinds of replies:

- *repeated*: the 314 labelled replies of tests/data/replies.jsonl, heard three times first, so
  RE2 has built every matching state they need (what `bench_classify.py`'s per-reply figures see);
- *new*: replies made by recombining clauses of those replies (fixed seed), each heard once, after
  3,000 other new ones have warmed the engine (what `classify -` over a user's file sees).

Two paths, as the coach has them:

- *one at a time* (`classify`, what the app and the per-reply figures run): per reply, normalising,
  the scan (the anchored set at each word start, then the unanchored sets), finding each candidate
  pattern's spans, judging them (clause checks and the rules' logic) and the learned second
  opinion; the stages of one reply run one after the other, so each pays for the caches the one
  before it filled, as in `classify`;
- *a batch* (`classify_many`, what `classify -` runs): each stage over 1,024 replies before the
  next, then the JSON lines.

Then each of the lexicon's RE2 sets on its own over 2,000 more new replies, twice: the first pass
pays for the matching states new text needs, the second shows what the set costs once built.

`--mix` adds what the tuned sets cost (every distinct reply of tests/data/dev_*.jsonl, ~12,600 in
many voices and trades; never the blind sets): `classify` per reply over all of them twice, and
each RE2 set over them twice, with the word-start patterns also timed as two sets, those that hold
a long bounded gap (`anchoring.bounded_gaps`) and the rest. Recombined replies reuse the 314
replies' words and openers, so RE2's matching states for them fit its cache; the tuned sets' do
not, and these figures show what a file of real, varied replies costs.

Each figure is CPU time of this thread (median of `--rounds`), in microseconds per reply, with
the counts that explain it: RE2 set calls and candidate patterns per reply. Measure in the same
run before comparing two checkouts (`PYTHONPATH=<other src>`): on a shared machine the absolute
figures move with the load.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import re2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_classify import replies, unseen_replies  # noqa: E402

from dojo.cli.catalogue import BATCH, signals_json_line  # noqa: E402
from dojo.coach import signals  # noqa: E402
from dojo.coach.anchoring import bounded_gaps  # noqa: E402
from dojo.coach.lexicon import Lexicon, _set_options, default_lexicon  # noqa: E402
from dojo.coach.normalise import Normalised, normalise  # noqa: E402

STAGES = ("normalise", "scan", "spans", "judge", "second opinion", "json")


def _timed_second_opinion(clock: dict[str, float]) -> Callable[[], None]:
    """Wrap `signals._second_opinions` so its CPU time is counted apart from the rest of judging;
    returns what undoes the wrapping."""
    original = signals._second_opinions

    def timed(*args):
        start = time.thread_time()
        try:
            return original(*args)
        finally:
            clock["second opinion"] += time.thread_time() - start

    signals._second_opinions = timed

    def undo() -> None:
        signals._second_opinions = original

    return undo


Step = tuple[str, Callable[[Any], Any]]


def _timed(groups: Iterable[Any], steps: list[Step]) -> dict[str, float]:
    """Seconds per stage: each group (a reply, or a batch of them) goes through `steps` in order, each
    step taking what the one before returned; the second opinion's time is taken out of judging's."""
    clock = dict.fromkeys(STAGES, 0.0)
    undo = _timed_second_opinion(clock)
    try:
        for group in groups:
            value = group
            for stage, step in steps:
                start = time.thread_time()
                value = step(value)
                clock[stage] += time.thread_time() - start
    finally:
        undo()
    clock["judge"] -= clock["second opinion"]
    return clock


def one_at_a_time(texts: list[str], lexicon: Lexicon) -> dict[str, float]:
    """Seconds per stage over `texts`, each reply heard alone as `classify` hears it."""
    patterns = lexicon.patterns

    def scan(text_and_normalised: tuple[str, Normalised]) -> signals._Read:
        text, normalised = text_and_normalised
        return signals._Read(text, normalised, normalised.encoded, *lexicon.scan(normalised.encoded))

    def spans(read: signals._Read) -> tuple[signals._Read, dict[int, list[tuple[int, int]]]]:
        return read, {index: signals._read_spans(patterns[index], index, read) for index in read.hits
                      if patterns[index].literal is None}

    return _timed(texts, [
        ("normalise", lambda text: (text, normalise(text, lexicon.shorthand, lexicon.shorthand_finder,
                                                     lexicon.shorthand_words))),
        ("scan", scan),
        ("spans", spans),
        ("judge", lambda read_and_found: signals._judge(read_and_found[0], lexicon, read_and_found[1], False)),
    ])


def in_batches(texts: list[str], lexicon: Lexicon) -> dict[str, float]:
    """Seconds per stage over `texts`, heard BATCH at a time as `classify_many` hears them."""
    patterns = lexicon.patterns

    def normalise_all(batch: list[str]) -> tuple[list[str], list[Normalised]]:
        return batch, [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words)
                       for text in batch]

    def scan(batch_and_normalised: tuple[list[str], list[Normalised]]) -> list[signals._Read]:
        batch, normalised = batch_and_normalised
        scans = lexicon.scan_many([one.encoded for one in normalised])
        return [signals._Read(text, one, one.encoded, hits, present, starts)
                for text, one, (hits, present, starts) in zip(batch, normalised, scans, strict=True)]

    def spans(reads: list[signals._Read]) -> tuple[list[signals._Read], list[dict[int, list[tuple[int, int]]]]]:
        wanted: dict[int, list[int]] = {}
        for number, read in enumerate(reads):
            for index in read.hits:
                if patterns[index].literal is None:
                    wanted.setdefault(index, []).append(number)
        found: list[dict[int, list[tuple[int, int]]]] = [{} for _ in reads]
        for index in sorted(wanted):
            for number in wanted[index]:
                found[number][index] = signals._read_spans(patterns[index], index, reads[number])
        return reads, found

    def judge(reads_and_found: tuple[list[signals._Read], list[dict[int, list[tuple[int, int]]]]]) -> list:
        reads, found = reads_and_found
        return [signals._judge(read, lexicon, spans, False)[2] for read, spans in zip(reads, found, strict=True)]

    batches = [texts[first:first + BATCH] for first in range(0, len(texts), BATCH)]
    return _timed(batches, [("normalise", normalise_all), ("scan", scan), ("spans", spans), ("judge", judge),
                            ("json", lambda heard: "".join(map(signals_json_line, heard)))])


def counts(texts: list[str], lexicon: Lexicon) -> tuple[float, float, float]:
    """Per reply: RE2 set calls of the scan (one per word start for the anchored set, one per
    unanchored set), candidate patterns the scan reported, and spans found."""
    calls = candidates = spans = 0
    unanchored = sum(not matcher.anchored for matcher in lexicon.matchers)
    for text in texts:
        normalised = normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words)
        starts = lexicon._word_starts(normalised.encoded)
        calls += (len(starts) if starts is not None else 0) + unanchored
        hits, present, found = lexicon.scan(normalised.encoded)
        candidates += len(hits)
        read = signals._Read(text, normalised, normalised.encoded, hits, present, found)
        spans += sum(len(signals._read_spans(lexicon.patterns[index], index, read)) for index in hits
                     if lexicon.patterns[index].literal is None)
    return calls / len(texts), candidates / len(texts), spans / len(texts)


def per_set(texts: list[str], lexicon: Lexicon) -> list[tuple[str, float, float]]:
    """For each of the lexicon's RE2 sets: its microseconds per reply over `texts` the first time
    (RE2 building the states new text needs) and again (the states built), in `scan_many`'s order."""
    encoded = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
               for text in texts]
    views: list[memoryview] = []
    keys: list[bytes] = []
    for data in encoded:
        starts = lexicon._word_starts(data) or []
        view = memoryview(data)
        views += [view[start:] for start in starts]
        keys += [data[start:start + 24] for start in starts]
    ordered_views = [views[index] for index in sorted(range(len(views)), key=keys.__getitem__)]
    ordered_texts = sorted(encoded)
    found = []
    for number, matcher in enumerate(lexicon.matchers):
        match = matcher.set._set.Match
        inputs = ordered_views if matcher.anchored else ordered_texts
        name = "anchored at word starts" if matcher.anchored else f"unanchored set {number}"
        found.append((f"{name} ({len(matcher.ids)} entries)", *two_passes(match, inputs, len(texts))))
    return found


def two_passes(call: Callable[[Any], object], items: list, replies: int) -> tuple[float, float]:
    """Thread CPU microseconds per reply of `call` over every item, on a first pass and a second: whether RE2's
    matching states settle shows in the second."""
    passes = []
    for _ in range(2):
        start = time.thread_time()
        for item in items:
            call(item)
        passes.append((time.thread_time() - start) / replies * 1e6)
    return passes[0], passes[1]


def median_us(measure: Callable[[list[str]], dict[str, float]], pools: list[list[str]]) -> dict[str, float]:
    """Each stage's median over the pools of its microseconds per reply."""
    rounds = [measure(pool) for pool in pools]
    return {stage: statistics.median(round_[stage] / len(pool) * 1e6 for round_, pool in zip(rounds, pools))
            for stage in STAGES}


def tuned_replies() -> list[str]:
    """Every distinct reply of the tuned sets (tests/data/dev_*.jsonl), in file order; the blind
    sets (tests/data/blind/) are never read."""
    found: dict[str, None] = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "tests" / "data").glob("dev_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.setdefault(json.loads(line)["text"], None)
    return list(found)


def _anchored_split(lexicon: Lexicon) -> list[tuple[str, Any]]:
    """The lexicon's word-start patterns as two RE2 sets: those holding a long bounded gap, and the rest."""
    numbers = [number for matcher in lexicon.matchers if matcher.anchored for number in matcher.ids if number >= 0]
    gapped = [number for number in numbers if bounded_gaps(lexicon.patterns[number].source)]
    plain = [number for number in numbers if number not in set(gapped)]
    built = []
    for name, group in (("word starts, no long gap", plain), ("word starts, a long gap", gapped)):
        matcher = re2.Set.MatchSet(_set_options())
        for number in group:
            matcher.Add(lexicon.patterns[number].source)
        matcher.Add("")
        matcher.Compile()
        built.append((f"{name} ({len(group)} entries)", matcher))
    return built


def mix(lexicon: Lexicon) -> None:
    """`--mix`: the tuned sets' replies, each heard twice, then each RE2 set over them twice (see the docstring)."""
    texts = tuned_replies()
    print(f"the tuned sets: {len(texts)} distinct replies, us per reply, first pass then second pass")
    first, again = two_passes(lambda text: signals.classify(text, lexicon), texts, len(texts))
    print(f"  {'classify, one at a time':<40}{first:10.1f}{again:10.1f}")
    for name, first, again in per_set(texts, lexicon):
        print(f"  {name:<40}{first:10.1f}{again:10.1f}")
    encoded = [normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
               for text in texts]
    views = [memoryview(data)[start:] for data in encoded for start in (lexicon._word_starts(data) or [])]
    for name, matcher in _anchored_split(lexicon):
        first, again = two_passes(matcher._set.Match, views, len(texts))
        print(f"  {name:<40}{first:10.1f}{again:10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds per figure; the median is shown (default 3)")
    parser.add_argument("--mix", action="store_true",
                        help="then the tuned sets' distinct replies: classify and each RE2 set (slow: minutes)")
    args = parser.parse_args()
    lexicon = default_lexicon()
    texts = replies()
    fresh = unseen_replies(texts, 3000 + args.rounds * 2 * 2048, seed=17)
    for _ in range(3):
        for text in texts:
            signals.classify(text, lexicon)
    for text in fresh[:3000]:
        signals.classify(text, lexicon)
    gc.collect()
    gc.freeze()  # as `classify -` does (`settle`): the collector never walks the compiled lexicon
    new_pools = [fresh[3000 + number * 2048:3000 + (number + 1) * 2048] for number in range(args.rounds * 2)]
    figures = {
        ("one at a time", "repeated"): median_us(lambda pool: one_at_a_time(pool, lexicon), [texts * 2] * args.rounds),
        ("one at a time", "new"): median_us(lambda pool: one_at_a_time(pool, lexicon), new_pools[:args.rounds]),
        ("a batch", "repeated"): median_us(lambda pool: in_batches(pool, lexicon), [texts * 4] * args.rounds),
        ("a batch", "new"): median_us(lambda pool: in_batches(pool, lexicon), new_pools[args.rounds:]),
    }
    print(f"us per reply (CPU, median of {args.rounds}); replies: {len(texts)} labelled, new ones recombined")
    print(f"{'path':<15}{'replies':<10}" + "".join(f"{stage:>16}" for stage in STAGES) + f"{'total':>10}")
    for (path, kind), stages in figures.items():
        print(f"{path:<15}{kind:<10}" + "".join(f"{stages[stage]:16.1f}" for stage in STAGES)
              + f"{sum(stages.values()):10.1f}")
    spare = unseen_replies(texts, 2000, seed=29)
    print("each RE2 set over 2,000 new replies, us per reply: first pass (building states), second pass")
    for name, first, again in per_set(spare, lexicon):
        print(f"  {name:<40}{first:10.1f}{again:10.1f}")
    for kind, pool in (("repeated", texts), ("new", new_pools[0])):
        calls, candidates, spans = counts(pool, lexicon)
        print(f"{kind:<9} per reply: {calls:.1f} RE2 set calls in the scan, {candidates:.1f} candidate patterns, "
              f"{spans:.1f} spans")
    if args.mix:
        mix(lexicon)


if __name__ == "__main__":
    main()
