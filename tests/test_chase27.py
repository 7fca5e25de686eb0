"""Judgments about chasing as outside writers put it (session 27), each named after what a trainer hears.

A sweetener is an extra however it is named ("a bonus from us", "as a freebie", "on me this time", "without any
payment"); handing over the deal's own terms is giving up control however many words it takes; arguing past a no is
convincing however politely it is put. Their look-alikes stay unheard."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Hoi Sanne, for the karaoke system I put also two extra wireless mics in the box, just a bonus from us.",
    "The escape room props, I'll add the UV torch kit as a freebie, yeah?",
    "Dear Mr Kowalczyk, additionally we add the lane oil conditioner as gift, without any payment.",
    "And because I like your rink, the edger blades are on me this time.",
    "Also I'm adding one more projector lamp at zero cost so you've got a backup in the dome.",
    "I'll even sort the road permit for the crane myself, won't charge you for it.",
    "No charge for the second coat of sealant on the lanes, call it a bonus.",
])
def test_a_sweetener_named_as_one_is_a_free_extra_and_a_favour(reply):
    heard = classify(reply, _rules_alone())
    assert "free_extra" in heard.chase
    assert heard.gives


@pytest.mark.parametrize("reply", [
    "Since you asked for it, the extra lamp is included free in the quote now.",
    "Ships from Rotterdam, customs is on us, you'll get a tracking number same day.",
    "mate ring me, seriously, I'll do whatever rate you want, just need the loads this month, boss is on me",
    "Introduce me to two other parks and the inspection is on us.",
    "Ok so month one's on us. After that it's £4 a driver.",
    "I'll come over Tuesday and strip down the number two line with your foreman, see what's wearing, "
    "won't charge you for it.",
])
def test_what_they_asked_for_a_boss_on_the_rep_or_free_work_itself_is_no_extra(reply):
    assert "free_extra" not in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "Whatever price works for you, we will make it happen, habibi.",
    "Price, delivery, payment terms, I leave all to you, Bay Huong.",
    "The conditions of contract you can write yourself, we sign what you propose.",
    "As you prefer, signora, we do how you say for the contract.",
    "Any date, any menu, any price per head, you tell us and we make it happen sir.",
    "Completely at your discretion as to timing, scope and fee.",
    "Pick the price you're comfortable with and we'll make the organ work to it.",
])
def test_handing_them_the_deals_own_terms_is_whatever_works(reply):
    assert "whatever_works" in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "Whatever colour you pick for the castle, it's the same price.",
    "As you say, the old machine leaks.",
    "Any questions, any problems, just call me.",
])
def test_a_product_option_or_their_own_say_is_not_whatever_works(reply):
    assert "whatever_works" not in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "I know you said not this year, but honestly the new scaffold system would really help your crew.",
    "Per favore, think again, this organ deserves our tuner, nobody in the region does it better.",
    "I genuinely think you'd love the sauna once it's in, I really do.",
    "With respect, I think you are making wrong choice to stay with the old oiling machine.",
    "Look mate, every fete in the county has one of our castles, you don't want to be the odd one out.",
    "I'd just say, give the karaoke system a go, you genuinely won't look back.",
])
def test_arguing_past_their_position_is_convincing(reply):
    assert "convincing" in classify(reply, _rules_alone()).chase


@pytest.mark.parametrize("reply", [
    "I know you said not this year, but who would sign it off next spring?",
    "If you ever reconsider, ring me.",
    "I am very kindly asking you to reconsider. It means much for our small team.",
    "the boats for your December dates are almost gone, everybody is booking now",
    "You're the last one on my list today, so I'm all yours.",
])
def test_a_question_after_a_no_a_door_left_open_begging_or_scarcity_is_not_convincing(reply):
    assert "convincing" not in classify(reply, _rules_alone()).chase
