"""Judgments found in session 23 while reading which rules hear a move in replies that make none, each named after
what a trainer hears: a caller saying who they are, or sorry for their own bad line, notices nobody."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import rules_alone

# ---------------------------------------------------------------- 1. a greeting that only says who is calling, or sorry for the rep's own trouble

@pytest.mark.parametrize("reply", [
    "hey Marcus it's Lena from Harbour Recruitment calling back",
    "good morning, ravi here from the dealership, you called about the trade-in",
    "Hello, this is Beth with Northgate Insurance, this call is recorded for training.",
    "Hi Carla, it's Sam. Just confirming Tuesday at 2 at the showroom.",
    "hiya, sorry wrong thread, that was meant for the garage",
    "Hi Dr Patel, sorry, I'm in the lift, I'll lose you in a second.",
    "Morning all, I'm at the trade counter till noon, text if you need me.",
])
def test_a_greeting_that_only_names_the_caller_or_their_own_trouble_is_not_rapport(reply):
    assert "rapport" not in rules_alone(reply).stages
    assert "rapport" not in classify(reply).stages


@pytest.mark.parametrize("reply", [
    "Morning Sandra!",
    "Hi Dr Patel, it's great to finally speak!",
    "Hiya, it's Jade from Coastline, we met at the boat show, you had the spaniel with you.",
    "Hi Carla, I'm so sorry to hear about the flood at the showroom.",
])
def test_a_greeting_with_warmth_after_the_name_is_still_rapport(reply):
    assert "rapport" in rules_alone(reply).stages


def test_a_caller_named_before_a_move_still_hears_the_move():
    reply = "Hi Marcus, it's Lena from Harbour Recruitment. Who signs off agency spend on your side?"
    assert "decision_makers" in rules_alone(reply).gets


# ---------------------------------------------------------------- 2. "I understand" as hearsay, or before walking away

@pytest.mark.parametrize("reply", [
    "I understand from the underwriters that the claim has been paid.",
    "As I understand it, your client wants the cover for the van only.",
    "The valuation was done by the dealer's own appraiser, I understand; we have not seen it.",
    "Ok Mrs Reyes, I understand. I'll close the enquiry on my side.",
    "Understood Dr Amin, I understand, I will not write again.",
])
def test_i_understand_told_as_hearsay_or_before_walking_away_asks_nothing_about_them(reply):
    assert "empathy" not in rules_alone(reply).stages
    assert "empathy" not in classify(reply).stages


@pytest.mark.parametrize("reply", [
    "I understand, losing the lease must have been a blow.",
    "I completely understand.",
    "I understand the worry about the premium going up.",
])
def test_understanding_their_position_is_still_heard(reply):
    assert "empathy" in rules_alone(reply).stages


# ---------------------------------------------------------------- 3. "trust me" vouching for the rep's own day

@pytest.mark.parametrize("reply", [
    "Trust me, the traffic on the M62 was a nightmare this morning.",
    "believe me the weather in Leeds today is something else",
    "I guarantee the coffee at the motor show was worse than yours.",
    "Trust me, the meeting room on the left is the one with the screen.",
])
def test_trust_me_about_the_reps_own_day_is_not_a_hard_sell(reply):
    assert "convincing" not in rules_alone(reply).chase
    assert "convincing" not in classify(reply).chase


@pytest.mark.parametrize("reply", [
    "Trust me, you won't find better cover for the price.",
    "Believe me, the kids will love it.",
    "I guarantee this policy is the best on the market.",
])
def test_trust_me_arguing_for_the_product_is_still_convincing(reply):
    assert "convincing" in rules_alone(reply).chase


# ---------------------------------------------------------------- 4. how to address them on a letter

@pytest.mark.parametrize("reply", [
    "Is it Mr or Dr Achebe on the renewal letter?",
    "quick one, is it Ms Harlow or Mrs Harlow for the contract",
    "Is it Mrs Lane-Fox or just Lane?",
])
def test_asking_how_to_address_them_on_a_letter_is_logistics_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages
    assert "empathy" not in classify(reply).stages


def test_a_question_about_their_people_by_title_is_still_discovery():
    assert "empathy" in rules_alone("Does your Dr Shah run the ward on her own?").stages


# ---------------------------------------------------------------- 5. account admin under a mail-merge greeting

@pytest.mark.parametrize("reply", [
    "Hi {{first_name}}, your policy documents were emailed on {{send_date}}.",
    "Hello [FIRST NAME], your booking for {{venue}} has been moved to the new date.",
    "Hi Dev, this is an automated reminder from {{branch}}.",
])
def test_a_greeting_over_account_admin_is_the_mailing_not_rapport(reply):
    assert "rapport" not in rules_alone(reply).stages
    assert "rapport" not in classify(reply).stages


def test_a_greeting_with_warmth_over_admin_still_connects():
    assert "rapport" in rules_alone("Hi Dev, hope the new baby is letting you sleep!").stages
