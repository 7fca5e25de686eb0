"""Worst-case classify time against reply length: doubling the text should at most about double the time.

Run: python benchmarks/bench_classify_scaling.py

For each shape that has been slow before (one repeated letter, digits, one word over and
over, spaces, a realistic reply repeated), times classify at 1×, 2×, 4× and 8× the base
length and prints the time ratio of each doubling (linear ≈ 2.0, quadratic ≈ 4.0).
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
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        classify(text, lexicon)
        best = min(best, time.perf_counter() - start)
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
