"""Print the coach's accuracy on every labelled set, as the README's table shows it.

Run from the repository root: python benchmarks/report_accuracy.py
The bars the tests hold are in tests/test_accuracy.py; this only reports.
"False signals" is the share of neutral replies (rows with no labels at all)
on which the coach heard anything: a give, a get, a stage or chasing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_accuracy import SETS, LabelledSet, labelled, micro_f1, predicted, stage_accuracy  # noqa: E402

# The blind sets are reported here only, never held as test bars: a failing bar prints the
# worst misses, and anyone reading them to fix rules would stop the sets measuring anything.
BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"
for _path in sorted(BLIND.glob("*.jsonl")):
    SETS.setdefault(f"blind:{_path.stem}", LabelledSet(_path, 1, 0.0, 0.0))

CATEGORIES = ("gives", "gets", "chase", "stages")


def false_signal_rate(name: str) -> tuple[float, int]:
    """(share of neutral replies with any signal heard, how many neutral replies there are)."""
    neutral = [found for row, found in zip(labelled(name), predicted(name))
               if not any(row[category] for category in CATEGORIES)]
    if not neutral:
        return 0.0, 0
    noisy = sum(any(getattr(found, category) for category in CATEGORIES) for found in neutral)
    return noisy / len(neutral), len(neutral)


def main() -> None:
    print(f"{'set':<22} {'replies':>7}  {'gives F1':>8}  {'gets F1':>8}  {'chase F1':>8}  {'stages':>6}"
          f"  {'false signals':>13}   precision / recall")
    for name in SETS:
        scores = {category: micro_f1(category, name) for category in ("gives", "gets", "chase")}
        f1s = "  ".join(f"{scores[c][2]:>8.3f}" for c in scores)
        detail = ", ".join(f"{c} {scores[c][0]:.2f}/{scores[c][1]:.2f}" for c in scores)
        rate, neutral = false_signal_rate(name)
        print(f"{name:<22} {len(labelled(name)):>7}  {f1s}  {stage_accuracy(name):>6.3f}"
              f"  {rate:>6.3f} of {neutral:<4}  {detail}")


if __name__ == "__main__":
    main()
