"""Judgments about our time offered (session 32), each named after what a trainer hears.

One of ours named first and then "he", "she" or "they" acting is our side offering, not the prospect speaking: "My
colleague Mihai he can come also to your resort and speak with your lift chief" offers time, and "Our Dragana knows
grant funding inside out, she could go through your application with you" offers work. The last person named with a
possessive before the pronoun in its sentence says whose the pronoun is: "your foreman, can he …" stays theirs.

One of ours put on a call with them or one of theirs is a meeting given, whoever on our side makes the call ("Our ops
manager could join a call with you next week", "want our installer to give your electrician a ring?"); a call to hear
their verdict, to chase, on the way to a delivery or the day before a booked visit is not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize(("reply", "kind"), [
    ("Our Dragana knows grant funding inside out, she could go through your application with you before you submit.",
     "consulting"),
    ("Our engineer will be at the marina in Kinsale next week anyway, she can look over your jet skis' hull fittings "
     "while she's there.", "consulting"),
    ("Our Dai knows the fella who runs the livery at Kington, he can put a word in for you about the winter stabling.",
     "favour"),
])
def test_one_of_ours_named_then_he_or_she_is_our_side_offering(reply, kind):
    assert kind in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "My boss Montse is in Andorra la Vella the 14, she is happy to drink a coffee with you and listen your questions.",
    "My colleague Mihai he can come also to your resort and speak with your lift chief, no problem.",
])
def test_one_of_ours_named_then_coming_to_talk_is_time_offered(reply):
    assert "meeting" in classify(reply, WITH_MODEL).gives


def test_their_person_named_then_he_is_still_theirs():
    heard = classify("Your foreman, can he send me the drawings before Friday?", RULES_ALONE)
    assert not heard.gives


@pytest.mark.parametrize("reply", [
    "Our ops manager could join a call with you next week if that's useful.",
    "Kinley from our office will ring you tomorrow to set up a meeting at your site.",
    "Want our installer to give your electrician a ring and go over the cabling?",
    "my installer Dale can talk to your electrician on the phone and sort out the wiring so you don't have to",
    "ok so our sales engineer will give you a ring Monday to run through the install questions",
])
def test_one_of_ours_put_on_a_call_with_them_is_time_offered(reply):
    for lexicon in (RULES_ALONE, WITH_MODEL):
        assert "meeting" in classify(reply, lexicon).gives


@pytest.mark.parametrize("reply", [
    "My manager will call you Monday to find out what the committee decided.",
    "Our engineer will call you Monday to hear what the board decided.",
    "Our driver will call you when he's 10 minutes out.",
    "The survey's booked in your name for the 9th, our estimator will ring you the day before.",
])
def test_a_call_to_hear_their_verdict_or_for_logistics_is_no_meeting(reply):
    assert "meeting" not in classify(reply, RULES_ALONE).gives
