"""Gives judgments found in session 22 on the practice reps' own lines and the tuned sets, each named after what a
trainer hears. "ya" or "ye" opening a clause before anything "you" could not be the subject of is the rep's "yeah" with
the "I" dropped ("ya happy to demo it thurs"): the offer and the fact told are the rep's; before a verb it is still
"you" ("ya reckon the board…?", "ya can send the invoice…"). A call offered, even as a question, for a time before their
date ("can I give you a ring a month before that?") is a meeting given, and "a month before" says when, not how long
a thing is left with them; a call back in ten minutes is logistics. Their own questionnaire, spreadsheet or supplier
form filled in hands over facts about us (information, as answers to a tender's questions are); a form about their own
business done for them stays an errand (favour)."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import candidates

# ---------------------------------------------------------------- 1. "ya" opening a clause is the rep's "yeah"

@pytest.mark.parametrize(("reply", "give"), [
    ("ya happy to demo it thurs", "demo"),
    ("ya happy to run the demo for the night team thurs. how many nurses on that shift?", "demo"),
    ("Ya the door runs on single phase, so you won't need an electrician pulling new lines.", "information"),
    ("ya the sensors run off mains or battery, your choice", "information"),
    ("ok ya, sure, I'll email the spec sheet after lunch", "information"),
    ("ye the unit fits a standard 13 amp socket, nae rewiring", "information"),
])
def test_ya_opening_a_clause_is_the_reps_yeah_so_the_offer_is_theirs(reply, give):
    assert give in classify(reply).gives, candidates(reply)


@pytest.mark.parametrize(("reply", "get"), [
    ("ya reckon the board will sign it off before easter?", "timeline"),
    ("so ye need it in by when, the end of the month?", "timeline"),
])
def test_ya_before_a_verb_is_still_you_asked(reply, get):
    signals = classify(reply)
    assert get in signals.gets, candidates(reply)
    assert not signals.gives, candidates(reply)


def test_ya_before_a_verb_telling_them_their_errand_gives_nothing():
    reply = "ya can send the invoice to accounts@ directly"
    assert not classify(reply).gives, candidates(reply)


# ---------------------------------------------------------------- 2. a call nearer their date is no trial

# Put as a question, the call asks for their time ("Can I call you the week after that, say the 14th at 10am?" is a
# meeting asked for, a pinned judgment in the afraid-to-say-no scenario), so it is not heard as a meeting given here;
# "a month before that" says when, never how long the product stays with them.
@pytest.mark.parametrize("reply", [
    "cool can i give you a ring a month befor that",
    "Could I give you a call a month before then, say the first week of that month?",
    "can I give you a bell a fortnight before your renewal?",
])
def test_a_call_asked_for_nearer_their_date_is_no_trial(reply):
    assert "trial" not in classify(reply).gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Lovely. Shall I just put a reminder in for a month before that and ring you then?",
    "oh you're in the car, no worries, shall i ring you in ten",
    "Sorry, the signal's awful up here, I'll call you back in ten.",
])
def test_a_reminder_or_a_call_in_ten_minutes_gives_no_meeting_and_no_trial(reply):
    signals = classify(reply)
    assert "trial" not in signals.gives, candidates(reply)
    assert "meeting" not in signals.gives, candidates(reply)


# ---------------------------------------------------------------- 3. their questionnaire answered is information

@pytest.mark.parametrize("reply", [
    "Aye, I can do the spreadsheet. How long's this been going on, out of interest?",
    "No bother, I'll fill in the supplier questionnaire tonight. Who scores them?",
    "Happy to complete your due diligence questions this week.",
    "Send over the clarification questions and I'll answer them in writing by Friday.",
])
def test_filling_in_their_own_questionnaire_hands_over_facts_about_us(reply):
    assert "information" in classify(reply).gives, candidates(reply)


def test_a_form_about_their_own_business_done_for_them_stays_a_favour():
    reply = "I'll fill in the grant application for you, it's a pain of a form."
    signals = classify(reply)
    assert "favour" in signals.gives, candidates(reply)
    assert "information" not in signals.gives, candidates(reply)


@pytest.mark.parametrize("reply", [
    "Helen, I won't be filling in a 200-row spreadsheet.",
    "Could you fill in our onboarding form when you get a sec?",
    "Thank you again. Proposed next step: a 45-minute session on the 14th with yourself and the signatory, after which "
    "we'll complete the spreadsheet. Would that suit?",
])
def test_a_questionnaire_refused_asked_of_them_or_promised_after_a_meeting_gives_nothing(reply):
    assert "information" not in classify(reply).gives, candidates(reply)
