"""Judgments found in session 25 by the lead playing a rep, each named after what a trainer hears: a named customer's
measured result is proof, quoted by the result; a no made safe in second-language English is permission to say no,
and asking whether they would stay advises nothing; a question about who or what on their side earns no Trust, whatever
its "if" weighs for the learned model."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why
from tests.test_learned import hearing_only


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


# ---------------------------------------------------------------- 3. permission to say no in a second language

@pytest.mark.parametrize("reply", [
    "honest question, if they come down 18%, you stay with them? if yes is totally ok, we can stop here, no hard feeling",
    "if they match our price you stay with them? if yes, is totally ok",
    "If the budget goes to the new kitchen, we can stop here.",
    "maybe the timing is wrong for you, no hard feeling if so",
])
def test_a_no_made_safe_in_second_language_english_is_permission_to_say_no(reply):
    assert rules_alone(reply).permission, why(reply)
    assert classify(reply).permission, why(reply)


@pytest.mark.parametrize("reply", [
    "We can stop here for today and pick up on Tuesday.",
    "Is Thursday good for you? If yes, I'll book the room.",
    "We can stop here at the depot on the way back.",
])
def test_a_meeting_wrapped_up_or_a_slot_confirmed_invites_no_no(reply):
    assert not rules_alone(reply).permission, why(reply)


@pytest.mark.parametrize("reply", [
    "honest question, if they come down 18%, you stay with them? if yes is totally ok, we can stop here, no hard feeling",
    "If they come down on price, would you stay with them?",
    "you stick with your current supplier if they match us?",
])
def test_asking_whether_they_would_stay_is_not_advice_to_stay(reply):
    quotes = [match.text for match in rules_alone(reply).matches if match.rule == "stage.honest-advice"]
    assert not quotes, why(reply)


@pytest.mark.parametrize("reply", [
    "If you're happy with the current guy, stay with him.",
    "honestly if the price is the only issue, stick with your current supplier",
])
def test_advice_to_stay_put_told_is_still_candour(reply):
    assert "trust" in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 2. a question about their side earns no Trust

@pytest.mark.parametrize("reply", [
    "If this went ahead, who would own document intake, their team or yours?",
    "We're curious: who would actually own document intake if this went ahead?",
])
def test_a_question_about_who_would_own_the_work_earns_no_trust(reply):
    assert "trust" not in classify(reply).stages, why(reply)


def test_a_question_about_who_or_what_on_their_side_tells_them_nothing_to_trust(monkeypatch):
    # However sure the model is of Trust in the words of a who-question ("if", "we're"), the question tells nothing.
    hearing_only(monkeypatch, "stage:trust", "if")
    assert "trust" not in classify("Who would actually own document intake if this went ahead?").stages
    assert "trust" not in classify("So if we went ahead, what would your team need from us?").stages


def test_trust_the_model_hears_in_what_the_rep_tells_is_still_heard(monkeypatch):
    hearing_only(monkeypatch, "stage:trust", "if")
    assert "trust" in classify("If it helps, our Helsinki customer will take your call about their install.").stages
    assert "trust" in classify("If the numbers don't hold, which they might not, you walk away.").stages
