"""Gives judgments found in session 21 on the practice reps' own lines, each named after what a trainer hears: a
capability the prospect asked about, affirmed in answer ("yes, we have offline mode", "we handle both"), is a fact told,
though it carries no number or standard; a day agreed, their own order, a supposition and a question are not. The
thing they asked for, said yes to in a word ("a demo's no problem", "one more demo, sure"), is offered now; one asked
about, supposed or put off by the next sentence is not, nor is a quote promised beside a discovery question."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import candidates

# ---------------------------------------------------------------- 1. a capability affirmed in answer is told

@pytest.mark.parametrize("reply", [
    "Yes, we have offline mode, and gamification too. How long have you been looking?",
    "hi helen yes we do both. how long hav u been evaluating",
    "We handle both. Why ask?",
    "Yes to both. Item one on my list: how long has the evaluation run?",
    "Hello Theo, about handwriting, yes we read it. But please, for what is the research?",
    "Aye, we handle the night shifts as well. Who else sits on the panel?",
])
def test_a_capability_affirmed_in_answer_is_information_told(reply):
    assert "information" in classify(reply).gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Yes, we have your order down for the Tuesday run.",
    "Yeah we can do Friday at two if that suits.",
    "Suppose we have both, Helen. What would happen after the demo?",
    "Do we have both? Do you need both, Helen?",
    "yeah yeah so we do um the polyurethane holds, full set for a forty metre wall is like eight and a half k",
])
def test_their_order_a_day_agreed_a_supposition_or_a_question_tells_no_capability(reply):
    assert "information" not in classify(reply).gives, candidates(reply)


# ---------------------------------------------------------------- 2. the thing asked for, said yes to in a word, is offered

@pytest.mark.parametrize(("reply", "give"), [
    ("A demo's no problem, Jamie. What's the main problem at the clinics right now?", "demo"),
    ("Sure, demo's easy. Who signs?", "demo"),
    ("One more demo, sure. How many demos have you sat through so far?", "demo"),
    ("A sandbox login is easy. By when do you need to have chosen something?", "trial"),
    ("A walkthrough's no problem, Sunita. What's slowing the night team down?", "demo"),
    ("Another case study, of course. Who is it for, you or the board?", "case_study"),
])
def test_the_thing_they_asked_for_said_yes_to_in_a_word_is_offered_now(reply, give):
    assert give in classify(reply).gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Is a demo possible for the Leeds site next week?",
    "Whether a demo's possible depends on the lab.",
    "A demo's no problem at all! Before I set it up: what's behind the call, and why now?",
    "A quote by Monday, sure. What's made you look around?",
])
def test_a_thing_asked_about_supposed_put_off_or_a_quote_promised_beside_discovery_is_not_offered(reply):
    assert not classify(reply).gives, candidates(reply)
