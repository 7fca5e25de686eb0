"""Run the tests a trainer pins inside a scenario file (`[[tests]]`).

A test is either a list of replies with expectations about the end, or a
transcript (`[[tests.turns]]`) checked turn by turn. A failure carries the
trace of the conversation up to the point where it went another way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dojo.coach import Lexicon, Signals, classify
from dojo.engine.events import Event
from dojo.engine.session import MAX_REPLY_CHARS, ReplyError, Session
from dojo.engine.trace import TraceTurn, names_rule, trace, trace_lines
from dojo.scenario.model import Scenario, ScenarioTest
from dojo.scenario.testplan import TurnExpect
from dojo.text import visible


@dataclass(frozen=True)
class TestResult:
    name: str
    failures: list[str]
    #: The conversation as played, up to the divergence (for the failure report).
    trace: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def run_test(scenario: Scenario, test: ScenarioTest) -> TestResult:
    session = Session(scenario, seed=test.seed)
    failures: list[str] = []
    replies = test.replies or [turn.reply for turn in test.turns]
    for number, reply in enumerate(replies, start=1):
        if session.finished:
            failures.append(f"the conversation ended at reply {number - 1}, before every reply was played")
            break
        try:
            session.reply(reply, heard=_heard(reply, session.lexicon))
        except ReplyError as err:
            failures.append(f"reply {number}: {err}")
            break
        if test.turns:
            failures += [f"turn {number}: {problem}" for problem in
                         _check_turn(test.turns[number - 1].expect, trace(session.events, scenario)[-1], session)]
            if failures:
                break
    if not session.finished:
        session.end()
    if not failures:
        failures = _check_end(test, session)
    return TestResult(test.name, failures, _trace_text(session.events, scenario) if failures else [])


def _heard(reply: str, lexicon: Lexicon) -> Signals | None:
    """What the coach hears in `reply` with `lexicon`, remembered for the run: pinned tests say the
    same few replies over and over across a library ("Sure, I'll send the info over."), and hearing
    depends on nothing but the words and the lexicon. None for a reply the session will refuse."""
    text = reply.strip()
    if not text or len(text) > MAX_REPLY_CHARS:
        return None
    key = (id(lexicon), text)
    known = _remembered.get(key)
    if known is not None and known[0] is lexicon:
        return known[1]
    signals = classify(text, lexicon)
    if len(_remembered) >= MAX_REMEMBERED:
        del _remembered[next(iter(_remembered))]  # the oldest
    _remembered[key] = (lexicon, signals)
    return signals


#: (lexicon id, reply) → (the lexicon, kept so its id stays its own; what was heard).
_remembered: dict[tuple[int, str], tuple[Lexicon, Signals]] = {}
MAX_REMEMBERED = 4096


def _check_turn(expect: TurnExpect, turn: TraceTurn, session: Session) -> list[str]:
    problems = []
    state = turn.to_state or turn.state
    if expect.state is not None and state != expect.state:
        problems.append(f"expected state {expect.state!r}, got {state!r}")
    said = " / ".join(turn.says)
    if expect.says is not None and expect.says.casefold() not in said.casefold():
        problems.append(f"expected the persona to say {expect.says!r}, got {said!r}")
    missing = [tag for tag in expect.tags if tag not in turn.tags]
    if missing:
        problems.append(f"expected tags {missing}, the line had {turn.tags}")
    heard = set(turn.heard) | {label.partition(":")[0] for label in turn.heard}
    for label in expect.heard:
        if label not in heard:
            problems.append(f"expected the coach to hear {label!r}, heard {', '.join(turn.heard) or 'nothing'}")
    for label in expect.not_heard:
        if label in heard:
            problems.append(f"expected the coach NOT to hear {label!r}, but it did")
    if expect.rule is not None and not names_rule(turn, expect.rule):
        problems.append(f"expected rule {expect.rule} to fire, got {turn.rule}")
    ending = session.ended.ending if session.ended else None
    if expect.ending is not None and ending != expect.ending:
        problems.append(f"expected ending {expect.ending!r}, got {ending or 'no ending yet'!r}")
    problems += _bounds(expect.min, expect.max, session.scores().model_dump())
    return problems


def _bounds(floors: dict, ceilings: dict, scores: dict) -> list[str]:
    problems = [f"expected {name} ≥ {floor}, got {scores[name]}" for name, floor in floors.items()
                if scores[name] < floor]
    problems += [f"expected {name} ≤ {ceiling}, got {scores[name]}" for name, ceiling in ceilings.items()
                 if scores[name] > ceiling]
    return problems


def _check_end(test: ScenarioTest, session: Session) -> list[str]:
    ended = session.ended
    assert ended is not None
    failures = []
    if test.expect_ending is not None and ended.ending != test.expect_ending:
        failures.append(f"expected ending {test.expect_ending!r}, got {ended.ending!r}")
    if test.expect_outcome is not None and ended.result != test.expect_outcome:
        failures.append(f"expected outcome {test.expect_outcome!r}, got {ended.result!r}")
    failures += _bounds(test.expect_min, test.expect_max, ended.scores.model_dump())
    revealed = session.revealed
    missing = [fact for fact in test.expect_revealed if fact not in revealed]
    if missing:
        failures.append(f"expected {', '.join(missing)} to be uncovered; uncovered: {', '.join(revealed) or 'nothing'}")
    told = [fact for fact in test.expect_not_revealed if fact in revealed]
    if told:
        failures.append(f"expected {', '.join(told)} to stay hidden, but the persona told it")
    return failures


def _trace_text(events: list[Event], scenario: Scenario) -> list[str]:
    return [visible(line) for turn in trace(events, scenario) for line in trace_lines(turn, scenario.persona.name)]


def run_tests(scenario: Scenario) -> list[TestResult]:
    return [run_test(scenario, test) for test in scenario.tests]
