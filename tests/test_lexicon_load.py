"""Loading a lexicon: dojo's own file is trusted where a user's is checked, and a broken pattern is a load error."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from dojo.coach.lexicon import LexiconError, LexiconFile, parse_lexicon
from dojo.vocab import SHIPPED

#: The smallest lexicon a file may be: every clause cue, one negation cue and one rule.
TINY = r"""
schema = 2

[clause]
breaks = '[,;]'
sentence_end = '[.?!]'
question_opener = '^(?:can|what)\b'
request = '\bcan you\b'
rep_subject = '\b(?:i|we)\b'
prospect_subject = '\byou\b'
ask_object = '\bsend me\b'

[negation]
cues = ["\\bwon't\\b"]

[classes]
hand = ["send", "share"]

[[rules]]
id = "give.deck"
label = "give:deck"
patterns = [PATTERN]
"""


def _tiny(pattern: str) -> str:
    return TINY.replace("PATTERN", repr(pattern).replace("\\\\", "\\"))


def _shipped_text() -> str:
    return resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8")


def test_the_shipped_lexicon_passes_every_check_a_users_file_gets():
    """Its patterns are not compiled again when dojo loads it (`vocab.SHIPPED`); this is where they still are."""
    raw = tomllib.loads(_shipped_text())
    assert LexiconFile.model_validate(raw) == LexiconFile.model_validate(raw, context=SHIPPED)


@pytest.mark.parametrize("shipped", [False, True])
def test_a_pattern_the_matching_engine_cannot_read_is_a_load_error_naming_its_rule(shipped):
    # Checked as the file is read (`rules.0.patterns`), or, in dojo's own file, as it is built (the rule by its id).
    with pytest.raises(LexiconError, match=r"rules\.(?:0|give\.deck)\.patterns.*not a valid regular expression"):
        parse_lexicon(_tiny(r"(?<!you )\b{hand}\b the deck"), "mine.toml", shipped=shipped)


def test_a_tiny_lexicon_hears_its_rule():
    from dojo.coach.signals import classify

    lexicon = parse_lexicon(_tiny(r"\b{hand}\b the deck"), "mine.toml", shipped=True)
    assert classify("I'll send the deck", lexicon).gives == ["deck"]
    assert classify("I won't send the deck", lexicon).gives == []
