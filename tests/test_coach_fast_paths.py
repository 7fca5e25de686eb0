"""The coach's shortcuts hear exactly what the full search hears.

The sets skip patterns and clause cues a reply cannot contain (most patterns
matched anchored at each word start, the rest in one unanchored pass), ASCII
replies skip the shorthand search, `classify - --json` classifies replies in
batches and writes its JSON by hand, and a scenario's lexicon shares the
default lexicon's compiled patterns and set instead of compiling its own. Each shortcut must change nothing a user
sees: these tests compare each against the slow, obvious way over every reply
in the project's own (non-blind) labelled sets.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dojo.cli.catalogue import signals_json, signals_json_line
from dojo.coach import default_lexicon
from dojo.coach.anchoring import LONGEST_RUN, starts_at_words
from dojo.coach.lexicon import ALL_CUES, Lexicon, build_lexicon
from dojo.coach.normalise import normalise
from dojo.coach.signals import classify, classify_many, hear
from dojo.vocab import LexiconRule

DATA = Path(__file__).parent / "data"


#: How many labelled replies the fast paths are checked on: every set is sampled, evenly, so the check reaches every
#: writer's voice while its cost stays flat as the sets grow (all 34,000 replies, each searched by every pattern, took
#: over twenty minutes and 4 GB inside a full test run; the hypothesis tests below add replies nobody wrote).
SAMPLED = 3000


def _replies() -> list[str]:
    texts = [json.loads(line)["text"] for path in sorted(DATA.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts[::max(1, len(texts) // SAMPLED)]
    # Long replies (over the old 600-byte limit), chat spacing, curly quotes, non-ASCII and shorthand.
    joined = [" ".join(texts[start:start + 12])[:2000] for start in range(0, len(texts), 40)]
    variants = [text.replace("'", "\u2019").replace(" you ", " u  ") + " caf\u00e9" for text in texts[::7]]
    return texts + joined + variants


REPLIES = _replies()


def _dump(text: str, lexicon: Lexicon) -> str:
    hearing = hear(text, lexicon, keep_cancelled=True)
    cancelled = [(c.pattern.rule.id, c.start, c.end, c.cancelled) for c in hearing.candidates]
    return json.dumps([signals_json(hearing.signals), cancelled], ensure_ascii=False)


def _search_everything(self, data):
    return range(len(self.patterns)), ALL_CUES, None


def test_skipping_what_the_sets_ruled_out_hears_the_same_as_searching_everything(monkeypatch):
    lexicon = default_lexicon()
    fast = [_dump(text, lexicon) for text in REPLIES]
    monkeypatch.setattr(Lexicon, "scan", _search_everything)
    slow = [_dump(text, lexicon) for text in REPLIES]
    assert fast == slow


def _lexicon_words() -> list[str]:
    """Plain words and phrases from the default lexicon's classes and shorthand, the stuff replies are made of."""
    lexicon = default_lexicon()
    words = [word for words in lexicon.classes.values() for word in words if all(c.isalnum() or c in " '-" for c in word)]
    return sorted(set(words) | set(lexicon.shorthand))


_WORDS = _lexicon_words()
#: Glue between words: spaces, punctuation, digits and amounts, non-ASCII (the Kelvin sign and long s
#: match "k" and "s" when case is ignored), hyphen chains and a stretch too long to try word by word.
_GLUE = [" ", " ", " ", ", ", ". ", "? ", "; ", " - ", "-", "'", "  ", "\n", " 25% ", " $45 ", " 3 ", " caf\u00e9 ",
         "\u2019", " \u212a", "\u017f", " \U0001f600 ", "#1 ", " i'll ", " you ", " the ", "x" * (LONGEST_RUN + 5)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), min_size=1, max_size=14))
def test_replies_made_of_lexicon_words_are_heard_the_same_from_word_starts_as_searching_everything(pieces):
    text = "".join(word + glue for word, glue in pieces)
    lexicon = default_lexicon()
    fast = _dump(text, lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Lexicon, "scan", _search_everything)
        assert fast == _dump(text, lexicon)


@pytest.mark.parametrize("text", ["I'll \u017fend you the deck", "happy to\u017fhare the\u212ait list",
                                  "send-" * 60 + " the deck", "I'll send the " + "a" * 300 + " deck"])
