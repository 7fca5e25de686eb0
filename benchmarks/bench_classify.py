"""What the coach's signal detection costs per reply, against a bare regex baseline.

Run: python benchmarks/bench_classify.py [--repeat N]

Classifies every reply in tests/data/replies.jsonl many times with the
default lexicon and reports microseconds per reply. Absolute times depend on
the machine, so each is also given as a ratio against baselines measured in
the same run over the same texts:

- `re.search` of one simple case-insensitive pattern (the cheapest possible
  "detector"), and
- a naive matcher: `search` with every lexicon pattern as compiled
  (case-insensitive), with no negation, spans or models. classify does more
  work than this yet should not cost more, because it matches lower-cased
  text wherever that gives the same answer (see signals.py).

A 2000-character reply (the longest the engine accepts) is timed as well,
against one frame at 60 fps.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

ROOT = Path(__file__).resolve().parents[1]
FRAME_US = 1_000_000 / 60


def replies() -> list[str]:
    lines = (ROOT / "tests" / "data" / "replies.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def per_item_us(fn, items: list[str], repeat: int, rounds: int = 5) -> float:
    """Median over `rounds` of the mean time per item, in microseconds."""
    results = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            for item in items:
                fn(item)
        results.append((time.perf_counter() - start) / (repeat * len(items)) * 1e6)
    return statistics.median(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the set per round (default 20)")
    args = parser.parse_args()

    texts = replies()
    lexicon = default_lexicon()
    classify(texts[0], lexicon)  # compile and warm caches outside the timing
    patterns = [rule.matcher(i) for rule in lexicon.rules for i in range(len(rule.patterns))]
    simple = re.compile(r"\bdeck\b", re.IGNORECASE)

    def every_pattern(text: str) -> None:
        for pattern in patterns:
            pattern.search(text)

    baseline_us = per_item_us(simple.search, texts, args.repeat)
    naive_us = per_item_us(every_pattern, texts, max(1, args.repeat // 4))
    classify_us = per_item_us(lambda text: classify(text, lexicon), texts, max(1, args.repeat // 4))

    long_reply = " ".join(texts[::5])[:2000]
    long_us = per_item_us(lambda text: classify(text, lexicon), [long_reply], 5)

    mean_chars = statistics.mean(len(text) for text in texts)
    print(f"replies: {len(texts)} (mean {mean_chars:.0f} characters); "
          f"lexicon: {len(lexicon.rules)} rules, {len(patterns)} patterns")
    print(f"baseline  re.search(r'\\bdeck\\b', re.I)      {baseline_us:10.2f} us/reply")
    print(f"naive     search with every lexicon pattern {naive_us:10.2f} us/reply"
          f"   {naive_us / baseline_us:8.1f}x baseline")
    print(f"classify  default lexicon                   {classify_us:10.2f} us/reply"
          f"   {classify_us / baseline_us:8.1f}x baseline   {classify_us / naive_us:5.2f}x naive"
          f"   {classify_us / FRAME_US:6.1%} of a frame")
    print(f"classify  one 2000-character reply          {long_us:10.2f} us"
          f"         {long_us / baseline_us:8.1f}x baseline                  "
          f"{long_us / FRAME_US:6.1%} of a frame")


if __name__ == "__main__":
    main()
