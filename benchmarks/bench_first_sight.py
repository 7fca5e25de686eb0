"""What hearing a reply costs the first time RE2 sees it, and again: the method of the speed rows since session 29.

Run: PYTHONPATH=<tree>/src python benchmarks/bench_first_sight.py [--json]

The distinct replies of the tuned `dev_*23`–`dev_*25` sets (never a held-out or blind set), in one fresh process that
has built the default lexicon and heard one reply: each heard once (first sight: RE2 builds the matching states the
reply needs, and compiles each pattern the first time a reply needs it), then all of them again (heard again). Process
CPU a reply, and the process's peak RSS. Run two trees alternately in the same minutes and compare medians: on a
shared machine the absolute figures move with the load.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def tuned_replies() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("dev_*2[345]*.jsonl")):
        if "halfway" in path.name:
            continue
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(texts))


def main() -> None:
    from dojo.coach.lexicon import default_lexicon
    from dojo.coach.signals import classify

    texts = tuned_replies()
    start = time.process_time()
    lexicon = default_lexicon()
    built = time.process_time() - start
    classify("ok", lexicon)
    figures = {"replies": len(texts), "build_s": round(built, 3)}
    for name in ("first", "again"):
        start = time.process_time()
        for text in texts:
            classify(text, lexicon)
        figures[name + "_us"] = round((time.process_time() - start) / len(texts) * 1e6)
    figures["peak_rss_gb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 3)
    print(json.dumps(figures) if "--json" in sys.argv else
          "  ".join(f"{key} {value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
