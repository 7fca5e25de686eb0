"""Persona lines from session 26's play that answered words, not the move: each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
asked or did is what the persona answers.
"""

from __future__ import annotations

import re

from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Graham, after his no
GRAHAM_PERMISSION = ("I'll be upfront: a lot of people say yes to a trial and then it quietly dies, and that's fine. "
                     "Would you tell me if this isn't a priority?")
ROOMS = "OK. What's actually happening with the meeting rooms at the moment - are they sitting empty or double-booked?"
WHO_NOTICES = "And when a room sits empty for a morning, does anyone upstairs notice or is it just you?"


def test_graham_asked_about_the_rooms_after_his_no_talks_about_the_rooms_not_his_relief():
    for seed in SEEDS:
        session, lines, _ = play("afraid-to-say-no", GRAHAM_PERMISSION, ROOMS, seed=seed)
        assert session.state == "truth", (seed, lines)
        line = lines[0]
        assert "glad it's said" not in line and "nice about it" not in line, (seed, lines)
        assert re.search(r"\b(?:rooms?|empty|booked)\b", line, re.I), (seed, lines)


def test_graham_asked_who_notices_after_his_no_says_who_not_his_whole_confession_again():
    for seed in SEEDS:
        session, lines, _ = play("afraid-to-say-no", GRAHAM_PERMISSION, ROOMS, WHO_NOTICES, seed=seed)
        assert not session.finished, (seed, lines)
        line = lines[0]
        assert "as I said" not in line and "didn't know how to tell you" not in line, (seed, lines)
        assert re.search(r"\b(?:me|Ruth)\b", line), (seed, lines)


def test_graham_asked_who_decides_after_his_no_still_names_ruth():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", GRAHAM_PERMISSION, "Who made the call?", seed=seed)
        assert "Ruth" in lines[0], (seed, lines)


def test_graham_asked_how_many_buildings_after_his_no_gives_the_count():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", GRAHAM_PERMISSION, "How many buildings do you look after?", seed=seed)
        assert "forty" in lines[0].lower(), (seed, lines)


# ---------------------------------------------------------------- 2. Helen, in probing
HELEN_WHY = "If I may ask, what made Corrigan start looking at new training platforms this year?"


def test_helen_asked_about_the_scoring_sheet_and_the_panel_answers_both_and_names_frank():
    asked = ("I understand. And how do you decide between the vendors - is there a scoring sheet, and who sits on "
             "the panel?")
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", HELEN_WHY, asked, seed=seed)
        line = " ".join(lines).lower()
        assert "panel" in line and ("scor" in line or "rows" in line), (seed, lines)
        assert "frank" in line and "signer" in facts, (seed, lines)


def test_helen_told_of_a_weaker_area_notes_the_candour_not_a_case_study():
    candour = ("To be fair to you, if after this it's not a match, I'm happy to hear no. We are strong on hotel "
               "compliance training but weaker on leadership content.")
    for seed in SEEDS:
        session, lines, _ = play("eternal-evaluator", HELEN_WHY, candour, seed=seed)
        line = lines[0]
        assert session.state == "probing", (seed, lines)
        assert "Every vendor has one" not in line and "References" not in line and "happy customer" not in line, \
            (seed, lines)
        assert re.search(r"\b(?:weak\w*|candid|volunteered)\b", line, re.I), (seed, lines)


# ---------------------------------------------------------------- 3. Beth and Theo, in voices of their own
def test_beth_given_permission_to_say_no_in_indian_english_tells_the_truth():
    for seed in SEEDS:
        session, lines, _ = play(
            "too-nice",
            "Actually I wanted to understand, how you are tracking the hours now itself? Excel or some software?",
            "Beth, one thing I will tell frankly, if this is not suiting you, please tell no, no problem at all, "
            "I won't feel bad.",
            seed=seed)
        assert session.state == "truth", (seed, lines)
        assert "proposal" not in lines[0].lower(), (seed, lines)


def test_theo_told_there_is_no_free_pilot_without_budget_admits_there_is_none():
    for seed in SEEDS:
        session, lines, facts = play(
            "tire-kicker",
            "What's the board report actually for? Who reads it and what do they do with it?",
            "I'll be straight, mate. If there's no budget I'm not building you a pilot for free.",
            seed=seed)
        assert session.state == "exposed", (seed, lines)
        assert "no budget" in lines[0].lower() and "no_project" in facts, (seed, lines)
        assert "support model" not in lines[0], (seed, lines)
