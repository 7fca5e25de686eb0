"""Persona lines from session 39: batch30's leftovers, the wrong lines of earlier batches whose cause was clear, then
batch31's wrong and non lines, each pinned as a trainer would notice it, across seeds.

Every persona test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the
prospect's line. The hearing tests assert what the coach hears in the reply, rules alone and with the second opinion.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.persona_play import said_to_last

SEEDS = range(4)
RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()
BOTH = pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])

DECLINED_BROCHURES = [
    "Look, I could email a brochure but you'd bin it. Can we do twenty minutes on Thursday instead, with whoever does "
    "the rotas?",
    "Honestly Mags, I could send you a brochure but I don't think you'd read it. Could we do fifteen minutes on Friday "
    "morning instead?",
]


# ---------------------------------------------------------------- batch30's leftovers
@BOTH
@pytest.mark.parametrize("reply", [
    *DECLINED_BROCHURES,
    "I could send the deck, but you'd never read it.",
    "I could email the deck, but it'll only sit in your inbox.",
])
def test_a_give_the_rep_turns_down_because_it_would_go_unread_offers_nothing(lexicon, reply):
    # "I could send X but you'd bin it" withdraws the give for a reason on their side: nothing is offered.
    assert "information" not in classify(reply, lexicon=lexicon).gives, reply


@BOTH
def test_a_give_with_a_but_about_their_side_that_adds_a_term_still_stands(lexicon):
    assert "information" in classify("I could send the brochure, but you'd need to give me your address.",
                                     lexicon=lexicon).gives


@pytest.mark.parametrize("reply", DECLINED_BROCHURES)
def test_mags_told_the_brochure_is_not_coming_does_not_say_send_it(reply):
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", [reply], seed=seed)
        assert "you can send that" not in line.lower(), (seed, line)


OPENER = "Before I send anything, can I ask one thing: how are the shifts sorted at the moment?"


@pytest.mark.parametrize("question", [
    "Ugh, sounds painful. How many hours a week does that eat up for you?",
    "How many hours a week do you lose sorting that out yourself?",
])
def test_mags_asked_how_many_hours_the_no_shows_eat_says_hours_and_what_cover_costs(question):
    # The hours lost are not the count of no-shows a week.
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", [OPENER, question], seed=seed)
        assert "hour" in line.lower() and ("four grand" in line or "four thousand" in line), (seed, line)


@pytest.mark.parametrize("question", [
    "What happens when cleaner is not coming to site in the morning?",
    "When a cleaner doesn't show, what actually happens?",
])
def test_mags_asked_what_happens_when_a_cleaner_does_not_come_says_what_she_does(question):
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", [OPENER, question], seed=seed)
        low = line.lower()
        assert "ring" in low or "phone" in low, (seed, line)
        assert "three or four a week" not in low, (seed, line)


def test_theo_told_no_turbulence_if_it_is_research_after_coming_clean_says_which_it_is():
    came_clean = ["What's the report for?", "Is there an actual project behind this, or is it research for now? "
                  "Either answer is fine."]
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [*came_clean, "No turbulence if it's purely research, I'd just like to "
                                               "know which it is."], seed=seed)
        low = line.lower()
        assert line.strip() != "Sure." and any(w in low for w in ("research", "report", "nothing to buy")), (seed, line)


def test_theo_told_it_wont_hurt_the_reps_feelings_if_it_is_research_comes_clean():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", ["What's this board report for?",
                                               "Yinz won't hurt my feelings if it's just research. Is it?"], seed=seed)
        low = line.lower()
        assert "research" in low or "nobody's buying" in low or "no budget" in low, (seed, line)


# ---------------------------------------------------------------- batch31: Ingrid
NAMED_MARCUS = ["Fair enough. Who's the one gets the final say on the contract, you or somebody upstairs?"]


@pytest.mark.parametrize("trade", [
    "I can sharpen the price a bit if I get a half hour with that fella. That work?",
    "I'll put a sharper number on the table if I get twenty minutes with him and you. Do we have a deal?",
])
def test_ingrid_offered_a_sharper_number_for_marcuss_time_takes_it_as_a_trade(trade):
    # Not a discount given for nothing ("Now what's your real one?"), nor a close ("you're desperate").
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [*NAMED_MARCUS, trade], seed=seed)
        low = line.lower()
        assert "marcus" in low or "his time" in low, (seed, line)
        assert "desperate" not in low and "real one" not in low, (seed, line)


def test_ingrid_asked_who_else_is_bidding_does_not_name_who_chooses():
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", ["You've got two quotes on the desk already. Who else is in the "
                                                   "frame?"], seed=seed)
        assert "marcus" not in line.lower() and "fleet chooses" not in line.lower(), (seed, line)


def test_ingrid_asked_what_runs_on_the_trucks_now_says_the_current_supplier_not_the_renewal():
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", ["I'll give yinz a number, but first, what are yinz runnin' on them "
                                                   "trucks right now?"], seed=seed)
        assert "current supplier" in line.lower() and "eighteen" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- batch31: Helen and Jamie
def test_helen_asked_what_the_new_platform_would_need_to_fix_says_what_training_is_for():
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", ["Before I fill in the sheet, what would the new platform need to "
                                                     "fix for you?"], seed=seed)
        assert "scorecard" not in line.lower() and "eighteen months" not in line.lower(), (seed, line)


def test_jamie_offered_the_demo_for_both_and_asked_to_bring_her_boss_takes_it_and_comes_clean():
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [
            "Before we get to the demo, how do bookings come in?", "If you love it this much, why hasn't anybody "
            "bought it yet? Who actually signs the cheque?", "So she's the one we need. What would she want to see?",
            "Here's my offer: I'll run the demo for you both on Tuesday afternoon. Can you bring her?"], seed=seed)
        assert "proposal" not in line.lower(), (seed, line)
        assert "greer" in line.lower() or "alison" in line.lower(), (seed, line)


def test_jamie_given_a_slot_in_twenty_four_hour_time_answers_the_slot():
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [
            "First, how are appointments booked at the clinics today?", "Who authorises the spend? You, or someone "
            "above you?", "Then she attends the demo. Non-negotiable. Can you get her there?",
            "Proposed slot: Thursday 1400. Confirm with her and come back to me."], seed=seed)
        assert line.strip() not in ("Mm-hm.", "Mm.", ""), (seed, line)


# ---------------------------------------------------------------- batch31: permission, Beth, Theo
@BOTH
@pytest.mark.parametrize("reply", [
    "If already you decided to keep the present company, is no problem, you can say me honest.",
    "I must say honestly, many universities tell me yes and after is nothing. If for you is also no, is totally fine, "
    "you can say me.",
])
def test_a_no_made_safe_as_keeping_who_they_decided_on_or_as_also_a_no_is_permission(lexicon, reply):
    assert classify(reply, lexicon=lexicon).permission, reply


def test_graham_told_it_is_fine_if_his_answer_is_also_no_tells_the_truth():
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [
            "Please, I want to understand first, how do the students and staff find a free room today?",
            "I must say honestly, many universities tell me yes and after is nothing. If for you is also no, is totally "
            "fine, you can say me."], seed=seed)
        assert line.strip() != "Oh yes. Lovely." and "ruth" in line.lower(), (seed, line)


def test_beth_asked_whether_month_end_is_painful_tells_the_scramble():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["How does the firm record time now?", "Is month end painfull *painful?"],
                               seed=seed)
        assert "month-end" in line.lower() and "it'd all be fine" not in line.lower(), (seed, line)


def test_theo_once_priya_is_named_let_go_with_a_ring_after_the_board_points_to_her_date():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [
            "What's the report for?", "Is there an actual project behind this, or is it research for now? Either "
            "answer is fine.", "OK. Who would own it if it did become a project?",
            "Then I'll leave you to it. Can I give you a ring after the board has seen the report?"], seed=seed)
        assert "30 june" in line.lower(), (seed, line)


# ---------------------------------------------------------------- batch31: Denise
def test_denise_asked_who_is_cleaning_now_names_brightclean_not_the_missed_deep_cleans():
    for seed in SEEDS:
        _, line = said_to_last("third-quote", ["Yes, Friday's fine. What's the main reason you're going out to quote now?",
                                               "Who's cleaning the blocks at the moment?"], seed=seed)
        assert "brightclean" in line.lower() and "deep-clean" not in line.lower(), (seed, line)


def test_denise_asked_whether_she_is_happy_where_she_is_tells_what_has_gone_wrong():
    for seed in SEEDS:
        _, line = said_to_last("third-quote", ["What's the main reason you're going out to quote now?",
                                               "Is it worth us quoting, or are you happy where you are?"], seed=seed)
        assert "deep-clean" in line.lower(), (seed, line)
