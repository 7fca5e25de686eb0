"""How the coach hears rapport, discovery and proof in dialogue nobody on the project wrote.

Run from the repository root: python benchmarks/report_external.py [PATH]

PATH is a folder holding the development halves of two public corpora with
human strategy labels (or set DOJO_EXTERNAL_DATA; skipped with a message
when neither is given):

- casino-train.tsv — CaSiNo (Chawla et al., NAACL 2021; CC BY 4.0):
  columns dialogue, labels (comma-separated), text.
- p4g-dev.tsv — Persuasion For Good (Wang et al., ACL 2019; Apache-2.0):
  columns dialog, label (one or two, comma-separated), text.

For each mapping it prints the share of sentences with that human label on
which the coach hears the stage, against the target the project aims for.
Only aggregates are printed; the corpora's sentences never enter the lexicon.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dojo.coach.signals import classify

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = os.environ.get("DOJO_EXTERNAL_DATA", "")
PROCEDURE = {"donation-information", "proposition-of-donation", "ask-donation-amount",
             "confirm-donation", "ask-donate-more"}


@dataclass(frozen=True)
class Check:
    corpus: str
    name: str
    #: Which rows count, from their set of human labels.
    rows: Callable[[set[str]], bool]
    #: What the coach must hear (or must not, when `at_most`), from its stages.
    heard: Callable[[set[str]], bool]
    target: float
    at_most: bool = False


CHECKS = [
    Check("casino-train.tsv", "small-talk heard as rapport", lambda l: "small-talk" in l,
          lambda s: "rapport" in s, 0.50),
    Check("casino-train.tsv", "showing-empathy heard as empathy", lambda l: "showing-empathy" in l,
          lambda s: "empathy" in s, 0.40),
    Check("casino-train.tsv", "non-strategic heard as rapport/empathy", lambda l: l == {"non-strategic"},
          lambda s: bool(s & {"rapport", "empathy"}), 0.15, at_most=True),
    Check("p4g-dev.tsv", "greeting heard as rapport", lambda l: "greeting" in l,
          lambda s: "rapport" in s, 0.60),
    Check("p4g-dev.tsv", "personal/task inquiry heard as empathy",
          lambda l: bool(l & {"personal-related-inquiry", "task-related-inquiry"}),
          lambda s: "empathy" in s, 0.40),
    Check("p4g-dev.tsv", "credibility appeal heard as trust", lambda l: "credibility-appeal" in l,
          lambda s: "trust" in s, 0.30),
    Check("p4g-dev.tsv", "procedure/other heard as any stage",
          lambda l: bool(l) and l <= PROCEDURE | {"other"}, lambda s: bool(s), 0.10, at_most=True),
]


def read(path: Path) -> list[tuple[set[str], str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        return [({label.strip() for label in row[1].split(",") if label.strip()}, row[2])
                for row in reader if len(row) >= 3]


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    if not str(folder) or folder == Path():
        print("report_external: pass the folder holding casino-train.tsv and p4g-dev.tsv; skipped")
        return 0
    if not (folder / "casino-train.tsv").is_file() or not (folder / "p4g-dev.tsv").is_file():
        print(f"report_external: no corpora at {folder}; skipped (pass the folder as the first argument)")
        return 0
    heard_cache: dict[str, set[str]] = {}
    print(f"{'corpus':<17} {'check':<42} {'rows':>5} {'share':>6}  target")
    met = 0
    for check in CHECKS:
        rows = [text for labels, text in read(folder / check.corpus) if check.rows(labels)]
        hits = 0
        for text in rows:
            if text not in heard_cache:
                heard_cache[text] = set(classify(text[:2000]).stages)
            hits += check.heard(heard_cache[text])
        share = hits / len(rows) if rows else 0.0
        ok = share <= check.target if check.at_most else share >= check.target
        met += ok
        bound = "<=" if check.at_most else ">="
        print(f"{check.corpus:<17} {check.name:<42} {len(rows):>5} {share:>6.2f}  {bound} {check.target:.2f}"
              f"  {'met' if ok else 'NOT met'}")
    print(f"{met}/{len(CHECKS)} targets met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
