"""Judgments about Hope and Urgency as outside writers say them (session 29), each named after what a trainer hears.

What they would do with the time the rep wins back is Hope however it is asked (a learner's word order, "even", the
time named by the chore it now goes on), and so is their day with new kit in, their pain's last time, their old day
back, a peer's day as theirs and their people no longer at the chore. What each spell of waiting takes from them, their
event so many weeks off, an outside round closing, and what happens to their things if nothing changes, asked, are
Urgency. Their date noted back ("I wrote it down", "as you say") is listening, and a hard sell's clock (our price rise,
"every month you wait is money down the drain") is pressure, never their urgency."""

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
    "If this worked, what would your crew do with the Fridays they now spend emptying the traps?",
    "What your team will do with two weeks which normally go on the gearbox?",
    "what would u even do with the extra half hour every rehearsal",
    "what would ur porters do w/ the hours they spend now chasing trolleys?",
])
def test_what_they_would_do_with_the_time_won_back_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


def test_what_they_would_do_with_their_data_is_still_not_hope():
    reply = "What would you do with the data once you have it?"
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "With new rollers your lift runs quiet all season.",
    "Once the bed's in, that's the last time you mop that floor.",
    "Picture the glass back in; your own window could look as theirs does by Whitsun.",
    "your lot won't be lugging them heavy oak ones up the stairs no more",
    "and picture her face when every part is just there on the ipad",
    "If the lift never stopped for wind, how many more days could you sell?",
])
def test_their_better_day_in_an_outside_writers_words_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "That's the last time you'll hear from me, promise.",
    "With new prices your invoice goes up next month.",
    "How much more would you need to budget for that?",
])
def test_look_alikes_of_their_better_day_are_not_hope(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Every day the lift stands for repair in season, you lose maybe four hundred passes.",
    "Every month on diesel is eight thousand rupees going out, sir.",
    "Every day the rope runs like this, it wears more and more.",
    "Each winter the east window is left as it stands, more of the lead fails, and the eventual bill grows with it.",
    "every family you send to Ilford for a willow coffin is a funeral gone",
    "Your Easter opening is seven weeks off, and the reeds need four weeks to root.",
    "the spring concert is like 5 weeks out, so the parts need sorting this week",
    "The Heritage Lottery round closes on the 30th, and your application needs a costed schedule by then.",
])
def test_what_waiting_takes_from_them_and_their_date_drawing_close_are_urgency(reply):
    assert "urgency" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If nothing changes, what happens with bookings when the second lift stops again at New Year?",
    "What will happen to the crop if the power cuts continue like this during flowering?",
    "What does another summer without cover cost you?",
    "what's the cost to you of leaving this as it is for another year?",
])
def test_what_happens_to_their_things_if_nothing_changes_asked_is_urgency(reply):
    assert "urgency" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "what happens if nothing changes over the next six months",
    "What happens if the delivery is late?",
    "What happens to your potato crop if the blight gets in again this year?",
])
def test_a_bare_or_risky_what_happens_stays_discovery(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Your inspection is on the 9th, I wrote it down.",
    "Your patronal festival is on the 29th of September, as you say.",
])
def test_their_date_noted_back_is_listening_not_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Every month you wait is money down the drain bro trust me",
    "Prices go up in January, so you really need to sign this month.",
    "Listen, price goes up January first, you really should order now or you'll regret it.",
])
def test_a_hard_sells_clock_is_pressure_not_their_urgency(reply):
    signals = classify(reply, _rules_alone())
    assert "urgency" not in signals.stages, why(reply)
    assert "convincing" in signals.chase, why(reply)


@pytest.mark.parametrize("reply", [
    "My diary is full from 3 July, so I would have to start in June.",
    "Our promotion closes 31 March, so to have this price you must order in February.",
])
def test_the_reps_own_side_closed_or_full_sets_no_urgency(reply):
    assert "urgency" not in classify(reply, _rules_alone()).stages, why(reply)
