"""Asked to say it again: "Sorry, what did you say?" wants the last line again, not a new one.

A rep who missed a line asks for it again ("Sorry, I missed that, who was it?", "you cut out,
when?"). Any rule would answer such a reply as if it asked something new (a fallback's "Hard
to say!", a repeat rule's "Asked and answered"). The words that ask for a repeat are data
(`say_again.toml`); this module finds the sentences that carry them.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import re2

from dojo.coach import Signals
from dojo.engine.conditions import SENTENCE, readable
from dojo.vocab import check_pattern


@lru_cache(maxsize=1)
def _pattern():
    text = resources.files("dojo.engine").joinpath("say_again.toml").read_text(encoding="utf-8")
    patterns = [check_pattern(p, "say_again pattern") for p in tomllib.loads(text)["patterns"]]
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.never_capture = True
    return re2.compile("|".join(f"(?:{p})" for p in patterns), options)


def asks_again(signals: Signals) -> tuple[bool, bool]:
    """(whether a sentence of the reply asks to hear the last line again, whether another sentence asks
    a question of its own). "Sorry, you're breaking up. How do staff book rooms?" asks something new."""
    text = signals.text
    asks = [m.span[0] for m in signals.matches if m.label == "question"]
    again = other = False
    for found in SENTENCE.finditer(text):
        start, end = found.span()
        sentence = readable(text[start:end].strip())
        if _pattern().search(sentence):
            again = True
        elif sentence.endswith("?") or any(start <= at < end for at in asks):
            other = True
    return again, other
