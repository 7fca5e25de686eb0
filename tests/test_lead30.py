"""Judgments found by the lead playing the personas as a new rep (session 30), each named after what a trainer
would notice."""

from __future__ import annotations

import re

from dojo.coach.signals import classify
from tests.persona_play import play_and_read as play


def test_asking_when_their_person_is_free_with_two_days_is_a_meeting_asked_for_beside_a_price() -> None:
    # Played against Ingrid: the price was scored as given for nothing, though she answered the reply as a trade.
    heard = classify("Ha, fair. The number is 14.50 per truck per month on a three year term. That holds once Marcus "
                     "has seen it working on your own trucks, so when's he free - Tuesday or Thursday?")
    assert heard.gives == ["pricing"] and "meeting" in heard.gets
    assert "meeting" in classify("when is Marcus free next week?").gets


def test_putting_a_customers_own_person_on_the_phone_with_them_is_a_reference_call_not_their_decider() -> None:
    # Played against Graham: "their estates manager" is the other university's, and he answered as if asked who decides.
    heard = classify("We put the same kit into Strathclyde's engineering block last year and double bookings dropped "
                     "to near nothing. I could get their estates manager on the phone with you if that'd help?")
    assert heard.gets == [] and "trust" in heard.stages
    # Their own people brought along are still asked for.
    assert "decision_makers" in classify("could you get their finance director on the call too?").gets
    assert "decision_makers" in classify("can you get your CFO on the call with you?").gets


INGRID_PRICED = (
    "Fair enough Ingrid, straight to it then. Before I throw a number out, what's got you shopping round for "
    "telematics right now - is the current contract up?",
    "Got it, end of March. So who else is in on picking the new system apart from you?",
    "Ha, fair. The number is 14.50 per truck per month on a three year term. That holds once Marcus has seen it "
    "working on your own trucks, so when's he free - Tuesday or Thursday?",
)


def test_ingrid_offered_a_pilot_for_marcuss_time_after_the_price_does_not_ask_for_the_price_again() -> None:
    reply = ("If Marcus genuinely wants to look at switching, I'll bring a unit for one of your trucks so he can see "
             "it for himself. Which is it?")
    for seed in range(6):
        _, lines, _ = play("discount-hunter", *INGRID_PRICED, reply, seed=seed)
        assert "Marcus" in lines[0], (seed, lines)
        assert not re.search(r"still want|still comes first|number first|price first", lines[0]), (seed, lines)
    # Before any price, she still wants it.
    _, lines, _ = play("discount-hunter", *INGRID_PRICED[:2], reply, seed=0)
    assert "Marcus" in lines[0]


def test_helen_offered_the_panel_demo_if_the_person_who_signs_comes_names_him_and_answers_the_ask() -> None:
    opening = ("Good morning Helen, thank you for call. Before spreadsheet, may I ask how long you are choosing "
               "platform already?", "Eighteen months is long time. What stopped decision until now, if I may ask?")
    reply = ("I understand. I can do the demo for panel, no problem, but I would like that the person who signs is "
             "also there. Is possible?")
    for seed in range(4):
        _, lines, facts = play("eternal-evaluator", *opening, reply, seed=seed)
        assert "Frank" in lines[0] and "ask" in lines[0], (seed, lines)
        assert facts == ["signer"], (seed, lines)


def test_the_numbers_from_our_pilot_with_a_named_customer_are_a_case_study_not_our_price() -> None:
    # Played against Theo: offering Crestline Mutual's accuracy figures was scored as pricing handed over.
    heard = classify("Would it be useful if I sent you the accuracy numbers from our pilot with Crestline Mutual?")
    assert heard.gives == ["case_study"]
    assert classify("I'll send you the numbers").gives == ["pricing"]


def test_asking_what_is_doing_their_head_in_this_month_is_discovery() -> None:
    # Played against Mags: "this month" read as a slot asked for, so the discovery question earned nothing and she
    # answered "If it's a sales pitch, put it in an email."
    assert "empathy" in classify("No bother Mags, I'll keep it to thirty seconds. What's the one thing about rotas "
                                 "that's doing your head in this month?").stages
    assert "empathy" in classify("what's bugging the team most?").stages


def test_a_slot_timed_before_their_first_site_of_the_day_is_no_urgency() -> None:
    # Played against Mags: the slot was scored as Urgency reached before Trust, a jump, and she pushed back on it.
    heard = classify("Thursday 8am then, before your first site. Who else should be on it, anyone who does the rotas "
                     "with you?")
    assert "urgency" not in heard.stages and "decision_makers" in heard.gets
    assert "urgency" in classify("let's lock it in before your board meets").stages


def test_the_reps_own_deadline_with_the_auditors_while_snowed_under_is_no_urgency() -> None:
    # Since session 30 the rules hear this right themselves; the second opinion had been what silenced them.
    from dataclasses import replace

    from dojo.coach.lexicon import default_lexicon
    reply = "Our trial balance is due with the auditors on Friday, so I'm snowed under."
    assert classify(reply, replace(default_lexicon(), second_opinion=False)).stages == []
    assert classify(reply).stages == []
    assert "urgency" in classify("your audit is on the 14th").stages
