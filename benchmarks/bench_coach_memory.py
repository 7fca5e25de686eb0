"""Does the coach's memory stop growing when every reply is new?

Run: python benchmarks/bench_coach_memory.py [--replies 20000] [--scenarios]

RE2 builds match states for text it has not seen and keeps them, up to each pattern's
memory budget, so a long run of new replies (a day of practice, `dojo score` over a
folder) grows the process until those caches are full. This hears labelled replies made
new each time (a random name, number and sign-off around them) and prints the peak RSS
and CPU time at checkpoints; the last two RSS figures should be about equal (the ratio
≈ 1.0 means the caches have filled and memory is flat from then on).

With --scenarios the replies are heard in turn by the default lexicon and the lexicon of
every shipped scenario (`scenarios/*.toml`), as `dojo score` over a mixed folder does; the
RSS after building those lexicons, before any reply, is printed first.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ["replies.jsonl", "phrasings.jsonl", "dev_voices.jsonl"]
NAMES = ["Sam", "Priya", "Kwame", "Aoife", "Li", "Mags", "Jo", "Ravi", "Theo", "Ines"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=20_000)
    parser.add_argument("--scenarios", action="store_true",
                        help="hear the replies in turn with every shipped scenario's lexicon too")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from dojo.coach import classify, default_lexicon

    lexicons = [default_lexicon()]
    if args.scenarios:
        from dojo.engine import lexicon_for
        from dojo.scenario.load import load_scenario

        built = time.process_time()
        lexicons += [lexicon_for(load_scenario(path)) for path in sorted((ROOT / "scenarios").glob("*.toml"))]
        print(f"{len(lexicons)} lexicons built in {time.process_time() - built:.1f} s CPU, "
              f"peak RSS {peak_mb():.0f} MB before any reply")

    texts = [json.loads(line)["text"] for name in CORPORA
             for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(1)
    checkpoints = sorted({args.replies // 20, args.replies // 4, args.replies // 2, args.replies})
    start, seen = time.process_time(), []
    for count in range(1, args.replies + 1):
        opener = rng.choice(["Hi", "Ok", "So", "Right", "Thanks"])
        classify(f"{opener} {rng.choice(NAMES)}{rng.randint(1, 999)}, {rng.choice(texts)} ref {rng.randint(1, 99_999)}",
                 lexicons[count % len(lexicons)])
        if count in checkpoints:
            seen.append(peak_mb())
            print(f"{count:>8,} new replies  peak RSS {seen[-1]:6.0f} MB  CPU {time.process_time() - start:6.1f} s")
    if len(seen) >= 2:
        print(f"memory growth over the second half: {seen[-1] / seen[-2]:.2f}× (flat ≈ 1.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
