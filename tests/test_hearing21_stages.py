"""Judgments found in session 21 on the practice reps' own lines, each named after what a trainer hears: asking who
scores, marks or picks between the quotes asks for the people who decide, not about their day."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. who chooses between the offers

@pytest.mark.parametrize("reply", [
    "Who scores the quotes?",
    "who scors the qoutes",
    "Who's marking them?",
    "Right, and who picks the system at the end, you or someone in fleet?",
    "Who does the scoring?",
    "Who will be evaluating the quotations from your side?",
    "The 140 questions will take me a day. Who reads the answers once they're in?",
    "Who's the one that actually says aye to spending on this?",
])
def test_asking_who_scores_or_picks_between_the_quotes_asks_for_the_deciders_not_their_day(reply):
    heard = rules_alone(reply)
    assert "decision_makers" in heard.gets, why(reply)
    assert "empathy" not in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Who reads the meters at the depot?",
    "Who picks the orders in the warehouse on a Saturday?",
    "Who picks up the phone when a cleaner doesn't show?",
    "Who does the picking on a Saturday, the lads or the agency staff?",
    "Before I dive in, what's the report for and who reads it?",
])
def test_who_does_the_work_of_their_day_is_still_discovery(reply):
    heard = rules_alone(reply)
    assert "decision_makers" not in heard.gets, why(reply)
    assert "empathy" in heard.stages, why(reply)


# ---------------------------------------------------------------- 2. asking whether the deal is real invites a no

@pytest.mark.parametrize("reply", [
    "Are we a real option here, or just the third quote?",
    "Is this a genuine tender, or a benchmarking exercise against your incumbent?",
    "be honest, has it already gone to somebody else",
    "Would you actually tell me if this was going nowhere?",
    "Hi Graham. Are you actually looking to buy something?",
    "Straight up: any real chance?",
])
def test_asking_whether_the_deal_is_real_invites_a_no_and_earns_trust(reply):
    heard = rules_alone(reply)
    assert heard.permission and "trust" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How am I supposed to help if the decision's already made?",
    "Sorry, missed that. Already chosen someone, did you say?",
    "Going forward, is it the same crew every night?",
])
def test_a_grumble_a_line_said_back_or_going_forward_asks_nothing_of_the_deal(reply):
    assert "trust" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 3. thanks for their candour, or said to them by name

@pytest.mark.parametrize("reply", [
    "Thanks for telling me. When could that decision be looked at again?",
    "Understood, thanks for being straight. When's the next review?",
    "Hi Graham, thanks. How are rooms booked at the moment?",
    "hi beth!! aw thx :) so how do ppl log their hours rn",
    "Ah, cheers Beth, that's lovely. How are ye tracking the hours just now?",
])
def test_thanks_for_their_candour_or_said_to_them_by_name_is_rapport_beside_the_question(reply):
    assert "rapport" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Hi Tom, thanks for the PO.",
    "Thanks for letting me know about the road closure.",
])
def test_thanks_for_a_document_for_news_or_on_the_way_out_is_no_rapport(reply):
    assert "rapport" not in rules_alone(reply).stages, why(reply)
