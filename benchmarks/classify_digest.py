"""A digest of what the coach hears in every labelled reply, to show a speed-up changed nothing.

Run: python benchmarks/classify_digest.py            (this checkout)
     PYTHONPATH=<other src> python benchmarks/classify_digest.py   (the code to compare with)

Hears every reply of every labelled set under tests/data (the blind sets too: only their
texts are read, and nothing but hashes is printed, so no row is ever shown), the same replies
run together twelve at a time and cut to 2,000 characters, and every seventh one re-spelled
(curly apostrophes, chat spacing, a non-ASCII word). It prints one hash per lexicon:

- the default lexicon, its rules alone and with the learned second opinion: `classify -
  --json`'s batch path (`classify_many` and the hand-written JSON line), checked equal to
  classifying each reply alone, plus each `--explain` candidate and verdict;
- each shipped scenario's lexicon (the default plus its patch) through the batch path.

Two checkouts that print the same hashes hear every one of those replies the same way. The
test suite checks each shortcut against the slow way within one checkout
(`tests/test_coach_fast_paths.py`); this compares two checkouts, which no test can.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from dojo.cli.catalogue import BATCH, signals_json_line
from dojo.coach import default_lexicon
from dojo.coach.lexicon import Lexicon
from dojo.coach.signals import classify, classify_many, hear
from dojo.engine.session import lexicon_for
from dojo.scenario.load import load_scenario

ROOT = Path(__file__).resolve().parents[1]


def reply_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
                texts.append(row["text"])
    joined = [" ".join(texts[start:start + 12])[:2000] for start in range(0, len(texts), 40)]
    respelled = [text.replace("'", "\u2019").replace(" you ", " u  ") + " caf\u00e9" for text in texts[::7]]
    return texts + joined + respelled


def batch_lines(texts: list[str], lexicon: Lexicon) -> list[str]:
    lines: list[str] = []
    for first in range(0, len(texts), BATCH):
        lines += map(signals_json_line, classify_many(texts[first:first + BATCH], lexicon))
    return lines


def digest(texts: list[str], lexicon: Lexicon, explain: bool) -> str:
    lines = batch_lines(texts, lexicon)
    found = hashlib.sha256("".join(lines).encode())
    if explain:
        if lines != [signals_json_line(classify(text, lexicon)) for text in texts]:
            raise SystemExit("the batch path and classifying each reply alone disagree")
        for text in texts:
            hearing = hear(text, lexicon, keep_cancelled=True)
            found.update(repr([(c.pattern.rule.id, c.start, c.end, c.cancelled) for c in hearing.candidates]).encode())
            found.update(repr([(c.opinion.label, c.start, c.end, c.cancelled) for c in hearing.learned]).encode())
    return found.hexdigest()[:16]


def main() -> None:
    texts = reply_texts()
    lexicon = default_lexicon()
    print(f"{len(texts)} replies")
    print(f"default lexicon, rules alone        {digest(texts, replace(lexicon, second_opinion=False), True)}")
    print(f"default lexicon, second opinion on  {digest(texts, replace(lexicon, second_opinion=True), True)}")
    for path in sorted((ROOT / "scenarios").glob("*.toml")):
        print(f"{path.name:<36}{digest(texts, lexicon_for(load_scenario(path)), False)}")


if __name__ == "__main__":
    main()
