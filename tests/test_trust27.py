"""Judgments about Trust heard when it is earned, and only then (session 27), each named after what a trainer hears.

Trust is earned by proof and candour: the same work done for a customer they can name, customers who stay or come
back, years told as the work done, advice against buying more (or yet), a deposit they can get back, a customer sent
to say what we are like, a failure of ours owned. The honest word before the rep's own need is a plea, not candour;
a job named without its likeness to theirs is no proof."""

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
    "We did this exact job for the Kestrel Homes site at Barrow, same ground conditions, same 40-tonne lift.",
    "We did the same paperwork for a Samsung supplier in Busan, so we know the Korean consulate's quirks.",
    "We did this for Kilnsey Park's wall last year: a quick inspection, new holds, retagged routes.",
])
def test_the_same_work_done_for_a_customer_they_can_name_is_proof(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "We did a job for the Kirchberg bank last month.",
    "We did a free survey for the Hartleys last year and they never called back.",
    "I ran the numbers for Dave yesterday, he's got them.",
])
def test_a_job_named_without_its_likeness_to_theirs_is_no_proof(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "We ran the retreat for a bank in Oslo last winter and they've booked us again for March.",
    "The client we moved over from Liebherr hire last spring is still with us, and they're tough to please.",
    "We looked after their first export, and they've sent every shipment through us since.",
    "The farmers who've had dogs off us keep coming back.",
    "Half our litters are spoken for by repeat buyers.",
])
def test_customers_who_stay_or_come_back_are_proof(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Are you still with us?",
    "The damp keeps coming back every winter.",
])
def test_staying_on_a_call_or_a_pain_coming_back_is_not_proof(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I've done nineteen winters on these lifts, started as an apprentice at Cervinia.",
    "Dear Mr Okafor, we have served the chambers of Gray's Inn for upwards of forty years.",
])
def test_years_told_as_the_work_done_are_proof(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I wouldn't buy the third van yet if I were you. See how the first summer goes.",
    "Skip the heated seats on the chairlift, at your altitude you'll barely use them.",
    "No point me selling you a two-year service when your compressor's only got a year left in it.",
    "Not every site needs a 100-tonner. From your drawings a 60 will do it.",
    "Honestly you could probably do the checks yourselves with the manual, it's not complicated.",
    "The panes are four mil horticultural, toughened ones cost double and you don't need them under the eaves.",
    "The Finnish collars your cousin uses are good too, no need to switch if they work for you.",
])
def test_advice_against_buying_more_or_yet_is_candour(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


def test_a_product_needing_no_new_wiring_is_a_fact_not_advice():
    reply = "The bulbs dim with your existing switches so no need to change any of the wiring."
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I'd rather not rush you. Take the weekend, talk it over.",
    "I'll let you decide in your own time.",
    "The deposit is refundable if you cancel in writing within 14 days.",
])
def test_a_way_out_in_plain_words_earns_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


def test_not_rushing_them_then_pressing_for_a_date_is_no_way_out():
    reply = "I don't want to rush you one bit, but would it be cheeky to ask when the school's hoping to decide?"
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I'd suggest you ring Lochaber Leisure and ask them what we're like at 3am in a blizzard.",
    "I've the Orinsay weaver's number here, she'll tell you how the part did on hers.",
    "The ink samples arrived crushed, sorry, that was our packing, I've sent replacements.",
])
def test_a_customer_sent_to_say_what_we_are_like_or_a_failure_owned_is_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Look I'll be honest with you mate, I need this one over the line or I'm in trouble with the gaffer.",
    "Wade I'm gonna be honest with ya I need this sale bad, can you help a fella out",
    "I'll be honest with you. I need this deal.",
])
def test_the_honest_word_before_the_reps_own_need_is_a_plea_not_candour(reply):
    assert "trust" not in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "look I'll be honest with you the stainless ones rust at the welds if they're near the sea",
    "I'm going to be straight with you. The cheapest option is to repair your old safe, not to buy ours.",
    "It will not help the wood kiln, only the gas one, I have to be honest with you.",
])
def test_the_honest_word_before_or_after_a_limit_of_ours_is_still_candour(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If the tank does what I promised, would you be willing to say so on camera for our next co-op meeting?",
    "If the first season goes the way I think it will, would you stand up at the HOA meeting and say so?",
])
def test_a_testimonial_asked_is_no_invitation_to_say_no(reply):
    found = classify(reply, _rules_alone())
    assert not found.permission and "trust" not in found.stages, why(reply)


def test_a_customer_happy_to_say_so_is_a_reference():
    reply = "The Ross-shire dive club had four reg failures a season, and their chairman's happy to say so on the phone."
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)
