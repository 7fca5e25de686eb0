"""Session 27: the learned second opinion stays in its lane. A label it adds must have the evidence its kind needs, and
words a give the rules heard already name are not booked again as another kind."""

from __future__ import annotations

from dojo.coach import classify
from dojo.coach.signals import hear


def test_a_swap_of_goods_is_no_discount_so_the_understanding_stays_empathy():
    # CaSiNo-style barter: no price, no money, nothing free. The model weighed "give", "I can" for a discount; without
    # it no give is heard, so "I understand" is Empathy again (it yielded to the give before).
    reply = "I understand. I am willing to give you two packages of food if I can have two firewoods."
    heard = classify(reply)
    assert heard.gives == []
    assert heard.stages == ["empathy"]


def test_the_explain_view_says_why_the_learned_discount_was_not_heard():
    # A CaSiNo-style barter the second opinion takes for a discount (the session 28 retrain no longer weighs the
    # session 27 example, "I am willing to give you two packages of food if I can have two firewoods", as one at all).
    reply = "I'll give you all the water if I can have two firewood."
    assert "discount" not in classify(reply).gives
    cancelled = [item for item in hear(reply).learned if item.opinion.label == "give:discount"]
    assert cancelled and cancelled[0].cancelled.startswith("evidence:")


def test_a_learned_discount_with_a_figure_quoted_or_money_named_still_stands():
    assert "discount" in classify("Fine, I can do 25 for you.").gives
    assert "discount" in classify("the rental is eight thousand a month, but for the first term i'll do six").gives
    # The money word may be in the sentence of another of its weighing words.
    assert "discount" in classify("Do you know other salon owners who might like it? We give them a free month and "
                                  "you too.").gives


def test_a_price_with_a_thousands_comma_is_one_fact_not_also_information():
    assert classify("The hoists are from 1,150 a pair.").gives == ["pricing"]


# Session 33's retrain lost this information and session 36's, on the settled conventions, hears it again.
def test_a_fact_told_beside_the_price_is_still_information():
    assert sorted(classify("The lease is 1,150 pounds a month over four years, servicing included.").gives) == [
        "information", "pricing"]
    assert sorted(classify("Mukoma, the 500-egg incubator is US$620, solar backup included, hatch rate around 85%").gives) \
        == ["information", "pricing"]


def test_a_free_month_of_a_named_service_thrown_in_is_one_favour_not_also_a_discount():
    # "throw in" and "free month … if you sign" were booked as a favour and a discount for the same concession (the
    # panel showed "+15 traded discount" and "-10 gave favour without asking" for one offer).
    assert classify("I'll throw in a free month of onboarding if you sign this week").gives == ["favour"]


def test_free_months_thrown_in_with_nothing_named_are_one_discount():
    assert classify("I can throw in three months free if that helps.").gives == ["discount"]
    assert classify("In addition, sir, the bank will waive the arrangement fee entirely as a goodwill gesture.").gives \
        == ["discount"]


def test_the_freight_absorbed_as_a_goodwill_gesture_is_one_favour():
    assert classify("Sir, as a goodwill gesture we shall absorb the freight charges on this first shipment.").gives \
        == ["favour"]


def test_a_discount_and_an_extra_listed_together_are_each_given():
    heard = classify("If you take three trucks, we give ₹50,000 off each and the first service free.")
    assert "discount" in heard.gives and "favour" in heard.gives
