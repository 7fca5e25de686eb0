"""Persona lines from session 25's play and the tally that met a question with a line that did not answer it, each
pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
asked is what the persona answers.
"""

from __future__ import annotations

import re

from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Graham: who hears about the empty rooms
GRAHAM_HOW_BOOKED = ("Thanks Graham, appreciate you making the time. Before I send you anything, how are rooms booked "
                     "across the forty buildings today?")


def test_graham_asked_who_hears_about_an_empty_room_says_it_is_him():
    asked = "Chaos some days, I bet. When a meeting room sits empty because nobody showed, who ends up hearing about it?"
    for seed in SEEDS:
        session, lines, _ = play("afraid-to-say-no", GRAHAM_HOW_BOOKED, asked, seed=seed)
        assert not session.finished, (seed, lines)
        assert re.search(r"\b(?:me|I hear)\b", lines[0], re.I), (seed, lines)


def test_graham_asked_about_no_shows_says_there_are_lots_not_the_forty_buildings():
    asked = "Going back to the rooms for a second, do you get a lot of bookings where nobody shows up?"
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", GRAHAM_HOW_BOOKED, asked, seed=seed)
        line = lines[0].lower()
        assert "forty" not in line, (seed, lines)
        assert any(word in line for word in ("lots", "loads", "all the time")), (seed, lines)


# ---------------------------------------------------------------- 2. Jamie: asked to check her boss's diary
JAMIE_NAMED_THE_BUYER = (
    "Happy to demo! Before I do, three things: 1) what's the problem, 2) who decides, 3) by when?",
    "Thanks. 4) has anything like this been bought before?",
    "And 5) what would Alison need to hear to say yes?",
    "Summary: demo to you, Alison and finance, Wednesday 2pm. Yes?",
)


def test_jamie_asked_to_check_her_bosss_diary_agrees_to_instead_of_asking_what_the_rep_needs():
    for seed in SEEDS:
        session, lines, _ = play("not-the-decision-maker", *JAMIE_NAMED_THE_BUYER,
                                 "Great. I'll send the invite, you check Alison's diary. Deal?", seed=seed)
        line = lines[0]
        assert not session.finished, (seed, lines)
        assert "diary" in line and "need from me" not in line, (seed, lines)
        assert line.startswith(("Deal", "Yes")), (seed, lines)


# ---------------------------------------------------------------- 3. Helen: a decision meeting traded for the spreadsheet
HELEN_NAMED_FRANK_AND_NO_DEADLINE = (
    "Happy to look at the spreadsheet, Helen. Before I do, how long have you been evaluating, how many platforms have "
    "you seen, and what's stopped you picking one so far?",
    "That makes sense. Who signs off at the end, have they seen any of the demos, and what would they need to see to say "
    "yes?",
    "Is there a date by which you need to decide, and what happens if you don't?",
)


def test_helen_offered_the_spreadsheet_for_a_decision_meeting_answers_the_meeting_not_who_signs_again():
    trade = ("If I do the spreadsheet, would you agree to a decision meeting with the person who signs, on a fixed date, "
             "say the 14th?")
    for seed in SEEDS:
        session, lines, _ = play("eternal-evaluator", *HELEN_NAMED_FRANK_AND_NO_DEADLINE, trade, seed=seed)
        line = lines[0]
        assert not session.finished, (seed, lines)
        assert not line.startswith("Same as before"), (seed, lines)
        assert re.search(r"\bnot yet\b|\bnot until\b|\bnot before\b", line, re.I), (seed, lines)


# ---------------------------------------------------------------- 4. Denise: is price all that counts
DENISE_BEFORE_WHY = (
    "You mentioned fourteen blocks. What's the contract worth roughly per year?",
    "Going back to Friday: what happens after you have the three quotes?",
)


def test_denise_asked_if_price_is_all_that_counts_says_what_else_is_scored_not_just_friday():
    for seed in SEEDS:
        session, lines, _ = play("third-quote", *DENISE_BEFORE_WHY,
                                 "You said written quote. Is price the only thing that counts?", seed=seed)
        line = lines[0]
        assert not session.finished, (seed, lines)
        assert "quality" in line, (seed, lines)
        assert "All I need is a written quote" not in line, (seed, lines)


# ---------------------------------------------------------------- 5. Mags: who else feels the no-shows
MAGS_TOLD_HER_MORNINGS = "Happy to send it. Before I do, what happens when someone doesn't turn up for a shift?"


def test_mags_asked_if_only_she_feels_it_or_who_else_names_who_else_not_who_signs():
    for seed in SEEDS:
        session, lines, _ = play("errand-sender", MAGS_TOLD_HER_MORNINGS, "Is it only you who feels it, or who else?",
                                 seed=seed)
        said = " ".join(lines)
        assert not session.finished, (seed, lines)
        assert "Raymond" not in said and "finance" not in said, (seed, lines)
        assert re.search(r"\bclients?\b|\bcleaners?\b", said), (seed, lines)


def test_denise_asked_how_happy_she_is_with_brightclean_after_naming_them_says_what_they_missed():
    for seed in SEEDS:
        _, lines, facts = play("third-quote", *DENISE_BEFORE_WHY,
                               "You said written quote. Is price the only thing that counts?",
                               "Coming back to the current cleaners, how happy are you with them?", seed=seed)
        assert "deep-clean" in lines[0], (seed, lines)
        assert facts == ["gap"], (seed, lines, facts)
