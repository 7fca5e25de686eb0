"""A trainer's mistakes in a scenario file come back as one line naming file:line and the key."""

from __future__ import annotations

import pytest

from dojo.scenario.load import ScenarioError, content_hash, load_scenario, parse_scenario
from tests.conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")


def problems_for(text: str) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text, "x.toml")
    return [str(problem) for problem in caught.value.problems]


def line_of(fragment: str, text: str = TEXT) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_the_fixture_scenario_loads():
    scenario = load_scenario(MINI)
    assert scenario.id == "mini"
    assert scenario.states["ask"].rules[0].ending == "won"


def test_broken_toml_names_the_line():
    text = TEXT.replace('title = "Mini"', 'title = "Mini')
    assert problems_for(text)[0].startswith(f"x.toml:{line_of('title = ')}:14: invalid TOML")


def test_wrong_type_names_key_and_line():
    text = TEXT.replace("difficulty = 1", 'difficulty = "hard"')
    [problem] = problems_for(text)
    assert problem.startswith(f"x.toml:{line_of('difficulty')}:14: difficulty: ")
    assert "expected a whole number, got the text 'hard'" in problem


def test_out_of_range_difficulty_is_rejected():
    [problem] = problems_for(TEXT.replace("difficulty = 1", "difficulty = 9"))
    assert "difficulty" in problem and "5" in problem


def test_unknown_key_is_rejected_not_ignored():
    text = TEXT.replace("max_turns = 4", 'max_turns = 4\ncolour = "red"')
    [problem] = problems_for(text)
    assert problem.startswith(f"x.toml:{line_of('colour', text)}:1: colour: unknown key 'colour'")


def test_dangling_goto_names_the_rule():
    text = TEXT.replace('goto = "ask"', 'goto = "reveal"')
    [problem] = problems_for(text)
    assert problem == (f"x.toml:{line_of('goto = ')}:8: states.ask.fallback.goto: "
                       "unknown state 'reveal'; known states: ask [D101]")


def test_unknown_ending_counts_rules_from_one():
    text = TEXT.replace('ending = "won"', 'ending = "wonn"')
    [problem] = problems_for(text)
    assert problem.startswith(f"x.toml:{line_of('ending = ')}:10: states.ask.rules[1].ending: unknown ending 'wonn'; "
                              "did you mean 'won'?")


def test_misspelt_label_suggests_the_right_one():
    text = TEXT.replace('"get:criteria"', '"get:critera"')
    [problem] = problems_for(text)
    assert "states.ask.rules[1].when.any" in problem
    assert "did you mean 'get:criteria'?" in problem


def test_missing_fallback_is_reported_at_the_state():
    text = TEXT.replace("[states.ask.fallback]", "[states.ask.otherwise]")
    problems = problems_for(text)
    assert any(f"x.toml:{line_of('[states.ask]')}:9: states.ask.fallback: required key is missing [D104]" == p
               for p in problems)


def test_duplicate_state_is_a_toml_error_with_a_line():
    text = TEXT + '\n[states.ask]\nfallback = { say = ["x"] }\n'
    [problem] = problems_for(text)
    assert "invalid TOML" in problem and problem.startswith("x.toml:")


def test_duplicate_lexicon_rule_ids_are_rejected():
    text = TEXT + """
[[lexicon.rules]]
id = "mine"
label = "give:demo"
patterns = ["show and tell"]

[[lexicon.rules]]
id = "mine"
label = "give:deck"
patterns = ["slideware"]
"""
    [problem] = problems_for(text)
    assert "lexicon.rules[2].id: duplicate lexicon rule id 'mine'" in problem


def test_invalid_regex_in_lexicon_is_a_clear_error():
    text = TEXT + '\n[[lexicon.rules]]\nid = "bad"\nlabel = "give:demo"\npatterns = ["(unclosed"]\n'
    [problem] = problems_for(text)
    assert "lexicon.rules[1].patterns" in problem and "not a valid regular expression" in problem


def test_unsupported_schema_version():
    [problem] = problems_for(TEXT.replace("schema = 1", "schema = 7"))
    assert "schema 7 is not supported" in problem


def test_missing_file_and_non_utf8(tmp_path):
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ScenarioError, match="not UTF-8"):
        load_scenario(binary)


def test_content_hash_ignores_comments_but_not_meaning():
    original = parse_scenario(TEXT)
    commented = parse_scenario("# a trainer's note\n" + TEXT)
    changed = parse_scenario(TEXT.replace("You ran the errand for nothing.", "Different lesson."))
    assert content_hash(original) == content_hash(commented)
    assert content_hash(original) != content_hash(changed)


# ---------------------------------------------------------------- schema 2 and migration
def test_a_schema_1_file_still_loads_and_keeps_first_match_order():
    scenario = parse_scenario(TEXT, "x.toml")
    assert TEXT.lstrip().startswith("schema = 1") or "\nschema = 1" in TEXT
    assert scenario.schema_ == 2 and scenario.choose_rule == "first_match"


def test_a_schema_2_file_picks_the_most_specific_rule_by_default():
    scenario = parse_scenario(TEXT.replace("schema = 1", "schema = 2"), "x.toml")
    assert scenario.choose_rule == "most_specific"


def test_an_unknown_fact_names_the_line_and_the_known_ones():
    text = TEXT.replace("schema = 1", "schema = 2").replace(
        "[opening]", '[facts.driver]\nlabel = "the driver"\ntext = "a tender"\nreveal_on = ["get:timeline"]\n\n[opening]\nreveal = ["drvier"]')
    [problem] = problems_for(text)
    # The column is the misspelt fact's own (its opening quote), as for an unknown state or ending.
    assert problem == f"x.toml:{line_of('reveal = ', text)}:11: opening.reveal: unknown fact 'drvier'; did you mean 'driver'? [D117]"


def test_an_unknown_fact_placeholder_in_a_hint_is_an_error():
    text = TEXT.replace("schema = 1", "schema = 2")
    text = text.replace('hint = "Ask what they will decide once they have it."', 'hint = "Ask about {fact.deadline}."')
    problems = problems_for(text)
    assert any("states.ask.hint: unknown fact 'deadline'" in p for p in problems)
