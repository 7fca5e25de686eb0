"""Print the label counts table for blind labelled sets, as tests/data/blind/README.md shows it.

Run from the repository root: python benchmarks/blind_label_counts.py [FILE.jsonl ...]
With no files it counts every set in tests/data/blind/. Counting labels only
(never reading rows) keeps the sets blind while their README stays accurate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dojo.vocab import CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES  # noqa: E402

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"
CATEGORIES = (("gives", GIVE_KINDS), ("gets", GET_KINDS), ("stages", STAGES), ("chase", CHASE_KINDS))


def rows_of(path: Path) -> list[dict[str, list[str]]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def table(paths: list[Path]) -> str:
    sets = {path.stem: rows_of(path) for path in paths}
    lines = ["| label | " + " | ".join(sets) + " | total |", "|---|" + "---:|" * (len(sets) + 1)]

    def line(label: str, counts: list[int]) -> None:
        lines.append(f"| {label} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")

    line("rows", [len(rows) for rows in sets.values()])
    line("no label at all", [sum(not any(row[c] for c, _ in CATEGORIES) for row in rows) for rows in sets.values()])
    for category, kinds in CATEGORIES:
        for kind in kinds:
            line(f"{category}: {kind}", [sum(kind in row[category] for row in rows) for rows in sets.values()])
    return "\n".join(lines)


if __name__ == "__main__":
    chosen = [Path(arg) for arg in sys.argv[1:]] or sorted(BLIND.glob("*.jsonl"))
    print(table(chosen))
