"""Gives judged as a trainer judges them, found mining the tuned sets in session 36."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify


@pytest.mark.parametrize("favour_for_the_order", [
    "if we throw in the install, could your team place the order by Friday?",
    "if you order the full floor, we'll embroider your logo on every cushion at no extra cost",
    "If you sign this month, I'll throw in the install for free.",
])
def test_a_favour_made_the_price_of_their_order_is_traded_not_given_for_nothing(favour_for_the_order):
    # The extra waits on their order, as a discount made on it does ("if I can get you to 8% off, would you sign?"):
    # the chasing judgment already heard it as traded, and "gave favour without asking for anything" taught the rep
    # that naming the price of the extra was wrong.
    events = Coach().score(1, classify(favour_for_the_order), ())
    codes = [event.code for event in events if event.dimension == "reciprocity"]
    assert codes == ["traded"], [(event.code, event.reason) for event in events]


def test_a_demo_offered_beside_a_favour_made_on_their_order_is_still_given_for_nothing():
    # Only the extra waits on the signature; the demo tomorrow is handed over whatever they do.
    events = Coach().score(1, classify("I can do a demo tomorrow, and if you sign this month I'll throw in the "
                                       "install for free."), ())
    reciprocity = {(event.code, event.label) for event in events if event.dimension == "reciprocity"}
    assert ("traded", None) in {(code, None) for code, _ in reciprocity}
    assert any(code == "gave_without_get" and label == "give:demo" for code, label in reciprocity), reciprocity


@pytest.mark.parametrize("extra_for_nothing", [
    "I'll throw in the install for free.",
    "if you sign I'll chuck in the stand free, please don't go with the other lot",
])
def test_an_extra_with_no_condition_or_beside_begging_is_still_given_for_nothing(extra_for_nothing):
    codes = [event.code for event in Coach().score(1, classify(extra_for_nothing), ()) if event.dimension == "reciprocity"]
    assert codes == ["gave_without_get"], codes


@pytest.mark.parametrize("theirs_to_use_then_decide", [
    "You can keep the robot one month in your barn for free and after you decide.",
    "We leave the robot at your building during two weeks, your maintenance team uses it, and after you decide.",
    "I give ten helmets for the leaders to wear one month, after you decide.",
])
def test_a_thing_left_with_them_for_a_while_before_they_decide_is_a_trial_given_now(theirs_to_use_then_decide):
    # "after you decide" here is what comes once the while is up: the trial is handed over now, not held back.
    assert classify(theirs_to_use_then_decide).gives == ["trial"]


@pytest.mark.parametrize("held_back", ["I'll send the proposal once you decide.",
                                       "I'll send the proposal after you've decided who signs."])
def test_a_give_waiting_on_their_decision_is_still_held_back(held_back):
    assert not classify(held_back).gives


@pytest.mark.parametrize("finding_out", [
    "Let me check with the mill whether they can do 20 micron and I'll come back to you Thursday.",
    "I'll ring the axle supplier and find out if they do the two-tonne brakes, get back to you Thursday.",
])
def test_finding_out_what_our_own_side_can_do_is_a_promise_not_a_favour(finding_out):
    # Nothing is handed over yet: the answer, once told, is information. Three writers label it no give.
    assert not classify(finding_out).gives


@pytest.mark.parametrize("errand", [
    "Shall I check with our printer whether they can match your Pantone?",
    "I'll ring the freight forwarder myself tomorrow and find out where your container's got to.",
])
def test_chasing_their_thing_with_a_supplier_is_still_an_errand_run_for_them(errand):
    assert classify(errand).gives == ["favour"]
