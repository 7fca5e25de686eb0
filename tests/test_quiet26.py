"""Judgments about replies that make no move (session 26), each named after what a trainer hears.

A greeting standing alone notices the person; the same greeting opening news of a thing (the kayaks still on the
boat, the generator on their contract) is manners, and the reply is judged on its move, which here is none. An
acknowledgement said on the way out ("I hear you, not now, I'll leave it there") asks nothing about them, and the
rep's word that the chasing ends ("won't chase", "I will not follow up further") is a walk-away, so a greeting before
it is manners too. Their own date said back after "understood —" is listening, not a reason to act now."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Bula, the kayaks are still on the boat from Suva, maybe tomorrow they arrive.",
    "Good evening. The generator delivered on Monday is the one on your contract, no change.",
    "Hello Mr de Vries,\n\nHa, the only thing I dredged this weekend was the bottom of the coffee pot.",
])
def test_a_greeting_that_opens_news_of_a_thing_is_manners_not_rapport(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "rapport" not in classify(reply, lexicon).stages


@pytest.mark.parametrize("reply", [
    "Morning Gwen!",
    "Ciamar a tha thu, Morag! I heard the ceilidh at the hall went on till four.",
    "Hi, it's Sam from Brightwater Signs.",
    "Bondia! We met at the Dili coffee fair, you were the one with the bright green stand.",
])
def test_a_greeting_standing_alone_or_with_warmth_is_still_rapport(reply):
    assert "rapport" in classify(reply, _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "ok Mr Chen\nI hear you, not now\nI'll leave it there, good luck with the new branch",
    "Hi Fiona, not the right moment for you, I get it. I'll step back. Wishing you a strong Q4.",
])
def test_i_hear_you_on_the_way_out_is_not_discovery(reply):
    signals = classify(reply, _rules_alone())
    assert "empathy" not in signals.stages
    assert "rapport" not in signals.stages
    assert signals.walk_away


def test_an_acknowledgement_before_an_ask_still_shows_they_were_heard():
    signals = classify("I understand you need to talk to your partners. When are you seeing them?", _rules_alone())
    assert "empathy" in signals.stages


@pytest.mark.parametrize("reply", [
    "Hi Sandra, ok understood. Wont chase. Enjoy the season",
    "Thank you Encik Awang, I will not follow up further. Selamat berjaya",
    "Dear Mr Van Langenberg, thank you for your frank reply. I shall trouble you no further.",
])
def test_the_reps_word_that_the_chasing_ends_is_a_walk_away(reply):
    assert classify(reply, _rules_alone()).walk_away


def test_a_greeting_that_opens_a_walk_away_is_manners_not_rapport():
    signals = classify("Hi Sandra, ok understood. Wont chase. Enjoy the season", _rules_alone())
    assert signals.stages == []


@pytest.mark.parametrize("reply", [
    "I won't chase the courier, he always comes by five.",
    "We won't write the proposal until the survey is done.",
])
def test_not_chasing_someone_else_or_holding_a_give_back_is_no_walk_away(reply):
    assert not classify(reply, _rules_alone()).walk_away


def test_their_date_said_back_after_understood_is_listening_not_urgency():
    reply = "Understood \u2014 you need it before your audit."
    assert "urgency" not in classify(reply, _rules_alone()).stages
    assert "urgency" in classify("Your cover lapses on the 30th.", _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "Would you kindly tell me which door of the church is unlocked on a weekday morning?",
    "Please can you tell me which entrance of the school is for the deliveries?",
    "Kindly tell me which turn-off from the Great East Road leads to the farm.",
])
def test_asking_the_way_in_politely_is_logistics_not_discovery(reply):
    assert "empathy" not in classify(reply, _rules_alone()).stages


def test_a_polite_question_about_their_sites_is_still_discovery():
    assert "empathy" in classify("Kindly tell me which of the sites loses most stock.", _rules_alone()).stages


@pytest.mark.parametrize("reply", [
    "Sorry, I'm driving, I'll call back.",
    "sorry sorry the line is very bad, shall i call back on the landline",
    "Sorry, the Wi-Fi on this train keeps dropping \u2014 I'll call back once I'm through the tunnel.",
    "Let me check with the warehouse and I'll come back to you.",
])
def test_ringing_back_a_dropped_call_or_with_an_answer_offers_no_meeting(reply):
    assert "meeting" not in classify(reply, _rules_alone()).gives


@pytest.mark.parametrize("reply", [
    "Happy to ring you back Thursday to go through the numbers, whichever time suits.",
    "happy to pop back after the service on Sunday and chat it over",
    "Glad to come back and present to the wider team.",
])
def test_our_time_offered_again_is_still_a_meeting(reply):
    assert "meeting" in classify(reply, _rules_alone()).gives
