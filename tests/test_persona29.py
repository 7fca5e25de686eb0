"""Persona lines from session 29's batch21 and known faults that answered words, not the move: each pinned as a trainer
would notice it, across seeds (the scenarios' own [[tests]] pin the same moments at seed 0).

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import re

from dojo.engine.events import SessionEnded
from tests.persona_play import play_and_read as play
from tests.persona_play import play_shipped, said_to_last

SEEDS = range(4)

THEO_COMES_CLEAN = "Is there a real project behind this, or is it research? Either answer is fine."


def _ending(scenario: str, *replies: str, seed: int) -> str | None:
    _, events = play_shipped(scenario, *replies, seed=seed)
    ends = [event for event in events if isinstance(event, SessionEnded)]
    return ends[-1].ending if ends else None


# ---------------------------------------------------------------- Theo
def test_theo_asked_when_the_board_meets_after_coming_clean_gives_the_quarter_not_its_a_report():
    for reply in ("ok no worries, if you can tell me when the board meets I'll check back after",
                  "Thank you for being honest. When is the board meeting, so I can follow up after?"):
        for seed in SEEDS:
            _, line = said_to_last("tire-kicker", [THEO_COMES_CLEAN, reply], seed=seed)
            assert "quarter" in line.lower(), (reply, seed, line)


def test_theo_offered_a_slot_after_the_board_once_clean_does_not_go_back_to_quizzing():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [THEO_COMES_CLEAN,
                                               "cool, shall we pencil 15 mins the week after the board to hear how it landed?"],
                               seed=seed)
        assert "integrations" not in line.lower() and "early days" not in line.lower(), (seed, line)


def test_theo_hears_you_or_someone_in_claims_as_who_owns_it_not_a_referral():
    for seed in SEEDS:
        _, _, facts = play("tire-kicker", "who'd own it after - you or someone in claims?", seed=seed)
        assert "real_project" not in facts, (seed, facts)


def test_theo_after_naming_priya_says_her_project_is_real_to_is_there_one():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", ["Who's actually got the headache with the claims paperwork then?",
                                               "Straight up, Theo, if there's no project I'll leave you be, no hard feelings. "
                                               "Is there one?"],
                               seed=seed)
        assert "nobody's buying" not in line.lower(), (seed, line)
        assert "Priya" in line, (seed, line)


# ---------------------------------------------------------------- Jamie
def test_jamie_told_to_bring_dr_greer_and_finance_to_fridays_demo_answers_the_demo():
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", ["What's behind the call?", "Who decides?",
                                                          "Get Dr Greer and finance on the demo with you, then, and I'll do Friday at 11."],
                               seed=seed)
        assert re.search(r"\bask\b|\bjoin\b|on it", line, re.I), (seed, line)


# ---------------------------------------------------------------- Mags
def test_mags_asked_if_something_sent_would_sit_in_her_inbox_says_it_would():
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", ["Sorry Mags, I know you're in the van. Would it actually help if I sent "
                                                 "something, or would it just sit in your inbox?"], seed=seed)
        assert "success story" not in line.lower() and "trial" not in line.lower(), (seed, line)
        assert re.search(r"sit|unread", line, re.I), (seed, line)


def test_mags_offered_a_demo_on_a_call_is_not_told_to_send_it():
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", [
            "Before I send anything, what's the main thing doing your head in with the shifts?",
            "Okay, how about this: twenty minutes next Wednesday at 8 with you and whoever signs off, and I'll show you "
            "how it'd work for your crews. Does that work?"], seed=seed)
        assert "send" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Helen
def test_helen_lets_a_rep_go_who_passes_on_the_spreadsheet():
    for seed in SEEDS:
        ending = _ending("eternal-evaluator", "How many vendors have filled it in so far?", "What's actually stopping a decision?",
                         "I'll pass on the spreadsheet if there's no date. Would it be fair to call it here?", seed=seed)
        assert ending == "walked_away", (seed, ending)


# ---------------------------------------------------------------- Beth
def test_beth_asked_how_hours_are_tracked_after_thanks_answers_the_question_not_the_thanks():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["aw thanks beth um so how does everyone keep track of their hours at the moment"],
                               seed=seed)
        assert "kitchen" not in line.lower() and "sweet" not in line.lower(), (seed, line)
        assert re.search(r"timesheet|spreadsheet", line, re.I), (seed, line)
