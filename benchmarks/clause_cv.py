"""Do clause features (learned.clause_features) lift the coach on writers the model never saw?

The trained sets (never the blind sets, never HELD_OUT) are split into K folds by set family (opinion_levels.fold_of);
for each fold a model is trained on the others (numpy, one row order) with CLAUSES set as asked, and the coach as
shipped (rules, second opinion, clause judge) hears the fold. Pooled micro P/R/F1 per category, stage accuracy and
neutral replies heard, pooled over the folds and per fold.

Run from the repository root: python benchmarks/clause_cv.py --clauses 0 [--folds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import learned_cv  # noqa: E402
import opinion_levels  # noqa: E402
import train_hearing  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clauses", type=int, default=0)
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args()
    train_hearing.CLAUSES = args.clauses
    train_hearing.BAGS = 1
    started = time.time()
    sets = {path.stem: train_hearing.read_rows([path]) for path in train_hearing.training_files()}
    data = {name: train_hearing.examples(rows) for name, rows in sets.items()}
    judged = {}
    for fold in range(args.folds):
        held = [name for name in sets if opinion_levels.fold_of(name, args.folds) == fold]
        training = [example for name in sets if name not in held for example in data[name]]
        trained = learned_cv.numpy_train(training)
        here = learned_cv.as_shipped(training, {name: sets[name] for name in held}, trained)
        judged.update(here)
        print(learned_cv.line(f"fold {fold} ({sum(len(sets[n]) for n in held)})", learned_cv.score(sets, here, held)),
              f"{time.time() - started:.0f}s", flush=True)
    print(learned_cv.line(f"CLAUSES={args.clauses} pooled", learned_cv.score(sets, judged, list(sets))))


if __name__ == "__main__":
    main()
