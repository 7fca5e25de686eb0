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
