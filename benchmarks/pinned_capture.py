"""A pytest plugin that records every reply the coach judges with the second opinion on, and the test that judged it:
the must-keep rows of benchmarks/opinion_levels.py --pinned (session 35).

Run from the repository root (a few minutes; the tests that assert what the coach hears, not every test):
    PINNED_CAPTURE=benchmarks/pinned_replies.jsonl PYTHONPATH=benchmarks:src python -m pytest -o addopts="" \\
        -p no:dojo -p pinned_capture -q tests/test_hearing*.py tests/test_learned*.py tests/test_lead*.py
It appends one JSON object a line ({"test": the test, "text": reply}) each time a test hears a reply;
opinion_levels.py reads each text once. Delete the file first to rebuild it; the list kept in the repository has each
reply once, with the first test that heard it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dojo.coach import signals

OUT = Path(os.environ.get("PINNED_CAPTURE", "pinned_replies.jsonl"))
_current: dict[str, str | None] = {"test": None}
_judge = signals._judge


def _recording_judge(read, lexicon, *args, **kwargs):
    if lexicon.second_opinion and _current["test"]:
        with OUT.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"test": _current["test"], "text": read.text}, ensure_ascii=False) + "\n")
    return _judge(read, lexicon, *args, **kwargs)


signals._judge = _recording_judge


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    _current["test"] = item.nodeid.partition("[")[0]
    yield
    _current["test"] = None
