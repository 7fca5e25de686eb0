"""Play the judged rep scripts through the shipped personas and tally the judgments.

Each `BATCH/SCENARIO/VOICE.txt` holds one rep reply per line, written without reading the
scenario's rules. `judgments.jsonl` holds one judgment per prospect line: the line said (so a
changed persona is seen, not silently credited), and `right`, `wrong` (answers something not
said, or reveals a fact nobody asked for) or `non` (generic where a specific answer was due).

    .venv/bin/python tests/data/persona_scripts/tally.py            # tally every batch
    .venv/bin/python tests/data/persona_scripts/tally.py batch2     # one batch
    .venv/bin/python tests/data/persona_scripts/tally.py --show     # print every turn, judged or not
    .venv/bin/python tests/data/persona_scripts/tally.py --judge batch2 verdicts.txt

`--judge` records verdicts ("SCENARIO/VOICE#TURN VERDICT [note]" a line) against the lines said today.

A prospect line that differs from the judged one is `unjudged` until someone judges it again.
The "before" figures were taken the same way on the code and scenarios this work started from
(commit 5d5af72), with their own file of judgments:

    mkdir /tmp/base && git archive 5d5af72 src scenarios | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src DOJO_PERSONA_JUDGMENTS=tests/data/persona_scripts/judgments_main.jsonl \
        .venv/bin/python tests/data/persona_scripts/tally.py batch1 batch2 batch3

batch4 and batch5 were judged the same way against commit 6c57f50 (the start of the next round).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

from dojo.engine import FactRevealed, ProspectSaid, Session
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario

HERE = Path(__file__).parent
#: Another file of judgments (for another dojo's lines, such as main's before a change) via DOJO_PERSONA_JUDGMENTS.
JUDGMENTS = Path(os.environ.get("DOJO_PERSONA_JUDGMENTS") or HERE / "judgments.jsonl")
VERDICTS = ("right", "wrong", "non")


def play(batch: str):
    """(key, reply, prospect line, rule, facts revealed) for every turn of every script in `batch`."""
    for folder in sorted((HERE / batch).iterdir()):
        scenario = load_scenario(shipped_dir() / f"{folder.name}.toml")
        for script in sorted(folder.glob("*.txt")):
            session = Session(scenario, seed=0)
            replies = [line.strip() for line in script.read_text().splitlines() if line.strip()]
            for turn, reply in enumerate(replies, 1):
                if session.finished:
                    break
                events = session.reply(reply)
                said = [e for e in events if isinstance(e, ProspectSaid)]
                facts = [e.fact for e in events if isinstance(e, FactRevealed)]
                key = f"{batch}/{folder.name}/{script.stem}#{turn}"
                yield key, reply, said[0].text, said[0].rule, facts


def load() -> dict[str, dict]:
    judged = {}
    if JUDGMENTS.exists():
        for line in JUDGMENTS.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                judged[row["key"]] = row
    return judged


def judge(batch: str, verdicts: Path) -> None:
    judged = load()
    given = {}
    for line in verdicts.read_text().splitlines():
        if line.strip():
            key, verdict, *note = line.split(maxsplit=2)
            assert verdict in VERDICTS, line
            given[f"{batch}/{key}"] = (verdict, note[0] if note else "")
    for key, reply, said, _, facts in play(batch):
        if key in given:
            verdict, note = given[key]
            judged[key] = {"key": key, "reply": reply, "prospect": said, "revealed": facts,
                           "verdict": verdict, "note": note}
    JUDGMENTS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for _, row in sorted(judged.items())))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--judge"]:
        judge(argv[1], Path(argv[2]))
        argv = [argv[1]]
    show = "--show" in argv
    batches = [a for a in argv if not a.startswith("--")] or sorted(
        p.name for p in HERE.iterdir() if p.is_dir() and not p.name.startswith("_"))
    judged = load()
    for batch in batches:
        tally: Counter[str] = Counter()
        for key, reply, said, rule, facts in play(batch):
            row = judged.get(key)
            verdict = row["verdict"] if row and row["prospect"] == said else "unjudged"
            tally[verdict] += 1
            if show or verdict == "unjudged":
                print(f"{key} [{verdict}]\n  REP: {reply}\n  PROSPECT: {said}\n  ({rule}; revealed {facts})")
        total = sum(tally.values())
        parts = ", ".join(f"{v} {tally[v]} ({100 * tally[v] / total:.0f}%)" for v in (*VERDICTS, "unjudged")
                          if tally[v] or v != "unjudged")
        print(f"{batch}: {total} prospect lines: {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
