"""Judgments about Trust and Rapport as other writers say them (session 32), each named after what a trainer hears.

An invitation to come to our place is a demo, not proof that others already buy from us. A remedy we carry for
whatever fails, however the failure and the remedy are worded, is Trust. The honest word before or after a limit of
our own thing is candour; said beside a push or a plea it is not. Thanks for their time is Rapport with "a lot" or
"very much" in it too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Come to our room in Gáldar and see a pallet ripen in four days.",
    "Ya akhi, come to our stand at Gulfood, we open the comb in front of you and you taste from the knife.",
    "Home, come to our kitchen in O Carballiño and we cook pulpo together, you taste and you decide.",
])
def test_an_invitation_to_our_place_is_a_demo_not_proof(reply):
    found = classify(reply, _rules_alone())
    assert "trust" not in found.stages, why(reply)


def test_others_who_came_to_our_place_are_still_proof():
    reply = "Half the vets in Cornwall use our booking system."
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If the well runs dry in the first two years we redrill free.",
    "if ur not happy with the first coat we strip it n start over, our cost",
    "If no water comes after drilling, we will not charge the drilling amount, only the rig shifting charge.",
    "If one of the units we service quits before Labor Day, we come back and fix it free.",
])
def test_a_remedy_we_carry_for_whatever_fails_is_trust(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "trust" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If you don't sign by Friday, we can't do the free fitting.",
    "If the order isn't in by Friday, I can't throw in the free delivery.",
])
def test_a_deal_condition_with_something_free_is_not_a_remedy(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Honestly, the hydraulic crush is overkill for under 50 cows — the manual one does the same job.",
    "Honestly, maje, the line is too big for under 20 hectares, for you maybe the small one.",
    "It won't tell you about blade tension, I should say. Only bearings and shaft alignment.",
    "The baskets are sun-dried, they won't take the damp of a ship container more than six weeks, I must tell you that.",
])
def test_the_honest_word_on_a_limit_of_ours_is_candour(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I know you said you're happy with the current agency, but honestly they can't compare to us, you need to switch.",
    "Customers love our kombucha, honestly, they can't get enough.",
    "The pest-control van outside the mosque isn't ours, just so you know 😅",
    "tbh if theres no budget this yr i dont wanna waste ur time, is it ok if i check back in jan?",
    "I know you said it's not for you, but honestly once you see the clock in a tournament you'll change your mind.",
])
def test_a_push_or_an_aside_said_honestly_is_not_candour(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Thanks a lot for taking the time to talk yesterday.",
    "Thank you very much for making the time.",
])
def test_thanks_for_their_time_however_strong_is_rapport(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How many dogs do you turn away in high season?",
    "your staff, how many people work in the weekend?",
    "Which weekend would you prefer for the install, the 14th or the 21st?",
])
def test_a_count_or_a_date_of_their_trade_on_a_busy_day_is_not_small_talk(reply):
    assert "rapport" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", ["How was the holiday in Crete?", "Did you catch the rugby on Saturday?"])
def test_their_life_asked_after_is_still_small_talk(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages, why(reply)
