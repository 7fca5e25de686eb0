"""Judgments found in session 21, each named after what a trainer hears: a day and a bare hour put to the prospect ask
for a meeting, while a day after a step of a plan dates that step; an acknowledgement then "so" hands over to a
discovery question; a learned label is quoted by the words that earned it, not by its single heaviest word; agreeing
the day the prospect offered is no move, and asking to speak with one more of their people asks for the decision
makers."""

from __future__ import annotations

import pytest

from dojo.coach.learned import Opinion
from dojo.coach.signals import _earning_words, classify, hear
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. a day and a bare hour, asked

@pytest.mark.parametrize("reply", [
    "picture it: the vets aren't sat waiting. so thurs 11 with dr greer?",
    "fri 2?",
    "right, weds 3 work for a quick call?",
    "Lovely. Thursday 10 suit you for the walk-round?",
    "tues 9 or fri 4?",
])
def test_a_day_and_a_bare_hour_put_to_them_asks_for_a_meeting(reply):
    assert "meeting" in rules_alone(reply).gets, why(reply)
    assert "meeting" in classify(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    # the day of a plan's step, its doer opening the clause: that step's date, not a slot
    "We agree: I measure Monday 4, you talk to the co-op Friday 8, and we decide Monday 11?",
    # a number after a day that is a count or a date, not an hour
    "can you print the leaflets sat, 12 pages each?",
    "I travel up Monday 4 and I'm back Friday 18, ok?",
    # a day and an hour for a delivery is logistics
    "can someone take delivery of the pallets thurs 8?",
])
def test_a_number_after_a_day_that_is_no_hour_put_to_them_asks_for_no_meeting(reply):
    assert "meeting" not in rules_alone(reply).gets, why(reply)


# ---------------------------------------------------------------- 2. "so" after an acknowledgement opens a question

@pytest.mark.parametrize("reply", [
    "Great, so how long has it been running?",
    "Great, so, how long has it been running?",
    "Got it, so how many of the vans still run paper logbooks?",
    "Right Dave, so what does the worst week look like in the kitchen?",
])
def test_a_question_after_an_acknowledgement_and_so_is_discovery(reply):
    assert "empathy" in rules_alone(reply).stages, why(reply)
    assert "empathy" in classify(reply).stages, why(reply)


@pytest.mark.parametrize("reply", [
    # after a whole statement "so" draws its consequence: the next step is asked, not their world
    "Theo, I could talk about nibs all day, honestly, but research projects sometimes turn into real ones, so what "
    "happens after the board sees your report?",
    # "so when …" sets a time for a statement
    "Our kid, we've three of these cutting for the shipyards and not a bit of downtime, so when the brackets land in "
    "September you'll be laughing.",
])
def test_so_after_a_whole_statement_does_not_open_a_discovery_question(reply):
    assert "empathy" not in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 3. a learned label quotes the words that earned it

def test_a_learned_label_is_quoted_by_the_words_that_earned_it_not_its_heaviest_word():
    reply = "oh thats brilliant to hear! before we do a demo, hows booking working for you?"
    heard = classify(reply)
    assert heard.stages == ["rapport", "empathy"], why(reply)
    rapport = [match for match in heard.matches if match.label == "stage:rapport"]
    assert [match.rule for match in rapport] == ["learned"], why(reply)
    # Which of the words around "brilliant" weigh most moves with each retrain; the one rapport word is always quoted,
    # never the question's "hows" that weighed most on its own.
    assert "brilliant" in rapport[0].text and "hows" not in rapport[0].text, why(reply)


def test_the_quoted_clause_is_the_one_where_the_learned_words_weigh_most_together():
    reply = "oh thats brilliant to hear! before we do a demo, hows booking working for you?"
    reading = hear(reply).reading
    hows, brilliant, to_hear = reply.index("hows"), reply.index("brilliant"), reply.index("to hear")
    # "hows" weighs most on its own; "brilliant" and "to hear" weigh more together, in the first clause
    found = Opinion("stage:rapport", 0.9, ((hows, hows + 4, 2.6), (brilliant, brilliant + 9, 2.5),
                                           (to_hear, to_hear + 7, 1.5)))
    first, last = _earning_words(found, reading, lambda at: at)
    assert reply[first:last] == "brilliant to hear"
    # with the weight all on one word, that word's clause is quoted
    alone = Opinion("stage:rapport", 0.9, ((hows, hows + 4, 4.0), (brilliant, brilliant + 9, 1.0)))
    first, last = _earning_words(alone, reading, lambda at: at)
    assert reply[first:last] == "hows"


# ---------------------------------------------------------------- 4. the day they offered agreed; their person asked in

@pytest.mark.parametrize("reply", [
    "Friday should be fine",
    "Thursday should be grand, yeah.",
    "Monday's fine by me, see you then.",
])
def test_agreeing_the_day_the_prospect_offered_is_no_move(reply):
    heard = classify(reply)
    assert (heard.gives, heard.gets, heard.stages, heard.chase) == ([], [], [], []), why(reply)


@pytest.mark.parametrize("reply", [
    "Would it make sense to speak with Henrik as well?",
    "would it make sense to speak with henrik as well?",
    "would it make sense to bring anneke in on this as well?",
    "is it worth speaking with kofi too?",
    "could we have dr greer on the call too?",
])
def test_asking_to_speak_with_one_more_of_their_people_asks_for_the_decision_makers(reply):
    assert "decision_makers" in rules_alone(reply).gets, why(reply)


@pytest.mark.parametrize("reply", [
    "shall i get tom on the call too?",  # our own person offered
    "can I bring the kit in too?",  # a thing, not a person
    "can we talk to you as well?",  # the prospect themself
])
def test_one_of_ours_a_thing_or_the_prospect_asked_in_is_no_decision_maker(reply):
    assert "decision_makers" not in rules_alone(reply).gets, why(reply)
