"""Does a small learned model, trained on our own labelled sets, hear moves the rules miss?

Leave-one-set-out cross-validation, grouped by file: for each labelled set in tests/data (never
tests/data/blind), a model is trained on every other set and predicts this one, so each score is
what a writer whose voice the model never saw would get. Compared per category (gives, gets, chase,
stages; micro P/R/F1) and by false signals on neutral replies (rows with no labels):
rules alone, the model alone, and rules ∪ model where the model adds a label only when its
probability is at least θ.

Run from the repository root: python benchmarks/learned_cv.py [--extra DIR] [--hold-out SET …]
`--extra DIR` also scores the sets in DIR (jsonl), with a model trained on all of tests/data.
`--writers` leaves one writer out instead: every set of one of the writers who wrote blind to the coach
(WRITERS) is held out at once and heard by the rules alone, by the model alone and by the coach as
shipped with a model trained on every other set; `--leave-each-out SET …` holds out one set at a time.
Pure Python, deterministic; a few minutes on one core (`--writers`: about twenty). For a quicker loop while
exploring: `--bags 1` trains each fold in one row order instead of BAGS (pooled F1 within 0.01 of four on
session 14's folds), `--numpy` trains with numpy when it is installed (the same recipe summed in another order:
the same figures to about 0.005, several times faster), and `--set NAME=VALUE` tries a setting of
scripts/train_hearing.py (`--set DECAY=0.05 --set MARKS=True`).
"""

from __future__ import annotations

import argparse
import ast
import math
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "scripts"))

import train_hearing  # noqa: E402

from dojo.coach import learned  # noqa: E402
from dojo.coach.lexicon import default_lexicon  # noqa: E402
from dojo.coach.signals import classify_many  # noqa: E402
from dojo.vocab import CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES  # noqa: E402

DATA = ROOT / "tests" / "data"
CATEGORIES = {"gives": GIVE_KINDS, "gets": GET_KINDS, "chase": CHASE_KINDS, "stages": STAGES}
LABELS = [(category, kind) for category, _, kinds in train_hearing.CATEGORIES for kind in kinds]
#: Fresh sets written to measure generalisation: never trained on, scored by a model trained on all the rest.
HELD_OUT = ("dev_learn7b", "dev_learn8b", "dev_learn9b", "dev_learn10b", "dev_learn11b")


def read_sets(folder: Path) -> dict[str, list[dict]]:
    assert folder.resolve() != train_hearing.BLIND.resolve(), "the blind sets are never read"
    return {path.stem: train_hearing.read_rows([path]) for path in sorted(folder.glob("*.jsonl"))}


def numpy_train(data):
    """`train_hearing.train` with numpy: every label's SGD step for a row at once. The same recipe (row orders,
    averaging, decay, the skipped steps), its sums taken in another order; for exploring only, the shipped file is
    always trained by train_hearing itself."""
    import numpy as np  # noqa: PLC0415 (optional: only --numpy needs it)

    counts: dict[str, int] = {}
    for features, _ in data:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    vocabulary: dict[str, int] = {}
    rows = [np.array([vocabulary.setdefault(name, len(vocabulary)) for name in features
                      if counts[name] >= train_hearing.MIN_COUNT], dtype=np.int64) for features, _ in data]
    wanted = np.array([[label in labels for label in train_hearing.LABELS] for _, labels in data], dtype=float)
    weighed = np.where(wanted > 0, train_hearing.POSITIVE_WEIGHT, 1.0)
    size, count = len(vocabulary), len(train_hearing.LABELS)
    all_weights, all_bias = np.zeros((size, count)), np.zeros(count)
    for bag in range(train_hearing.BAGS):
        order = train_hearing.row_order(data, train_hearing.SEED + bag)
        weights, total = np.zeros((size, count)), np.zeros((size, count))
        bias, bias_total, step = np.zeros(count), np.zeros(count), 1
        for epoch in range(train_hearing.EPOCHS):
            rate = train_hearing.RATE / (1 + epoch)
            for number in order:
                feats = rows[number]
                score = bias + weights[feats].sum(0)
                probability = np.where(score > -30, 1 / (1 + np.exp(-np.maximum(score, -30))), 0.0)
                gradient = (wanted[number] - probability) * weighed[number]
                gradient[np.abs(gradient) <= 1e-3] = 0
                change = rate * gradient
                weights[feats] += change
                total[feats] += change * step
                bias += change
                bias_total += change * step
                step += 1
            if train_hearing.DECAY:
                for array in (weights, total, bias, bias_total):
                    array *= 1 - train_hearing.DECAY
        all_weights += (weights - total / step) / train_hearing.BAGS
        all_bias += (bias - bias_total / step) / train_hearing.BAGS
    return vocabulary, all_weights.T.tolist(), all_bias.tolist()


