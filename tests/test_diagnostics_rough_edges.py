"""Diagnostics a brand-new trainer met: a missing table, an apostrophe in '…', a test naming a rule that isn't there."""

from __future__ import annotations

import pytest

from dojo.cli import main

GIVE = "Sure, I'll send the info over."


def validate(capsys, path):
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_missing_opening_table_asks_for_the_table_not_a_key(capsys, starter):
    text = starter.read_text(encoding="utf-8")
    start = text.index("[opening]")
    starter.write_text(text[:start] + text[text.index("# ----", start):], encoding="utf-8")
    code, out = validate(capsys, starter)
    assert code == 1 and "required table [opening] is missing [D104]" in out
    assert "add the [opening] table" in out and "opening = …" not in out
    assert ":1:1:" not in out, "line 1 is a comment; point where the tables are"


def test_an_apostrophe_in_a_single_quoted_string_suggests_triple_quotes(capsys, starter):
    text = starter.read_text(encoding="utf-8").replace(
        '"Sure. So, can you send me something?"', "'I'm not sure, can you send something?'")
    starter.write_text(text, encoding="utf-8")
    code, out = validate(capsys, starter)
    assert code == 1 and "[D002]" in out
    assert "'''like this, it's fine'''" in out and "missing a comma" not in out


def test_a_missing_comma_still_says_missing_comma(capsys, starter):
    text = starter.read_text(encoding="utf-8").replace(
        '"Sure. So, can you send me something?",', '"Sure. So, can you send me something?"')
    starter.write_text(text, encoding="utf-8")
    code, out = validate(capsys, starter)
    assert code == 1 and "missing a comma" in out


def with_rule_test(path, reference):
    path.write_text(path.read_text(encoding="utf-8") + f'''
[[tests]]
name = "names a rule"

[[tests.turns]]
reply = "{GIVE}"
expect = {{ rule = "{reference}" }}
''', encoding="utf-8")


@pytest.mark.parametrize("reference, message", [
    ("states.open.rules[9]", "'states.open.rules[9]': states.open has 2 rules, counted from 1 [D114]"),
    ("rules.gave_for_fre", "did you mean 'gave_for_free'?"),
    ("states.opn.rules[1]", "unknown state 'opn' in rule 'states.opn.rules[1]'; did you mean 'open'?"),
])
def test_a_test_naming_a_rule_that_does_not_exist_is_a_bad_reference(capsys, starter, reference, message):
    with_rule_test(starter, reference)
    code, out = validate(capsys, starter)
    assert code == 1 and message in out and "failed test" not in out.split("\n")[0]
    assert "expect.rule" in out


@pytest.mark.parametrize("reference", ["rules[1]", "rules.gave_for_free", "gave_for_free"])
def test_a_test_naming_a_real_rule_is_no_reference_error(capsys, starter, reference):
    with_rule_test(starter, reference)
    code, out = validate(capsys, starter)
    assert code == 0 and "D114" not in out


def test_a_lost_backslash_points_at_the_pattern_that_lost_it(capsys, starter):
    rows = starter.read_text(encoding="utf-8") + '''
[[lexicon.rules]]
id = "starter.match"
label = "give:discount"
patterns = [
  '\\bmatch their price\\b',
  '\\bbeat (?:their|that) quote\\b',
  '\\bknock (?:some|a bit) off\\b',
  "\\bprice match\\b",
]
'''
    starter.write_text(rows, encoding="utf-8")
    line = rows.splitlines().index('  "\\bprice match\\b",') + 1
    code, out = validate(capsys, starter)
    assert code == 1 and f"starter.toml:{line}:" in out and "lexicon.rules[1].patterns[4]" in out
    assert f' {line} |   "\\bprice match\\b",' in out


def test_an_unknown_fact_is_reported_in_the_same_run_as_a_type_error(capsys, starter):
    text = starter.read_text(encoding="utf-8").replace('when.asks = ["decider"]', 'when.asks = ["decidr"]')
    starter.write_text(text.replace("difficulty = 2 ", 'difficulty = "2"'), encoding="utf-8")
    code, out = validate(capsys, starter)
    assert code == 1 and "[D105]" in out
    assert "unknown fact 'decidr'; did you mean 'decider'? [D117]" in out and out.count("[D117]") == 1


def test_a_single_label_without_its_brackets_is_shown_in_brackets(capsys, starter):
    text = starter.read_text(encoding="utf-8").replace('when.all = ["give"]', 'when.all = "give"', 1)
    starter.write_text(text, encoding="utf-8")
    code, out = validate(capsys, starter)
    assert code == 1 and "expected a list in [ ], got the text 'give' [D105]" in out
    assert 'write it in square brackets, `["give"]`' in out


@pytest.mark.parametrize("also_broken", [False, True])
def test_an_unknown_fact_in_a_list_over_several_lines_points_at_its_own_line(capsys, starter, also_broken):
    """An objective is one item of a list written over several lines: the report shows that item's
    line, not the `objectives = [` line above it (whether or not another error stops the file loading)."""
    text = starter.read_text(encoding="utf-8")
    item = next(row for row in text.splitlines() if row.startswith("  ") and "{fact." in row
                and text.index(row) > text.index("objectives = ["))
    text = text.replace(item, item.replace("{fact.", "{fact.zz", 1), 1)
    if also_broken:
        text = text.replace("difficulty = 2", 'difficulty = "two"', 1)
    starter.write_text(text, encoding="utf-8")
    code, out = validate(capsys, starter)
    line = text.splitlines().index(item.replace("{fact.", "{fact.zz", 1)) + 1
    assert code == 1 and f"starter.toml:{line}:" in out and "unknown fact 'zz" in out
