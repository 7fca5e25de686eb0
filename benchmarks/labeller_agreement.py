"""How far a second careful labeller agrees with the writers' own labels, and how far the coach does, on the same rows.

Run from the repository root: python benchmarks/labeller_agreement.py
`benchmarks/agreement/second_labeller_session32.jsonl` holds, for 300 replies drawn from the held-back halves of
sessions 25-31 (`tests/data/dev_*_halfway.jsonl`, named by file and line), the labels a second labeller gave them from
the words alone, after reading the labelling conventions and seeing neither the writers' labels nor the coach's. If
two careful readers agree far above a goal, a coach below it has room to improve; if they agree near it, the goal is
the labels' ceiling. Micro-F1 over reply x kind pairs, as benchmarks/report_accuracy.py counts it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dojo.coach.lexicon import default_lexicon  # noqa: E402
from dojo.coach.signals import classify_many  # noqa: E402

SECOND = ROOT / "benchmarks" / "agreement" / "second_labeller_session32.jsonl"
CATEGORIES = ("gives", "gets", "chase", "stages")
Labels = dict[str, list[str]]


def writers_rows(second: list[dict]) -> list[dict]:
    """The labelled rows the second labeller's lines point at (file, 1-based line)."""
    cache: dict[str, list[str]] = {}
    rows = []
    for entry in second:
        lines = cache.setdefault(entry["file"], (ROOT / "tests" / "data" / entry["file"]).read_text(
            encoding="utf-8").splitlines())
        rows.append(json.loads(lines[entry["line"] - 1]))
    return rows


def agreement(reference: list[Labels], other: list[Labels]) -> str:
    figures = []
    for category in CATEGORIES:
        found = wanted = both = 0
        for want, got in zip(reference, other):
            found += len(set(got[category]))
            wanted += len(set(want[category]))
            both += len(set(want[category]) & set(got[category]))
        f1 = 2 * both / (found + wanted) if found + wanted else 1.0
        figures.append(f"{'stage F1' if category == 'stages' else category} {f1:.2f}")
    same_stages = sum(set(want["stages"]) == set(got["stages"]) for want, got in zip(reference, other))
    return "  ".join(figures) + f"  stage accuracy {same_stages / len(reference):.2f}"


def main() -> None:
    second = [json.loads(line) for line in SECOND.read_text(encoding="utf-8").splitlines() if line.strip()]
    writers = writers_rows(second)
    texts = [row["text"] for row in writers]
    lexicon = default_lexicon()
    heard = {name: [{category: getattr(signals, category) for category in CATEGORIES} for signals in found]
             for name, found in (("coach", classify_many(texts, lexicon)),
                                 ("rules alone", classify_many(texts, replace(lexicon, second_opinion=False))))}
    print(f"{len(writers)} replies from {len({entry['file'] for entry in second})} held-back halves")
    print(f"{'second labeller vs writers':<28} {agreement(writers, second)}")
    print(f"{'coach vs writers':<28} {agreement(writers, heard['coach'])}")
    print(f"{'rules alone vs writers':<28} {agreement(writers, heard['rules alone'])}")
    print(f"{'coach vs second labeller':<28} {agreement(second, heard['coach'])}")


if __name__ == "__main__":
    main()