def test_replies_word_starts_cannot_be_trusted_on_are_searched_everywhere(text, monkeypatch):
    lexicon = default_lexicon()
    fast = _dump(text, lexicon)
    monkeypatch.setattr(Lexicon, "scan", _search_everything)
    assert fast == _dump(text, lexicon)


@pytest.mark.parametrize(("pattern", "at_words"), [
    (r"\bsend\b", True),
    (r"\b(?:send|share)\b[^.?!]{0,40}\bdeck\b", True),  # a bounded gap: each word start reads a bounded stretch
    (r"\b(?:\w+ ){0,3}deck", True),
    (r"\bseats?\b", True),
    (r"\bsend\b[^.?!]*\bdeck\b", False),  # an unbounded gap across words: not linear from every word start
    (r"\b(?:\w+ )*deck", False),
    (r"\b(?:best|#1) product", False),  # "#1" begins with no word character
    (r"\b(?:send)?", False),  # can match nothing
    (r"[$£€]\s?\d", False),
    (r"^\W*hi\b", False),
    (r"you'll have", False),  # no word boundary first: may begin inside a word
    (r"\bp\pL+", False),  # syntax Python does not read
])
def test_only_patterns_that_begin_at_a_word_and_read_bounded_runs_are_matched_from_word_starts(pattern, at_words):
    assert starts_at_words(pattern) is at_words


def test_an_ascii_reply_with_nothing_to_rewrite_is_normalised_as_the_full_rewrite_would():
    lexicon = default_lexicon()
    for text in REPLIES + ["ur deck", "UR deck", "hello  there", "tab\there", "it`s", "lemme_know", "b4, ur",
                           "knock 25 percent off", "twenty five pc", "R45 000 a year", "USD 400 a seat"]:
        quick = normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words)
        full = normalise(text, lexicon.shorthand, lexicon.shorthand_finder)
        assert (quick.text, quick.encoded, quick.origin, quick.char_at) == \
            (full.text, full.encoded, full.origin, full.char_at), text


def test_scanning_a_batch_in_sorted_order_finds_for_each_reply_what_scanning_it_alone_finds():
    lexicon = default_lexicon()
    scenario = lexicon.extended([LexiconRule(id="trainer.extra", label="get:budget", patterns=(r"\bpurse strings\b",))])
    untrusted = ["I'll \u017fend you the deck", "send-" * 60 + " the deck", "the deck purse strings"]
    for one in (lexicon, scenario):
        texts = [normalise(text, one.shorthand, one.shorthand_finder, one.shorthand_words).encoded
                 for text in REPLIES + untrusted]
        assert one.scan_many(texts) == [one.scan(text) for text in texts]


def test_classifying_a_batch_gives_each_reply_what_classifying_it_alone_gives():
    lexicon = default_lexicon()
    assert classify_many(REPLIES, lexicon) == [classify(text, lexicon) for text in REPLIES]


def test_a_batch_that_says_a_reply_more_than_once_gives_each_copy_what_classifying_it_alone_gives():
    texts = REPLIES[:40] + REPLIES[20:60] + REPLIES[:5]
    assert classify_many(texts) == [classify(text) for text in texts]


@pytest.mark.parametrize("extra", ["", 'quotes " and \\ backslash \x01 \u2028 \U0001f600 \u00e9'])
def test_the_hand_written_json_line_is_what_json_dumps_writes(extra):
    for text in REPLIES[::5]:
        signals = classify(text + extra)
        assert signals_json_line(signals) == json.dumps(signals_json(signals), ensure_ascii=False) + "\n"


def test_a_scenario_lexicon_sharing_the_default_set_hears_what_one_compiled_from_scratch_hears():
    default = default_lexicon()
    replaced = LexiconRule(id="give.deck", label="give:deck", patterns=(r"\bpitchbook\b", "{thing.deck} is yours"))
    added = LexiconRule(id="trainer.extra", label="get:budget", patterns=(r"\bpurse strings\b", r"\bdeck\b"),
                        needs=("ask",))
    # "wot" joins {wh}, which the question-opener cue uses too: that cue must be recompiled, not shared.
    extended = default.extended([replaced, added], disable=["stage.rapport"],
                                classes={"thing.deck": ["pitchbook"], "wh": ["wot"]})
    assert extended.base is default and len(extended.matchers) == len(default.matchers) + 1
    # A scenario's own rules are sure (the second opinion never saw its words): that is `extended`'s judgment, not
    # the sets', so the lexicon compiled from scratch is told the same.
    scratch = dataclasses.replace(build_lexicon(extended.source, "scenario lexicon"), sure=extended.sure)
    assert scratch.base is None and [p.source for p in scratch.patterns] == [p.source for p in extended.patterns]
    texts = REPLIES[::3] + ["wot budget range", "wot is ur budget", "Here's the pitchbook; who holds the purse strings?",
                            "the deck is yours, how's your week been?"]
    assert [_dump(text, extended) for text in texts] == [_dump(text, scratch) for text in texts]


