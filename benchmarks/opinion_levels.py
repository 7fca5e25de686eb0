"""Per-label thresholds and veto levels for the learned second opinion, chosen by cross-validation on the trained sets.

The trained sets (every tests/data set scripts/train_hearing.py reads; never the blind sets, never HELD_OUT) are split
into K folds by set family (`learned_cv.family`: one writer's round together). For each fold a model is trained on the
others (numpy, one row order: `learned_cv.numpy_train`) and the coach hears the fold's replies twice with it:

1. every threshold at a floor and no veto: each reply's final labels, the labels only the model added with their
   probability, and every label's probability;
2. every label vetoed at 1.0 (no stage evidence margin): which labels the rules heard that a veto may overrule
   (no `sure` rule heard them).

A label's threshold t then keeps a model-added label when its probability is at least t, and a veto level v drops a
doubted rule label under v (a stage only where the words weigh against it by STAGE_VETO_EVIDENCE): every setting is
scored from the two hearings without hearing the replies again. Each label's own threshold and veto level is chosen by
coordinate ascent on the pooled folds' F1 of its category, a setting kept only if it hears no more neutral replies.

Its choices are candidates, not the shipped levels: a level is shipped only where trainers' pinned judgments still hold
(the hearing, persona and learned tests, and the scenarios' own tests). Of session 33's thirteen, four were kept; the
comments on THRESHOLDS and VETO in scripts/train_hearing.py name the rest and the test that ruled each out.

With --pinned (session 35), the replies the trainers' hearing tests judge are must-keep rows: each is heard with the
shipped model (its weights, the levels set as above), and a level is rejected outright when it changes whether its label
is heard in any of them, as shipped. The list is built by running the tests that assert what the coach hears
(tests/test_hearing*.py, test_learned*.py, test_lead*.py) with benchmarks/pinned_capture.py, which records every reply
they hear with the second opinion on: python -m pytest -p pinned_capture … (its docstring has the command).

Run from the repository root: python benchmarks/opinion_levels.py --cache DIR [--folds 4] [--margin 0.0005]
[--pinned benchmarks/pinned_replies.jsonl] (about half an hour on a busy two-core machine; pure Python but for numpy,
which the folds' training needs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import learned_cv  # noqa: E402
import train_hearing  # noqa: E402

from dojo.coach import learned  # noqa: E402
from dojo.coach.lexicon import default_lexicon  # noqa: E402
from dojo.coach.signals import hear  # noqa: E402

CATS = ("gives", "gets", "stages", "chase")
PREFIX = {"give": "gives", "get": "gets", "stage": "stages", "chase": "chase"}
#: The loosest threshold tried, per category.
FLOOR = {"give": 0.4, "get": 0.5, "stage": 0.6, "chase": 0.5}
THRESHOLD_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1.01)
VETO_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


def fold_of(name: str, folds: int) -> int:
    return int(hashlib.sha256(learned_cv.family(name).encode()).hexdigest(), 16) % folds


def hear_all(texts, model):
    shipped = learned.default_model
    learned.default_model = lambda: model  # type: ignore[assignment]
    try:
        lexicon = replace(default_lexicon(), second_opinion=True)
        return [hear(text, lexicon) for text in texts]
    finally:
        learned.default_model = shipped  # type: ignore[assignment]


def record(rows, model_floor, model_doubt):
    """Per row: (wanted labels, final labels, {model-added label: p}, {label: p}, doubted labels)."""
    texts = [row["text"] for row in rows]
    first = hear_all(texts, model_floor)
    second = hear_all(texts, model_doubt)
    out = []
    for row, one, two in zip(rows, first, second, strict=True):
        wanted = {f"{p}:{k}" for p, c in PREFIX.items() for k in row.get(c, [])}
        final = {f"{p}:{k}" for p, c in PREFIX.items() for k in getattr(one.signals, c)}
        added = {c.opinion.label: c.opinion.probability for c in one.learned if not c.cancelled and not c.overrules}
        reck = learned.reckon(one.normalised.text, model_floor)
        probs = {label: reck.probability(label) for label in model_floor.labels}
        against = {label: reck.against(label, train_hearing.STAGE_VETO_EVIDENCE or 0.0)
                   for label in model_floor.labels if label.startswith("stage:")}
        doubted = {c.overrules for c in two.learned if c.overrules and c.opinion.label == c.overrules}
        out.append((wanted, final, added, probs, against, doubted))
    return out


def simulate(records, thresholds, vetoes, lone=None):
    """Final labels per row under per-label `thresholds` (a label the model added), `vetoes` (a doubted rule label) and
    `lone` (category → the probability a model-added label needs where the rules kept no move)."""
    out = []
    for _wanted, final, added, probs, against, doubted in records:
        got = set()
        later = []
        for label in final:
            if label in added:
                later.append(label)
                continue
            level = vetoes.get(label, 0.0)
            if label in doubted and probs[label] < level and not (
                    label.startswith("stage:") and train_hearing.STAGE_VETO_EVIDENCE is not None
                    and probs[label] >= against[label]):
                continue
            got.add(label)
        alone = lone if lone and not got else {}
        got.update(label for label in later
                   if added[label] >= max(thresholds[label], alone.get(label.partition(":")[0], 0.0)))
        out.append(got)
    return out


def scores(records, predicted):
    result = {}
    for category, prefix in ((c, p) for p, c in PREFIX.items()):
        tp = fp = fn = 0
        for (wanted, *_), got in zip(records, predicted, strict=True):
            w = {label for label in wanted if label.startswith(prefix + ":")}
            g = {label for label in got if label.startswith(prefix + ":")}
            tp, fp, fn = tp + len(w & g), fp + len(g - w), fn + len(w - g)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        result[category] = 2 * p * r / (p + r) if p + r else 0.0
    result["false"] = sum(bool(got) for (wanted, *_), got in zip(records, predicted, strict=True) if not wanted)
    result["acc"] = sum({x for x in wanted if x.startswith("stage:")} == {x for x in got if x.startswith("stage:")}
                        for (wanted, *_), got in zip(records, predicted, strict=True)) / len(records)
    return result


def label_f1(records, predicted, label):
    tp = fp = fn = 0
    for (wanted, *_), got in zip(records, predicted, strict=True):
        tp += label in wanted and label in got
        fp += label in got and label not in wanted
        fn += label in wanted and label not in got
    return tp, fp, fn


def shipped_levels(labels):
    thresholds = {label: train_hearing.THRESHOLDS.get(label, train_hearing.THRESHOLDS[label.partition(":")[0]])
                  for label in labels}
    return thresholds, dict(train_hearing.VETO)


def line(title, result):
    return (f"{title:<34} gives {result['gives']:.3f} gets {result['gets']:.3f} chase {result['chase']:.3f} "
            f"stageF1 {result['stages']:.3f} acc {result['acc']:.3f} false {result['false']}")


def collect(folds: int, cache: Path) -> list:
    cache.mkdir(parents=True, exist_ok=True)
    sets = {path.stem: train_hearing.read_rows([path]) for path in train_hearing.training_files()}
    data = {name: train_hearing.examples(rows) for name, rows in sets.items()}
    train_hearing.train = learned_cv.numpy_train  # type: ignore[assignment]
    train_hearing.BAGS = 1
    records = []
    for fold in range(folds):
        stored = cache / f"fold{fold}of{folds}.pickle"
        if stored.exists():
            records += pickle.loads(stored.read_bytes())
            continue
        started = time.time()
        held = [name for name in sets if fold_of(name, folds) == fold]
        training = [example for name in sets if name not in held for example in data[name]]
        trained = train_hearing.train(training)
        saved = train_hearing.THRESHOLDS, train_hearing.VETO, train_hearing.STAGE_VETO_EVIDENCE
        train_hearing.THRESHOLDS, train_hearing.VETO = dict(FLOOR), {}
        floor = learned.model_from_json(train_hearing.model_json(training, trained))
        train_hearing.VETO = dict.fromkeys(train_hearing.LABELS, 1.0)
        train_hearing.STAGE_VETO_EVIDENCE = None
        doubt = learned.model_from_json(train_hearing.model_json(training, trained))
        train_hearing.THRESHOLDS, train_hearing.VETO, train_hearing.STAGE_VETO_EVIDENCE = saved
        rows = [row for name in held for row in sets[name]]
        found = record(rows, floor, doubt)
        stored.write_bytes(pickle.dumps(found))
        records += found
        print(f"fold {fold}: {len(held)} sets, {len(rows)} replies ({time.time() - started:.0f}s)", flush=True)
    return records


class Tally:
    """The pooled counts behind `scores`, kept up to date as one label's presence changes in a few replies."""

    def __init__(self, records, predicted):
        self.records, self.rows = records, [set(got) for got in predicted]
        self.counts = {category: [0, 0, 0] for category in PREFIX.values()}
        self.false = self.exact = 0
        for number in range(len(records)):
            self._count(number, 1)

    def _count(self, number, sign):
        wanted, got = self.records[number][0], self.rows[number]
        for label in wanted | got:
            counts = self.counts[PREFIX[label.partition(":")[0]]]
            counts[0 if label in wanted and label in got else 1 if label in got else 2] += sign
        self.false += sign * (not wanted and bool(got))
        self.exact += sign * ({x for x in wanted if x.startswith("stage:")} == {x for x in got if x.startswith("stage:")})

    def set(self, number, label, present):
        if (label in self.rows[number]) == present:
            return
        self._count(number, -1)
        (self.rows[number].add if present else self.rows[number].discard)(label)
        self._count(number, 1)

    def result(self):
        out = {}
        for category, (tp, fp, fn) in self.counts.items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            out[category] = 2 * p * r / (p + r) if p + r else 0.0
        out["false"], out["acc"] = self.false, self.exact / len(self.records)
        return out