def probabilities(model, features: list[str]) -> list[float]:
    vocabulary, weights, bias = model
    known = [vocabulary[name] for name in features if name in vocabulary]
    out = []
    for label_weights, label_bias in zip(weights, bias):
        score = label_bias + sum(label_weights[number] for number in known)
        out.append(1 / (1 + math.exp(-score)) if score > -30 else 0.0)
    return out


def family(name: str) -> str:
    """Sets one writer wrote in one round ("dev_gives4", "dev_gives4b", "dev_gives4c") are held out together."""
    return re.sub(r"(\d)[a-c]$|_b$", r"\1", name)


def cross_validate(sets, unseen=None, skip_cv=False):
    """Leave-one-family-out, with the shipped model's recipe (scripts/train_hearing.py): the
    probabilities per row, per label ({set: [[p per label] per row]}), and what the coach itself
    hears with that fold's model ({set: [labels per category per row]}). The sets in `unseen` are
    never trained on; they are scored by a model trained on all of `sets`."""
    unseen = unseen or {}
    data = {name: train_hearing.examples(rows) for name, rows in {**sets, **unseen}.items()}
    out, judged = {}, {}
    folds = [] if skip_cv else sorted({family(name) for name in sets})
    for held in folds + ([None] if unseen else []):
        training = [example for name in sets if family(name) != held for example in data[name]]
        model = train_hearing.train(training)
        scored = [name for name in sets if family(name) == held] if held is not None else list(unseen)
        for name in scored:
            out[name] = [probabilities(model, features) for features, _ in data[name]]
        judged.update(as_shipped(training, {name: ({**sets, **unseen})[name] for name in scored}, model))
    return out, judged


def rules(sets):
    """What the rules alone hear: the default lexicon with the second opinion off."""
    lexicon = replace(default_lexicon(), second_opinion=False)
    return {name: [{c: set(getattr(s, c)) for c in CATEGORIES} for s in classify_many([r["text"] for r in rows], lexicon)]
            for name, rows in sets.items()}


def as_shipped(training, unseen, trained):
    """What the coach itself hears in the `unseen` sets, second opinion and clause judge included,
    with a model trained by the shipped recipe on the `training` examples alone (the shipped file
    has seen every set)."""
    model = learned.model_from_json(train_hearing.model_json(training, trained))
    shipped = learned.default_model
    learned.default_model = lambda: model  # type: ignore[assignment]
    try:
        lexicon = replace(default_lexicon(), second_opinion=True)
        return {name: [{c: set(getattr(s, c)) for c in CATEGORIES}
                       for s in classify_many([row["text"] for row in rows], lexicon)] for name, rows in unseen.items()}
    finally:
        learned.default_model = shipped  # type: ignore[assignment]


