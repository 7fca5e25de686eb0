"""Judgments about free extras, every choice handed over and meetings asked (session 31), each named after what a
trainer hears.

An extra the rep adds and says will not be paid for is a free extra, however the price of nothing is put ("no bill",
"won't put them on the bill", "that's not on the invoice", "we don't bill for spares", "write it off", "compliments of
the foundry", "my treat"); a compliments slip, the season's compliments and a lunch bought are not. Every choice handed
over one after another ("pick the day, pick the time, pick the flavours") is `whatever_works`, and "say the word and
I'll fit around your calendar" is waiting on their every word, not permission to say no. A meeting already booked,
confirmed, checked again or moved asks for no slot."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("reply", [
    "Chacho, for the feria I add the Gibraltar crest in lights at the end, that one is from me, no bill.",
    "The hearse comes with a spare set of floral rails as well, we won't add those to the invoice.",
    "For the Stanley dive club I'll test the spare pony bottles too, won't put them on the bill.",
    "Added bonus from us: a second pilot on the night so you're never short, that's not on the invoice.",
    "The first two goat-collars are spares and we don't bill for spares.",
    "honestly just take the extra fifty wafers, don't worry about paying for them x",
    "on top of the hire i'll stick in the menu boards and the bunting, wont cost u a thing",
    "We'll extend the warranty on the bell frame to ten years rather than five, nothing extra.",
    "Yinna don't have to pay for the second goat herd, bey, I sending them over with the first lot anyway.",
])
def test_an_extra_said_to_cost_nothing_is_a_free_extra(reply):
    heard = classify(reply, RULES_ALONE)
    assert "free_extra" in heard.chase
    assert heard.gives, "the extra is a give too"


@pytest.mark.parametrize("reply", [
    "You'll get a spare bell rope and the muffles too, compliments of the foundry.",
    "Happy to throw the rope-fender repairs into the job as well, my treat.",
])
def test_a_sweetener_signed_by_the_giver_is_a_free_extra(reply):
    assert "free_extra" in classify(reply, RULES_ALONE).chase


@pytest.mark.parametrize("reply", [
    "Compliments of the season, sir. Kindly note our new account number below.",
    "With the compliments of the Regional Sales Office.",
    "Lunch on Friday, my treat.",
    "Not at all, there's no charge for the parking round the back.",
])
def test_compliments_slips_greetings_and_a_lunch_bought_are_no_free_extra(reply):
    assert "free_extra" not in classify(reply, RULES_ALONE).chase


@pytest.mark.parametrize("reply", [
    "Yinna pick the day, pick the time, pick the flavours, I just show up.",
    "Morning or evening, weekday or weekend, you choose and I'll bring the van.",
    "Just tell me what works.",
])
def test_every_choice_handed_over_is_whatever_works(reply):
    assert "whatever_works" in classify(reply, RULES_ALONE).chase


def test_say_the_word_and_ill_fit_around_you_is_whatever_works_not_permission():
    heard = classify("Just say the word and I'll fit around your calendar, whenever, wherever.", RULES_ALONE)
    assert "whatever_works" in heard.chase
    assert not heard.permission


def test_say_the_word_and_ill_stop_is_still_permission():
    heard = classify("Say the word and I'll stop emailing.", RULES_ALONE)
    assert heard.permission
    assert not heard.chase


@pytest.mark.parametrize("reply", [
    "Pick the day that suits and I'll send the invite.",
    "Tuesday or Wednesday, let me know what works.",
])
def test_one_choice_asked_is_not_every_choice(reply):
    assert "whatever_works" not in classify(reply, RULES_ALONE).chase


@pytest.mark.parametrize("reply", [
    "Is the 3pm still good for our call tomorrow?",
    "Just confirming our call is still on for 3pm tomorrow.",
    "See you at 10 on Thursday at the club, I'll ask for you at reception.",
    "Could we move Tuesday's chat to the Wednesday? The ferry's cancelled.",
])
def test_a_meeting_already_booked_asks_for_no_slot(reply):
    assert "meeting" not in classify(reply, WITH_MODEL).gets


@pytest.mark.parametrize("reply", [
    "Could you do a call on Thursday at 3?",
    "Does 2pm work for a call on Thursday?",
    "Are you around on the 14th for a quick call about the show?",
])
def test_a_slot_asked_of_them_is_still_the_meeting_get(reply):
    assert "meeting" in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "What does your Friday look like? I'd like to take you through the rigging plan.",
    "How's your Monday looking? Fancy a brew at the foundry and a look at the frame?",
    "Is Thursday at the foundry good for you to see the bell poured?",
])
def test_a_day_put_to_their_diary_asks_for_a_meeting(reply):
    assert "meeting" in classify(reply, RULES_ALONE).gets


@pytest.mark.parametrize("reply", [
    "What did your Friday look like before the new rota?",
    "How's your week looking, mad busy?",
    "Does Monday work for you for the delivery?",
    "Is Thursday still good for you?",
])
def test_their_week_in_the_past_small_talk_or_an_errand_asks_for_no_meeting(reply):
    assert "meeting" not in classify(reply, RULES_ALONE).gets
