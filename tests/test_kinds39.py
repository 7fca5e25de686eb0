"""The smaller give kinds (session 39), each test named after what a trainer hears.

A named customer's result told in one line is a case study (rule `give.named-customer-result`, the session 37
convention): the customer named or pointed out as the one, acting ("switched", "put in", "cut"), and what changed in
amounts or a record (class `story_change`). Left unnamed it is proof alone. Film or photos of another customer's event
or job, placed or named, are that customer's story, not a demo (class `customer_event`). Something done free so they
can see it, compare or see how it goes is a trial, not an extra (rule `give.trial`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Harbour Lane Dental switched to our reminders in May and cut no-shows from 12% to 5%.",
    "The bakery in Ludlow put our proving cabinet in last spring and their waste dropped by a third.",
    "Kestrel Climbing Wall doubled its memberships the year our holds went up.",
    "The Okonjo farm bought two of our pumps and they haven't lost a crop since.",
])
def test_a_named_customers_result_in_one_line_is_a_case_study(reply):
    heard = classify(reply, RULES_ALONE)
    assert "case_study" in heard.gives
    assert "trust" in heard.stages


@pytest.mark.parametrize("reply", [
    "A practice in Truro your size cut no-shows by 30% in the first quarter.",
    "Harbour Lane Dental could cut no-shows by a third with us.",
    "In Mombasa we cut spoiled cargo claims by 60 percent in the first year.",
    "The road from Kisumu is cut by the floods, the van will be late.",
    "Hi Dana Smith, our ovens cut waste by 30%.",
])
def test_an_unnamed_customer_a_hope_or_a_greeting_tells_no_case_study(reply):
    assert "case_study" not in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "I'll send you the video of the Northgate Festival show, you'll see the crowd.",
    "Want me to send u the clips of the launch night at Brewhouse Yard?",
    "Can I send you some photos from the job we finished in Gdansk?",
])
def test_film_of_another_customers_event_is_a_case_study_not_a_demo(reply):
    heard = classify(reply, RULES_ALONE)
    assert "case_study" in heard.gives
    assert "demo" not in heard.gives


def test_film_of_our_thing_working_stays_a_demo():
    assert classify("I'll send a video of the press cutting a profile so you can see it.", RULES_ALONE).gives == ["demo"]


@pytest.mark.parametrize("reply", [
    "I'll print one page of the catalogue for free so you can compare.",
    "We'll valet the first van on the house so you see how the crew works.",
    "We'll fit one of your windows free of charge so you can see the finish for yourselves.",
])
def test_something_done_free_so_they_can_see_or_compare_is_a_trial(reply):
    heard = classify(reply, RULES_ALONE)
    assert "trial" in heard.gives
    assert "favour" not in heard.gives


def test_free_design_work_so_they_see_how_it_looks_stays_consulting():
    heard = classify("I'll do you a layout drawing for the shop floor, free, so you see how it looks.", RULES_ALONE)
    assert "trial" not in heard.gives
