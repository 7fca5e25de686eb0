"""Persona lines from session 34's batch26 and the five lines judged wrong at the end of session 33: each pinned as a
trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended. The last tests pin the two hearing changes the lines needed.
"""

from __future__ import annotations

from dojo.coach.signals import classify
from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- Mags
def test_mags_asked_if_the_brochure_would_get_read_says_it_would_sit_there_and_stays_on_the_call():
    replies = ["A brochure and some prices, and you're between sites all day. Got it. Before I send anything, can I ask "
               "what's made you look at scheduling now?",
               "So that's what's hurting. And right now, how does the rota actually get done?",
               "So that's how it's done today. Sounds like a lot of it lands on you. Is it your decision alone if you "
               "change how it's done?",
               "A brochure and some prices. Honestly, if I send them, will they get read?"]
    for seed in SEEDS:
        session, line = said_to_last("errand-sender", replies, seed=seed)
        assert not session.finished, (seed, line)
        assert "sit" in line.lower(), (seed, line)


def test_mags_asked_what_she_would_want_the_information_to_tell_her_names_the_re_tender_not_a_success_story():
    replies = ["Sure, I can send something (happy to), but what would you actually want it to tell you?"]
    for seed in SEEDS:
        session, line = said_to_last("errand-sender", replies, seed=seed)
        assert "success story" not in line.lower(), (seed, line)
        assert "driver" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Jamie
def test_jamie_asked_what_prompted_the_search_before_the_demo_is_booked_does_not_take_the_demo_as_booked():
    replies = ["Oh, sorry, thank you, that's so kind. Sorry, before I book the demo, could I ask what's prompted the "
               "search?"]
    for seed in SEEDS:
        session, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        lowered = line.lower()
        assert "meeting room" not in lowered and "put it in" not in lowered, (seed, line)
        assert "notebook" not in lowered, (seed, line)


# ---------------------------------------------------------------- Helen
def test_helen_asked_what_problem_the_platform_should_fix_says_the_problem_not_eighteen_months():
    replies = ["Happy to, but before I chart a course through 140 questions, what's the destination? What problem "
               "should the new platform fix?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "eighteen months" not in line.lower(), (seed, line)
        assert "new starter" in line.lower() or "consisten" in line.lower(), (seed, line)


def test_helen_asked_why_her_company_started_looking_says_why_not_how_long():
    replies = ["Yes we can do spreadsheet. But I want to ask, why your company start looking for training platform?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "eighteen months" not in line.lower(), (seed, line)


def test_helen_asked_the_cost_of_another_year_without_a_platform_says_what_waiting_costs_not_2022():
    replies = ["What problem should the new platform fix?", "How long have you been at sea with this search?",
               "What's the cost of staying in harbour another year, if no platform gets picked?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "2022" not in line and "disaster" not in line.lower(), (seed, line)


def test_helen_asked_how_new_staff_are_trained_now_after_how_long_says_shadowing_not_the_last_rollout():
    replies = ["Yes we can do spreadsheet. But I want to ask, why your company start looking for training platform?",
               "How long already you are evaluating?", "The new staff, how they are trained now, before platform?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "shadow" in line.lower(), (seed, line)
        assert "rollout" not in line.lower(), (seed, line)


def test_helen_asked_for_a_demo_with_whoever_decides_and_a_decision_date_answers_for_frank_first():
    replies = ["What problem should the new platform fix?", "How long have you been at sea with this search?",
               "Who's at the helm when the final decision gets made?",
               "Then let's set a landfall: if I do the demo, can we agree a decision date and the criteria with whoever "
               "decides in the room?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "frank" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Graham
def test_graham_asked_how_yall_find_rooms_says_how_they_are_booked():
    replies = ["Well hey there, cher, good to hear you. Before I go pitchin' you anythin', how y'all find rooms over "
               "there now, on them campuses?"]
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        assert "book" in line.lower() or "sheet" in line.lower(), (seed, line)


def test_graham_asked_how_many_of_them_sit_empty_guesses_rather_than_the_muddle():
    replies = ["how do people find rooms there?", "Mais, that's a lotta rooms. How many of 'em you reckon sit empty on a "
               "regular Tuesday?"]
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        assert "the usual" not in line.lower(), (seed, line)


def test_graham_asked_after_his_no_whether_anything_could_change_it_names_the_review():
    replies = ["I'd like an honest second opinion from you: if this is already decided elsewhere, it's perfectly fine to "
               "say so.", "Understood. And would anything change that prognosis, say by next year?"]
    for seed in SEEDS:
        session, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        assert "review" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Denise
def test_denise_asked_how_she_picks_the_winner_names_the_scoring_sheet_not_the_deep_cleans():
    replies = ["Aye, Friday's fine. Who's doin' the cleanin' for you now, love?",
               "And are they any good, or are you fed up wi' 'em?",
               "How do you lot pick the winner, is it just cheapest or summat else an' all?"]
    for seed in SEEDS:
        _, line = said_to_last("third-quote", replies, seed=seed)
        lowered = line.lower()
        assert "sheet" in lowered or "pack" in lowered, (seed, line)


# ---------------------------------------------------------------- Beth
def test_beth_told_a_no_is_okay_in_non_native_words_tells_the_truth():
    replies = ["Thank you. I want to ask, how your firm record the time now for the projects?",
               "The partners, they already decide something? If answer is no, is okay, you can tell me."]
    for seed in SEEDS:
        session, line = said_to_last("too-nice", replies, seed=seed)
        assert "truth" in session.memory.revealed, (seed, line)


def test_beth_asked_when_calling_back_is_worth_it_after_her_no_names_august():
    replies = ["How do you track hours at the studio now?",
               "I'll be honest, I half expect a polite no here, and that's completely fine. Is this really going "
               "anywhere?", "Right. When would it be worth me calling back, if ever?"]
    for seed in SEEDS:
        _, line = said_to_last("too-nice", replies, seed=seed)
        assert "august" in line.lower() or "september" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Theo
def test_theo_asked_what_the_board_will_do_with_his_report_once_priya_is_named_says_nothing_is_bought_from_it():
    replies = ["It copes well, about 94% on handwritten fields. Before I go on, what symptoms prompted this scan? Is "
               "something hurting in claims?", "Who in claims actually feels the pain day to day?",
               "That's fine, research is a perfectly healthy answer. What will the board do with your report?"]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "priya's call" not in line.lower(), (seed, line)
        assert "no_project" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Ingrid
def test_ingrid_told_the_rep_is_fine_being_only_her_lever_does_not_thank_them_for_an_admission_never_made():
    replies = ["Price is £19 per vehicle for month. But first please, why you are looking to change now, what is "
               "problem with current system?",
               "If only you need our price for push down your current supplier, please tell me, no problem."]
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", replies, seed=seed)
        assert "not the cheapest" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- the hearing
def test_a_demo_put_off_until_after_a_question_is_not_a_meeting_asked_for():
    assert "meeting" not in classify("Before I book the demo, could I ask what's prompted the search?").gets
    assert "meeting" in classify("Can we book the demo for Thursday?").gets


def test_a_no_named_as_the_answer_and_accepted_is_permission_to_say_no():
    assert classify("The partners, they already decide something? If answer is no, is okay, you can tell me.").permission
    assert classify("If only you need our price for push down your current supplier, please tell me, no "
                    "problem.").permission
    assert not classify("If the answer is no to the first question, skip to section two.").permission