def present(record, label, threshold, veto):
    """Whether `label`, in a reply's final labels as heard at the floor, stays under these levels (lone aside)."""
    _, _, added, probs, against, doubted = record
    if label in added:
        return added[label] >= threshold
    return not (label in doubted and probs[label] < veto and not (
        label.startswith("stage:") and train_hearing.STAGE_VETO_EVIDENCE is not None and probs[label] >= against[label]))


def shipped_models():
    """The shipped weights twice: every threshold at the floor and no veto, and every label doubted (as `collect`)."""
    data = json.loads((ROOT / "src" / "dojo" / "coach" / "learned.json").read_text(encoding="utf-8"))
    floor = dict(data, thresholds=dict(FLOOR), veto={})
    doubt = dict(data, veto=dict.fromkeys(data["labels"], 1.0))
    doubt.pop("stage_veto_evidence", None)
    return learned.model_from_json(json.dumps(floor)), learned.model_from_json(json.dumps(doubt))


def pinned_records(path: Path) -> list:
    """The must-keep replies (one JSON object with "text" a line), heard with the shipped weights."""
    texts = list(dict.fromkeys(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
                               if line.strip()))
    return record([{"text": text} for text in texts], *shipped_models())


def choose(records, labels, margin, pinned=()):
    thresholds, vetoes = shipped_levels(labels)
    tally = Tally(records, simulate(records, thresholds, vetoes))
    # Each must-keep reply's labels as shipped: a level that changes whether its label is heard in one is never taken.
    kept = simulate(pinned, thresholds, vetoes)
    guarded = {label: [(record, label in got) for record, got in zip(pinned, kept, strict=True) if label in record[1]]
               for label in labels}
    print(line("cross-validated, as shipped", tally.result()))
    holding = {label: [number for number, record in enumerate(records) if label in record[1]] for label in labels}
    for rounds in range(2):
        for label in labels:
            category = PREFIX[label.partition(":")[0]]
            for kind, grid in (("threshold", THRESHOLD_GRID), ("veto", VETO_GRID)):
                current = tally.result()
                best = thresholds[label] if kind == "threshold" else vetoes.get(label, 0.0)
                for value in (v for v in grid if kind == "veto" or v >= FLOOR[label.partition(":")[0]]):
                    threshold = value if kind == "threshold" else thresholds[label]
                    veto = value if kind == "veto" else vetoes.get(label, 0.0)
                    if any(present(record, label, threshold, veto) != heard for record, heard in guarded[label]):
                        continue
                    for number in holding[label]:
                        tally.set(number, label, present(records[number], label, threshold, veto))
                    result = tally.result()
                    # Better F1 for the label's category by `margin`, never more neutral replies heard, nor a worse
                    # stage accuracy.
                    if result[category] > current[category] + margin and result["false"] <= current["false"] \
                            and result["acc"] >= current["acc"] - 0.0005:
                        current, best = result, value
                if kind == "threshold":
                    thresholds[label] = best
                else:
                    vetoes[label] = best
                for number in holding[label]:
                    tally.set(number, label, present(records[number], label, thresholds[label], vetoes.get(label, 0.0)))
        print(line(f"round {rounds + 1}", tally.result()))
    assert tally.result() == scores(records, simulate(records, thresholds, vetoes))
    for prefix in PREFIX:
        for value in (0.8, 0.9, 0.95, 0.97):
            print(line(f"  lone {prefix} {value}", scores(records, simulate(records, thresholds, vetoes, {prefix: value}))))
    return thresholds, {label: value for label, value in vetoes.items() if value}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--cache", type=Path, required=True,
                        help="a folder keeping each fold's hearings (delete it after changing a set or the lexicon)")
    parser.add_argument("--margin", type=float, default=0.0005, help="F1 a label's new level must add to its category")
    parser.add_argument("--pinned", type=Path, help="must-keep replies (benchmarks/pinned_capture.py writes them)")
    args = parser.parse_args()
    records = collect(args.folds, args.cache)
    labels = list(train_hearing.LABELS)
    pinned = pinned_records(args.pinned) if args.pinned else []
    thresholds, vetoes = choose(records, labels, args.margin, pinned)
    shipped_t, shipped_v = shipped_levels(labels)
    print("changed thresholds:", {k: v for k, v in thresholds.items() if v != shipped_t[k]})
    print("changed vetoes:", {k: v for k, v in vetoes.items() if v != shipped_v.get(k, 0.0)})
    for label in labels:
        before = label_f1(records, simulate(records, shipped_t, shipped_v), label)
        after = label_f1(records, simulate(records, thresholds, vetoes), label)
        if before != after:
            print(f"  {label:<24} tp/fp/fn {before} -> {after}")


if __name__ == "__main__":
    main()
