"""Run the tests a trainer pins inside a scenario file (`[[tests]]`)."""

from __future__ import annotations

from dataclasses import dataclass

from dojo.engine.session import ReplyError, Session
from dojo.scenario.model import Scenario, ScenarioTest


@dataclass(frozen=True)
class TestResult:
    name: str
    failures: list[str]

    @property
    def passed(self) -> bool:
        return not self.failures


def run_test(scenario: Scenario, test: ScenarioTest) -> TestResult:
    session = Session(scenario, seed=test.seed)
    failures = []
    for number, reply in enumerate(test.replies, start=1):
        if session.finished:
            failures.append(f"the conversation ended at reply {number - 1}, before every reply was played")
            break
        try:
            session.reply(reply)
        except ReplyError as err:
            failures.append(f"reply {number}: {err}")
            break
    if not session.finished:
        session.end()
    ended = session.ended
    if test.expect_ending is not None and ended.ending != test.expect_ending:
        failures.append(f"expected ending {test.expect_ending!r}, got {ended.ending!r}")
    if test.expect_outcome is not None and ended.result != test.expect_outcome:
        failures.append(f"expected outcome {test.expect_outcome!r}, got {ended.result!r}")
    scores = ended.scores.model_dump()
    for name, floor in test.expect_min.items():
        if scores[name] < floor:
            failures.append(f"expected {name} ≥ {floor}, got {scores[name]}")
    for name, ceiling in test.expect_max.items():
        if scores[name] > ceiling:
            failures.append(f"expected {name} ≤ {ceiling}, got {scores[name]}")
    revealed = session.revealed
    missing = [fact for fact in test.expect_revealed if fact not in revealed]
    if missing:
        failures.append(f"expected {', '.join(missing)} to be uncovered; uncovered: {', '.join(revealed) or 'nothing'}")
    told = [fact for fact in test.expect_not_revealed if fact in revealed]
    if told:
        failures.append(f"expected {', '.join(told)} to stay hidden, but the persona told it")
    return TestResult(test.name, failures)


def run_tests(scenario: Scenario) -> list[TestResult]:
    return [run_test(scenario, test) for test in scenario.tests]
