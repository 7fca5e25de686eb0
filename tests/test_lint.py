"""Lint: warnings about a scenario that loads but will not play well, each with its own code."""

from __future__ import annotations

import json

import pytest

from dojo.cli import main
from dojo.scenario.diagnostics import CODES, Locator
from dojo.scenario.lint import lint
from dojo.scenario.load import parse_scenario
from tests.conftest import MINI

TEXT = MINI.read_text(encoding="utf-8")

EXTRA_STATE = """
[states.lost]
[states.lost.fallback]
say = ["Where am I?"]
"""


def codes(text: str) -> list[str]:
    return [d.code for d in lint(parse_scenario(text, "x.toml"), Locator(text, "x.toml"))]


def test_the_fixture_is_clean():
    assert codes(TEXT) == []


def test_a_state_nothing_leads_to_is_unreachable_and_located():
    text = TEXT + EXTRA_STATE
    [warning] = [d for d in lint(parse_scenario(text), Locator(text, "x.toml")) if d.code == "D301"]
    assert warning.key == "states.lost" and warning.severity == "warning"
    assert warning.line == text.splitlines().index("[states.lost]") + 1


def test_a_state_with_no_way_to_an_ending():
    text = TEXT.replace('say = ["Hm?", "Sorry?", "What?"]\ngoto = "ask"', 'say = ["Hm?"]\ngoto = "lost"') + EXTRA_STATE
    assert "D302" in codes(text)


def test_an_ending_never_reached_and_no_way_to_lose():
    text = TEXT.replace('expect_ending = "ghosted"', 'expect_outcome = "unfinished"').replace(
        'ending = "ghosted"', 'goto = "ask"')
    found = codes(text)
    assert "D303" in found and "D304" in found


def test_a_rule_after_a_catch_all_is_shadowed():
    text = TEXT.replace('when.any = ["get:criteria", "get:timeline"]\n', '')
    assert "D305" in codes(text)


def test_a_repeated_line_variant():
    assert codes(TEXT.replace('"Sorry?", "What?"', '"Sorry?", "sorry?"')) == ["D306"]


def test_a_lesson_that_teaches_nothing():
    assert codes(TEXT.replace('lesson = "You asked what the errand was for."', 'lesson = "Qualified"')) == ["D307"]


def test_a_scenario_without_tests():
    text = TEXT[:TEXT.index("[[tests]]")]
    assert codes(text) == ["D308"]


