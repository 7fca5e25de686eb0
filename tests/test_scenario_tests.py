"""Tests a trainer pins as transcripts, `dojo test`, and the pytest plugin."""

from __future__ import annotations

import pytest

from dojo.cli import main
from dojo.engine.selftest import run_tests
from dojo.scenario.load import parse_scenario
from tests.conftest import MINI

pytest_plugins = ("pytester",)

TEXT = MINI.read_text(encoding="utf-8")

TRANSCRIPT = """
[[tests]]
name = "a transcript"

[[tests.turns]]
reply = "Sure — what will you decide once you have it?"
expect = { state = "ask", says = "{says}", heard = ["get:criteria"], ending = "won", min = { reciprocity = 50 } }
"""

TWO_TURNS = """
[[tests]]
name = "two turns"

[[tests.turns]]
reply = "Hello there."
expect = { state = "ask", tags = [], not_heard = ["give"], rule = "states.ask.fallback" }

[[tests.turns]]
reply = "Sure, I'll send the info over."
expect = { ending = "won" }
"""


def with_test(block: str, says: str = "by the 30th") -> str:
    return TEXT + block.replace("{says}", says)


def result_named(text: str, name: str):
    return next(r for r in run_tests(parse_scenario(text)) if r.name == name)


def test_a_transcript_test_passes_when_every_turn_matches():
    assert result_named(with_test(TRANSCRIPT), "a transcript").passed


def test_a_failing_transcript_names_the_turn_and_traces_up_to_the_divergence():
    result = result_named(with_test(TRANSCRIPT + TWO_TURNS), "two turns")
    assert result.failures == ["turn 2: expected ending 'won', got 'ghosted'"]
    trace = "\n".join(result.trace)
    assert "turn 1  [ask] You: Hello there." in trace
    assert "rule:  states.ask.fallback" in trace
    assert '''rule:  states.ask.rules[2] (heard give "I'll send the info", did not hear get)''' in trace
    assert "heard: give:" in trace and "⇒ ending ghosted" in trace


def test_a_wrong_fragment_is_reported_with_what_was_said():
    [failure] = result_named(with_test(TRANSCRIPT, says="Friday"), "a transcript").failures
    assert failure.startswith("turn 1: expected the persona to say 'Friday', got ")


def test_a_test_needs_replies_or_turns_not_both():
    text = TEXT + '\n[[tests]]\nname = "empty"\nexpect_outcome = "win"\n'
    with pytest.raises(Exception, match="either `replies`"):
        parse_scenario(text)


def test_an_unknown_state_in_a_transcript_expectation_is_a_bad_reference():
    from dojo.scenario.load import check_text

    _, [problem] = check_text(with_test(TRANSCRIPT.replace('state = "ask"', 'state = "aks"')), "x.toml")
    assert problem.code == "D101" and "did you mean 'ask'?" in problem.message


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dojo_test_prints_dots_and_a_summary(capsys, tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(with_test(TRANSCRIPT + TWO_TURNS))
    code, out, _ = run(capsys, "test", str(path))
    assert code == 1
    assert out.splitlines()[0] == f"{path} ...F"
    assert f"FAILED {path}::two turns" in out
    assert out.rstrip().splitlines()[-1].startswith("3 passed, 1 failed in ")


def test_dojo_test_k_selects_by_name(capsys, tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(with_test(TRANSCRIPT + TWO_TURNS))
    code, out, _ = run(capsys, "test", str(path), "-k", "TRANSCRIPT", "-v")
    assert code == 0 and "::a transcript PASSED" in out and "two turns" not in out
    code, out, _ = run(capsys, "test", str(path), "-k", "nothing-like-this")
    assert code == 1 and "no test name contains 'nothing-like-this'" in out


def test_dojo_test_reports_a_broken_file_as_an_error(capsys, tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(TEXT.replace("difficulty = 1", 'difficulty = "1"'))
    code, out, _ = run(capsys, "test", str(path))
    assert code == 1 and "[D105]" in out and out.rstrip().endswith(out.rstrip().splitlines()[-1])
    assert "0 passed, 1 error" in out


def test_the_pytest_plugin_collects_scenario_tests(pytester):
    pytester.makefile(".toml", good=with_test(TRANSCRIPT), bad=with_test(TWO_TURNS))
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:textual-snapshot", "-p", "no:asyncio")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(["*turn 2: expected ending 'won', got 'ghosted'*",
                                 "*the conversation, up to where it went another way:*"])


def test_the_pytest_plugin_shows_load_errors_as_diagnostics(pytester):
    pytester.makefile(".toml", broken=TEXT.replace('goto = "ask"', 'goto = "aks"'))
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:textual-snapshot", "-p", "no:asyncio")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*states.ask.fallback.goto: unknown state 'aks'*[[]D101[]]*"])
