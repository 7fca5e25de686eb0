"""A held price is a discount (session 26): last year's rate, the old price, the current rate held to a date, the
increase swallowed. The rise they would have paid comes off for them, and a trainer and a buyer both read it as a price
concession, so the coach books it as `discount` and the personas react to it as one. Each test is named after what a
trainer hears."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why
from tests.persona_play import play_shipped, prospect_lines, score_changes


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "I'll still do you the old price",
    "we can hold last year's rate for you till March",
    "we'll swallow the increase for your first year",
    "What I can do is keep you on last year's rate for another twelve months.",
    "I'll honour the old price if you confirm the well before then.",
    "I can do it at the same price as last year for the first three months.",
    "We can do the casket spray at last year's price for the family.",
    "If you tell me by Friday I can lock the price for you.",
    "We can fix price for 6 months if you sign contract for 100 tonnes.",
    "We hold the current price till March if you confirm the first 500 by Christmas.",
])
def test_a_held_price_is_a_discount(reply):
    for lexicon in (_rules_alone(), default_lexicon()):
        gives = classify(reply, lexicon).gives
        assert "discount" in gives and "favour" not in gives, why(reply)


@pytest.mark.parametrize(("reply", "kind"), [
    # more done for the same money is an extra, not a price held against a rise
    ("what I'd do is put you on a Tuesday and Friday lift for a month at the same price", "favour"),
    # a slot or stock held for them is still a favour
    ("I'm going to hold the venue for you until Friday", "favour"),
])
def test_something_else_held_or_more_for_the_same_money_stays_a_favour(reply, kind):
    gives = classify(reply, _rules_alone()).gives
    assert kind in gives and "discount" not in gives, why(reply)


@pytest.mark.parametrize("reply", [
    "We held last season's rate for you in the spring, as you will recall.",
    "If the renewal slips past the 31st you're locked in for another two years at the old rate.",
    "I'll fix the price list tonight and send it over.",
])
def test_a_price_held_once_theirs_locked_in_or_a_price_list_put_right_is_no_discount(reply):
    assert "discount" not in classify(reply, _rules_alone()).gives, why(reply)


def test_ingrid_hears_a_held_price_thrown_in_as_her_opening_discount_and_the_reply_loses_reciprocity():
    _, events = play_shipped("discount-hunter", "We can hold last year's rate for you till March.")
    assert "discount" in prospect_lines(events)[0], prospect_lines(events)
    assert any(change.delta < 0 and "discount" in change.reason for change in score_changes(events)), events


def test_a_held_price_traded_for_the_decision_maker_s_time_is_still_a_trade():
    _, events = play_shipped("discount-hunter", "We can hold last year's rate for you till March if we can get "
                                                "thirty minutes with Marcus Dahl on Tuesday.")
    assert any(change.delta > 0 and "traded discount" in change.reason for change in score_changes(events)), events
