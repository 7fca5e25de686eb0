"""How many of the coach's judgments does a retrain of the learned second opinion on slightly different data flip?

Every session other engineers add labelled rows, and the model is retrained after their branches are merged. A
retrain should move the judgments the new rows teach, not a scatter of borderline sentences elsewhere: those are the
trainers' judgments pinned as tests (`tests/test_hearing_*.py`, a scenario's `[[tests]]`, `tests/test_personas.py`)
that then fail for no reason anyone can give.

This trains the model with the shipped recipe (`scripts/train_hearing.py`) on every training set, then again on the
same sets less a random 5% of their rows (`--drop`, one draw per `--trials`) or less one writer's sets (`--writer`),
and counts the texts the coach (rules and second opinion together, as shipped) hears differently under the two
models, in any of gives, gets, stages or chasing. The texts: every labelled reply in tests/data (never the blind
sets), every reply a scenario's pinned tests play, and the replies the hearing and persona tests quote. A text is
heard again in full only when the two models could tell it apart (which labels reach their threshold, what an
overruling would decide, which words a learned label points at): the rest cannot flip.

Run from the repository root: python benchmarks/learned_stability.py [--trials 3] [--drop 0.05] [--writer NAME]
Pure Python, deterministic (fixed seeds); a few minutes on one core.
"""

from __future__ import annotations

import argparse
import ast
import random
import sys
import time
import tomllib
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_hearing  # noqa: E402

from dojo.coach import learned  # noqa: E402
from dojo.coach.lexicon import default_lexicon  # noqa: E402
from dojo.coach.signals import classify_many  # noqa: E402

CATEGORIES = ("gives", "gets", "stages", "chase")
#: Test files whose quoted replies are trainers' judgments a retrain can break.
QUOTING_TESTS = ("test_hearing_*.py", "test_personas.py", "test_learned.py", "test_coach_*.py")


def labelled_texts() -> list[str]:
    """Every reply of every labelled set in tests/data (the blind sets live in a folder of their own, never read)."""
    return [row["text"] for path in sorted(train_hearing.DATA.glob("*.jsonl")) for row in train_hearing.read_rows([path])]


def scenario_texts() -> list[str]:
    """Every reply a shipped scenario's pinned tests play."""
    out = []
    for path in sorted((ROOT / "scenarios").glob("*.toml")):
        for test in tomllib.loads(path.read_text(encoding="utf-8")).get("tests", []):
            out += [reply for reply in test.get("replies", []) if isinstance(reply, str)]
            out += [turn["reply"] for turn in test.get("turns", []) if isinstance(turn.get("reply"), str)]
    return out


def quoted_texts() -> list[str]:
    """The replies the hearing, persona and coach tests quote: their string literals of three words or more,
    docstrings left out."""
    out = []
    for pattern in QUOTING_TESTS:
        for path in sorted((ROOT / "tests").glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                          if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                          and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
            out += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                    and isinstance(node.value, str) and id(node) not in docstrings and node.value.count(" ") >= 2
                    and "\n" not in node.value]
    return out


def trained(rows: list[dict]) -> learned.Model:
    data = train_hearing.examples(rows)
    return learned.model_from_json(train_hearing.model_json(data))


def reading(model: learned.Model, text: str) -> tuple:
    """All the coach takes from the model about one normalised reply: the labels that reach their thresholds,
    what an overruling would decide for each doubtable label, and the words each label heard points at."""
    reckoning = learned.reckon(text, model)
    heard = tuple(reckoning.heard())
    doubtable = sorted(set(model.veto) | set(model.arbitrated))
    overrule = []
    for label in doubtable:
        p = reckoning.probability(label)
        surer, doubted = model.arbitration or (2.0, -1.0)
        overrule.append((p < model.veto.get(label, 0.0), p < doubted, p >= surer))
    evidence = tuple(tuple((start, end) for start, end, _ in learned.opinion(text, label, model).evidence)
                     for label in heard)
    return heard, tuple(overrule), evidence


def judged(model: learned.Model, texts: list[str]) -> list[tuple]:
    """What the coach hears in each text with `model` as its second opinion."""
    shipped = learned.default_model
    learned.default_model = lambda: model  # type: ignore[assignment]
    try:
        lexicon = replace(default_lexicon(), second_opinion=True)
        return [tuple(tuple(sorted(getattr(signals, category))) for category in CATEGORIES)
                for signals in classify_many(texts, lexicon)]
    finally:
        learned.default_model = shipped  # type: ignore[assignment]


