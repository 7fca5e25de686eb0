"""Each test names a trainer's judgment found by playing the personas (session 19): booking their order ("shall I put
you down for the 12-month licence?") and asking them to sign the contract sent are close asks, not a trial given or a
proposal traded; a discount made the price of their signature does not make a demo offered beside it a trade."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear

# ---------------------------------------------------------------- 1. putting them down for the product asks for the sale

@pytest.mark.parametrize("reply", [
    "Great to hear Graham! So shall I put you down for the 12-month licence?",
    "Brilliant, can I put you down for the annual plan then?",
    "shall I sign you up for the three-year package?",
    "Should I put your clinic down for twenty seats?",
])
def test_putting_them_down_for_the_product_is_a_close_ask_not_a_trial(reply):
    signals = classify(reply)
    assert signals.close_ask, hear(reply).signals.matches
    assert "trial" not in signals.gives, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Shall I book you in for a demo on Tuesday?",
    "Can I put you down for a call next week?",
    "We can give you a 30-day evaluation licence.",
])
def test_booking_a_demo_or_a_trial_licence_is_not_the_sale(reply):
    assert not classify(reply).close_ask, hear(reply).signals.matches


def test_an_unearned_close_is_scored_as_one():
    events = Coach().score(1, classify("Great to hear Graham! So shall I put you down for the 12-month licence?"))
    assert "close_unearned" in [event.code for event in events]
    assert not any(event.dimension == "reciprocity" for event in events), events


# ---------------------------------------------------------------- 2. the contract sent to be signed is a close, not a trade

@pytest.mark.parametrize("reply", [
    "I'll send the contract over this afternoon, can you sign it by Friday?",
    "I'll send the contract over, could you sign and return it?",
    "I'll send the agreement across now, would you sign it today?",
])
def test_the_contract_sent_to_be_signed_is_a_close_ask_not_a_proposal_traded(reply):
    signals = classify(reply)
    assert signals.close_ask, hear(reply).signals.matches
    assert signals.gives == [], hear(reply).signals.matches
    events = Coach().score(1, signals)
    assert "traded" not in [event.code for event in events], events


@pytest.mark.parametrize("reply", [
    "I'll send the contract over tonight.",
    "Here's the NDA, can you sign it before Thursday?",
])
def test_a_contract_sent_alone_or_an_nda_to_sign_is_not_a_close(reply):
    assert not classify(reply).close_ask, hear(reply).signals.matches


# ---------------------------------------------------------------- 3. only the discount waits on their condition

def test_a_demo_offered_beside_a_conditional_discount_is_given_without_a_get():
    reply = "I can do a demo tomorrow at 9 for the panel, and if you sign this month I'll knock 10% off."
    events = Coach().score(1, classify(reply))
    codes = {event.code: event for event in events if event.dimension == "reciprocity"}
    assert codes["traded"].delta == 15 and "demo" not in codes["traded"].reason, events
    assert codes["gave_without_get"].label == "give:demo" and codes["gave_without_get"].delta == -10, events


def test_a_conditional_discount_alone_is_still_a_trade():
    events = Coach().score(1, classify("If you sign this month I'll knock 10% off."))
    assert [event.code for event in events if event.dimension == "reciprocity"] == ["traded"], events


# ---------------------------------------------------------------- 4. not being ready made fine to say is permission

@pytest.mark.parametrize("reply", [
    "It's totally fine if now isn't the moment, I'd honestly rather you told me.",
    "no worries if right now isn't the right time for this, just say",
])
def test_now_not_being_the_moment_made_fine_to_say_is_permission_not_chasing(reply):
    signals = classify(reply)
    assert signals.permission, hear(reply).signals.matches
    assert signals.chase == [], hear(reply).signals.matches


# ---------------------------------------------------------------- 5. "how is it scored?" asks their criteria, not small talk

@pytest.mark.parametrize("reply", [
    "How is it scored?",
    "How will the tenders be weighted?",
    "and how are the suppliers judged?",
])
def test_how_the_choice_is_scored_asks_for_their_criteria_not_rapport(reply):
    signals = classify(reply)
    assert "criteria" in signals.gets, hear(reply).signals.matches
    assert "rapport" not in signals.stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", ["How's it going?", "how's it been this week?", "Hi Jo, how is everything going?"])
def test_how_is_it_going_still_asks_after_them(reply):
    assert classify(reply).stages == ["rapport"], hear(reply).signals.matches


# ---------------------------------------------------------------- 6. another customer helped is proof, not a fact given

@pytest.mark.parametrize("reply", [
    "we did help another insurer clear a backlog of 7,000 in ten weeks, if that's useful",
    "We helped another broker get 3,500 renewals out within a month.",
])
def test_another_customer_helped_to_a_result_is_proof_not_information(reply):
    signals = classify(reply)
    assert signals.stages == ["trust"], hear(reply).signals.matches
    assert signals.gives == [], hear(reply).signals.matches


def test_helping_another_team_of_theirs_is_not_proof():
    assert "trust" not in classify("we can help another team in your office within a week").stages


# ---------------------------------------------------------------- 7. the future pictured hands nothing over

@pytest.mark.parametrize("reply", [
    "Picture it: every POD photo attached to the invoice automatically, no more chasing drivers for paperwork.",
    "Imagine each delivery note attached to the right job without anyone typing it.",
])
def test_a_thing_attached_in_the_pictured_future_is_hope_not_a_give(reply):
    signals = classify(reply)
    assert signals.gives == [], hear(reply).signals.matches
    assert "hope" in signals.stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", ["Deck attached.", "Photos of the install attached."])
def test_a_thing_attached_now_is_still_handed_over(reply):
    assert classify(reply).gives, hear(reply).signals.matches


# ---------------------------------------------------------------- 8. what their problem costs them is discovery

@pytest.mark.parametrize("reply", [
    "would it be ok if I asked what it all costs you?",
    "And this problem, it is costing how much for the practice?",
    "Cost of that?",
    "how much does the rework cost the business each month?",
])
def test_asking_what_their_problem_costs_them_is_discovery(reply):
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches


# ---------------------------------------------------------------- 9. their cost asked about is not a date

def test_does_their_boss_know_what_it_costs_every_month_is_discovery_not_urgency():
    reply = "Does Raymond know what it's costing you every month?"
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


def test_their_cost_told_every_month_is_still_urgency():
    assert "urgency" in classify("Every month you wait, it's costing you another eight grand.").stages


# ---------------------------------------------------------------- 10. asking to speak with their people is a get

@pytest.mark.parametrize("reply", [
    "Would it be possible to talk to them as well?",
    "Could I talk to Priya directly?",
    "can I have a word with Gemma Price too",
])
def test_asking_to_speak_with_their_people_asks_for_the_decision_makers(reply):
    assert classify(reply).gets == ["decision_makers"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", ["Can I speak to my manager first?", "I'll talk to Sam tomorrow."])
def test_the_rep_talking_to_its_own_people_asks_nothing(reply):
    assert classify(reply).gets == [], hear(reply).signals.matches


# ---------------------------------------------------------------- 11. a no invited beside discovery earns its Trust

def test_inviting_a_no_then_asking_what_changed_for_them_credits_trust():
    coach = Coach()
    coach.score(1, classify("Hi Graham, lovely to see you again!"))
    events = coach.score(2, classify("Graham, honestly, if it's a no that's fine. Has something changed on your side?"))
    earned = [event.label for event in events if event.code == "stage_earned"]
    assert earned == ["stage:empathy", "stage:trust"], events


def test_a_change_to_our_errand_is_not_discovery():
    assert "empathy" not in classify("Has anything changed with the delivery date?").stages
