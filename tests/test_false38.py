"""Judgments about neutral replies the coach heard a give in (session 38), each named after what a trainer hears.

A give only wished for or only possible ("I'd love to show you round", "I could send samples") and withdrawn in the
same breath by "but" and a reason on the rep's side (the diary is full, the showroom is shut, the stock has run out,
nothing would reach them, the drawings belong to another client) offers nothing. A "but" that adds a term or a fact
to the give ("I could send samples, but I'd need your address") withdraws nothing, and neither does a "but" after a
give made outright ("I can show you round Thursday, but the showroom's shut Friday").

A promise to find out whether the rep's side may give ("I'll check with the depot whether we can lend a unit", "I'll
ask my manager if I'm allowed to send the deck") offers nothing yet.

A give kept for others, with the prospect said to be outside it ("free fitting is only for orders over forty units, and
yours isn't", "the trade rate is only for registered builders, so I can't quote it to you"), offers nothing. Said
without the prospect shut out it is the give's small print, and the give stands."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()
BOTH = pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])


@BOTH
@pytest.mark.parametrize("reply", [
    "I'd love to bring the demo rig over, but the van's off the road till the 9th.",
    "We'd happily send you a sample tin, but honestly we're sold out of the matt finish.",
    "I would love to walk you round the kiln, but the works are closed for the holidays.",
    "I could send you the floor plans from the Ennis job, but they belong to the council, so I can't.",
    "I'd like to lend you a unit for the weekend but they're all out on loan to the festival.",
])
def test_a_give_wished_for_then_withdrawn_offers_nothing(reply, lexicon):
    assert not classify(reply, lexicon).gives


@BOTH
@pytest.mark.parametrize(("reply", "give"), [
    ("I could send you a sample tin, but I'd need your delivery address.", "trial"),
    ("I'd love to walk you round the kiln, but wear boots, it's muddy out back.", "demo"),
    ("I can walk you round the kiln on Thursday, but the works are closed on Friday.", "demo"),
])
def test_a_but_that_adds_a_term_or_a_fact_keeps_the_give(reply, give, lexicon):
    assert give in classify(reply, lexicon).gives


@BOTH
@pytest.mark.parametrize("reply", [
    "I'll check with the depot whether we can lend a unit for the show.",
    "I'll have to ask the owner if we can do a free fitting this time.",
    "Let me ask my manager whether I'm allowed to send you the full deck.",
])
def test_finding_out_whether_we_may_give_offers_nothing(reply, lexicon):
    assert not classify(reply, lexicon).gives


@BOTH
@pytest.mark.parametrize("reply", [
    "Free fitting is only for orders over forty units, and yours isn't.",
    "The trade rate is only for registered builders, so I can't quote it to you.",
    "Our free energy audit is only open to members, so I'm afraid your hall doesn't qualify.",
])
def test_a_give_kept_for_others_offers_the_prospect_nothing(reply, lexicon):
    assert not classify(reply, lexicon).gives


@BOTH
def test_a_give_with_its_small_print_still_gives(lexicon):
    assert classify("Free delivery is only for orders over £500, so yours ships free.", lexicon).gives