def flips(first: learned.Model, second: learned.Model, texts: list[str]) -> list[tuple[str, tuple, tuple]]:
    """(text, heard with `first`, heard with `second`) for every text the coach hears differently."""
    lexicon = default_lexicon()
    suspects = []
    for text in texts:
        normalised = lexicon.normalised(text).text
        if reading(first, normalised) != reading(second, normalised):
            suspects.append(text)
    before, after = judged(first, suspects), judged(second, suspects)
    return [(text, one, two) for text, one, two in zip(suspects, before, after, strict=True) if one != two]


def report(title: str, sources: dict[str, list[str]], flipped: list[tuple[str, tuple, tuple]]) -> dict[str, int]:
    changed = {text: (one, two) for text, one, two in flipped}
    counts = {}
    parts = []
    for source, texts in sources.items():
        hit = [text for text in dict.fromkeys(texts) if text in changed]
        by = [sum(changed[text][0][number] != changed[text][1][number] for text in hit)
              for number in range(len(CATEGORIES))]
        counts[source] = len(hit)
        parts.append(f"{source} {len(hit)}/{len(set(texts))} ("
                     + ",".join(f"{category} {n}" for category, n in zip(CATEGORIES, by, strict=True)) + ")")
    counts["pinned"] = len((set(sources["scenario tests"]) | set(sources["quoted in tests"])) & set(changed))
    print(f"{title}: " + "; ".join(parts) + f"; pinned in tests {counts['pinned']}", flush=True)
    return counts


def show(flipped: list[tuple[str, tuple, tuple]], sources: dict[str, list[str]]) -> None:
    """Each flipped reply a scenario's pinned tests play or a test quotes, with what it was and is heard as."""
    pinned = set(sources["scenario tests"]) | set(sources["quoted in tests"])
    for text, one, two in flipped:
        if text in pinned:
            print(f"    {text!r}: " + "; ".join(f"{category} {'/'.join(was) or '-'} -> {'/'.join(now) or '-'}"
                                            for category, was, now in zip(CATEGORIES, one, two, strict=True)
                                            if was != now))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=3, help="how many random draws of rows to leave out")
    parser.add_argument("--drop", type=float, default=0.05, help="the share of training rows each draw leaves out")
    parser.add_argument("--writer", action="append", default=[],
                        help="leave this writer's sets out instead (a name in learned_cv.WRITERS); repeatable")
    parser.add_argument("--reseed", action="store_true",
                        help="train again on the very same rows with another seed instead: what the recipe's own "
                             "randomness moves")
    parser.add_argument("--before", type=Path, metavar="FILE",
                        help="train nothing: compare the shipped src/dojo/coach/learned.json with an earlier model "
                             "file (git show HEAD:src/dojo/coach/learned.json > FILE) and list every pinned test "
                             "reply it hears differently: what to review after a retrain")
    parser.add_argument("--show", action="store_true", help="print each flipped text of the pinned tests")
    args = parser.parse_args()
    started = time.time()
    paths = train_hearing.training_files()
    rows_by_set = {path.stem: train_hearing.read_rows([path]) for path in paths}
    every = [row for rows in rows_by_set.values() for row in rows]
    sources = {"labelled": labelled_texts(), "scenario tests": scenario_texts(), "quoted in tests": quoted_texts()}
    texts = list(dict.fromkeys(text for group in sources.values() for text in group))
    if args.before:
        flipped = flips(learned.model_from_json(args.before.read_text(encoding="utf-8")), learned.default_model(), texts)
        report(f"{args.before} -> shipped", sources, flipped)
        show(flipped, sources)
        return
    full = trained(every)
    variants: list[tuple[str, list[dict]]] = []
    if args.reseed:
        variants.append((f"seed {train_hearing.SEED + 1} instead of {train_hearing.SEED}", every))
    elif args.writer:
        import learned_cv  # noqa: PLC0415

        for writer in args.writer:
            left_out = set(learned_cv.WRITERS[writer])
            variants.append((f"without {writer}", [row for name, rows in rows_by_set.items()
                                                   if name not in left_out for row in rows]))
    else:
        for trial in range(args.trials):
            chosen = random.Random(1000 + trial)
            variants.append((f"draw {trial + 1} without {args.drop:.0%}",
                             [row for row in every if chosen.random() >= args.drop]))
    totals: dict[str, int] = {}
    for title, rows in variants:
        seed = train_hearing.SEED
        train_hearing.SEED += args.reseed
        try:
            other = trained(rows)
        finally:
            train_hearing.SEED = seed
        flipped = flips(full, other, texts)
        for source, count in report(title, sources, flipped).items():
            totals[source] = totals.get(source, 0) + count
        if args.show:
            show(flipped, sources)
    print(f"mean over {len(variants)}: " + ", ".join(f"{source} {count / len(variants):.1f}"
                                                     for source, count in totals.items())
          + f"  ({time.time() - started:.0f}s)")


if __name__ == "__main__":
    main()
