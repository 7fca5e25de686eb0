"""Judgments about Trust as outside writers hear it (session 30), each named after what a trainer hears.

Trust is proof and candour. The honest word before a boast or an ask is filler; a walk-away that says there is no fit,
a review asked for and their own body's plans are not proof. A promise whose remedy is its own cost, years told as the
work done, advice against buying and a reference who expects the call are Trust in a learner's, a letter's and a chat's
words."""

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
    "Hand on heart, this is the finest mattress you'll ever sleep on.",
    "I'll be straight with you, there is no better kennel in the county.",
    "Frankly speaking we are very experienced company in this field",
    "to be honest could we move the call to Thursday?",
    "honestly I'm wiped out after the trade show lol",
])
def test_a_boast_or_an_ask_after_the_honest_word_is_not_candour(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "trust" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll be honest with you, the oak ones warp if the room is damp.",
    "I must be candid: our fees are among the dearer in Edinburgh.",
    "real talk, our boxes are made in Vietnam, if you need local I'm not your guy",
    "real talk we can't guarantee the colour match on every batch",
])
def test_candour_in_a_letter_or_a_chat_is_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Best of luck with the launch, and I'll leave it there, we're clearly not the right fit.",
    "It seems we're not a fit for what the gallery needs right now. Goodbye.",
])
def test_a_walk_away_saying_there_is_no_fit_earns_no_trust(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "trust" not in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Now you've had the van a year, would you mind leaving us a review on Google?",
    "a couple of lines from you on Tripadvisor about us would mean the world",
])
def test_a_review_asked_for_is_the_testimonial_not_proof(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


def test_reviews_told_stay_proof():
    reply = "We're on 4.8 from 300 reviews on Google, read the bad ones too."
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Has the PTA got anything set aside for the new kit this year?",
    "How much has the HOA ring-fenced for the pool?",
])
def test_their_body_in_a_perfect_tense_is_no_credential(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


def test_a_credential_held_by_its_acronym_stays_proof():
    reply = "Our riggers all hold IRATA level 3."
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "If the first sack does not suit your bread, send it back, I refund all money.",
    "If one crate arrive with broken eggs, you send photo and I replace all the crate.",
    "if your staff aren't happy with it after the training, we take the till back, no fees",
])
def test_a_promise_whose_remedy_is_its_own_cost_is_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "We have restored church clocks for some forty years.",
    "Been shearing since I was sixteen, twenty-eight years now.",
    "our head brewer did 15 years at Fuller's before she joined us",
])
def test_years_told_as_the_work_done_are_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "With respect, I would advise against the premium plan; for a team of six the basic one is ample.",
    "I wouldn't spend the parish's money on new bells yet, the old frame has years in it.",
])
def test_advice_against_buying_is_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Marta at Casa Lupo will take ur call anytime, she's had ours two years.",
    "Our references are attached; I would invite you to telephone any of them.",
    "Both the museum and the library would be content to speak with you.",
])
def test_a_reference_who_expects_the_call_is_trust(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


def test_waiting_years_of_our_own_is_no_record_from_the_new_rule():
    reply = "I've lived in Leeds for twenty years"
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)
