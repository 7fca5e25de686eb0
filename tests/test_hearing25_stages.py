"""Judgments found in session 25 on the tuned rows' stage misses that no rule heard, each named after what a trainer
hears."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. their situation said back with a tag


@pytest.mark.parametrize("reply", [
    "You're running two shifts at the plant now, aren't you?",
    "Your current dryer does 15 tonne an hour, right?",
    "So you've not bought anything from these scans before, yes?",
    "Just to confirm, Graham: you look after all forty buildings, yes?",
    "hey so your ops team is still on the old ERP, yeah?",
])
def test_their_situation_said_back_and_checked_with_a_tag_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    # what they have of ours, a slot, the deal or their request: not their situation
    "You got my email, right?",
    "You're free Tuesday at ten, yeah?",
    "Your boss is happy with the price, right?",
    "You want the lens package quoted for a twelve-day shoot, right?",
    # a family member named, or a decider asked after
    "Imran measured up your sister's house last month, didn't he?",
    "Who else needs to say yes on this, your father or your brother-in-law, right?",
])
def test_a_tag_after_our_errand_or_the_deal_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_their_own_date_checked_with_a_tag_stays_urgency_and_not_discovery():
    reply = "Your lease renewal is in six weeks, right? That's the window to get the new chairs in."
    assert rules_alone(reply).stages == ["urgency"], why(reply)


# ---------------------------------------------------------------- 2. the rep in their place: "I'd be X too"


@pytest.mark.parametrize("reply", [
    "Honestly I'd be spitting feathers too if the carrier lost half a load twice in one month.",
    "Honestly, I'd have lost it too if the scaffolders left the site like that over a bank holiday.",
    "tbh id be fuming too if the vet bills doubled in a year",
    "Honestly that would drive me up the wall too, losing a whole weekend to a till that won't boot.",
    "Ha, I'd be fed up too. So what's the plan if the planners say no to the pods?",
])
def test_the_rep_saying_they_would_feel_it_too_in_their_place_is_rapport(reply):
    assert "rapport" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    # the rep glad to do a thing as well, or the rep's own plan: nothing felt with them
    "I'd be happy to send the spec too.",
    "I'd be there on Tuesday too.",
    "I'd go with the bigger tank as well.",
    "I'd have the van there by nine as well.",
])
def test_the_rep_doing_a_thing_as_well_is_not_feeling_it_with_them(reply):
    assert "rapport" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 3. talking them down to less than we could sell


@pytest.mark.parametrize("reply", [
    "Honestly bro, the big oven is too much for your kitchen, the 80cm is enough and saves you the gas.",
    "Mela, for a fibreglass boat our paint is too much, buy the normal one from the chandlery.",
    "Honestly, if you're under two hundred jars a week, the desktop one is plenty.",
    "right right so basically the panes are four mil and honestly you don't need the toughened ones up top",
    "For a building with septante flats, the 40-door locker is enough, don't let anyone sell you the 90.",
])
def test_telling_them_a_smaller_thing_will_do_or_ours_is_too_much_is_candour(reply):
    assert "trust" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    # enough time, a step they can skip, or a check of their own kit: nothing of ours talked down
    "A two-hour slot is plenty.",
    "That's enough for today.",
    "You don't need a login for the portal.",
    "Our technician can look at your kitchen, where the cooker fits and if the gas line is enough.",
])
def test_enough_time_or_a_step_they_can_skip_is_not_candour(reply):
    assert "trust" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 4. their hard time known: "I know … was hard on you"


@pytest.mark.parametrize("reply", [
    "I know losing the calves in the drought was hard on your family.",
    "Fren, I know the claims from the last spoiled reefer hurt your numbers. What does a bad month cost the yard?",
    "I know the last supplier burned you on Eid. Here's what I'd do: a two-week trial order.",
    "Dear Dr Asante, I know the practice has had a hard winter with two GPs off.",
])
def test_their_hard_time_known_however_long_the_naming_is_rapport(reply):
    assert "rapport" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I know the road is hard to find, so I'll send a pin.",
    "Sorry to chase, I know the harvest has been tough, any news on the order?",
])
def test_the_way_to_them_or_a_chase_apology_is_not_their_hard_time(reply):
    assert "rapport" not in rules_alone(reply).stages, why(reply)