def test_every_code_is_documented():
    from pathlib import Path

    authoring = (Path(__file__).parents[1] / "docs" / "authoring.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if code not in authoring]
    assert not missing, f"document these codes in docs/authoring.md: {missing}"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def warned(tmp_path):
    path = tmp_path / "warned.toml"
    path.write_text(TEXT.replace('"Sorry?", "What?"', '"Sorry?", "sorry?"'))
    return path


def test_validate_exits_0_on_warnings_and_1_with_strict(capsys, warned):
    code, out, _ = run(capsys, "validate", str(warned))
    assert code == 0 and "warning: states.ask.fallback.say: variant 3 repeats variant 2" in out
    assert "[D306]" in out and "1 warning" in out
    code, out, _ = run(capsys, "validate", "--strict", str(warned))
    assert code == 1


def test_validate_exits_1_on_errors_and_2_on_usage(capsys, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(TEXT.replace('goto = "ask"', 'goto = "nowhere"'))
    assert run(capsys, "validate", str(broken))[0] == 1
    assert run(capsys, "validate", str(tmp_path / "missing.toml"))[0] == 2


def test_validate_json_for_ci(capsys, warned, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(TEXT.replace("difficulty = 1", 'difficulty = "1"'))
    code, out, _ = run(capsys, "validate", "--format", "json", str(warned), str(broken))
    report = json.loads(out)
    assert code == 1 and report["errors"] == 1 and report["warnings"] == 1
    by_path = {Path_name(f["path"]): f for f in report["files"]}
    [error] = by_path["broken.toml"]["diagnostics"]
    assert error["code"] == "D105" and error["line"] == 6 and error["col"] == 14 and error["severity"] == "error"
    assert by_path["warned.toml"]["ok"] is True
    assert all(test["passed"] for test in by_path["warned.toml"]["tests"])


def Path_name(path: str) -> str:
    from pathlib import Path

    return Path(path).name


LEXICON_RULE = """
[[lexicon.rules]]
id = "mini.renewal"
label = "get:timeline"
needs = ["ask"]
patterns = ['''\\bwhen does (?:it|the contract) renew\\b''']
examples = [
  "So when does the contract renew?",
  "When does it renew, roughly?",
]
not_examples = ["I wonder when does it renew for you."]
"""


def test_a_lexicon_rule_that_hears_its_examples_is_clean(capsys, tmp_path):
    path = tmp_path / "heard.toml"
    path.write_text(TEXT.replace("\n[[tests]]", LEXICON_RULE + "\n[[tests]]", 1))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0 and "D312" not in out


def test_an_example_the_rule_never_hears_is_pointed_at_with_the_reason(capsys, tmp_path):
    text = TEXT.replace("\n[[tests]]", LEXICON_RULE.replace("When does it renew, roughly?",
                                                             "What is the renewal date?") + "\n[[tests]]", 1)
    path = tmp_path / "missed.toml"
    path.write_text(text)
    code, out, _ = run(capsys, "validate", "--strict", str(path))
    line = text.splitlines().index('  "What is the renewal date?",') + 1
    assert code == 1
    assert (f"missed.toml:{line}:4: warning: lexicon.rules[1].examples[2]: rule 'mini.renewal' does not hear "
            "its own example 'What is the renewal date?' [D312]") in out
    assert f" {line} |   \"What is the renewal date?\"," in out
    assert f"    |    {'^' * len('What is the renewal date?')}\n" in out
    assert "no pattern matches it" in out


def test_an_example_a_clause_check_drops_says_why(capsys, tmp_path):
    text = TEXT.replace("\n[[tests]]", LEXICON_RULE.replace('"So when does the contract renew?"',
                                                             '"I know when does the contract renew."')
                        + "\n[[tests]]", 1)
    path = tmp_path / "dropped.toml"
    path.write_text(text)
    _, out, _ = run(capsys, "validate", str(path))
    assert "does not hear its own example 'I know when does the contract renew.'" in out
    assert "a pattern matches, but the coach drops it" in out


def test_a_not_example_the_rule_hears(capsys, tmp_path):
    text = TEXT.replace("\n[[tests]]", LEXICON_RULE.replace('needs = ["ask"]\n', "") + "\n[[tests]]", 1)
    path = tmp_path / "overheard.toml"
    path.write_text(text)
    _, out, _ = run(capsys, "validate", str(path))
    assert ("lexicon.rules[1].not_examples[1]: rule 'mini.renewal' hears 'when does it renew' in "
            "'I wonder when does it renew for you.', listed as a reply it must not hear [D312]") in out


UNSURE_RULE = """
[[rules]]
phase = "after"
when.unsure = true
say = ["I'd have to check.", "No idea, sorry.", "Couldn't tell you offhand."]
"""


def test_a_not_sure_rule_with_nothing_listed_as_unknown_is_warned_about():
    assert codes(TEXT + UNSURE_RULE) == ["D313"]


def test_a_not_sure_rule_with_its_unknowns_listed_is_clean():
    text = TEXT.replace("\n[persona]", "unsure_about = ['''\\\\bpayroll\\\\b''']\n\n[persona]", 1)
    assert text != TEXT
    assert codes(text + UNSURE_RULE) == []


ASKED_FACT = """
[facts.deadline]
label = "the deadline"
text = "the contract ends in March"
reveal_on = ["get:timeline"]

[[rules]]
phase = "after"
when.asks = ["deadline"]
when.not_revealed = ["deadline"]
say = ["March, when the contract ends.", "End of March.", "The contract runs out in March."]
reveal = ["deadline"]
"""

SAID_AGAIN = """
[[rules]]
phase = "after"
when.asks = ["deadline"]
{guard}say = ["I've told you that already.", "Same answer as before.", "Asked and answered. What else?"]
"""


def test_a_persona_says_as_before_only_once_it_has_answered_before():
    # Ingrid said "Same answer as before." to a first "what's driving the search?" after a push: the rule
    # asking for a fact held whether or not the fact was told.
    assert codes(TEXT + ASKED_FACT + SAID_AGAIN.format(guard="")) == ["D314"]
    assert codes(TEXT + ASKED_FACT + SAID_AGAIN.format(guard='when.revealed = ["deadline"]\n')) == []


def test_a_first_answer_that_says_ive_told_you_nothing_is_not_flagged():
    # "Ha. You've already said yes" answers for the first time: only a claim to have answered is flagged.
    first = ASKED_FACT.replace('"End of March."', '"You\'ve already said yes, so: end of March."')
    assert codes(TEXT + first) == []


def test_an_acknowledgement_that_answers_a_question_nobody_asked_is_flagged():
    text = TEXT.replace("[persona]", 'acknowledge = ["Ooh, good question!", "Mm-hm. Go on."]\n\n[persona]', 1)
    assert codes(text) == ["D315"]
    assert codes(TEXT.replace("[persona]", 'acknowledge = ["Mm-hm. Go on."]\n\n[persona]', 1)) == []
