"""The split-at-long-gaps prototype (benchmarks/prototype_gap_split.py) finds what the anchored set finds.

The prototype is a measurement, not the coach's code (benchmarks/README.md, session 14 note); this keeps
its exactness claim true for whoever picks it up next.
"""

import sys
from pathlib import Path

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.normalise import normalise

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import prototype_gap_split as prototype  # noqa: E402

REPLIES = [
    "We can send the full price list over to you by Friday.",
    "I'll put together a quick quote and then you come back to me with any changes.",
    "Happy to send over our case study on the Leeds bakery, it's a short read.",
    "I can send you a sample pack with a few of the colours in it.",
    # the pieces in different sentences, or further apart than the gap allows
    "We can. Send the full price list? No.",
    "We can, if the weather holds and the van is back from the garage and the lads are free, send the full price list.",
    "We will send. You the price list over and over and over again for your team by the end of this week.",
    # not ASCII: the join's bound is counted four bytes a character
    "Naïve café question: we can send the full price list to you?",
    "If you sign this week, we'll throw in the installation for free.",
]


@pytest.fixture(scope="module", params=[False, True], ids=["top-level gaps", "gaps inside groups too"])
def ways(request):
    lexicon = default_lexicon()
    split = prototype.Split(lexicon, "one", 256, groups=request.param)
    return lexicon, split, prototype.Whole(split.anchored, lexicon, 256)


def test_the_split_at_long_gaps_finds_the_same_pattern_and_word_start_pairs_as_the_whole_pattern(ways):
    lexicon, split, whole = ways
    found_split = 0
    for reply in REPLIES:
        data = normalise(reply, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
        positions = lexicon._word_starts(data) or []
        expected = whole.starts(data, positions)
        assert split.starts(data, positions) == expected, reply
        found_split += sum(number in split.splits for number in expected)
    # The replies reach split patterns, not only the ones kept whole (which patterns split follows the rules,
    # which other hands change: at the time of writing 8 patterns found, from 10 joins checked).
    assert found_split >= 1


def test_a_pattern_is_split_only_at_a_top_level_gap():
    assert prototype.top_items(r"\bwe\b[^.?!]{0,40}\bsend\b") is not None
    assert prototype.top_items(r"\bwe\b|\bsend\b") is None
    classes: dict[str, tuple[str, ...]] = {}
    assert prototype.split(r"\bwe\b[^.?!]{0,40}\bsend\b", classes) == ([r"\bwe\b", r"\bsend\b"], [42])
    assert isinstance(prototype.split(r"\bwe\b(?:[^.?!]{0,40}\bsend\b|\bgive\b)", classes), str)
    assert isinstance(prototype.split(r"\bwe\b[^.?!]{0,40}, send\b", classes), str)


def test_a_gap_inside_a_group_is_reached_through_the_groups_alternatives():
    classes: dict[str, tuple[str, ...]] = {}
    found = prototype.variants(r"\bwe\b(?:[^.?!]{0,40}\bsend\b|\bgive\b)", classes)
    assert sorted(found) == sorted([r"\bwe\b[^.?!]{0,40}\bsend\b", r"\bwe\b\bgive\b"])
    assert prototype.variants(r"\bwe\b(?:[^.?!]{0,40}\bsend\b)?", classes) == [r"\bwe\b(?:[^.?!]{0,40}\bsend\b)?"]
