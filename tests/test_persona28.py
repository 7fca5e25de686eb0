"""Persona lines from session 28's batch20 and known faults that answered words, not the move: each pinned as a trainer
would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import re

from dojo.engine.events import SessionEnded
from tests.persona_play import play_and_read as play
from tests.persona_play import play_shipped

SEEDS = range(4)

HELEN_TO_REAL_TALK = ("How long have you been looking?", "What's made it hard to decide so far?")


# ---------------------------------------------------------------- 1. Helen, asked for a date and the names together
def test_helen_asked_for_a_decision_date_and_the_names_on_the_panel_names_who_signs():
    for middle in ((), ("Is there a deadline you're working to?",),
                   ("Honestly, we don't have offline mode, and I won't pretend we do.",)):
        for seed in SEEDS:
            _, lines, facts = play("eternal-evaluator", *HELEN_TO_REAL_TALK, *middle,
                                   "Could we agree a decision date and the names on the panel?", seed=seed)
            text = " ".join(lines)
            assert "Frank" in text, (middle, seed, lines)
            assert "with whom" not in text.lower() and "do you know who" not in text.lower(), (middle, seed, lines)
            assert "signer" in facts, (middle, seed, facts)


def test_helen_asked_how_new_starters_are_trained_today_says_how_not_only_how_long_she_has_looked():
    for reply in ("How do you train the staff today?", "How are we training new starters across the hotels today?",
                  "nice. hows the training going for new starters atm"):
        for seed in SEEDS:
            _, lines, _ = play("eternal-evaluator", reply, seed=seed)
            assert re.search(r"shadow|on the job", lines[0], re.I), (reply, seed, lines)


# ---------------------------------------------------------------- 2. Mags, asked how many times a week
def test_mags_asked_how_many_times_a_week_gives_the_count_not_a_line_about_her_mornings():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "Before I send anything, what would you decide once you have it?",
                           "How's the rota done now?", "How many times a week?", seed=seed)
        assert re.search(r"\b(?:three or four|a handful)\b", lines[0], re.I), (seed, lines)
        assert "uninterrupted morning" not in lines[0] and "wherever you poke" not in lines[0], (seed, lines)


def test_mags_told_a_result_with_an_offer_to_show_the_signer_does_not_repeat_her_no_shows():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "Before I send anything, what would you be deciding once you've read it?",
                           "How do you handle sick cover at the moment?",
                           "Who else would need to be involved in deciding on something like this?",
                           "We've got cleaning firms of a similar size who have cut no-shows by about a third. Would it "
                           "be worth me showing you and whoever signs how that works?", seed=seed)
        assert "wherever you poke" not in lines[0] and "uninterrupted morning" not in lines[0], (seed, lines)


def test_mags_shown_the_picture_before_trusting_the_rep_asks_why_she_should_believe_it():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "what wud u decide once u got the info?", "hows the rota done atm?",
                           "wud it help if ur supervisors got their sunday evenings back?", seed=seed)
        assert "Depends on the site" not in lines[0], (seed, lines)
        assert re.search(r"\bwhy\b|\bwhat makes you\b", lines[0], re.I), (seed, lines)


# ---------------------------------------------------------------- 3. Graham, permission in Jamaican English
def test_graham_told_it_is_fine_to_say_no_in_jamaican_english_tells_the_truth():
    for seed in SEEDS:
        _, _, facts = play("afraid-to-say-no", "Listen, mi nah go vex if di answer is no. Just tell me straight, is dis "
                                               "ting really going ahead?", seed=seed)
        assert "truth" in facts, (seed, facts)


# ---------------------------------------------------------------- 4. Walk-aways heard in the round's words
def test_ingrid_told_the_rep_will_stop_if_it_is_only_price_says_it_is_the_photos():
    replies = ("Before I give a price I must know a bit more. What is the reason you look for a new supplier?",
               "What is going wrong now with the current system?",
               "If it is only about the lowest price, then I think we are not the right partner and I will stop here.")
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", *replies, seed=seed)
        assert "photos" in lines[0], (seed, lines)
        assert "not the cheapest" not in lines[0], (seed, lines)


def test_theo_left_until_there_is_a_real_project_ends_the_call_as_qualified_out():
    for seed in SEEDS:
        _, events = play_shipped("tire-kicker", "What is the board report for, exactly?", "Is there a budget for it?",
                                 "So when would a decision be taken, if there is one?",
                                 "Then I think it is better we stop here and you call me when there is a real project.",
                                 seed=seed)
        ends = [event.ending for event in events if isinstance(event, SessionEnded)]
        assert ends == ["qualified_out"], (seed, ends)


def test_theo_pitched_claims_teams_who_are_drowning_answers_the_budget_not_priya():
    for seed in SEEDS:
        _, lines, facts = play("tire-kicker", "We usually work with claims teams who are drowning in paper, and we "
                                              "integrate through an API. Is there a budget set aside for this?", seed=seed)
        assert "Priya" not in " ".join(lines), (seed, lines)
        assert "real_project" not in facts, (seed, facts)


# ---------------------------------------------------------------- 5. Jamie
def test_jamie_told_the_rep_does_not_discount_and_asked_her_budget_answers_the_money():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker", "A demo is fine, but I'll tell you now, we're not the cheapest "
                                                         "and I don't discount. What budget have you got for this?",
                               seed=seed)
        assert "history" in facts, (seed, lines)
        assert re.search(r"financ", lines[0], re.I), (seed, lines)


def test_jamie_offered_a_demo_if_the_decider_joins_answers_the_trade():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", "Who signs the cheque for this?",
                           "So who really decides, the person who signs the cheque?",
                           "I'll do the demo free if whoever decides joins. Deal?", seed=seed)
        assert "best way in" not in lines[-1] and "need from me" not in lines[-1], (seed, lines)
        assert re.search(r"Alison|her", lines[-1]), (seed, lines)


def test_jamie_asked_in_jamaican_english_whether_she_or_somebody_else_decides_names_the_buyer():
    for seed in SEEDS:
        _, _, facts = play("not-the-decision-maker", "So when it come to di money side, who is di one dat decide pon dis?",
                           "Be straight wid me, Jamie, a you decide or a somebody else?", seed=seed)
        assert "buyer" in facts, (seed, facts)


# ---------------------------------------------------------------- 6. Denise and Beth
def test_denise_asked_what_the_incumbent_would_have_to_do_better_names_the_missed_deep_cleans():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "y r u getting quotes rn?", "wot would they need 2 do better 4 u to move?",
                           seed=seed)
        assert "deep-clean" in " ".join(lines), (seed, lines)


def test_beth_told_she_sounds_busy_with_the_move_talks_about_her_week_not_timesheets():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", "That's kind of you. It sounds like you're having a busy week with the move.",
                           seed=seed)
        assert "timesheet" not in lines[0].lower() and "proposal" not in lines[0].lower(), (seed, lines)
