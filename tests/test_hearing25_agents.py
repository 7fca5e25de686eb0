"""Judgments about gives made through our side's people, by the rep coming round, or offered as a question, and about
a held price (session 25), each named after what a trainer hears.

A give is the rep's side offering to hand something over. A colleague the rep speaks for ("our estimator can", "I'll
get Sam to") is the rep's side; the rep coming round with the thing hands it over; "would it help if I…" offers it as
surely as "I'll…" does. Coming round to collect what is owed hands over nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


# ---------------------------------------------------------------- 1. a colleague acting for the rep offers the rep's give


@pytest.mark.parametrize(("reply", "kind"), [
    ("I'll have Ngozi from our accounts team email you the price list.", "pricing"),
    ("Can I get our lettings manager to send you the spec sheets for the flat?", "information"),
    ("our estimator will put together a quote for the whole fit-out", "proposal"),
    ("I'll get Marek to send you the case study from the Leeds depot.", "case_study"),
])
def test_a_colleague_the_rep_speaks_for_offers_the_rep_s_give(reply, kind):
    assert kind in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "my colleague Henrik has just been promoted to head of our Nordic office.",
    "Our engineer is off sick this week, so Tuesday's install moves to Thursday.",
])
def test_a_colleague_s_own_news_gives_nothing(reply):
    assert not classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 2. the offer put as a question is a give


@pytest.mark.parametrize(("reply", "kind"), [
    ("Would it help if I sent over the price list tonight?", "pricing"),
    ("Would it help if I emailed you the slides from the conference?", "deck"),
    ("fancy me bringing a couple of the oak samples round when I'm next in Galway?", "trial"),
    ("how'd it be if I put together a quote for the lot?", "proposal"),
])
def test_would_it_help_if_i_offers_the_thing(reply, kind):
    assert kind in classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 3. coming round with the thing hands it over


@pytest.mark.parametrize(("reply", "kind"), [
    ("Grand so, I'll call out Wednesday with the price list.", "pricing"),
    ("I can pop round Thursday with a few samples of the felt.", "trial"),
])
def test_coming_round_with_the_thing_hands_it_over(reply, kind):
    assert kind in classify(reply, _rules_alone()).gives, why(reply)


def test_bringing_our_colleague_along_to_measure_up_is_consulting():
    reply = "Can I bring our framer along on Monday to measure up the gallery wall?"
    assert "consulting" in classify(reply, _rules_alone()).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll swing by Thursday to pick up the cheque for the last invoice.",
    "I'll pop round on Friday to collect the keys.",
])
def test_coming_round_to_collect_what_is_ours_gives_nothing(reply):
    assert not classify(reply, _rules_alone()).gives, why(reply)


# ---------------------------------------------------------------- 4. a held price is a discount: the rise comes off


@pytest.mark.parametrize("reply", [
    "PS if you want, I can do the same price as last year for the first three months.",
    "I'll still do you the old price on this one order, since you've been with us four years.",
    "We'll hold last year's rate for you.",
])
def test_a_held_price_is_a_discount_not_a_favour(reply):
    gives = classify(reply, _rules_alone()).gives
    assert "discount" in gives and "favour" not in gives, why(reply)
