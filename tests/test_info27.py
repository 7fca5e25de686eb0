"""Judgments about information told the way outside writers tell it (session 27), each named after what a trainer hears.

A fact about what we sell needs no number to be a fact handed over: what the product does ("it shows home, away,
clock and fouls"), "it's all cloud", how we do the job ("the way we do it is…", "we normally strip out on a
Sunday"), what the plan includes ("SSO is on every plan") and the offer's terms ("no setup fee", "no contract") are
`information`. A promise to find out, logistics, a document of ours saying what it shows, what we do not normally do,
a step hoped for, their contract and a price's own small print are not that give."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "It shows home, away, clock, period and fouls, with basketball and netball modes built in.",
    "Basically the app texts the customer before the tech arrives.",
    "No. Not needed. It calibrates itself on first run.",
    "Yes, it can show sponsor adverts between periods, JPEG or MP4.",
    "Just so you know, the scheduler handles multi-site out of the box.",
    "I won't pretend it predicts anything; it tells you a storm is close, not that one is coming.",
])
def test_what_the_product_does_told_without_a_number_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Basically it's all cloud, nothing sits on your tills.",
    "The player is plug and play.",
    "The way we do it is we survey the hall first, then strip the old seats out over one weekend and refit the next.",
    "So the refit goes: seats out Friday night, floor fixings checked Saturday, new rows in Sunday.",
    "we normally do the strip-out on a Sunday so the theatre doesn't lose a show",
    "Runs offline. When is the board meeting where this gets decided?",
])
def test_how_it_runs_and_how_we_do_the_job_is_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "the price includes fitting, taking the old seats away and disposal, so nothing extra on the day",
    "yep, SSO with Microsoft is on every plan",
    "Apart from the board you get the controller, 20 m of cable and the wall brackets.",
    "No, there's no setup fee. You pay the monthly and that's it.",
    "no install fee. what's the next step on your side, a chat with your ops lead?",
    "Also, in case it helps, we hold spare parts for every model back to 2012.",
])
def test_what_the_offer_includes_and_its_terms_are_information(reply):
    assert "information" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll check with the factory on the lead time and come back to you tomorrow.",
    "See you at 10 on Thursday at the club, I'll ask for you at reception.",
    "Our engineer checks the wiring of your boats at the dock in Majuro.",
    "It does a lot, but it won't pull data out of your old Sage version.",
    "When do we normally deliver presses? Mid-August, before the apples drop.",
    "Are you tied in with Brennan's for the linen, or is it month to month?",
    "So you want cheaper SIMs, cheaper data, and no contract. I hear you.",
    "if the install goes well would you give us a quote for the brochure",
    "Is SSO on every plan?",
])
def test_a_promise_logistics_their_side_and_questions_hand_over_no_information(reply):
    assert "information" not in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply, kind", [
    ("I've sent over the Cheshire county write-up; it shows what the council spent on energy before and after.",
     "case_study"),
    ("I'll send you the write-up from St Columba's, where we recast their tenor bell last spring; it tells the whole "
     "story.", "case_study"),
    ("Raj, £29/mo per instructor, no setup fee, cancel any time", "pricing"),
    ("Our quote is attached. The price includes delivery to Honiara and two days' training for your fitters.",
     "proposal"),
])
def test_a_document_or_a_price_is_the_move_and_what_it_says_is_its_detail(reply, kind):
    gives = classify(reply).gives
    assert kind in gives and "information" not in gives, why(reply)


def test_a_fact_in_passing_between_small_talk_is_heard_with_the_model_on():
    reply = ("Great to meet you at the rugby club do! Just so you know the board runs off a phone, no laptop needed. "
             "Could I grab your mobile number?")
    signals = classify(reply)
    assert "information" in signals.gives and "direct_line" in signals.gets, why(reply)
