"""Gets heard where none was asked (session 39), each named after what a trainer hears.

A "when" that only names the occasion of a question already asked ("what will the board look at when they decide?",
"who sits at the table when the council signs off?") asks what they weigh or who is there, not a date: class
`occasion_asked` guards the timeline readings of get.commitment and get.timeline, and no other kind. The rep's give
followed by their reaction to it ("I drop the samples Friday and you try them", "you taste and tell me", "you just tell
me") is no step of the deal agreed (get.both-sides), and the rep's whole diary handed over that way is
`chase:whatever_works`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "What will the governors look at when they decide, cost or how quick the install is?",
    "What matters most to the trustees when they choose, the price or the warranty?",
    "What does the parish council weigh up when they approve a contractor?",
    "Who else sits at the table when the co-op signs off on a new press?",
])
def test_when_naming_the_occasion_of_a_question_asks_no_date(reply):
    assert "timeline" not in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "What will the governors look at when they decide, cost or how quick the install is?",
    "What does the parish council weigh up when they approve a contractor?",
])
def test_what_they_weigh_on_that_occasion_is_still_their_criteria(reply):
    assert "criteria" in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "When do the governors decide?",
    "Could you tell me when the council decides on the contractor?",
    "Who signs it off, and when do they meet?",
])
def test_when_asked_for_itself_is_still_a_timeline(reply):
    assert "timeline" in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "I drop two crates of the new feed on Friday and you try them on one shed.",
    "We run the roaster with your own beans, you taste and tell me.",
    "I'll send the ten-year running cost for your site and you tell me if I'm wrong.",
    "I bring the demo rig to the hall, the members see it, you see.",
])
def test_the_reps_give_and_their_reaction_to_it_agrees_no_next_step(reply):
    assert "next_steps" not in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "I send the quote Monday and you tell me yes or no by the 20th.",
    "I bring the trial kit on the 3rd, you try it for a fortnight, and we regroup with your buyer on the 17th. OK?",
    "I bring the trial kit on the 3rd, your team tries it for a fortnight, and we regroup with purchasing on the 17th. OK?",
    "I send the layout tonight, you show it to your partner at the weekend, and we call Monday at ten, ok?",
])
def test_each_sides_step_laid_out_is_still_the_next_step(reply):
    assert "next_steps" in classify(reply, RULES_ALONE).gets


def test_any_day_any_hour_and_you_just_tell_me_hands_them_the_diary():
    heard = classify("Whenever suits, any day, any hour, I come and we sign, you just tell me.", RULES_ALONE)
    assert "whatever_works" in heard.chase
    assert "next_steps" not in heard.gets
