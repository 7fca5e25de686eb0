"""What the lead found playing the personas in session 36, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from dojo.coach import classify


@pytest.mark.parametrize("order_asked", [
    "can you place the order by Friday?",
    "Could your team put the PO through this week?",
    "Would you be able to raise a PO this week?",
    "could u get the order in before the price rise?",
])
def test_their_order_asked_for_outright_is_asking_for_the_sale(order_asked):
    # "can you place the order by Friday?" was heard as nothing: no close, so asking for the sale on the first line
    # cost nothing and Graham answered as if it were small talk.
    assert classify(order_asked).close_ask


@pytest.mark.parametrize("paperwork", [
    "Can you confirm the PO number on the delivery note?",
    "Could you send the order form details to accounts?",
])
def test_a_detail_of_their_order_asked_is_not_asking_for_the_sale(paperwork):
    assert not classify(paperwork).close_ask


@pytest.mark.parametrize("routine", [
    "What does a normal Monday morning look like for your front desk?",
    "What happens every Friday at 9 when the rota goes out?",
])
def test_a_routine_day_of_theirs_is_not_a_slot_asked_for(routine):
    assert "meeting" not in classify(routine).gets


@pytest.mark.parametrize("process_asked", [
    "When does your current contract renew, and what would have to happen before then?",
    "Who needs to sign it off before the 30th?",
])
def test_what_must_happen_by_their_date_asked_is_no_urgency(process_asked):
    # Beth felt chased by a question about her own process: asked, the date is theirs to fill in, not a reason to act.
    assert "urgency" not in classify(process_asked).stages


def test_a_thing_of_theirs_due_by_a_date_told_is_still_urgency():
    assert "urgency" in classify("The tanks would need to be in by end of February.").stages


def test_their_count_of_other_firms_proposals_asked_is_no_proposal_given():
    # Beth was asked how many proposals sit in her inbox, and the coach booked a proposal handed over.
    assert not classify("How many proposals are sitting in your inbox?").gives
    assert "proposal" in classify("The proposal is sitting in your inbox.").gives
