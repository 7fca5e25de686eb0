"""Gives judged as a trainer judges them, found mining the tuned sets in session 37."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify


@pytest.mark.parametrize("lower_price_for_more", [
    "£65 fitted per client, or £55 each if you give me ten at a time.",
    "Price is $14,200 a unit installed, $12,900 each if you do three.",
    "Spring start-up is $95 a unit, $85 each if it's more than ten.",
    "um okay so our price for the 2mm is $34 a fifty-pound bag but if you take a full pallet it drops to $31 yeah",
    "the unit price is HK$14.50 at 50 cases, and HK$13.20 above 200 cases.",
    "12+ fixtures and the rate drops to £38 a unit per week.",
    "we can do one hundred eighty ringgit per visit, if sign twelve months i give one sixty",
])
def test_a_lower_price_for_a_bigger_order_said_flat_is_pricing_and_a_discount(lower_price_for_more):
    # The convention settled in session 36 ("a lower price for a bigger order: pricing and discount"), said the way
    # many writers say it: the price, then the lower figure their volume earns, with no "instead of".
    assert {"discount", "pricing"} <= set(classify(lower_price_for_more).gives)


@pytest.mark.parametrize("one_price", [
    "It's £40 a month, and 12 months if you sign today.",
    "Your old lamps are costing the county £4,100 a month more than LEDs would.",
    "Your supplier charges £14 each, or £12 if you take a dozen.",
    "Our quote is attached: £3,180 a year for 40 hectares, £50k per hectare limit.",
    "The price for hermetic bags is 190 birr each for 5,000 or more.",
])
def test_one_price_a_term_or_their_price_is_no_discount(one_price):
    assert "discount" not in classify(one_price).gives


@pytest.mark.parametrize("both_listed", [
    "I'll give you 2% off and free body insurance for the first year.",
    "Look, I'll knock another 5% off and add the stand for free, just to get this moving.",
    "ok la ok la, i give u extra 10% off and free install, no need decide now",
    "Wade, look, I'll do a second mast for half price and the install free.",
    "If you take 100 kilo, I give 5% and the display jars free.",
])
def test_money_off_and_an_extra_listed_with_it_are_both_given(both_listed):
    assert {"discount", "favour"} <= set(classify(both_listed).gives)


def test_freedom_to_cancel_beside_money_off_is_no_extra():
    assert classify("I can do 10% off and you're free to cancel any time.").gives == ["discount"]


def test_a_share_of_a_material_beside_a_thing_free_of_something_is_no_extra():
    assert "favour" not in classify("the carpet tiles are recycled nylon, like seventy percent post consumer, and the "
                                    "backing is bitumen free").gives


def test_a_share_given_with_no_you_is_still_money_off():
    assert "discount" in classify("If you take 100 box I give 8% and free delivery to all your branch.").gives
    assert not classify("We give 10% of our profits to the hospice.").gives


@pytest.mark.parametrize("concession_for_their_order", [
    "once you sign for the year, the decals are on the house",
    "Once you sign, we won't charge for the install.",
    "Once you've signed, we'll knock 5% off the second year.",
])
def test_a_concession_made_the_price_of_their_order_said_flat_is_offered_and_traded(concession_for_their_order):
    # "Once you sign" states the price of the concession; it does not hold the concession back as it holds back a
    # document ("Once the PO is raised, the drawings are yours"). The concession is heard, and traded for their order.
    signals = classify(concession_for_their_order)
    assert set(signals.gives) & {"favour", "discount"}, signals.gives
    codes = [event.code for event in Coach().score(1, signals, ()) if event.dimension == "reciprocity"]
    assert codes == ["traded"], codes


@pytest.mark.parametrize("held_back", [
    "Once the PO is raised, the drawings are yours.",
    "As soon as your board approves, I'll send the contract.",
    "Until you sign, I can't offer the discount.",
])
def test_a_document_held_back_till_they_sign_or_a_refused_discount_is_still_not_given(held_back):
    assert not classify(held_back).gives
