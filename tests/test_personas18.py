"""Persona faults found after session 17, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios with seed 0 and asserts the prospect's line:
what the rep asked is what the persona answers.
"""

from __future__ import annotations

from dojo.engine import Session
from tests.persona_play import facts_told, play_shipped, prospect_lines


def play(scenario: str, *replies: str) -> tuple[Session, list[str], list[str]]:
    """The session, every prospect line of the last reply, and the facts it told."""
    session, events = play_shipped(scenario, *replies)
    return session, prospect_lines(events), facts_told(events)


MAGS_TOLD_COST_AND_SIGNER = (
    "Before I send anything, what happens when someone doesn't turn up for a shift?",
    "That sounds exhausting. How much is the overtime costing you a month?",
    "Who signs off on something like this?",
)


def test_mags_answers_whether_raymond_knows_the_number():
    _, lines, _ = play("errand-sender", *MAGS_TOLD_COST_AND_SIGNER, "Does Raymond know that number?")
    assert "Raymond" in lines[0] and "seen" in lines[0], lines
    assert "Depends on the site" not in " ".join(lines)


def test_mags_answers_whether_raymond_has_seen_it_after_a_result_too():
    _, lines, _ = play("errand-sender", *MAGS_TOLD_COST_AND_SIGNER,
                       "Honestly, we won't fix everything. But a cleaning firm like yours cut no-shows by a third.",
                       "Has Raymond seen that overtime figure?")
    assert not lines[0].startswith(("Like I said", "Same as I said", "Told you")), lines
    assert "Raymond" in lines[0]


def test_mags_hears_a_formally_proposed_meeting_beside_a_second_errand():
    session, lines, _ = play("errand-sender", "Happy to send the overview.",
                             "Might I propose a thirty-minute review on Thursday with yourself and that person, "
                             "after which I will send a tailored summary?")
    assert "that's everything" not in " ".join(lines), lines
    assert not session.finished


def test_jamie_answers_what_a_no_show_costs_not_how_many_there_are():
    _, lines, _ = play("not-the-decision-maker", "Hi Jamie, what's the main problem with the current reminders?",
                       "And what does a no-show cost you?")
    assert "costed" in lines[0] or "added it up" in lines[0] or "quid" in lines[0], lines


def test_jamie_asked_the_cost_first_tells_the_forty_a_week_with_it():
    _, lines, facts = play("not-the-decision-maker", "how much are the no-shows costing the practices?")
    assert "forty" in lines[0] and facts == ["pain"], (lines, facts)


THEO_NAMED_PRIYA = ("Okay. And is there any budget for this project yet?",
                    "In the claims team, somebody has really the problem with the documents?")


def test_theo_does_not_call_honesty_a_number_priya_respects():
    _, lines, _ = play("tire-kicker", *THEO_NAMED_PRIYA,
                       "Honestly, we're not a fit for everyone, and I'd rather tell you that now.")
    assert "number" not in lines[0] and "figure" not in lines[0], lines


def test_theo_takes_a_result_with_a_figure_as_a_number_for_priya():
    _, lines, _ = play("tire-kicker", *THEO_NAMED_PRIYA, "We helped another motor team clear 6,000 claims in 8 weeks.")
    assert "number" in lines[0] or "figure" in lines[0] or "result like that" in lines[0], lines


def test_ingrid_picks_when_offered_the_spec_or_a_walkthrough():
    _, lines, _ = play("discount-hunter", "I can send the spec or walk you through it, which suits?")
    assert "What else can you do" not in lines[0] and ("writing" in lines[0] or "Written" in lines[0]), lines


def test_ingrid_answers_a_headline_discount_or_a_lower_price_per_vehicle():
    _, lines, _ = play("discount-hunter", "What are you using for tracking at the moment?",
                       "Would you rather have a headline discount or a lower price per vehicle over three years?")
    assert "three years" in lines[0] or "both ways" in lines[0], lines


def test_ingrid_says_what_happens_once_she_has_the_three_prices():
    _, lines, facts = play("discount-hunter", "What are you using for tracking at the moment?",
                           "Sorry if this is a silly question, but what happens once you have the three prices?")
    assert "incumbent" in lines[0] and "photos" not in lines[0] and "pain" not in facts, lines


def test_beth_does_not_ask_for_an_email_when_nothing_was_offered():
    _, lines, _ = play("too-nice", "Beth, hello, thank you, that's very kind, I actually studied architecture for a year "
                       "before I dropped out, so I've got a soft spot for architects and their terrible coffee. "
                       "How does everyone keep track of their time at the moment?")
    # Her own errand ("Send me a proposal and I'll share it round!") is in character; answering as if something had
    # been offered ("pop it in an email", "yes please, send it over") is not.
    line = lines[0].lower()
    assert "email" not in line and "send it over" not in line and "timesheets" in line, lines


def test_beth_still_takes_a_guide_offered_beside_the_question():
    _, lines, _ = play("too-nice", "I'll email you our guide to timesheets. How does everyone track their hours now?")
    assert "send it over" in lines[0] and "muddles" in lines[0], lines


def test_denise_asked_what_the_board_weighs_when_comparing_quotes_gives_no_dates():
    _, lines, facts = play("third-quote", "Certainly, Ms. Denise. May I ask what the board will be weighing when it "
                           "compares the quotes?")
    assert "dates" not in facts and "12 March" not in lines[0], lines


def test_a_when_inside_a_wh_question_asks_no_date_but_a_joined_when_still_does():
    _, lines, facts = play("third-quote", "What will you look at when you compare the three quotes?")
    assert "dates" not in facts, lines
    _, lines, facts = play("third-quote", "Who scores the quotes, and when?")
    assert "dates" in facts, lines


def test_denise_declines_the_complaint_logs_without_naming_the_incumbent():
    _, lines, facts = play("third-quote", "Could you share the tenant complaint logs for the last winter, "
                           "so the quote addresses them?")
    assert "BrightClean" not in lines[0] and "complaint" in lines[0] and facts == [], lines


def test_graham_says_how_they_would_know_the_rooms_sit_empty():
    _, lines, facts = play("afraid-to-say-no", "when the rooms sit empty, how would you even know?")
    assert "We'd manage" not in lines[0] and ("we don't" in lines[0].lower() or "wouldn't" in lines[0]), lines
    assert "review" not in facts


def test_ingrid_asked_to_speak_to_someone_in_fleet_names_the_chooser():
    _, lines, facts = play("discount-hunter", "Could I maybe speak to someone in fleet?")
    assert "Marcus" in lines[0] and facts == ["signer"], lines
