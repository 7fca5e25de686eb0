"""Trust in more of the ways other writers put it (session 39), each test named after what a trainer hears.

Mined from misses that several writers' tuned sets share: a no made safe in other words (the thing "off the table",
"too much for" them, their board "says no", "wants to wait", "feel free to decline"); any answer welcomed, "even a no",
inside a plea (Trust that leaves the plea its chasing); one of our customers they are sent to ask ("you can ask the
matai there") or whose contact is handed over ("I can give you the number of Máret who runs the biggest one"); and our
full book told honestly with how long it lasts ("To be honest, we're busy till March"), which is a limit on serving
them, unlike the rep's own workload with no date. Heard by the rules alone, so a retrain cannot flip them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "If the board says no, honestly that's fine, just tell me and I'll stop ringing.",
    "so um no pressure at all if the board wants to wait just let me know and I'll leave y'all be",
    "if the team day's off the table just tell me, totally fine, won't take it personally",
    "No problem at all if it's too much for this year's budget, eh, just tell me and I'll stop sending you pictures.",
    "If the price is too high for the hotel, you can tell me directly, I will not be offended.",
    "Honestly, if the club decides to wait another year, no problem, tell me and I stop writing.",
])
def test_a_no_made_safe_in_other_words_earns_trust(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "If it is not suitable, please feel free to decline.",
    "Dear Sir, please feel free to decline if our offer does not meet your needs.",
])
def test_feel_free_to_decline_is_permission_to_say_no(reply):
    signals = classify(reply, RULES_ALONE)
    assert signals.permission
    assert "trust" in signals.stages


@pytest.mark.parametrize("reply", [
    "Please please please let me know something, even a no would help.",
    "Please, Mrs Jensen, only one reply, even a no. Our factory is waiting for your answer to plan the dyeing.",
])
def test_even_a_no_welcomed_earns_trust_and_keeps_the_pleading(reply):
    signals = classify(reply, RULES_ALONE)
    assert "trust" in signals.stages
    assert "pleading" in signals.chase


@pytest.mark.parametrize("reply", [
    "Three rinks in Regina replaced their boards with ours in 2021; you can call any of their managers.",
    "We put in the ice plant at Asau in 2015 and it is still making 3 tonnes a day, you can ask the matai there.",
    "The school in Kuopio had the same log kit, still standing tight after 20 winters, you can ring their caretaker.",
    "The previous owner of the kart track used us for twelve years before he sold up, you can ask him.",
])
def test_a_customer_they_are_sent_to_ask_is_proof(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "I can send a one-page outline for Henrik if you can ask him for a meeting in August.",
    "You can call Sarah in our accounts team about the invoice.",
    "If anything goes wrong you can ring them to book a visit.",
])
def test_someone_to_ask_for_an_errand_is_no_reference(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "Three camps in Karasjok changed to this canvas two winters ago, and I can give you the number of Máret who runs "
    "the biggest one.",
    "The Fox in Ashby put one in last spring. Here's the landlord's number, ring him.",
    "Three companies in Medellín repeat with us every year, I can give you the contact of the manager of one.",
])
def test_a_customers_contact_handed_over_is_a_reference(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "my brother-in-law's a sparky if you need someone for the lights I can pass you his number",
    "If you're stuck for a caterer for the launch I can give you the number of the lads we use, they're brilliant.",
    "Here's the driver's number in case the van is late.",
    "Can you share the number of your buyer directly?",
])
def test_a_favours_contact_or_a_contact_asked_for_is_no_reference(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "To be honest, we're busy till March.",
    "Honest answer: our lift inspectors are booked solid till February.",
    "Honestly, our crews are flat out till the new year, so I can't get you in before January.",
])
def test_our_full_book_told_honestly_with_its_date_is_candour(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "To be honest, I'm swamped this week.",
    "That's the honest truth, we're slammed with orders",
])
def test_the_reps_own_workload_without_a_date_earns_no_trust(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "It won't go past 1320, so it's no good for porcelain above cone 12.",
    "nope it won't take a 17 hand horse, the stall's built for up to 16.2",
    "It won't cut anything under 2 mm, so your thin gaskets would still be done by hand.",
])
def test_what_it_will_not_do_said_plainly_is_a_limit_owned(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "It won't take long, maybe an hour.",
    "Give it a go, it won't do any harm.",
    "nope, it won't do curling sheets out of the box, but the pebble kit is an add-on you can get later",
    "It does not measure varroa, only weight, temperature and humidity.",
])
def test_time_harm_or_a_limit_with_our_alternative_is_no_limit_owned(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "Happy to review your current contract and tell you honestly if switching even makes sense.",
    "Take the tub for a month, then tell me straight whether it earned its place.",
    "Trial two scooters, two weeks, free. After, you tell me honest: good or not.",
])
def test_an_honest_verdict_promised_or_asked_is_trust(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "Honestly, for a school your size, the cheaper class set from Philip Harris might be enough.",
    "ngl if ur members aren't asking for cold plunge, u probably don't need one yet",
    "Honestly, if you've already got a wet-chemical in date, you don't need mine, keep your money.",
    "If you find a cheaper sailmaker in Cowes who does it right, honestly go with them",
    "if ur only doing a few local shows a year, a trailer behind the land rover's honestly plenty, i'd not sell u a box",
])
def test_the_honest_word_before_advice_against_our_sale_is_candour(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "honestly any day next week is fine by me, you choose",
    "Honestly everybody at this show is buying one, you don't want to be the only candle shop still hand-labelling.",
    "Honestly, I wouldn't wait too long, prices go up in March.",
])
def test_the_honest_word_before_the_reps_diary_or_a_push_is_no_candour(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "Mate, the lads at Parkside who had the old compressors reckon the new ones paid for themselves in a year.",
    "The volunteers who trialled the app at the food bank asked to keep it.",
    "We lent the Prices one for a month last year and they ended up buying two.",
])
def test_a_customers_verdict_told_in_the_past_is_proof(reply):
    assert "trust" in classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "You'd be mad not to go for it, honestly, it pays for itself.",
    "Has the old compressor paid for itself yet?",
])
def test_a_payback_promised_or_asked_is_no_proof(reply):
    assert "trust" not in classify(reply, RULES_ALONE).stages
