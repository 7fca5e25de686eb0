"""`rules_out = true`: a rule that hears a look-alike only to rule its move out, for the rules and the learned
second opinion alike, and a load error when it is also given a setting that could only matter if it were heard."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import default_lexicon
from dojo.coach.lexicon import LexiconError, parse_lexicon
from dojo.coach.signals import classify, hear
from tests.conftest import MINI
from tests.test_lexicon_load import TINY

#: (rule, the label it rules out, a reply its comment in lexicon.toml names as the look-alike).
RULED_OUT = [
    ("give.come-see-us", "give:demo", "Come and see us at the stand if you're at the show."),
    ("get.their-own-branches", "get:referral", "do any of your other stores stock it?"),
    ("get.leave-to-ask", "get:decision_makers", "would it be ok if I asked you a few questions?"),
    ("give.purpose-asked-is-no-give", "give:information", "b4 i send anything, whats the brochure for?"),
    ("give.lead-time-is-no-trial", "give:trial", "pop something in for a month or so before that?"),
]


def _labels(signals) -> set[str]:
    return ({f"give:{kind}" for kind in signals.gives} | {f"get:{kind}" for kind in signals.gets}
            | {f"stage:{kind}" for kind in signals.stages})


@pytest.mark.parametrize("rule_id, label, reply", RULED_OUT)
@pytest.mark.parametrize("second_opinion", [True, False])
def test_a_look_alike_a_rule_rules_out_is_heard_as_no_move_of_its_category(rule_id, label, reply, second_opinion):
    lexicon = replace(default_lexicon(), second_opinion=second_opinion)
    category = label.partition(":")[0]
    assert not {heard for heard in _labels(classify(reply, lexicon)) if heard.startswith(f"{category}:")}
    hearing = hear(reply, lexicon, keep_cancelled=True)
    assert [c.cancelled != "" for c in hearing.candidates if c.pattern.rule.id == rule_id] == [True]


@pytest.mark.parametrize("rule_id, label, reply", [
    ("give.purpose-asked-is-no-give", "give:information", "b4 i send anything, whats the brochure for?"),
    ("give.lead-time-is-no-trial", "give:trial", "pop something in for a month or so before that?"),
])
def test_the_learned_second_opinion_adds_no_label_where_a_rule_ruled_its_move_out(rule_id, label, reply):
    lexicon = default_lexicon()
    if label not in _labels(classify(reply, lexicon.extended(disable=[rule_id]))):
        pytest.skip(f"the learned model no longer hears {label} in {reply!r} on its own: pick a reply it does")
    assert label not in _labels(classify(reply, lexicon))
    learned = [c for c in hear(reply, lexicon, keep_cancelled=True).learned if c.opinion.label == label]
    assert [c.cancelled for c in learned] == ["guard: a rule ruled out this move in this clause"]


def test_explain_says_the_rule_ruled_its_move_out(capsys):
    from dojo.cli import main

    assert main(["classify", "--explain", "Come and see us at the stand if you're at the show."]) == 0
    out = capsys.readouterr().out
    assert "ruled out  give:demo" in out and "'Come and see us'  rule give.come-see-us rules out give here" in out
    assert "gives   —" in out


RULE = """
[[lexicon.rules]]
id = "mine.stand"
label = "give:demo"
rules_out = true
EXTRA
patterns = [PATTERN]
"""


PLAIN = "'\\bsee us at the stand\\b'"


@pytest.mark.parametrize("extra, pattern, named", [
    ("", "{ re = '\\bsee us at the stand\\b', unless = '\\bstand\\b' }", "a guard (not_before, not_after, unless)"),
    ("sure = true", PLAIN, "sure"),
    ('needs = ["rep"]', PLAIN, "needs"),
    ("guards_rule_out = false", PLAIN, "guards_rule_out = false"),
])
def test_a_rules_out_rule_with_a_setting_for_being_heard_is_a_load_error_at_its_line(capsys, tmp_path, extra, pattern,
                                                                                     named):
    from dojo.cli import main

    scenario = tmp_path / "stand.toml"
    text = MINI.read_text(encoding="utf-8") + RULE.replace("EXTRA", extra).replace("PATTERN", pattern)
    scenario.write_text(text, encoding="utf-8")
    line = text.splitlines().index("[[lexicon.rules]]") + 1
    assert main(["classify", "--scenario", str(scenario), "see us at the stand"]) == 2
    err = capsys.readouterr().err
    assert f"stand.toml:{line}:" in err and "rules_out = true" in err and f"cannot also have {named}" in err
    assert len(err.strip().splitlines()) == 1


def test_a_lexicon_file_with_a_contradictory_rules_out_rule_is_a_load_error_naming_the_rule():
    text = TINY.replace("PATTERN", "{ re = '\\bdeck\\b', unless = '\\bdeck\\b' }").replace(
        'label = "give:deck"', 'label = "give:deck"\nrules_out = true')
    with pytest.raises(LexiconError, match=r"mine\.toml: rules\.0: .*rules_out = true .*cannot also have a guard"):
        parse_lexicon(text, "mine.toml")
