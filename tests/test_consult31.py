"""Judgments about consulting and meetings offered (session 31), each named after what a trainer hears.

Our time is offered when the rep, in a named town or on a free afternoon, asks if they want to talk; when the rep
drives up for a coffee, comes over to have a coffee with them, meets them at a café or in a named town, pops over to
their hall or hospital, "calls to" their office in an Irish letter, or attends their committee to take questions. A
meeting slot put to them ("can we meet at the café?", "if you're free Friday I'll meet you at the yard") stays a get.
Work on their things is consulting when one of ours walks them and writes what needs doing or sends what they find, when
the learner's "I check it and I say you what is the problem" follows their things sent or brought, when advice is
given to their people, when a check or audit on their things is offered as something we run, when a second look at
their things is offered as "would … help?", and when their material, gone through, is followed by what it shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "I'm in Galway on Wednesday, if you want to have a coffee and talk about the new boilers.",
    "I'm free Friday morning if you'd like to sit down and talk about the rota.",
    "I'll drive up on Tuesday for a coffee with you and your foreman.",
    "Happy to come and have lunch with you and your partner next week.",
    "We could meet at the coffee shop by the station on Monday.",
    "Happy to meet you in Tralee next week and go through it.",
    "I'll pop over to the hospital on Thursday if you want to talk it through.",
    "I would be glad to call to the parish office at your convenience.",
    "I would attend its next meeting to answer any questions the committee has.",
])
def test_the_reps_time_offered_for_a_talk_is_a_meeting_given(reply):
    heard = classify(reply, RULES_ALONE)
    assert "meeting" in heard.gives


@pytest.mark.parametrize("reply", [
    "Can we meet at the coffee shop by the station on Monday?",
    "if ur free fri 8am ill meet u at the yard",
])
def test_a_slot_put_to_them_is_not_a_meeting_given(reply):
    assert "meeting" not in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Our surveyor can walk your roof with your caretaker and write what needs doing.",
    "I'm happy to spend a morning at your depot and time the loading, then send you what I find.",
    "If you bring me the saxophone to the shop, I check it and I say you what is wrong.",
    "I go on Monday to the bakery and I look your ovens, and after I explain you what the inspector wants.",
    "He can come to the training and give advice to your young referees.",
    "I can run a free check on your fire doors next week.",
    "Would a second look at your lifting gear help?",
    "Our archivist would be happy to examine the minute books and advise on their condition.",
    "I looked at the meter readings you sent. Your night rate is costing you more than the day rate.",
    "Our analyst Priya reviewed your call logs last night: most of the missed calls come after four.",
])
def test_work_on_their_things_offered_or_reported_is_consulting(reply):
    assert "consulting" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "I looked at the dates you sent. Your Tuesday works for us.",
    "I read the contract you sent, your lawyer's changes are fine.",
    "Would a second look at our brochure help?",
])
def test_our_papers_and_their_dates_gone_through_are_not_consulting(reply):
    assert "consulting" not in classify(reply, RULES_ALONE).gives
