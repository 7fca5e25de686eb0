"""Judgments about Rapport and Empathy as outside writers say them (session 27), each named after what a trainer
hears.

Empathy is discovery about their situation however it is worded: "why" asked about their side, how many, how much,
how often or how long asked about their people and things (with or without a question mark, in a learner's word
order), their situation summed up and said back without "sounds like". Rapport is warmth: their work praised in a
learner's words, their things admired as the best of their kind, common ground. Each has its look-alike: a suggestion
("why not pop in?"), the money they have for it (a budget), logistics, the rep's own plan summed up, small talk about
where they are from."""

from __future__ import annotations

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. "why", asked about their side, is discovery


@pytest.mark.parametrize("reply", [
    "Why are you going out to tender again this spring?",
    "happy to quote, but why r u switching suppliers?",
    "And after three trials, why hasn't anybody been chosen?",
    "Why no decision on the new ovens last year?",
    "So nothing's been bought in two years. Why not, do you think?",
    "Is possible to know why the school is changing the band instruments now?",
])
def test_asking_why_about_their_side_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Why not pop into the workshop on Friday for a look?",
    "Why wait till spring?",
    "Why did we send the wrong cloth?",
    "Why don't I send the brochure over tonight?",
    "And if it's a no, would you mind me asking why?",
])
def test_a_suggestion_or_the_rep_s_own_why_is_not_heard_as_why_asked(reply):
    # ("Why did we…" is still heard as discovery by the older catch-all stage.discovery; the judgment here is that
    # asking why is not what makes it so.)
    assert not [m for m in why(reply) if m.rule == "stage.why-asked"], why(reply)


# ---------------------------------------------------------------- 2. how many, how much, how often, how long


@pytest.mark.parametrize("reply", [
    "how many kids borrow from the band library in a normal term",
    "How many litres of milk come into the dairy each morning now?",
    "how many commuters come in by train every morning roughly?",
    "Tell me how many plates you lose when the glaze cracks.",
    "Never mind the form. How long has the search been going on?",
])
def test_sizing_up_their_world_is_discovery_with_or_without_a_question_mark(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "How much have you set aside for the refit, roughly?",
    "Has the board set aside money for the karts this year, and roughly how much?",
    "How many steps are there up to your rehearsal room, for the carrying?",
    "How many copies should I bring for your team?",
    "I'll count the racks in your cellar on Tuesday and tell you how many you really need.",
    "Ok so before I fly out, how many of the trustees would need to agree before the club buys?",
])
def test_their_budget_logistics_or_our_offer_to_count_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


def test_their_budget_asked_in_the_same_sentence_is_heard_as_the_budget():
    reply = "Has the board set aside money for the karts this year, and roughly how much?"
    assert "budget" in classify(reply, default_lexicon()).gets, why(reply)


# ---------------------------------------------------------------- 3. their situation summed up, said back


@pytest.mark.parametrize("reply", [
    "Okay. So basically nobody turns up and you do all the rotas yourself?",
    "so you're basically doing the clock repairs yourself at night after closing.",
    "Right, so essentially your drivers are covering two rounds each on Fridays.",
])
def test_their_situation_summed_up_without_sounds_like_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "so basically we bring a real tree, put it in the stand, and take it away in January",
    "right so basically the panes are four mil and honestly you don't need the toughened ones up top",
])
def test_the_rep_s_own_plan_or_advice_summed_up_is_not_discovery(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 4. warmth in a learner's words and common ground


@pytest.mark.parametrize("reply", [
    "you make really beautiful cakes, my daughter still talks about the unicorn one",
    "You have very good eye for the window display, people stop every time.",
    "wow, forty years at the wheel, your mother must be very proud of you",
    "lol your cat walking across the zoom was the highlight of my week",
    "that snooker hall of yours is honestly the most welcoming I've played in",
    "Ayy a fellow Dorchester kid! Savin Hill or Fields Corner?",
])
def test_praise_of_their_work_or_common_ground_is_rapport(reply):
    assert "rapport" in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "With the new syrup you make amazing savings on every batch.",
    "Your price is the most competitive we've seen.",
    "The proposal on the kiss cam at the match was the highlight of my week.",
    "I'm a fellow of the Royal Society of Chemistry.",
])
def test_a_pitch_or_the_rep_s_own_news_is_not_rapport(reply):
    assert "rapport" not in rules_alone(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "You're a Cumbrian too? Which end, Whitehaven or Kendal?",
    "Ha, another Ramsey lad! Which end of town, the harbour or up by the school?",
])
def test_which_end_they_are_from_is_small_talk_not_discovery(reply):
    heard = rules_alone(reply)
    assert "rapport" in heard.stages and "empathy" not in heard.stages, why(reply)