def combine(rule_sets, probs, thresholds, use_rules=True, only=None, names=None, fill=False):
    """Predicted label sets per row: the rules' labels plus each label the model gives ≥ θ
    (with `fill`, only in a category where the rules heard nothing)."""
    out = {}
    for name in names or rule_sets:
        rows = rule_sets[name]
        combined = []
        for number, heard in enumerate(rows):
            labels = {c: set(heard[c]) if use_rules else set() for c in CATEGORIES}
            if probs is not None:
                for (category, kind), p in zip(LABELS, probs[name][number]):
                    if p >= thresholds[category] and (only is None or (category, kind) in only) \
                            and not (fill and heard[category]):
                        labels[category].add(kind)
            combined.append(labels)
        out[name] = combined
    return out


def score(sets, predicted, names=None):
    names = names or list(sets)
    result = {}
    for category in CATEGORIES:
        tp = fp = fn = 0
        for name in names:
            for row, got in zip(sets[name], predicted[name], strict=True):
                want = set(row[category])
                tp += len(want & got[category])
                fp += len(got[category] - want)
                fn += len(want - got[category])
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        result[category] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    neutral = noisy = exact = total = 0
    for name in names:
        for row, got in zip(sets[name], predicted[name]):
            total += 1
            exact += set(row["stages"]) == got["stages"]
            if not any(row[c] for c in CATEGORIES):
                neutral += 1
                noisy += any(got[c] for c in CATEGORIES)
    result["false"] = noisy / neutral if neutral else 0.0
    result["false_by"] = {c: sum(bool(got[c]) for name in names for row, got in zip(sets[name], predicted[name])
                                 if not any(row[k] for k in CATEGORIES)) for c in CATEGORIES}
    result["neutral"] = neutral
    result["stage_acc"] = exact / total
    return result


