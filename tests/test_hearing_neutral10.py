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


# ---------------------------------------------------------------- someone else's rules, offers and life

@pytest.mark.parametrize("reply", [
    "Visa criteria for Canada have changed again, my sister's tearing her hair out.",
    "The judging criteria for the flower show are out, and our roses haven't a prayer.",
])
def test_criteria_described_in_a_statement_ask_for_nothing(reply):
    _quiet(reply)


def test_criteria_asked_for_are_still_a_criteria_get():
    assert classify("What criteria will the panel use to pick the supplier?").gets == ["criteria"]


@pytest.mark.parametrize("reply", [
    "My brother-in-law's offering me mates' rates on a new boiler.",
    "My wife got a free trial of that meal-kit app and now it's lentils every night.",
    "Sorry, the free trial offer finished at the end of last month.",
])
def test_a_give_offered_to_the_rep_family_or_already_over_is_not_the_rep_give(reply):
    _quiet(reply)


def test_a_free_trial_set_up_for_them_is_still_a_trial():
    assert classify("I'll set you up with a 14-day free trial.").gives == ["trial"]


@pytest.mark.parametrize("reply", [
    "Hope you're keeping well. Invoice 2231 attached for the June delivery.",
    "Hope all's well your end. Just confirming the van's booked for 8 on Tuesday.",
])
def test_a_formula_wish_that_only_opens_an_errand_is_manners_not_connection(reply):
    _quiet(reply)


def test_a_wish_before_asking_after_them_is_still_rapport():
    assert classify("Hope you had a lovely weekend! How did the open day go?").stages == ["rapport"]


@pytest.mark.parametrize("reply", [
    "Still haven't sorted my dad's retirement present, any ideas?",
    "Sorry, what was I saying, my dog's barking at the window cleaner.",
    "Thanks for your patience while I found the right spreadsheet.",
    "Who handles credit notes at our end now that Sunil's gone?",
])
def test_the_rep_own_life_delay_or_side_is_not_about_them(reply):
    _quiet(reply)


def test_the_same_question_about_their_side_is_still_discovery():
    assert "empathy" in classify("Who handles returns at your end at the moment?").stages
