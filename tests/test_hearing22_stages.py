"""Judgments found in session 22 on the practice reps' own lines, each named after what a trainer hears: a short
wince or cheer at their news before the next question is connection (Rapport)."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a reaction to their news, then a question

@pytest.mark.parametrize("reply", [
    "Ouch. How many vans are off the road at once?",
    "oof. n how long has it been like that",
    "Yikes, three weeks? What did the council say?",
    "Eish. And who signs off on the repairs?",
    "Love that, Priya! What got the clinic looking now?",
    "Oh no. Is that every winter or just this one?",
    "Crikey, forty a week. What does that cost you?",
    "ugh 😩 how often does that happen",
])
def test_wincing_or_cheering_at_their_news_before_a_question_is_rapport(reply):
    assert "rapport" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Oh no worries, Thursday's fine.",
    "Ugh, the ferry was late, I'm still drying out.",
    "Blimey, what a day, three call-outs before lunch.",
    "Goodness. Anyway, I'm rambling, sorry. Who would make that call?",
    "Right. Who signs it off?",
    "OK. When do you need it by?",
    "Wow.",
])
def test_an_acknowledgement_or_the_reps_own_news_is_not_a_reaction_to_theirs(reply):
    assert "rapport" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 2. what stands between them and a decision

@pytest.mark.parametrize("reply", [
    "What's stopping the committee from choosing?",
    "whats holding it up ur end",
    "Is anything stopping you going ahead this term?",
    "So what's held things up since the spring?",
    "What's kept y'all from settling on one?",
])
def test_asking_what_stands_in_the_way_of_their_decision_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Nothing's stopping us from delivering on the 4th.",
    "The rain held us up this morning, sorry I'm late.",
])
def test_our_own_hold_up_asks_nothing_about_theirs(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 3. product literature against a presentation

@pytest.mark.parametrize("reply", [
    "I'll post our brochure to you today.",
    "brochure attached, shout if u want hard copies",
    "Happy to send the spring catalogue over.",
])
def test_a_brochure_or_catalogue_handed_over_is_product_literature_information(reply):
    heard = rules_alone(reply)
    assert "information" in heard.gives, why(reply)
    assert "deck" not in heard.gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll send the slides from today's pitch.",
    "Please find attached our company profile.",
])
def test_slides_or_the_reps_pitch_for_itself_are_a_deck(reply):
    assert "deck" in rules_alone(reply).gives, why(reply)


# ---------------------------------------------------------------- 4. a step of the deal imagined, then asked about

@pytest.mark.parametrize("reply", [
    "Imagine the owners saw a demo. What would they look at first?",
    "Picture the committee reads our proposal. Who signs after that?",
    "Imagine a pilot went really well. Who would have to say yes to roll it out?",
])
def test_a_deal_step_imagined_before_a_question_sets_the_scene_for_the_ask_not_hope(reply):
    assert "hope" not in rules_alone(reply).stages, why(reply)


def test_their_better_day_painted_before_a_question_is_still_hope():
    reply = "Imagine your drivers home by four every Friday. What would that mean for you?"
    assert "hope" in rules_alone(reply).stages, why(reply)
