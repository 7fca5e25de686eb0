"""Replies that make no move, as trainers blind to the coach label them (session 10): each test names the judgment
that keeps a look-alike quiet, with and without the learned second opinion, next to the real move it must not
silence."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from tests.test_hearing_neutral8 import _quiet


# ---------------------------------------------------------------- the goodbye

@pytest.mark.parametrize("reply", [
    "Sounds like you're happy with the crew you've got, so I'll leave you be. Take care.",
    "Okay, sounds like it's a no this season. I'll close it off on my side.",
    "Sounds like you've made your mind up, all the best with the new kitchen.",
])
def test_a_reflection_said_on_the_way_out_is_the_goodbye_not_discovery(reply):
    _quiet(reply)


def test_a_reflection_before_a_question_is_still_discovery():
    assert "empathy" in classify("Sounds like the Saturday rush is the real squeeze. What happens to the queue then?").stages


@pytest.mark.parametrize("reply", [
    "Thanks for your time today, have a great weekend.",
    "Many thanks for your time, speak soon.",
    "Fair enough, we'll leave it there. Thanks for your time.",
    "Right, so it's not the right fit for you this year. Thanks for your time.",
])
def test_thanks_for_their_time_said_as_the_goodbye_is_a_sign_off(reply):
    _quiet(reply)


def test_thanks_for_their_time_that_opens_the_reply_or_names_the_meeting_is_rapport():
    assert classify("Thanks for your time on Tuesday, it was good to see the yard.").stages == ["rapport"]
    assert "rapport" in classify("Thanks for your time today. Quick recap: forty units by March, is that right?").stages
    assert classify("I know that was a blunt answer and you gave it anyway. Much obliged.").stages == ["rapport"]


# ---------------------------------------------------------------- a give refused is not candour

@pytest.mark.parametrize("reply", [
    "We don't run demos at weekends, the showroom's shut.",
    "We can't offer samples on the bespoke glazes, they're mixed to order.",
    "Sadly we don't do loan mowers any more.",
])
def test_a_give_refused_is_not_owning_a_limit_of_the_product(reply):
    _quiet(reply)


def test_owning_what_the_product_cannot_do_is_still_trust():
    assert classify("Honestly, we don't do overnight callouts, so if you need 24/7 we're the wrong firm.").stages == ["trust"]
    assert "trust" in classify("The scanner can't read the older microfiche, I'm afraid.").stages


# ---------------------------------------------------------------- theirs, not an ask

@pytest.mark.parametrize("reply", [
    "Happy to sign your NDA before we see the drawings.",
    "Your NDA's attached, countersigned on our side.",
])
def test_their_own_nda_signed_or_sent_back_asks_them_for_nothing(reply):
    _quiet(reply)


def test_an_nda_sent_for_them_to_sign_is_still_an_nda_get():
    assert classify("The NDA's in your inbox for signature.").gets == ["nda"]
    assert classify("Could you send over your NDA template?").gets == ["nda"]


def test_an_event_the_rep_is_at_is_not_their_deadline():
    _quiet("We'll be at the county show on the 14th, stand 9, if you're passing.")
    assert "urgency" in classify("Your fire inspection is on the 28th, so the doors need hanging before then.").stages


# ---------------------------------------------------------------- chasing nobody

@pytest.mark.parametrize("reply", [
    "I'll circle back with the installer about the gate code.",
    "Missed the turning, had to circle back round the roundabout, five minutes away.",
    "Just going to check in on the proofing dough, back in a sec.",
])
def test_circling_back_or_checking_in_on_something_else_chases_nobody(reply):
    _quiet(reply)


def test_circling_back_to_the_prospect_on_the_quote_is_still_a_check_in():
    assert classify("Circling back on the quote I sent last week.").chase == ["check_in"]


def test_the_rep_own_hope_is_not_small_talk_about_them():
    _quiet("I hope the rain holds off for my drive back over the Pennines.")
    assert classify("Hope the move went smoothly for you all.").stages == ["rapport"]
