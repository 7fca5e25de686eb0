"""Judgments found in session 23's persona play (second pass), each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import why

# ---------------------------------------------------------------- 1. offering to quote


@pytest.mark.parametrize("reply", ["happy to quote.", "happy to quote for it", "I can quote you Monday"])
def test_offering_to_quote_is_the_proposal_given(reply):
    assert "proposal" in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "happy to quote the figure from their report",
    "I'll quote from the review if it helps",
    "If it goes well, could we quote you on our website?",
    "Happy to quote. Mind if I ask what's prompted it?",
])
def test_quoting_words_or_agreeing_only_to_ask_first_gives_no_proposal(reply):
    assert "proposal" not in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 2. asking to talk at a later time


@pytest.mark.parametrize("reply", ["a brief word nearer that time?", "talk in aug then?", "fair. talk in aug then?"])
def test_asking_to_talk_again_later_is_a_meeting(reply):
    heard = classify(reply)
    assert "meeting" in heard.gives or "meeting" in heard.gets, why(reply)


@pytest.mark.parametrize("reply", ["did you talk in aug then?", "we talked in august, didn't we?"])
def test_a_talk_already_had_is_no_meeting(reply):
    heard = classify(reply)
    assert "meeting" not in heard.gives and "meeting" not in heard.gets, why(reply)


# ---------------------------------------------------------------- 6. money off for their commitment, asked


@pytest.mark.parametrize("reply", ["20% off if you commit by Friday?", "another 5% if you sign this week?"])
def test_money_off_for_committing_put_as_a_question_asks_for_the_close(reply):
    heard = classify(reply)
    assert "discount" in heard.gives and heard.close_ask, why(reply)


@pytest.mark.parametrize("reply", [
    "we can do twenty five % off if you commit to two years",
    "Was it 20% off if they committed by Friday?",
])
def test_money_off_stated_or_recalled_asks_for_no_close(reply):
    assert not classify(reply).close_ask, why(reply)


# ---------------------------------------------------------------- 5. who our paper goes to


@pytest.mark.parametrize("reply", ["who's the brochure going to?", "who the brochure is going to?", "who's the deck for?"])
def test_asking_who_the_brochure_goes_to_asks_who_decides(reply):
    heard = classify(reply)
    assert "decision_makers" in heard.gets and "rapport" not in heard.stages, why(reply)


def test_who_prints_the_brochure_asks_for_no_decision_maker():
    reply = "Who's the brochure going to be printed by?"
    assert "decision_makers" not in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 3. a month before their date is when, not a trial


def test_a_month_before_their_date_is_when_not_a_trial():
    reply = "pop something in for a month or so before that?"
    assert "trial" not in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "we can leave a demo unit with you for a month",
    "pop a unit in for a month, see how the lads get on?",
])
def test_a_unit_left_for_a_month_is_still_a_trial(reply):
    assert "trial" in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 7. a question after a short opener


@pytest.mark.parametrize("reply", [
    "Thanks, what's broken?", "ok fair, how many vans go out?", "I won't send a brochure, what's broken?",
])
def test_a_question_after_a_thanks_or_a_give_held_back_is_still_discovery(reply):
    assert "empathy" in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Our lads finally got the new van back from the garage this morning, how good is that?",
    "Sorry, who was that?",
])
def test_a_question_after_news_or_an_apology_is_not_discovery(reply):
    assert "empathy" not in classify(reply).stages, why(reply)


# ---------------------------------------------------------------- 4. what our paper is for, asked before sending it


@pytest.mark.parametrize("reply", ["b4 i send anything, whats the brochure for?", "what do you need the quote for?"])
def test_asking_what_the_brochure_is_for_is_discovery_and_gives_nothing(reply):
    heard = classify(reply)
    assert "empathy" in heard.stages, why(reply)
    assert not heard.gives and not heard.chase, why(reply)


def test_what_our_own_brochure_is_for_is_no_discovery():
    reply = "what's our brochure for, anyway?"
    assert "empathy" not in classify(reply).stages, why(reply)
