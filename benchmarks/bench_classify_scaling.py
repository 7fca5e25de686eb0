"""Worst-case classify time against reply length: doubling the text should at most about double the time.

Run: python benchmarks/bench_classify_scaling.py

For each shape that has been slow before (one repeated letter, digits, one word over and
over, spaces, a realistic reply repeated), times classify at 1×, 2×, 4× and 8× the base
length (500 to 4,000 characters: every length goes through the one-pass set, as a reply
of any length does) and prints the time ratio of each doubling (linear ≈ 2.0, quadratic
≈ 4.0). Times are CPU time, the least of five runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHAPES = {
    "letter": "a", "digits": "1", "word": "send ", "spaces": " ",
    "reply": "Happy to send the deck — what will you decide once you've read it, and by when? ",
}
BASE_CHARS = 500


def seconds(classify, lexicon, text: str) -> float:
    """The least CPU time of five runs: on a shared machine the neighbours only ever add time."""
    best = float("inf")
    for _ in range(5):
        start = time.thread_time()
        classify(text, lexicon)
        best = min(best, time.thread_time() - start)
    return best


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from dojo.coach import classify, default_lexicon

    lexicon = default_lexicon()
    worst = 0.0
    for name, unit in SHAPES.items():
        times = []
        for factor in (1, 2, 4, 8):
            text = (unit * (BASE_CHARS * factor // len(unit) + 1))[:BASE_CHARS * factor]
            times.append(seconds(classify, lexicon, text))
        ratios = [later / earlier for earlier, later in zip(times, times[1:])]
        worst = max(worst, *ratios)
        print(f"{name:<8} {' '.join(f'{t * 1000:8.1f} ms' for t in times)}   doubling ratios "
              f"{' '.join(f'{r:.1f}' for r in ratios)}")
    print(f"worst doubling ratio {worst:.1f} (linear ≈ 2)")


if __name__ == "__main__":
    main()
