"""Persona lines from session 27's batch19 and known faults that answered words, not the move: each pinned as a trainer
would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, or the debrief's list of what was missed.
"""

from __future__ import annotations

import re

from dojo.engine.events import FactMissed
from tests.persona_play import play_and_read as play
from tests.persona_play import play_shipped

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Beth's no says who decides
def test_beth_says_who_decides_in_her_no_so_the_debrief_does_not_list_who_decides_as_missed():
    for seed in SEEDS:
        session, events = play_shipped("too-nice", "Would you tell me if it was a no? I'd honestly rather know.",
                                       "Thanks Beth, I'll leave it there then. Good luck with the move.", seed=seed)
        assert session.finished, seed
        missed = {event.label for event in events if isinstance(event, FactMissed)}
        assert "who decides" not in missed, (seed, missed)


def test_beth_asked_who_the_partners_listen_to_after_her_no_names_henrik_and_joanne():
    for seed in SEEDS:
        _, lines, facts = play("too-nice", "Would you tell me if it was a no? I'd honestly rather know.",
                               "Who would the partners listen to on this?", seed=seed)
        assert "Joanne" in lines[0] and "Henrik" in lines[0], (seed, lines)
        assert "like I said" not in lines[0].lower(), (seed, lines)
        assert facts == ["pain"], (seed, facts)


def test_beth_asked_this_year_or_one_day_after_her_no_says_not_this_year():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", "Would you tell me if it was a no? I'd honestly rather know.",
                           "Who would the partners listen to on this?",
                           "Is this something for this year, or more of a one-day-maybe?", seed=seed)
        assert re.search(r"\bnot this year\b|\bone day\b", lines[0], re.I), (seed, lines)
        assert "explain that to Henrik" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- 2. Ingrid, told the rep may not be the cheapest
def test_ingrid_answers_not_knowing_whether_you_are_cheapest_as_candour():
    for opener in ((), ("What's behind the search?",), ("It's nineteen pounds per vehicle per month.",)):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *opener, "I don't actually know if we're the cheapest", seed=seed)
            line = lines[0]
            assert line not in {"Mm. Go on.", "I'm listening."}, (opener, seed, line)
            assert "stories" not in line and "Are you quoting" not in line, (opener, seed, line)
            assert re.search(r"cheapest|honest|first", line, re.I), (opener, seed, line)


# ---------------------------------------------------------------- 3. Theo, once he has come clean
THEO_CLEAN = "Is there a real project behind this, or is it research? Either answer is fine."


def test_theo_asked_whether_it_is_real_does_not_answer_an_either_or_with_yes():
    for seed in SEEDS:
        session, lines, _ = play("tire-kicker", THEO_CLEAN, seed=seed)
        assert session.state == "exposed", (seed, lines)
        assert not re.search(r"\byes\b", lines[0], re.I), (seed, lines)


def test_theo_asked_what_would_make_it_a_real_project_says_what_it_would_take():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", THEO_CLEAN, "What would make it a real project?", seed=seed)
        assert "It's a report." not in lines[0], (seed, lines)
        assert re.search(r"budget|money|problem", lines[0], re.I), (seed, lines)


def test_theo_asked_his_reports_date_after_priya_gives_the_report_date_not_only_hers():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", THEO_CLEAN,
                           "Who in the claims team actually feels the pain of the intake today?",
                           "So that's the people side. Is there a date the board wants the report by?", seed=seed)
        assert re.search(r"\bquarter\b", lines[0]), (seed, lines)


# ---------------------------------------------------------------- 4. "Is this live or a someday idea?"
LIVE = ("Is this a live thing or a someday idea?", "Is this happening this year, or is it more of a one-day idea?")
FALLBACKS = {
    "discount-hunter": "Numbers on paper",
    "errand-sender": "If it's a sales pitch",
    "not-the-decision-maker": "make sense once I see it",
    "eternal-evaluator": "spreadsheet first",
    "third-quote": "All I need is",
    "afraid-to-say-no": "We'd manage",
}


def test_every_persona_asked_live_or_someday_answers_it_rather_than_its_fallback():
    for scenario, fallback in FALLBACKS.items():
        for question in LIVE:
            for seed in SEEDS:
                _, lines, _ = play(scenario, question, seed=seed)
                assert fallback not in lines[0], (scenario, question, seed, lines)


def test_ingrid_asked_live_or_someday_says_live_and_her_date():
    for question in LIVE:
        _, lines, facts = play("discount-hunter", question)
        assert "March" in lines[0] and "deadline" in facts, (question, lines, facts)


# ---------------------------------------------------------------- 5. Denise, asked what she doesn't hold or who cleans now
def test_denise_asked_the_hours_beside_the_quote_agreed_says_it_is_in_the_spec_not_the_three_quote_rule():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "Hello Denise, yes, we can make quote by Friday. But for exact price, I need to "
                           "know, how many hours cleaning each block per week now?", seed=seed)
        assert "£25,000" not in lines[0] and "carpets" not in lines[0], (seed, lines)
        assert re.search(r"\bspec\b|\bcheck\b", lines[0]), (seed, lines)


def test_denise_asked_whether_someone_is_on_it_now_names_brightclean():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "hi denise yep can do friday, what do u need in the quote exactly, just price "
                           "or method statement too", "ok. is there someone on it at the moment or is this a new contract",
                           seed=seed)
        assert "BrightClean" in lines[0], (seed, lines)


# ---------------------------------------------------------------- 6. Words that answered a question nobody asked
def test_helen_asked_what_problem_training_should_fix_talks_about_her_hotels_not_how_long_she_has_looked():
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", "So you're comparing several platforms and you'd like answers and a "
                               "demo. Before I do either, what's the problem the group is trying to fix with training?",
                               seed=seed)
        assert "eighteen months" not in lines[0] and facts == [], (seed, lines)
        assert re.search(r"new starter", lines[0], re.I), (seed, lines)


def test_mags_asked_how_the_rota_is_done_never_answers_with_a_time_of_day():
    for seed in range(8):
        _, lines, _ = play("errand-sender", "hi mags no worries, i can send stuff but wht would you actualy be looking for "
                           "in it?", "ok makes sense. hows the rota done at the minute, is it all on whatsapp or a "
                           "spreadsheet", seed=seed)
        assert not lines[0].startswith("Mornings, mostly"), (seed, lines)


def test_jamie_offered_a_demo_with_a_question_never_asks_herself_whats_behind_it():
    for seed in range(8):
        _, lines, _ = play("not-the-decision-maker", "Ha, careful, if you keep saying nice things I'll have to put you "
                           "on our website. Happy to do a demo. How do the clinics handle bookings right now?", seed=seed)
        assert "What's behind it?" not in lines[0], (seed, lines)