def line(title, result):
    cats = "  ".join(f"{c} {result[c][0]:.2f}/{result[c][1]:.2f}/{result[c][2]:.3f}" for c in CATEGORIES)
    by = ",".join(str(result["false_by"][c]) for c in CATEGORIES)
    return (f"{title:<30} {cats}  stage-acc {result['stage_acc']:.3f}  false {result['false']:.3f}"
            f" of {result['neutral']} ({by})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=Path, help="also score these sets, never trained on")
    parser.add_argument("--hold-out", nargs="*", default=list(HELD_OUT),
                        help="sets in tests/data never trained on, scored by a model trained on the rest")
    parser.add_argument("--skip-cv", action="store_true", help="only score the sets never trained on")
    parser.add_argument("--leave-each-out", nargs="*", metavar="SET",
                        help="leave one writer out: score each of these sets (a stem in tests/data or a .jsonl "
                             "path) with the rules alone and with the coach as shipped, its model trained on every "
                             "other set; then all of them pooled")
    parser.add_argument("--writers", action="store_true",
                        help="leave one writer out: every set of one writer (WRITERS) held out at once")
    parser.add_argument("--writer", action="append", default=[], metavar="NAME",
                        help="with --writers, leave only these writers out, one at a time (repeatable)")
    parser.add_argument("--no-overrule", action="store_true",
                        help="the coach as shipped without the model overruling the rules (no veto, no arbitration)")
    parser.add_argument("--bags", type=int, help="train each fold in this many row orders (quicker: 1)")
    parser.add_argument("--numpy", action="store_true", help="train each fold with numpy (quicker; needs numpy)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="try a setting of scripts/train_hearing.py (a Python literal), e.g. DECAY=0.05")
    args = parser.parse_args()
    for setting in args.set:
        name, _, value = setting.partition("=")
        assert hasattr(train_hearing, name), f"train_hearing has no {name}"
        setattr(train_hearing, name, ast.literal_eval(value))
    if args.bags:
        train_hearing.BAGS = args.bags
    if args.numpy:
        train_hearing.train = numpy_train  # type: ignore[assignment]
    if args.no_overrule:
        train_hearing.VETO, train_hearing.ARBITRATION = {}, None
    if args.leave_each_out or args.writers:
        writers(args)
        return
    started = time.time()
    every = read_sets(DATA)
    sets = {name: rows for name, rows in every.items() if name not in args.hold_out}
    unseen = {name: rows for name, rows in every.items() if name in args.hold_out}
    if args.extra:
        unseen.update({f"extra:{name}": rows for name, rows in read_sets(args.extra).items()})
    heard = rules({**sets, **unseen})
    probs, judged = cross_validate(sets, unseen, args.skip_cv)
    print(f"leave-one-set-out over {len(sets)} sets, {sum(map(len, sets.values()))} replies "
          f"({time.time() - started:.0f}s); P/R/F1 per category")
    labelled = {**sets, **unseen}
    extra = [name for name in unseen if name.startswith("extra:")]
    groups = [("leave-one-set-out", list(sets))] + [(name, [name]) for name in unseen]
    if extra:
        groups.append((f"{args.extra} pooled", extra))
    if len(unseen) > 1:
        groups.append(("never trained on, pooled", list(unseen)))
    if args.skip_cv:
        groups = groups[1:]
    for title, names in groups:
        print(f"--- {title}")
        print(line("rules alone", score(labelled, heard, names)))
        alone = combine(heard, probs, dict.fromkeys(CATEGORIES, 0.5), use_rules=False, names=names)
        print(line("model alone θ=0.5", score(labelled, alone, names)))
        shipped = {category: train_hearing.THRESHOLDS[prefix] for category, prefix, _ in train_hearing.CATEGORIES}
        print(line("rules ∪ model, shipped θ", score(labelled, combine(heard, probs, shipped, names=names), names)))
        if all(name in judged for name in names):
            print(line("the coach as shipped", score(labelled, judged, names)))
        for theta in (0.5, 0.7, 0.8, 0.9, 0.95):
            union = combine(heard, probs, dict.fromkeys(CATEGORIES, theta), names=names)
            print(line(f"rules ∪ model θ={theta}", score(labelled, union, names)))
            union = combine(heard, probs, dict.fromkeys(CATEGORIES, theta), names=names, fill=True)
            print(line(f"rules, gaps filled θ={theta}", score(labelled, union, names)))


#: The sets written blind to the coach by the engineers who wrote only labelled sets, by writer: leaving
#: one writer's sets out together is the honest test of wording the model never saw (`--writers`).
WRITERS = {
    "devwrite7": ("dev_gives7", "dev_stages7", "dev_neutral7", "dev_chase7", "dev_gets7"),
    "devwrite8": ("dev_gives8", "dev_gets8", "dev_chase8", "dev_stages8", "dev_mixed8", "dev_neutral8"),
    "devwrite9": ("dev_proof9", "dev_info9", "dev_mixed9", "dev_neutral9", "dev_rapport9"),
    "devwrite9b": ("dev_gets9b", "dev_mixed9b", "dev_proof9b", "dev_info9b", "dev_rapport9b", "dev_neutral9b"),
    "devwrite10": ("dev_info10", "dev_proof10", "dev_rapport10", "dev_gets10", "dev_mixed10", "dev_neutral10"),
    "devwrite10b": ("dev_info10b", "dev_proof10b", "dev_rapport10b", "dev_gets10b", "dev_mixed10b", "dev_neutral10b"),
    "devwrite10c": ("dev_chase10c", "dev_lookalike10c", "dev_mixed10c", "dev_neutral10c"),
    "devwrite11": ("dev_info11", "dev_proof11", "dev_stages11", "dev_mixed11"),
    "devwrite11b": ("dev_chase11b", "dev_gets11b", "dev_mixed11b", "dev_neutral11b"),
    "devwrite13": ("dev_info13", "dev_proof13", "dev_hope13", "dev_asks13"),
    "devwrite13b": ("dev_info13b", "dev_proof13b", "dev_hope13b", "dev_asks13b"),
    "devwrite14": ("dev_info14", "dev_proof14", "dev_neutral14"),
    "devwrite14b": ("dev_pathway14b", "dev_asks14b", "dev_calls14b"),
    "devwrite15": ("dev_write15", "dev_write15b"),
    "devwrite16": ("dev_write16", "dev_write16b"),
    "devwrite16c": ("dev_write16c",),
    "devwrite16d": ("dev_write16d",),
    "devwrite17": ("dev_write17",),
    "devwrite17b": ("dev_write17b",),
    "devwrite17c": ("dev_write17c",),
    "devwrite17d": ("dev_write17d",),
    "devwrite17f": ("dev_write17f",),
    "devwrite17e": ("dev_write17e",),
    "devwrite18": ("dev_write18",),
    "devwrite18b": ("dev_write18b",),
    "devwrite18c": ("dev_write18c",),
    "devwrite18d": ("dev_write18d",),
    "devwrite18f": ("dev_write18f",),
    "devwrite18e": ("dev_write18e",),
}


def writers(args) -> None:
    """Leave one writer out: each of `args.leave_each_out` alone, or with `--writers` every set of one
    writer (WRITERS) at once, scored by the rules alone, by the model alone (probability ≥ 0.5) and by
    the coach as shipped with a model trained on every other set (never on the held-out ones)."""
    started = time.time()
    sets = {name: rows for name, rows in read_sets(DATA).items()
            if name not in args.hold_out and name not in train_hearing.HELD_OUT}
    if args.writers:
        groups = {writer: [name for name in stems if name in sets] for writer, stems in WRITERS.items()
                  if not args.writer or writer in args.writer}
    else:
        groups = {Path(name).stem: [Path(name).stem] for name in args.leave_each_out}
        for name in args.leave_each_out:
            if Path(name).suffix == ".jsonl":
                sets[Path(name).stem] = train_hearing.read_rows([Path(name)])
    data = {name: train_hearing.examples(rows) for name, rows in sets.items()}
    judged, alone = {}, {}
    for held in groups.values():
        training = [example for other in sets if other not in held for example in data[other]]
        model = train_hearing.train(training)
        judged.update(as_shipped(training, {name: sets[name] for name in held}, model))
        for name in held:
            alone[name] = [{category: set() for category in CATEGORIES} for _ in data[name]]
            for row, (features, _) in zip(alone[name], data[name], strict=True):
                for (category, kind), p in zip(LABELS, probabilities(model, features), strict=True):
                    if p >= 0.5:
                        row[category].add(kind)
    names = [name for held in groups.values() for name in held]
    heard = rules({name: sets[name] for name in names})
    print(f"leave one writer out: {len(names)} sets in {len(groups)} groups, {sum(len(sets[name]) for name in names)} "
          f"replies, each scored by a model trained on all the others ({time.time() - started:.0f}s); P/R/F1")
    pooled = [(f"{writer} pooled", held) for writer, held in groups.items() if len(held) > 1]
    for title, group in [(name, [name]) for name in names] + pooled + [("pooled", names)]:
        print(f"--- {title}")
        print(line("rules alone", score(sets, heard, group)))
        print(line("model alone θ=0.5", score(sets, alone, group)))
        print(line("the coach as shipped", score(sets, judged, group)))
    print("--- pooled, per kind (P/R): rules alone, then the coach as shipped")
    for category in ("gives", "stages"):
        for predicted in (heard, judged):
            print(f"  {category}: " + "  ".join(f"{kind} {p:.2f}/{r:.2f}" for kind, (p, r)
                                              in per_kind(sets, predicted, names, category).items()))


def per_kind(sets, predicted, names, category):
    """kind → (precision, recall) over the `names` sets, for one category."""
    out = {}
    for kind in CATEGORIES[category]:
        tp = fp = fn = 0
        for name in names:
            for row, got in zip(sets[name], predicted[name], strict=True):
                want, have = kind in row[category], kind in got[category]
                tp, fp, fn = tp + (want and have), fp + (have and not want), fn + (want and not have)
        out[kind] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
    return out


if __name__ == "__main__":
    main()
