"""Judgments about trust, hope and rapport heard however they are said (session 26), each named after what a trainer
hears.

Trust is candour about our own offer (where it stops, the cheaper thing they should buy instead, the firm that does it
better) and proof they can check (a figure with a source, a record over a span, a certificate they can read). Hope is
their better day painted, in any tense and whoever is its subject. Rapport is warmth beyond a formula. Each has its
look-alike: a limit that is the prospect's, a number that is logistics, the rep's own news, glad our errand landed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


# ---------------------------------------------------------------- 1. candour about our own offer earns trust


@pytest.mark.parametrize("reply", [
    "Look, our freezer units are not the cheapest in Port Louis, but we have a technician on the island on Sundays.",
    "Bula! Straight up, our sail cloth isn't the lightest on the market.",
    "If all you need is the tuning visits, don't pay for the full restoration plan, it would be money wasted.",
    "If you only need interpreters twice a month, pay-as-you-go is cheaper for you than the retainer.",
    "We're not the right people for stadium timing, Swiss Timing do that far better, I'd go to them.",
    "I am honest with you, our software is in English only for now.",
    "Honest answer, the resurfacer won't do anything under minus 8 in the hall.",
    "I'm not going to sell you the bigger generator, the 4 kVA is plenty for a yacht that size.",
    "We messed up the order for a wall in Leeds, sent the wrong colours, and we ate the cost of the reship.",
    "Honestly? It's not cheap, it's 14 euros a kilo for the beeswax.",
    "Honestly, a franchise isn't for everyone: if you want to run things your own way, you'll hate the rules.",
    "Mr Tanaka, the autorefractor you've got is fine for another three or four years.",
])
def test_owning_where_our_offer_stops_is_candour_the_buyer_can_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Your kitchen can't take a three-phase unit, so the single-phase is your only option.",
    "We do that far better than anyone in the county.",
    "Honestly the traffic isn't great today, I'll be ten minutes late.",
    "We're the third-largest supplier of cattle tags in Ireland and growing every year.",
    "I know you're happy with the current agency, but honestly they can't compare to us.",
])
def test_a_limit_of_theirs_or_our_own_boast_is_not_candour(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 2. proof with a source or a span earns trust


@pytest.mark.parametrize("reply", [
    "According to the Carbon Trust's 2024 audit, which I can forward, our kilns use 31% less gas than the average.",
    "Our on-time record last year was 98.7%, that's from the haulier's own tracking, not our marketing.",
    "We swept 1,900 chimneys last year and had two complaints, both sorted the same week.",
    "Our pilots each have over 500 logged hours and the licence numbers are on the booking form, look them up.",
    "If it breaks down in the first two years we ship a replacement on the next boat, free.",
    "Schools like yours tend to save around 12% on heating in year one.",
])
def test_a_figure_with_a_source_or_a_record_over_a_span_is_proof_they_can_check(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Your order number is 48812 and the van is booked for 7:30 on Thursday.",
    "The crate is 2.4 metres long so you'll need two people to lift it off the tail-lift.",
])
def test_a_number_that_is_logistics_is_not_proof(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 3. their better day, any shape, earns hope


@pytest.mark.parametrize("reply", [
    "We'd have your customers queuing round the block for the amber wine by Easter, I reckon.",
    "Nobody at the lodge will be waking up to a smoky kitchen again.",
    "Next cyclone season your stock stays frozen even when the power is cut for two days.",
    "How would it feel to pull the shell off the rack and know it won't flex on the catch?",
    "What would the club do with the extra three thousand a year you'd save on repairs?",
    "The gallopers in Southwold haven't missed a day since, and by Easter yours can be the same.",
])
def test_their_better_day_painted_in_any_shape_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Next year your contract renews at the new rate.",
    "Nobody has answered my emails again.",
    "We'll have your order shipping by Friday.",
    "I hope to have the drawings over to you by Friday.",
])
def test_the_deal_s_steps_or_the_rep_s_own_hope_paint_no_better_day(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)


# ---------------------------------------------------------------- 4. warmth beyond a formula earns rapport


@pytest.mark.parametrize("reply", [
    "Must be mad busy for you with the Christmas parties coming up.",
    "Gaumarjos Nino! I am happy you liked the Tbilisi tasting, the Saperavi was my favourite too.",
    "Honestly you've got the friendliest front desk of any wall I've visited, the lad on reception made my day.",
    "Yinz guys at the mill, how'd the Steelers game go for ya?",
    "Hope little Aoife's first day at school went well!",
    "Vinaka for the kava last night, I slept like a baby.",
    "Salamat kaayo for letting me sit in the class yesterday, the kids were so good.",
    "Grand to hear the lambing went well, marra.",
])
def test_warmth_about_them_beyond_a_formula_is_rapport(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Hope you're well. The invoice for the March sweep is attached.",
    "Glad you liked the deck, who else should see it?",
    "Delighted you liked the prototype. For the full run, price is HKD 36 per tin.",
    "Mèsi for the question. Yes, the oil is IFRA compliant.",
    "Glad the delivery went well, the invoice follows.",
])
def test_a_formula_or_glad_our_errand_landed_is_not_rapport(reply):
    assert "rapport" not in classify(reply, _rules_alone()).stages, why(reply)
