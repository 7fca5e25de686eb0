"""Judgments about Trust and Hope as outside writers say them (session 28), each named after what a trainer hears.

The honest word before the rep's own feeling or day is talk about the rep, not candour about the offer; a no
invited by naming their staying as they are (waiting, sticking with who they have, their old way still working,
deciding against it) and taking it well in a letter's or a friend's words is permission to say no, and so Trust;
their pain gone in a picture of their own future is Hope, not a record of ours."""

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
    "I'll be honest with you, I'm absolutely shattered after the drive up.",
    "I'll be honest, it's been a long week on the road.",
    "I'll be honest, I love your logo.",
    "I was a bit sad we didn't get the tender last year, to be honest.",
    "In all honesty I'd be climbing the walls if the auditors moved the date on me as well.",
    "I'll be honest, I'm desperate for this one, can you help me out?",
])
def test_the_honest_word_before_the_reps_own_feeling_is_not_candour(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll be honest with you, the stainless ones rust at the welds.",
    "Honestly, we're not cheap.",
    "To be honest I'm not sure it'll fit your van.",
])
def test_the_honest_word_before_a_limit_of_ours_stays_candour(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "if you ain't going ahead Miss Claudette you could just tell me, that's alright",
    "If you prefer to wait to next year, I understand, no problem.",
    "Captain, Marla, if you're happy with what you've got, that's fine, just let me know and I'll stop calling",
    "No worries if you stick with who you've got, they're decent, I'll not pester you.",
    "If the paper system works for you, keep it.",
    "If the old racks do the job for you, no need for us, really.",
    "Dear Mr Van Langenberg, should the estate decide against it, I would count it a kindness to be told plainly.",
    "Please be assured that if the Trust decides this is not the right moment, I shall entirely understand.",
    "is ok if u dont want, i understand, money is difficult",
])
def test_their_staying_as_they_are_taken_well_invites_a_no(reply):
    heard = classify(reply, _rules_alone())
    assert "trust" in heard.stages, why(reply)
    assert not heard.chase, why(reply)


@pytest.mark.parametrize("reply", [
    "If Tuesday works for you, let me know.",
    "if the price works for you, let me know and I'll book it",
    "If you prefer to wait until the van is back, no problem, I'll send it then.",
])
def test_a_slot_or_a_price_that_suits_them_invites_no_no(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Cher, picture them boys going home with all ten toes every Friday, and no more claims on your desk.",
    "By the time the board meets in March, you'll have had three whole months without a single lost lunchtime call.",
    "Imagine your dealers starting every shift in a uniform that looks new, with no more complaints from your VIP "
    "floor managers.",
])
def test_their_pain_gone_in_a_picture_of_their_future_is_hope_not_our_record(reply):
    heard = classify(reply, _rules_alone())
    assert "hope" in heard.stages, why(reply)
    assert "trust" not in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Forty roofs and not one has leaked.",
    "No more complaints from a single customer since we fitted it.",
])
def test_a_record_of_ours_with_nothing_against_it_stays_proof(reply):
    assert "trust" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What would it mean for you if no shipment arrived sticky again?",
    "what would it mean for the ward if nobody had to chase a porter again?",
])
def test_what_it_would_mean_with_the_pain_gone_for_good_is_hope(reply):
    assert "hope" in classify(reply, _rules_alone()).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "What would it mean for the crew if the pump failed again?",
    "What does that mean for the crew?",
])
def test_what_it_would_mean_with_nothing_better_named_is_discovery(reply):
    assert "hope" not in classify(reply, _rules_alone()).stages, why(reply)
