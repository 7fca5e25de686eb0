"""Persona lines from session 32's batch24 and the wrong lines that recurred across batches: each pinned as a trainer
would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- Ingrid
@pytest.mark.parametrize("trade", [
    "If I come down 5% to £17.58, can you get me 30 minutes with whoever signs it off?",
    "ok cool i can do 15% off list if u can get me in front of whoever runs the fleet",
    "Right. If I match that, will you get me in front of whoever actually signs the contract?",
])
def test_ingrid_offered_money_off_for_the_signers_time_takes_it_as_a_trade_not_asking_nicely(trade):
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", [trade], seed=seed)
        lowered = line.lower()
        assert "asking nicely" not in lowered, (seed, line)
        assert "marcus" in lowered and ("his time" in lowered or "half hour" in lowered), (seed, line)
        assert "signer" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Helen
@pytest.mark.parametrize("problem", [
    "Hello Helen. Yes, we have offline mode and also something like gamification. But may I first understand, what is "
    "the problem you want the platform to solve?",
    "Thanks Helen. Great question. Yes, we do both. Before we book a demo, my first question is: what business problem "
    "are you looking to solve with a training platform?",
])
def test_helen_asked_what_problem_the_platform_should_solve_names_it_not_her_eighteen_months(problem):
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [problem], seed=seed)
        lowered = line.lower()
        assert "eighteen months" not in lowered, (seed, line)
        assert "new starter" in lowered, (seed, line)


def test_helen_asked_what_happens_if_nothing_is_chosen_says_what_waiting_costs_not_the_2022_flop():
    replies = ["How long have you been evaluating?",
               "Okay. And what happens if you do not choose any platform this year, is that also fine for the hotels?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        lowered = line.lower()
        assert "2022" not in lowered and "rollout" not in lowered, (seed, line)
        assert "shadow" in lowered or "watching" in lowered, (seed, line)


def test_helen_offered_one_demo_with_the_deciders_then_a_yes_or_no_says_she_will_ask_frank():
    replies = ["Who makes the final decision in the end? Is it you, or a group?",
               "Then I suggest we make one demo with the people who decide, and after that you tell me yes or no. Is "
               "that okay for you?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        lowered = line.lower()
        assert "frank" in lowered and "ask him" in lowered, (seed, line)


# ---------------------------------------------------------------- Theo
THEO_COMES_CLEAN = "Is there a real project behind this, or is it research? Either answer is fine."


def test_theo_let_go_in_his_own_words_after_naming_priya_says_goodbye_not_asks_for_references():
    replies = [THEO_COMES_CLEAN, "Who in claims would own this if it goes ahead?",
               "Tell ya what, send me a note when it's a real project and I'll jump on it. Good luck with the report."]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "real_project" in session.memory.revealed, (seed, line)
        lowered = line.lower()
        assert "reference" not in lowered and "could you" not in lowered, (seed, line)
        assert "30 june" in lowered or "priya" in lowered, (seed, line)


def test_theo_back_on_his_list_after_coming_clean_lets_a_rep_go_who_leaves_it_with_him():
    replies = [THEO_COMES_CLEAN, "Thirty seconds, honestly: if it's research only, that's fine, just say so.",
               "Last one: shall I leave it with you, and you come back to me when there's a budget and a date?"]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert session.ended is not None and session.ended.ending == "qualified_out", (seed, line)


def test_theo_told_it_is_fine_if_this_is_research_only_comes_clean():
    replies = ["Happy to, Theo. Would it be okay if I asked a little about the project first?",
               "Is it alright if I'm a bit direct? It's completely fine if this is research only, I just want to know "
               "how best to help."]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "no_project" in session.memory.revealed, (seed, line)


def test_theo_asked_leave_to_check_back_after_the_board_says_yes_and_lets_the_rep_go():
    replies = [THEO_COMES_CLEAN, "Would it be okay for me to check back with you after the board has met?"]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "check back" in line.lower(), (seed, line)
        assert session.ended is not None and session.ended.ending == "qualified_out", (seed, line)


def test_theo_asked_who_is_buying_beside_a_free_answer_dodges_the_question_not_asks_for_pricing():
    reply = "Photos, invoices, we handle both, no sweat. But lemme ask you something, Theo: who's actually buyin' here?"
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [reply], seed=seed)
        lowered = line.lower()
        assert "pricing" not in lowered and "sandbox" not in lowered and "reference" not in lowered, (seed, line)
        assert "board" in lowered or "report" in lowered or "above my" in lowered, (seed, line)


# ---------------------------------------------------------------- Denise
def test_denise_told_to_say_so_if_they_are_keeping_the_incumbent_answers_honestly_not_dont_rush_me():
    replies = ["Can, Friday no problem. But I want to ask, who is cleaning the blocks now ah?",
               "They do for how many years already? Got any problem with them?",
               "Honestly, if already decide to keep them, you tell me lah, I won't be angry."]
    for seed in SEEDS:
        _, line = said_to_last("third-quote", replies, seed=seed)
        assert "rush" not in line.lower(), (seed, line)


def test_denise_asked_the_split_in_her_scoring_says_what_the_sheet_scores():
    replies = ["We can do Friday. The quote will land around £1,900 a week.",
               "How many quotes are you getting, 3?",
               "What's the split in your scoring, 70% price 30% quality, or something else?"]
    for seed in SEEDS:
        _, line = said_to_last("third-quote", replies, seed=seed)
        assert "quality" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Mags
def test_mags_asked_how_she_finds_cover_says_she_rings_round():
    replies = ["Hi Mags, can send brochure, no problem. But first I want ask, now how you do the shift rota, using "
               "Excel is it?",
               "Wah, 400 cleaners, quite a lot leh. When got people don't show up, how you find replacement?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        lowered = line.lower()
        assert "ring" in lowered or "phone" in lowered, (seed, line)


# ---------------------------------------------------------------- Graham
def test_graham_asked_leave_to_ask_how_rooms_get_booked_says_how_they_are_booked():
    reply = ("Thanks Graham. Would it be alright if I asked you a couple of questions about how rooms get booked at the "
             "university?")
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [reply], seed=seed)
        lowered = line.lower()
        assert "keen" not in lowered, (seed, line)
        assert "spreadsheet" in lowered or "sheet" in lowered or "outlook" in lowered, (seed, line)


# ---------------------------------------------------------------- Beth
def test_beth_asked_when_the_rep_can_call_again_after_her_no_names_august():
    replies = ["I want to be honest: it is completely okay for me if you say no. I prefer a clear answer. Do you think "
               "the partners will buy?",
               "Thank you for saying it. Then I will not send a proposal now. When can I call you again?"]
    for seed in SEEDS:
        session, line = said_to_last("too-nice", replies, seed=seed)
        assert "truth" in session.memory.revealed, (seed, line)
        lowered = line.lower()
        assert "august" in lowered or "september" in lowered, (seed, line)
