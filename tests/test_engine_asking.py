"""A fact that needs a question is told to a question about it, not to its topic said in passing."""

from __future__ import annotations

import pytest

from dojo.engine import Session
from dojo.scenario.library import load_library, shipped_dir


@pytest.fixture(scope="module")
def evaluator():
    # Helen's facts all need a real question (a hard persona): "how long" is told only when asked.
    return load_library([shipped_dir()]).entries["eternal-evaluator"].scenario


def test_a_reflection_beside_an_unrelated_question_does_not_ask_for_the_fact(evaluator):
    session = Session(evaluator, seed=1)
    session.reply("That sounds exhausting. Is the spreadsheet in Excel?")
    assert "history" not in session.revealed
    assert session.state == "comparing"


@pytest.mark.parametrize("reply", [
    "That sounds exhausting. How long have you been looking?",
    "How long have you been looking? Twenty-eight hotels is a lot to cover.",
])
def test_the_same_topic_asked_as_a_question_is_answered_wherever_it_sits(evaluator, reply):
    session = Session(evaluator, seed=1)
    session.reply(reply)
    assert "history" in session.revealed
    assert session.state == "probing"
