"""Judgments about Empathy, Hope and Urgency settled in session 32, each named after what a trainer hears.

Call notes read back to the prospect ("Quick recap from today: you run 14 yard jockeys…") are their situation said
back: Empathy. Their own event on its date, whatever they call it ("Your get-in is the 9th, so…", "your opening night
is eleven days out"), is Urgency. Their future told from years ahead ("In two years your snorkellers would be swimming
over living coral") is Hope. A wish to understand in a formal letter's words ("We would value understanding how…") or
with the "I'm" dropped ("Wondering what the hunters do now…") is discovery."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


def _both():
    return (default_lexicon(), _rules_alone())


@pytest.mark.parametrize("reply", [
    "Quick recap from today: you run 14 yard jockeys over three shifts, trailers dwell 11 hours on average.",
    "Thanks Nicos. So to recap: two tavernas, about 80 litres a week, fryer oil going bitter by nine p.m. Did I miss anything?",
    "Recap of Tuesday:\n- 14 jams/week across 2 lines\n- Costs ~£600/week in overtime\nAnything I've missed?",
    "Just confirming for my notes: you have 250 seats on Microsoft 365 and about 30 of them are frontline workers without email?",
    "Reading back my notes from this morning: 38 chilled drops a day and two vans that failed the temperature audit.",
    "so- to sum up, you want fewer injuries and something new for January, right",
])
def test_their_situation_read_back_from_call_notes_is_empathy(reply):
    for lexicon in _both():
        assert "empathy" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "@Chloe quick recap: you send the site list by Friday, we set up 3 pilot sites on the 12th, we review together on the 26th. OK?",
    "right so um just to recap you'll talk to the trustees on the twelfth and I'll have the fence plan to you by the tenth",
    "Hi Dev,  Recap of the courier offer: - Same-day bike delivery within 3 miles, £4.50 per drop",
    "Let me grab my notes from the last meeting, one sec.",
])
def test_a_recap_of_the_next_steps_or_our_offer_is_not_discovery(reply):
    assert "empathy" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Your get-in is the 9th, so the kit has to leave our depot on the 8th at the latest.",
    "Your AGM is 12 March, so to lock catering we'd need the numbers by mid Feb.",
    "Your PPA true-up is June 30th, so any blade we fix by May shows in that number.",
    "Your opening night is eleven days out and the rig still isn't confirmed.",
])
def test_their_own_event_near_whatever_they_call_it_is_urgency(reply):
    for lexicon in _both():
        assert "urgency" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Your delivery is on the 9th, so someone needs to be in.",
    "Your invoice is due on the 30th, so please pay by then.",
    "Your get-in is the 9th, got it.",
    "So your get-in is the 9th?",
    "Your depot is two days away by road.",
])
def test_our_errand_made_out_to_them_or_their_date_said_back_is_not_urgency(reply):
    for lexicon in _both():
        assert "urgency" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "In two years your snorkellers would be swimming over living coral again, right off the jetty.",
    "In two years your scheme could be fully funded, and the trustees would be choosing an insurer, not a recovery plan.",
    "In two years the store could be the parts hub for the three villages upriver.",
])
def test_their_future_told_years_ahead_is_hope(reply):
    for lexicon in _both():
        assert "hope" in classify(reply, lexicon).stages, why(reply)


def test_the_rep_s_price_years_ahead_is_not_hope():
    assert "hope" not in classify("In two years the price will go up.", _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "We would value understanding how your lecturers have found working with remote interpreters this term.",
    "It would help us to know what happened on the occasions when no interpreter was available.",
    "Wondering what the hunters do now when a track snaps out past the portage.",
    "You did a trial with Fisher blades two winters back, right? What'd you hate about 'em?",
])
def test_a_wish_to_understand_their_side_in_any_register_is_discovery(reply):
    for lexicon in _both():
        assert "empathy" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Just wondering if you'd had a chance to look at the quote.",
    "Just wondering whether Monday's still good for the 10 o'clock with your nurse manager, or should we move it?",
    "We would appreciate knowing whether you received our invoice.",
    "Who'd have guessed llamas were so fussy about hay, eh?",
])
def test_a_chase_a_slot_or_our_errand_put_as_a_wish_is_not_discovery(reply):
    for lexicon in _both():
        assert "empathy" not in classify(reply, lexicon).stages, why(reply)
