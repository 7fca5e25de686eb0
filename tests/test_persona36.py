"""Persona lines from session 36: the three the lead found in play (session 35's notes), then batch28's wrong and non
lines, each pinned as a trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- the lead's play
@pytest.mark.parametrize(("prior", "their_gain"), [
    ([], "If that dropped to near zero by spring, what would it free your team up to do?"),
    (["How are rooms booked at the moment?"], "If that dropped to near zero by spring, what would it free your team up to do?"),
    (["How are rooms booked at the moment?"], "what would that free you up for?"),
])
def test_graham_asked_what_the_gain_would_free_his_team_up_to_do_answers_it(prior, their_gain):
    # Hope, put as a question after discovery: what his people would do instead, not how muddled things are today.
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [*prior, their_gain], seed=seed)
        assert any(word in line.lower() for word in ("porters", "booking team", "phone calls")), (seed, line)


def test_graham_asked_how_the_term_start_went_is_not_answered_as_if_told_it_was_lovely():
    # Small talk put as a question ("how was…?") is not met with "Ha, yes, isn't it!", a line for an exclamation.
    for seed in range(8):
        _, line = said_to_last("afraid-to-say-no", ["morning Graham, how was the term start?"], seed=seed)
        assert "isn't it" not in line.lower(), (seed, line)


@pytest.mark.parametrize("prior", [[], ["How long have you been looking?"],
                                   ["How long have you been looking?", "What's stopped a decision so far?"]])
def test_helen_asked_what_it_costs_each_month_says_nobody_has_costed_it(prior):
    # The cost of the way things are, asked of today: she has never put a number on it, and says so, instead of
    # her eighteen months or the 2022 flop again.
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [*prior, "what's it costing you each month?"], seed=seed)
        assert "number" in line.lower() or "costed" in line.lower() or "figure" in line.lower(), (seed, line)


# ---------------------------------------------------------------- batch28: Ingrid
_INGRID_SO_FAR = ["Listen, Ingrid, I'll give you a price, no problem, but first tell me: why are you looking now, what's "
                  "wrong with what you have?",
                  "Okay, so tell me, when is your contract with them finishing?"]


def test_ingrid_offered_a_number_for_a_meeting_with_the_signer_after_a_colon_hears_the_trade():
    # The ask after a colon and a bare "Deal?": the statement before the tag is the question she answers.
    reply = "Look, if I give you a good number, I want something back: a meeting with the person who signs. Deal?"
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", [*_INGRID_SO_FAR, reply], seed=seed)
        assert "signer" in session.memory.revealed, (seed, line)
        assert "for free" not in line, (seed, line)


def test_ingrid_offered_a_discount_to_sign_by_month_end_does_not_tell_her_contract_date():
    replies = ["Hello Ingrid. Price I can tell, but first one question. Why you are changing telematics now?",
               "I can give 10 percent discount if you sign before end of month. Is this possible?"]
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", replies, seed=seed)
        assert "deadline" not in session.memory.revealed, (seed, line)
        assert "sign" in line.lower(), (seed, line)


def test_ingrid_asked_how_many_of_her_three_hundred_trucks_have_the_app_gives_the_count_not_the_photos():
    reply = "Fine. So how many of the three hundred trucks have the drivers' app today?"
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", [*_INGRID_SO_FAR, reply], seed=seed)
        assert "pain" not in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- batch28: Mags
_MAGS_THAI = ["Sawasdee ka Mags. I can send brochure, no problem, but may I ask first, what you will do after you read it?",
              "Ok ka. Now how you make the shift schedule for 400 cleaner, by excel?",
              "If somebody not come to work, who find new person?"]


def test_mags_asked_what_she_will_do_after_reading_it_tells_only_the_re_tender():
    for seed in SEEDS:
        session, line = said_to_last("errand-sender", _MAGS_THAI[:1], seed=seed)
        assert "driver" in session.memory.revealed and "pain" not in session.memory.revealed, (seed, line)


def test_mags_asked_how_she_makes_the_schedule_without_a_do_names_her_spreadsheets():
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", _MAGS_THAI[:2], seed=seed)
        assert "spreadsheet" in line.lower(), (seed, line)


def test_mags_asked_who_finds_a_new_person_says_it_is_her_not_who_signs():
    for seed in SEEDS:
        session, line = said_to_last("errand-sender", _MAGS_THAI, seed=seed)
        assert "signer" not in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- batch28: Denise
_DENISE = ["Oh, sure thing, Denise, we can get you a quote, no problem. Just so I do it right, what's got you looking for "
           "a new cleaner?",
           "Oh for cryin' out loud, that's no good. Is the current outfit gonna be quoting too?"]


def test_denise_asked_if_the_current_outfit_is_quoting_too_says_they_are_not_what_went_wrong():
    for seed in SEEDS:
        session, line = said_to_last("third-quote", _DENISE, seed=seed)
        assert "gap" not in session.memory.revealed, (seed, line)
        assert "quote" in line.lower() or "putting one in" in line.lower(), (seed, line)


def test_denise_told_it_is_fine_if_she_is_set_on_keeping_them_answers_straight():
    replies = [*_DENISE, "Gotcha. And honestly, if you're pretty much set on keeping who you've got, that's totally "
                         "okay, you can just tell me."]
    for seed in SEEDS:
        session, line = said_to_last("third-quote", replies, seed=seed)
        assert "gap" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- batch28: Theo and Beth
_THEO = ["Delighted to help, Mr Brandt. Might I first enquire what the report is for, and who will read it?",
         "I see. Would there be funds set aside for such a project this year, or is that a matter for another day?"]


def test_theo_told_there_is_no_shame_if_it_is_purely_an_exploration_says_it_is_research():
    reply = "Forgive my candour, but there is no shame whatever if this is purely an exploration. I would simply rather know."
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [*_THEO, reply], seed=seed)
        assert "research" in line.lower() or "nobody's buying" in line.lower(), (seed, line)


def test_theo_asked_leave_to_telephone_once_the_board_has_read_his_report_lets_the_rep_check_back():
    reply = "Then might I beg leave to telephone you once the board has read your report?"
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [*_THEO, reply], seed=seed)
        assert "try this hard" not in line and "nobody's buying" not in line.lower(), (seed, line)


def test_begging_leave_or_pardon_is_not_pleading():
    from dojo.coach import classify
    for formal in ["Then might I beg leave to telephone you once the board has read your report?", "I beg your pardon?",
                   "I beg to differ."]:
        assert not classify(formal).chase, formal
    assert "pleading" in classify("We humbly beg your kind favour.").chase


def test_beth_asked_when_i_can_call_you_next_time_after_her_truth_names_the_renewal():
    replies = ["Hello Beth. Thank you. I have question: how your firm records the hours now?",
               "It is fine if you say no. No problem for me. Is this real project or not?",
               "When I can call you next time?"]
    for seed in SEEDS:
        session, line = said_to_last("too-nice", replies, seed=seed)
        assert "renewal" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- earlier wrong lines
def test_mags_asked_who_must_see_the_numbers_before_approval_names_who_signs():
    replies = ["Happy to send something, Mags. To make it relevant, how many shifts go uncovered in a typical week?",
               "Who would need to see the numbers before anything's approved?"]
    for seed in SEEDS:
        session, line = said_to_last("errand-sender", replies, seed=seed)
        assert "signer" in session.memory.revealed, (seed, line)


def test_jamie_asked_if_finance_will_want_to_see_the_numbers_is_not_asked_about_her_no_shows():
    replies = ["And you'd need someone senior to sign off, presumably?",
               "I'm guessing finance will want to see the numbers?"]
    for seed in SEEDS:
        session, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert "pain" not in session.memory.revealed, (seed, line)
