"""A trainer's mistakes come back like a compiler's: file:line:col, a code, the line, a caret, a hint."""

from __future__ import annotations

import pytest

from dojo.scenario.load import ScenarioError, check_text, parse_scenario
from tests.conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")


def problems(text: str):
    scenario, found = check_text(text, "x.toml")
    assert scenario is None, "expected the file to be rejected"
    return found


def only(text: str):
    [problem] = problems(text)
    return problem


def line_of(fragment: str, text: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_a_typo_in_a_state_table_header_is_an_unknown_state_not_a_missing_fallback():
    text = TEXT.replace("[[states.ask.rules]]\nwhen.all", "[[states.aks.rules]]\nwhen.all")
    problem = only(text)
    assert problem.code == "D101"
    assert problem.message == "unknown state 'aks' — did you mean 'ask'?"
    assert (problem.line, problem.col) == (line_of("[[states.aks.rules]]", text), 10)
    assert "fallback" not in str(problem)


def test_render_shows_the_line_a_caret_and_a_hint():
    text = TEXT.replace('ending = "won"', 'ending = "wonn"')
    rendered = only(text).render().splitlines()
    number = line_of('ending = "wonn"', text)
    assert rendered[0] == (f"x.toml:{number}:10: states.ask.rules[1].ending: "
                           "unknown ending 'wonn'; did you mean 'won'? [D102]")
    assert rendered[1] == f" {number} | ending = \"wonn\""
    assert rendered[2] == f" {' ' * len(str(number))} |          ^^^^^^"
    assert rendered[3].strip().startswith("= hint: known endings: ghosted, won")


def test_a_missing_comma_names_line_and_column_and_says_what_to_do():
    text = TEXT.replace('say = ["Hm?", "Sorry?", "What?"]', 'say = ["Hm?", "Sorry?"\n  "What?"]')
    problem = only(text)
    assert problem.code == "D002" and (problem.line, problem.col) == (line_of('  "What?"]', text), 3)
    assert "missing a comma" in problem.hint


@pytest.mark.parametrize("which", ["when.any", "when.all"])
def test_single_brackets_for_a_list_of_rules_are_explained(which):
    text = TEXT.replace(f"[[states.ask.rules]]\n{which}", f"[states.ask.rules]\n{which}")
    problem = only(text)
    assert problem.code == "D002"
    assert "`[[states.ask.rules]]`" in problem.hint and "double brackets" in problem.hint


def test_every_rule_in_single_brackets_is_explained_as_a_list_not_a_duplicate():
    text = TEXT.replace("[[states.ask.rules]]", "[states.ask.rules]")
    problem = only(text)
    assert problem.code == "D002" and "twice" in problem.message
    assert "write every one as `[[states.ask.rules]]` (double brackets)" in problem.hint
    assert "rename" not in problem.hint


def test_a_single_rule_in_single_brackets_is_explained_as_a_list():
    rules = TEXT.index("[[states.ask.rules]]")
    second = TEXT.index("[[states.ask.rules]]", rules + 1)
    fallback = TEXT.index("[states.ask.fallback]")
    text = TEXT[:rules] + "[states.ask.rules]" + TEXT[rules + len("[[states.ask.rules]]"):second] + TEXT[fallback:]
    problem = only(text)
    assert problem.code == "D105" and problem.key == "states.ask.rules"
    assert "write `[[states.ask.rules]]` (double brackets), once per item" in problem.hint


def test_a_pattern_that_lost_its_backslashes_in_double_quotes_is_flagged():
    text = TEXT + '\n[[lexicon.rules]]\nid = "what"\nlabel = "get:criteria"\npatterns = ["\\bwhat else\\b"]\n'
    problem = only(text)
    assert problem.code == "D109" and problem.key == "lexicon.rules[1].patterns[1]"
    assert "backspace" in problem.message and "single quotes" in problem.hint
    assert problem.line == line_of("patterns = [", text) and problem.col == 14


def test_an_unescaped_backslash_in_double_quotes_suggests_single_quotes():
    text = TEXT + '\n[[lexicon.rules]]\nid = "what"\nlabel = "get:criteria"\npatterns = ["\\d+ seats"]\n'
    problem = only(text)
    assert problem.code == "D002" and "single quotes" in problem.hint


@pytest.mark.parametrize("old, new, key, words", [
    ("difficulty = 1", 'difficulty = "4"', "difficulty", "write `difficulty = 4`, without quotes"),
    ('when.any = ["get:criteria", "get:timeline"]', 'when.any = ["get:criteria"]\nwhen.jumped = "yes"',
     "states.ask.rules[1].when.jumped", "write `jumped = true` or `jumped = false`"),
    ("max_turns = 4", "max_turns = 4.0", "max_turns", "a whole number"),
    # A word or a decimal in quotes: taking the quotes off would still be wrong, so show digits instead.
    ("difficulty = 1", 'difficulty = "two"', "difficulty", "write it in digits, without quotes, like `difficulty = 3`"),
    ("difficulty = 1", 'difficulty = "2.5"', "difficulty", "like `difficulty = 3`"),
])
def test_no_silent_type_conversion(old, new, key, words):
    problem = only(TEXT.replace(old, new))
    assert problem.code == "D105" and problem.key == key and words in problem.hint


def test_on_max_turns_pointing_at_a_win_is_an_error():
    problem = only(TEXT.replace('start = "ask"', 'start = "ask"\non_max_turns = "won"'))
    assert problem.code == "D112" and "neutral or loss" in problem.hint


def test_a_whitespace_only_lesson_is_an_error():
    problem = only(TEXT.replace('lesson = "You ran the errand for nothing."', 'lesson = "   "'))
    assert problem.code == "D113" and problem.key == "endings.ghosted.lesson"


def test_a_wrong_ending_in_a_pinned_test_is_a_bad_reference_not_a_failing_test():
    problem = only(TEXT.replace('expect_ending = "ghosted"', 'expect_ending = "ghostd"'))
    assert problem.code == "D114" and "did you mean 'ghosted'?" in problem.message


def test_a_bad_id_is_explained_in_words():
    problem = only(TEXT.replace('id = "mini"', 'id = "Mini Test"'))
    assert problem.code == "D107" and "'Mini Test' is not a valid id" in problem.message
    assert "lower-case letters, digits and dashes" in problem.hint
    assert "^[a-z0-9]" not in str(problem) + problem.hint


def test_a_bad_rule_id_hint_names_the_characters_a_rule_id_allows():
    problem = only(TEXT.replace("[[states.ask.rules]]\nwhen.all", '[[states.ask.rules]]\nid = "push-back"\nwhen.all', 1))
    assert problem.code == "D107" and "'push-back' is not a valid id" in problem.message
    assert "digits and underscores" in problem.hint and "dashes" not in problem.hint


def test_an_unknown_key_suggests_the_right_one():
    problem = only(TEXT.replace('role = "Buyer"', 'rol = "Buyer"'))
    assert problem.code == "D103" and "did you mean 'role'?" in problem.message


def test_every_error_in_the_file_is_reported_in_one_run():
    text = (TEXT.replace("difficulty = 1", 'difficulty = "4"')
            .replace('role = "Buyer"', 'role = "Buyer"\ncolour = "red"')
            .replace('goto = "ask"', 'goto = "nowhere"')
            .replace('expect_ending = "ghosted"', 'expect_ending = "ghostd"'))
    found = problems(text)
    assert [p.code for p in found] == ["D105", "D103", "D101", "D114"]
    assert [p.line for p in found] == sorted(p.line for p in found)


def test_the_one_line_form_keeps_file_line_col_key_message_and_code():
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(TEXT.replace('goto = "ask"', 'goto = "nowhere"'), "x.toml")
    assert str(caught.value) == (f"x.toml:{line_of('goto = ', TEXT)}:8: states.ask.fallback.goto: "
                                 "unknown state 'nowhere'; known states: ask [D101]")


def test_control_characters_in_the_offending_line_are_shown_as_escapes():
    text = TEXT.replace('title = "Mini"', 'title = "Mini\x1b[31m"')
    rendered = only(text).render()
    assert "\x1b" not in rendered


def test_a_huge_line_is_shown_as_a_window_around_the_caret():
    text = TEXT.replace('summary = "A two-state test persona."', 'summary = "' + "x" * 5000 + '" + 1')
    rendered = only(text).render().splitlines()
    assert all(len(line) < 130 for line in rendered)
