"""Judgments about which kind a give is (session 26), each named after what a trainer hears.

A give heard as the wrong kind loses twice: the kind the trainer wanted is missed and another is booked. The trainer
books a document by what it carries (another customer's job is a case study, work on their own situation is
consulting, slides are a deck), and a plan made for them is work on their situation, however it is called."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


# ------------------------------------------------- 1. a report handed over carries the give the second opinion names


@pytest.mark.parametrize(("reply", "kind"), [
    ("we did the port car park, fourteen barriers, zero failures in the winter, i send you the report", "case_study"),
    ("I walked your hall with the ultrasonic detector while you were at lunch: seven leaks, two big ones on the drops by "
     "bay 4. Photos attached, tag numbers on each.", "consulting"),
])
def test_a_report_handed_over_is_booked_as_the_give_it_carries(reply, kind):
    heard = classify(reply)
    assert heard.gives == [kind]


@pytest.mark.parametrize("reply", [
    "I'll send you the report from Monday's visit.",
    # A known miss from the session 28 retrain (a case study at 0.951) until the session 30 retrain.
    "Here is the report from the council in Leeds.",
])
def test_a_report_the_model_only_half_reads_as_a_story_stays_information(reply):
    # The second opinion must be all but sure (`CARRIED_SURE`) to name what a report carries: a day's or an authority's
    # report is no customer's story.
    assert classify(reply).gives == ["information"]


def test_a_spec_sheet_handed_over_stays_information():
    # A document about the product is not the write-up of anything: the rules' information stands.
    assert classify("Sending the spec sheet for the 80V pack now, the charge curve is on page 2.").gives == ["information"]


# ------------------------------------------------------------------------------ 2. slides by any other name are a deck


@pytest.mark.parametrize("reply", [
    "Kia ora Hemi, the slide pack from the growers' hui is attached.",
    "Attached: our 9-slide overview for practice managers.",
    "The media pack for the autumn issue is on its way to you.",
    "i'll flick u the slide set tonite",
])
def test_slides_by_any_other_name_are_a_deck(reply):
    assert classify(reply, _rules_alone()).gives == ["deck"]


# ---------------------------------------------------------- 3. a plan made free or custom for them is consulting


@pytest.mark.parametrize("reply", [
    "I'll put together a free seating plan for the function room.",
    "We can draft a bespoke cleaning rota for the three wards.",
    "Let me prepare a custom benchmark against the other venues.",
])
def test_a_plan_made_free_or_custom_for_them_is_consulting(reply):
    assert classify(reply, _rules_alone()).gives == ["consulting"]


# --------------------------------------------------- 4. another customer's report, photos or film is a case study


@pytest.mark.parametrize("reply", [
    "i can send u the inspection report from the bakery in tarbes, how they passed first time",
    "I've attached pictures of the pergola we built for the Old Mill tearoom.",
    "Here's a short video from the gym in Moncton, their manager explains the first month.",
])
def test_another_customers_report_handed_over_is_a_case_study(reply):
    assert classify(reply, _rules_alone()).gives == ["case_study"]


@pytest.mark.parametrize("reply", [
    "I'll send photos of the sign we made for your shop.",
    "The results from Saturday's test are attached.",
])
def test_a_document_about_their_own_job_or_a_day_is_no_case_study(reply):
    assert "case_study" not in classify(reply, _rules_alone()).gives