def test_a_scenario_lexicon_compiles_only_what_its_patch_adds():
    default = default_lexicon()
    extended = default.extended([LexiconRule(id="trainer.only", label="get:budget", patterns=(r"\bpurse strings\b",))])
    shared = {id(pattern.regex) for pattern in default.patterns}
    fresh = [pattern.source for pattern in extended.patterns if id(pattern.regex) not in shared]
    assert fresh == [r"\bpurse strings\b"]
    shared = extended.matchers[:len(default.matchers)]
    assert [matcher.set for matcher in shared] == [matcher.set for matcher in default.matchers]


def test_word_start_patterns_split_over_several_sets_are_heard_as_in_one_set(monkeypatch):
    """The app compiles its lexicons' word-start patterns into three sets, to keep memory down while
    compiling (dojo.tui.heap.lean_lexicons); batch tools into one. Both must hear the same."""
    from dojo.coach import lexicon as module

    patch = [LexiconRule(id="trainer.extra", label="get:budget", patterns=(r"\bpurse strings\b", r"\bdeck\b"))]
    built = {}
    for parts in (1, 3):
        monkeypatch.setattr(module, "_anchored_sets", parts)
        whole = build_lexicon(default_lexicon().source, "default lexicon")
        built[parts] = whole, whole.extended(patch, classes={"thing.deck": ["pitchbook"]})
    assert [sum(matcher.anchored for matcher in lexicon.matchers) for lexicon, _ in built.values()] == [1, 3]
    # A fixed-size sample: every labelled reply took over four minutes and 3 GB (four whole lexicons, every
    # cancelled candidate dumped), and the cost grew with each new set; the joined long replies stay in it.
    stride = max(1, len(REPLIES) // 2500)
    texts = REPLIES[::stride] + ["Here's the pitchbook; who holds the purse strings?"]
    for one, split in zip(built[1], built[3], strict=True):
        assert [_dump(text, split) for text in texts] == [_dump(text, one) for text in texts]


def test_a_class_reads_as_starting_at_words_exactly_when_its_whole_alternation_does():
    from dojo.coach.anchoring import class_starts_at_words

    for words in default_lexicon().classes.values():
        assert class_starts_at_words(words) is starts_at_words(r"\b(?:" + "|".join(words) + r")\b")
    assert not class_starts_at_words(("send", "'d"))
    assert not class_starts_at_words(("send", r"\w+ ?(?:\w+ )*"))


def _fresh_default() -> Lexicon:
    """The default lexicon built again from its file, so no reply has compiled any of its patterns yet."""
    return build_lexicon(default_lexicon().source, "lexicon.toml")


def test_a_pattern_is_compiled_only_when_a_reply_first_needs_it_and_hears_what_compiling_all_first_hears():
    lazy, eager = _fresh_default(), _fresh_default()
    assert not any(pattern.regex._compiled for pattern in lazy.patterns)
    for pattern in eager.patterns:
        for regex in (pattern.regex, pattern.not_before, pattern.not_after, pattern.unless):
            if regex is not None:
                regex.compiled()
    texts = REPLIES
    classify(texts[0], lazy)
    compiled = sum(1 for pattern in lazy.patterns if pattern.regex._compiled is not None)
    assert 0 < compiled < len(lazy.patterns) // 10
    assert [_dump(text, lazy) for text in texts] == [_dump(text, eager) for text in texts]


def test_every_pattern_and_guard_of_the_default_lexicon_compiles_on_its_own():
    # Compiled when a reply first needs it, so one that RE2 could read but not compile would fail mid-session.
    for pattern in _fresh_default().patterns:
        for regex in (pattern.regex, pattern.not_before, pattern.not_after, pattern.unless):
            if regex is not None:
                assert regex.compiled().pattern == regex.pattern


def test_a_guard_the_matching_engine_cannot_read_is_still_a_load_error_naming_its_place():
    from dojo.coach.lexicon import LexiconError
    from dojo.vocab import GuardedPattern

    # Built without the model's own checks, as a lexicon file's rule reaches the compiler only after them.
    guard = GuardedPattern.model_construct(re=r"\bsend\b", not_before="(?<=you )", not_after=None, unless=None)
    rule = LexiconRule.model_construct(id="bad.guard", label="give:deck", patterns=[guard], kinds=[], needs=[],
                                       yields_to=[], negatable=None)
    data = default_lexicon().source.model_copy(update={"rules": [*default_lexicon().source.rules, rule]})
    with pytest.raises(LexiconError, match=r"rules\.bad\.guard\.patterns\[0\]\.not_before"):
        build_lexicon(data, "lexicon.toml")


def test_what_a_scenario_adds_is_compiled_when_its_lexicon_is_built():
    extended = default_lexicon().extended([LexiconRule(id="trainer.purse", label="get:budget",
                                                       patterns=(r"\bpurse strings\b",))])
    [added] = [pattern for pattern in extended.patterns if pattern.rule.id == "trainer.purse"]
    assert added.regex._compiled is not None


@pytest.mark.parametrize(("pattern", "gaps"), [
    (r"\bsend\b", 0),
    (r"\bsend\b[^.?!]{0,40}\bdeck\b", 1),
    (r"\b(?:i|we)\b[^.?!]{0,40}?\blend\b[^.?!;]{0,60}?\bweek\b", 2),
    (r"(?:^|[.!?] ?)(?:[\w'-]+ ){0,8}deck(?: [\w-]+){0,12} free", 2),
    (r"\bsend\b[^.?!]{0,7}\bdeck\b(?: [\w-]+){0,3}", 0),  # short gaps: few states to track
    (r"\b\d{1,12}\b[a-z]{0,20}", 0),  # one kind of character: no run of words
    (r"\bp\pL+", 0),  # syntax Python does not read
])
def test_long_bounded_gaps_that_read_across_words_are_counted(pattern, gaps):
    from dojo.coach.anchoring import bounded_gaps

    assert bounded_gaps(pattern) == gaps


def test_an_unanchored_pattern_with_two_long_gaps_gets_a_set_of_its_own(monkeypatch):
    """Two long gaps in one unanchored pattern multiply RE2's states on text it has not seen (lexicon.py,
    `_floating_group`): such a pattern is kept out of the other patterns' sets, and heard the same."""
    from dojo.coach.anchoring import bounded_gaps

    default = default_lexicon()
    two_gaps = r"(?:^|[.!?] ?)\W*(?:{offer}|\bwe\b)[^.?!]{0,40}?\blend\b[^.?!;]{0,60}?\bweekend\b"
    rule = LexiconRule(id="trainer.lend", label="give:trial", patterns=(two_gaps,))
    # A tenth of the shipped rules keeps every kind of set (anchored, each unanchored group, the cues) while the
    # lexicon builds from scratch in seconds: the whole one took minutes and gigabytes inside a full test run.
    some = [*default.source.rules[::10], rule]
    lexicon = build_lexicon(default.source.model_copy(update={"rules": some}), "lexicon")
    number = next(index for index, pattern in enumerate(lexicon.patterns) if pattern.rule.id == "trainer.lend")
    # Its words ("lend", "weekend") let it be searched on its own (lexicon.Keyed); without them it would sit in a set of
    # two-gap patterns only. Either way no other pattern's set holds it.
    homes = [matcher for matcher in lexicon.matchers if number in matcher.ids]
    assert homes or (lexicon.keyed is not None and number in lexicon.keyed.every)
    for home in homes:
        assert not home.anchored
        assert all(bounded_gaps(lexicon.patterns[entry].source) >= 2 for entry in home.ids if entry >= 0)
    texts = REPLIES[::5] + ["Happy to lend you the demo kit over the weekend.", "We could lend it for the weekend"]
    fast = [_dump(text, lexicon) for text in texts]
    assert any('"trainer.lend"' in dumped for dumped in fast[-2:])
    monkeypatch.setattr(Lexicon, "scan", _search_everything)
    assert fast == [_dump(text, lexicon) for text in texts]
