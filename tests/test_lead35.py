"""What the lead found playing the personas in session 35, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from tests.persona_play import said_to_last

_IF_I_THEN_WOULD_YOU = [
    "If I give you 8 percent off, can you confirm the order this Friday?",
    "If I can get you to 8% off, would you sign this week?",
    "ok. if we can do 10% off for you, will your team place the order by month end",
]


@pytest.mark.parametrize("trial_close", _IF_I_THEN_WOULD_YOU)
def test_money_off_offered_if_they_will_sign_is_a_trade_not_a_give_for_nothing(trial_close):
    # "If I …, would you …?" is the oldest trade in the book: the discount waits on their order. Scored as
    # "gave discount without asking for anything in return" it taught reps that trading was wrong.
    codes = [event.code for event in Coach().score(1, classify(trial_close), ())]
    assert "traded" in codes and "gave_without_get" not in codes, codes


@pytest.mark.parametrize("trial_close", [*_IF_I_THEN_WOULD_YOU,
                                         "If we get the demo done, would you be ready to go ahead by month end?"])
def test_their_commitment_asked_back_for_the_reps_move_asks_for_the_sale(trial_close):
    # Asking whether they will sign is asking for the sale, as "8% off if you sign this week?" already was.
    assert classify(trial_close).close_ask


@pytest.mark.parametrize("not_the_sale", [
    "If we send the spec over, could you book the training room for Thursday?",
    "If I sign you up for the webinar, would you pass it on to the team?",
    "If we did the survey in May, would you still be the one to sign for the delivery?",
])
def test_a_favour_asked_back_that_is_not_their_order_asks_for_no_sale(not_the_sale):
    assert not classify(not_the_sale).close_ask


@pytest.mark.parametrize("their_numbers", ["I'll bring the numbers from the Leeds rollout.",
                                           "I'll bring the figures from when we did Harrogate."])
def test_the_numbers_from_a_job_we_did_elsewhere_are_a_case_study_not_our_prices(their_numbers):
    # Helen was told "traded pricing for meeting" for a promise to bring another customer's results.
    signals = classify(their_numbers)
    assert signals.gives == ["case_study"], signals.gives


@pytest.mark.parametrize("our_numbers", ["I'll send the numbers from the Leeds office.",
                                         "I'll bring the figures for the Leeds depot."])
def test_numbers_from_our_office_or_for_their_depot_stay_a_price(our_numbers):
    assert classify(our_numbers).gives == ["pricing"]


@pytest.mark.parametrize("why_shopping", ["hi Ingrid, quick question first: what's pushing the review?",
                                          "What sparked the search for a new supplier?"])
def test_ingrid_asked_what_is_pushing_her_review_says_why_she_is_shopping(why_shopping):
    # Heard as nothing, this drew "Mm. I compare numbers, not conversations." from Ingrid, and no Empathy.
    assert "empathy" in classify(why_shopping).stages
    for seed in range(4):
        _, line = said_to_last("discount-hunter", [why_shopping], seed=seed)
        assert "eighteen percent" in line or "renewal" in line, (seed, line)


def test_what_the_rep_is_pushing_is_no_discovery_question():
    assert "empathy" not in classify("What I'm pushing this quarter is the new range.").stages


def test_a_no_s_fine_gives_beth_permission_to_say_no_and_she_stops_being_nice():
    # "A no's fine." was not heard: Beth kept asking for a proposal and the debrief said permission was missed.
    replies = ["Aye, cheers for having me in. Place looks braw since the refit.",
               "So what's the story, what's got you thinking about this now?",
               "Be honest with me, is this something you'd actually go for, or are you just being nice? A no's fine."]
    assert classify(replies[-1]).permission
    for seed in range(4):
        _, line = said_to_last("too-nice", replies, seed=seed)
        assert "proposal" not in line.lower(), (seed, line)


def test_asking_denise_if_she_is_genuinely_shopping_invites_a_no_and_asks_no_dates():
    # The second opinion read a timeline into the candour question, and Denise answered with her board's dates.
    signals = classify("Shot. Can I ask, are you genuinely shopping, or is it more that you need a third quote for the file?")
    assert signals.permission and "timeline" not in signals.gets, signals


def test_wanting_to_know_where_the_rep_stands_is_no_discovery_question():
    assert "empathy" not in classify("No stress either way, I'd just rather know where I stand so I don't waste your "
                                     "time.").stages
    assert "empathy" in classify("I'd rather know now how many vans you run").stages


@pytest.mark.parametrize("their_routine", [
    "What does a normal Monday morning look like for your front desk at the moment?",
    "what's a typical Tuesday afternoon like in the kitchen?",
])
def test_a_typical_day_of_theirs_asked_about_is_discovery_not_a_slot(their_routine):
    signals = classify(their_routine)
    assert "meeting" not in signals.gets and "empathy" in signals.stages, signals


def test_graham_asked_about_a_normal_monday_does_not_agree_to_a_meeting_nobody_asked_for():
    replies = ["Good afternoon! Hope the move into the new unit went smoothly.",
               "What does a normal Monday morning look like for your front desk at the moment?"]
    for seed in range(4):
        _, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        assert "put it in" not in line.lower(), (seed, line)


@pytest.mark.parametrize("slot", ["Can we do a Monday morning?", "Are you free Tuesday afternoon?"])
def test_a_day_put_to_them_is_still_a_meeting_asked_for(slot):
    assert "meeting" in classify(slot).gets


@pytest.mark.parametrize("their_gain", ["If that dropped to near zero by spring, what would it free your team up to do?",
                                        "what would that free you up for?"])
def test_what_the_gain_frees_them_up_to_do_asked_is_hope(their_gain):
    assert "hope" in classify(their_gain).stages


def test_what_would_free_up_their_budget_is_no_hope():
    assert "hope" not in classify("What would free up your budget?").stages


def test_their_big_week_named_is_rapport_and_jamie_is_not_asked_about_her_pain():
    opener = "G'day Jamie, cheers for ringing back. Sounds like it's been a big week at Fernhill."
    assert classify(opener).stages == ["rapport"]
    for seed in range(4):
        _, line = said_to_last("not-the-decision-maker", [opener], seed=seed)
        assert "forty" not in line.lower(), (seed, line)


def test_their_trouble_said_back_after_sounds_like_is_still_discovery():
    assert "empathy" in classify("Sounds like the reminders are the real problem.").stages


def test_how_long_they_have_been_evaluating_is_discovery_not_their_criteria():
    # Helen's opener "how long have you been evaluating options for this?" was booked as asking for her criteria.
    signals = classify("how long have you been evaluating options for this?")
    assert "criteria" not in signals.gets and "empathy" in signals.stages, signals
    assert "criteria" in classify("How are you comparing the vendors?").gets
