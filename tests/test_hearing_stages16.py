"""Each test names a trainer's judgment about a pathway stage that the coach's rules missed (stages16), written as a
rule for the move rather than a phrase: their better state pictured with their people or things as the subject of
"would", "could" or "will", whatever the verb, is hope, while the rep's side, an errand, a step of the deal, a lapse
or a maybe is not; glad of their news, whatever it is, and warmth about time spent with them are rapport, while glad
of the rep's errand is not; their load noticed ("you must be flat out", "you've had some week of it", "can't have
been easy") is rapport, but not as the preface of a walk-away."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import classify
from dojo.coach.lexicon import default_lexicon

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


def stages(reply: str) -> list[str]:
    return classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "With the new hoist in, your farriers could shoe twice the horses before lunch.",
    "Your receptionists would spend the afternoon on recalls, not on the phone.",
    "Once the ramp's fitted, the wheelchair users will come in through the front like everyone else, and your volunteers'll get their Saturdays back.",
    "Three years out, your buyers in Lyon will be asking for your lot numbers by name.",
])
def test_their_better_state_with_their_people_as_subject_is_hope(reply):
    assert "hope" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Your board would need to sign the contract first.",
    "Your accountant could check the figures for you.",
    "Your cover would lapse on the 30th.",
    "Your engineer will receive the logins on Monday.",
    "Your donation will be directly deducted from your task payment.",
    "Your own mobile would be handy for the fitter on the day.",
    "We'll send two sample rolls so your fitters can feel the difference.",
    "Your welder will run fine off single phase if it's under 7kW.",
])
def test_the_deal_an_errand_or_a_lapse_with_their_name_on_it_is_not_hope(reply):
    assert "hope" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "Lovely to hear the roof held up in the storm.",
    "Glad the new lambs are all up and feeding, Gwen.",
    "So chuffed to hear your daughter got into the conservatoire.",
])
def test_glad_of_their_news_is_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Glad the quote arrived safely.",
    "Glad the samples got there in one piece.",
    "Pleased to hear the ferry's running again.",
])
def test_glad_of_our_errand_or_the_ferry_is_not_rapport(reply):
    assert "rapport" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "Loved the tour of the cider barn.",
    "Lovely chatting about the old steam engines on Friday.",
    "Really enjoyed the walk round the orchard.",
])
def test_warmth_about_time_spent_with_them_is_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "You must be flat out with the show season starting, I won't keep you long.",
    "Ah sure you've had some week of it, with the yard flooded and the chipper in bits.",
    "Can't have been easy keeping the crew on through the drought.",
])
def test_their_load_noticed_is_rapport(reply):
    assert "rapport" in stages(reply)


def test_their_load_as_the_preface_of_a_walk_away_is_not_rapport():
    assert "rapport" not in stages("Sounds like you're flat out, so I'll stop bothering you.")


@pytest.mark.parametrize("reply", [
    "Once the new ovens are in, your head baker stops coming in at four to babysit the proofer.",
    "The tenants stop ringing you about cold radiators.",
    "Your drivers stop getting parking tickets outside the depot.",
])
def test_their_pain_stopping_told_as_fact_is_hope(reply):
    assert "hope" in stages(reply)


@pytest.mark.parametrize("reply", [
    "The offer stops running on Friday.",
    "If the client stops paying, we pause the service.",
    "I won't pretend the fence stops everything.",
    "I really hope the new till stops crashing on me.",
])
def test_our_side_stopping_a_condition_or_the_reps_own_wish_is_not_hope(reply):
    assert "hope" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "By spring those two hours come back to your front desk.",
    "What would you do with your Saturdays back?",
])
def test_their_time_won_back_is_hope(reply):
    assert "hope" in stages(reply)


@pytest.mark.parametrize("reply", [
    "You get your money back if it fails the first test.",
    "How was your first day back?",
])
def test_money_back_or_a_day_back_from_leave_is_not_their_time_won_back(reply):
    assert "hope" not in stages(reply)


def test_their_things_admired_as_the_best_of_their_kind_is_rapport():
    assert "rapport" in stages("Your workshop is the cleanest I've been in all year.")


def test_their_cheapest_option_is_not_admiration():
    assert "rapport" not in stages("Your best option is the smaller unit, and your price is the lowest around.")


@pytest.mark.parametrize("reply", [
    "Hope the crew got the last of the silage in before the rain came.",
    "Hope the tasting went well on Saturday.",
])
def test_hoping_their_job_or_day_went_well_is_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Hope the parcel got there in one piece.",
    "Hope the samples made it to the lab.",
    "Hope my email made sense.",
])
def test_hoping_our_errand_went_well_is_not_rapport(reply):
    assert "rapport" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "We got the colour wrong on the Bakers' shopfront and repainted it at our own expense.",
    "There's nothing in the small print: no exit fee, no minimum term.",
])
def test_a_failure_put_right_at_our_cost_and_no_small_print_are_trust(reply):
    assert "trust" in stages(reply)


def test_their_check_next_month_is_urgency():
    assert "urgency" in stages("The fire inspection is next month, so the doors want doing now.")


@pytest.mark.parametrize("reply", [
    "I'm heading to the Frankfurt fair next week with our new colours.",
    "If you're at the trade fair next month, pop over to our stand.",
])
def test_a_fair_the_rep_is_going_to_next_month_is_not_urgency(reply):
    assert "urgency" not in stages(reply)


def test_their_better_day_told_against_today_is_hope():
    assert "hope" in stages("Your nurses do one dressing visit a week instead of three.")


@pytest.mark.parametrize("reply", [
    "You pay monthly rather than upfront.",
    "If your auditor's concern is stock rather than cash, we can start there.",
])
def test_the_deal_or_their_concern_compared_is_not_hope(reply):
    assert "hope" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "Hope the hail didn't flatten your barley too badly.",
    "Hope the rain held off for your open day.",
    "Hope you made it home dry after the show.",
    "Fair play on the new shop, it's a proper step up.",
])
def test_any_wish_for_their_things_or_credit_for_their_news_is_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Hope the team finds it useful.",
    "We're hoping the reed arrives by Friday.",
    "Hope Street is closed, so come in by the back gate.",
    "Fair enough, I'll leave it there. Good luck with the season.",
    "I hope you had a good weekend. Attached is the invoice.",
])
def test_a_wish_that_our_thing_lands_the_reps_own_hope_or_a_walk_aways_goodbye_is_not_rapport(reply):
    assert "rapport" not in stages(reply)


def test_their_day_told_in_the_present_once_our_thing_is_in_is_hope():
    assert "hope" in stages("With the new ovens in, your night bakers get the rolls out before the first bus.")


@pytest.mark.parametrize("reply", [
    "With that in mind, your invoice comes to four hundred.",
    "Once you've signed, your engineer calls to book the install.",
])
def test_the_deal_told_in_the_present_is_not_hope(reply):
    assert "hope" not in stages(reply)
