"""Print the coach's accuracy on every labelled set, as the README's table shows it.

Run from the repository root: python benchmarks/report_accuracy.py
The bars the tests hold are in tests/test_accuracy.py; this only reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_accuracy import SETS, labelled, micro_f1, stage_accuracy


def main() -> None:
    print(f"{'set':<10} {'replies':>7}  {'gives F1':>8}  {'gets F1':>8}  {'chase F1':>8}  {'stages':>6}   precision / recall")
    for name in SETS:
        scores = {category: micro_f1(category, name) for category in ("gives", "gets", "chase")}
        f1s = "  ".join(f"{scores[c][2]:>8.3f}" for c in scores)
        detail = ", ".join(f"{c} {scores[c][0]:.2f}/{scores[c][1]:.2f}" for c in scores)
        print(f"{name:<10} {len(labelled(name)):>7}  {f1s}  {stage_accuracy(name):>6.3f}   {detail}")


if __name__ == "__main__":
    main()
