"""Judgments found in session 24 on a give heard as the wrong kind, each named after what a trainer hears.

What is handed over decides the kind, not the word the reply uses for it."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import why

# ---------------------------------------------------------------- 1. a document from another customer is their story


@pytest.mark.parametrize("reply", [
    "Here's the head teacher's letter from the school in Ashby, she wrote it after the first term.",
    "The café in Twalton went over to our grinders in May; their owner's figures are attached.",
    "Attached is the summary from Holy Trinity Primary, the heating bill is on page one.",
    "We fitted forty units across the Wexford estate; the audit from that estate is attached.",
    "Three breweries run our chillers now, and I'll send you the report from one of them.",
])
def test_a_document_from_another_customer_is_a_case_study_not_information(reply):
    heard = classify(reply)
    assert "case_study" in heard.gives, why(reply)
    assert "information" not in heard.gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Attached is the test report from SGS.",
    "I'll send you the report from Monday's visit.",
    "Here's the report from the council on the new parking rules.",
])
def test_a_report_from_a_lab_a_day_or_the_council_names_no_customer(reply):
    assert "case_study" not in classify(reply).gives, why(reply)


# ---------------------------------------------------------------- 2. a plan the rep writes for them is custom work


@pytest.mark.parametrize("reply", [
    "I've drafted your planting plan for the two greenhouses, it's in the shared folder.",
    "I've drafted your fire evacuation plan for the new wing, it's in the shared folder.",
    "I'll write up your delivery timetable for the three shops, free.",
])
def test_a_plan_written_for_them_is_consulting_not_information(reply):
    heard = classify(reply)
    assert "consulting" in heard.gives, why(reply)
    assert "information" not in heard.gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Attached is our standard installation plan.",
    "I'll put together a plan and send it over.",
])
def test_our_own_plan_handed_over_stays_information(reply):
    heard = classify(reply)
    assert "consulting" not in heard.gives, why(reply)
