"""Session 26 (speed26): the unanchored patterns and the clause cues are matched in RE2 sets of at most
`_FLOATING_SET_SIZE` entries instead of four large ones, so a reply RE2 has not seen costs less to scan. How the
sets are cut must never change what a reply is heard to say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dojo.coach.lexicon as lexicon_module
from dojo.coach.lexicon import UNUSED, default_lexicon, parse_lexicon
from dojo.coach.signals import classify

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def whole():
    """The shipped lexicon with each unanchored group in one set, as before session 26."""
    size = lexicon_module._FLOATING_SET_SIZE
    lexicon_module._FLOATING_SET_SIZE = 100_000
    try:
        return parse_lexicon(lexicon_module._shipped_text(), "whole sets", shipped=True)
    finally:
        lexicon_module._FLOATING_SET_SIZE = size


def _replies() -> list[str]:
    lines = (DATA / "dev_gives25.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()] + [
        "Happy to have Priya walk you through it on Thursday.",  # a word-boundary pattern, not matched from word starts
        "You're welcome to ring any of our customers, they'll tell you straight.",
        "Had a chance to look at the quote I sent over?",
        "it'd really help to see the drawings before Friday",
    ]


def test_each_pattern_and_cue_is_in_exactly_one_small_unanchored_set():
    lexicon = default_lexicon()
    unanchored = [matcher for matcher in lexicon.matchers if not matcher.anchored]
    assert len(unanchored) > 5  # the four groups, cut up
    assert all(len(matcher.ids) <= lexicon_module._FLOATING_SET_SIZE for matcher in unanchored)
    entries = [number for matcher in lexicon.matchers for number in matcher.ids if number != UNUSED]
    # Session 32: an unanchored pattern that names words a reply must hold is searched on its own, in no set (`Keyed`).
    keyed = list(lexicon.keyed.every) if lexicon.keyed is not None else []
    entries += keyed
    assert len(entries) == len(set(entries))
    assert {number for number in entries if number >= 0} == set(range(len(lexicon.patterns)))


def test_a_reply_is_heard_the_same_whichever_way_the_sets_are_cut(whole):
    split = default_lexicon()
    assert len(split.matchers) > len(whole.matchers)
    for text in _replies():
        data = split.normalised(text).encoded
        assert split.scan(data) == whole.scan(data), text
        assert repr(classify(text, split)) == repr(classify(text, whole)), text


def test_a_batch_is_heard_the_same_whichever_way_the_sets_are_cut(whole):
    split = default_lexicon()
    datas = [split.normalised(text).encoded for text in _replies()]
    assert split.scan_many(datas) == whole.scan_many(datas)


@pytest.mark.parametrize(("text", "category", "label"), [
    ("You're welcome to ring any of our customers, they'll tell you straight.", "stages", "trust"),
    ("Had a chance to look at the quote I sent over?", "chase", "check_in"),
])
def test_a_reply_heard_only_by_a_pattern_in_a_cut_up_set_is_still_heard(text, category, label):
    """Each reply is heard by word-boundary patterns matched over the whole reply (not from word starts), which now
    sit in small sets past the first: the trainer's label is still heard."""
    lexicon = default_lexicon()
    hits, _, starts = lexicon.scan(lexicon.normalised(text).encoded)
    floating = [number for number in hits if not starts or number not in starts]
    homes = {place for place, matcher in enumerate(lexicon.matchers) for number in floating if number in matcher.ids}
    # Session 32: or kept out of the sets, searched on its own in a reply that holds its words (`Keyed`).
    homes |= {len(lexicon.matchers) for number in floating if lexicon.keyed and number in lexicon.keyed.every}
    assert homes and min(homes) > 1  # not the anchored set, nor the first unanchored one
    assert label in getattr(classify(text, lexicon), category)
