"""Judgments found in session 25 by the lead playing a rep, each named after what a trainer hears: a named customer's
measured result is proof, quoted by the result."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why


def trust_quotes(reply: str) -> list[str]:
    """The words each Trust the coach heard in `reply` is quoted by."""
    return [match.text for match in classify(reply).matches if match.label == "stage:trust"]


# ---------------------------------------------------------------- 4. a named customer's measured result is proof

@pytest.mark.parametrize(("reply", "result"), [
    ("Grupo Solaris, a hotel chain in Brazil, had the same fear after a bad rollout; we trained hotel by hotel and 92% "
     "of the staff was using it after six weeks.", "92%"),
    ("A logistics firm in Gdansk had the same worry. We rolled it out depot by depot and 85% of their drivers were "
     "on it after three months.", "85%"),
    ("The clinic in Moengo was sceptical too; 70 percent of their nurses used it daily after two weeks.", "70 percent"),
])
def test_a_named_customers_measured_result_is_proof_quoted_by_the_result(reply, result):
    assert "trust" in rules_alone(reply).stages, why(reply)
    assert any(result in quote for quote in trust_quotes(reply)), why(reply)


@pytest.mark.parametrize("reply", [
    "Our new website finally went live on Monday, after a month of delays.",
    "If 80% of your staff are using it after six weeks, we'll talk about the second site.",
    "What share of your staff would be using it after six weeks, do you think?",
])
def test_a_wait_or_a_target_of_theirs_is_no_customers_result(reply):
    assert "trust" not in rules_alone(reply).stages, why(reply)

