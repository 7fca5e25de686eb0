"""How much of a frame a reply costs: scoring + persona answer, against classification alone.

Run: python benchmarks/bench_engine.py
Reports microseconds per reply and ratios against baselines measured in the
same run, so the numbers compare across machines.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from dojo.coach import classify, default_lexicon
from dojo.engine import Session
from dojo.scenario.library import load_library

ROOT = Path(__file__).resolve().parents[1]
FRAME_US = 1_000_000 / 60


def replies() -> list[str]:
    lines = (ROOT / "tests" / "data" / "replies.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines]


def per_call_us(fn, items, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            fn(item)
    return (time.perf_counter() - start) / (repeat * len(items)) * 1e6


def main() -> None:
    texts = replies()
    default_lexicon()  # compile once, outside the timing
    scenarios = [entry.scenario for entry in load_library().entries.values()]
    if not scenarios:
        raise SystemExit("no scenarios in the library")

    classify_us = per_call_us(classify, texts, repeat=5)
    json_us = per_call_us(lambda t: json.dumps({"text": t}), texts, repeat=5)

    def play_all(_):
        for scenario in scenarios:
            session = Session(scenario, seed=1)
            for text in texts:
                if session.finished:
                    session = Session(scenario, seed=1)
                session.reply(text)

    start = time.perf_counter()
    play_all(None)
    turns = len(scenarios) * len(texts)
    reply_us = (time.perf_counter() - start) / turns * 1e6

    print(f"replies measured        {len(texts)} texts × {len(scenarios)} scenarios")
    print(f"classify                {classify_us:8.1f} µs/reply  ({classify_us / json_us:5.1f}× a json.dumps of the reply)")
    print(f"session.reply (full)    {reply_us:8.1f} µs/turn   ({reply_us / classify_us:5.1f}× classify alone)")
    print(f"share of a 60 Hz frame  {reply_us / FRAME_US:8.2%}")


if __name__ == "__main__":
    main()
