"""Judgments found by the lead playing Denise and Mags as a new rep (session 26), each named after what a trainer
hears: quotes that mean something, the reach of their trouble asked, the gain pictured and asked, custom work and a
customer's story, and a joke about their full hands."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dojo.coach.quoting import meaningful
from dojo.coach.signals import classify
from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. quotes that mean something

FUNCTION_WORDS = {"the", "a", "an", "if", "is", "with", "of", "to", "and", "their", "when"}


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


@pytest.mark.parametrize(("reply", "label", "quote"), [
    ("Northgate Trust went from ringing round most mornings to maybe once a month. happy to put you on with their "
     "facilities lead if hearing it from them helps?", "stage:trust", "put you on with their facilities lead"),
    ("can I ask what's prompted the retender now - is something not working with the current lot?", "stage:empathy",
     "can I ask what's prompted the retender now"),
    ("what would you do with those mornings back?", "stage:hope", "what would you do with those mornings back"),
])
def test_a_quote_is_the_words_a_trainer_would_quote(reply, label, quote):
    assert quote in _quotes(reply, label), why(reply)


@pytest.mark.parametrize("reply", [
    "happy to put you on with their facilities lead if hearing it from them helps?",
    "Northgate Trust went from ringing round most mornings to maybe once a month. happy to put you on with their "
    "facilities lead if hearing it from them helps?",
    "March isn't far off if the council wants proof - worth getting the trial going before Christmas?",
    "can I ask what's prompted the retender now - is something not working with the current lot?",
    "what would you do with those mornings back?",
])
def test_a_quote_never_starts_or_ends_on_a_function_word(reply):
    for match in classify(reply).matches:
        words = match.text.strip(" ?!.,-").split()
        if len(words) > 1:
            assert words[0].lower() not in FUNCTION_WORDS - {"when"}, (match, why(reply))
            assert words[-1].lower() not in FUNCTION_WORDS, (match, why(reply))


@pytest.mark.parametrize(("text", "quoted", "trainer_quote"), [
    ("March isn't far off if the council wants proof", "March isn't far off if the", "March isn't far off"),
    ("can I ask what's prompted the retender now - is something not working?",
     "can I ask what's prompted the retender now - is", "can I ask what's prompted the retender now"),
    ("what would you do with those mornings back?", "what would you do with", "what would you do with those mornings back"),
    ("happy to put you on with their facilities lead if hearing it from them helps?", "their facilities lead if",
     "happy to put you on with their facilities lead"),
    ("Who else gets dragged in when a shift goes uncovered?", "Who else gets dragged in when a", "Who else gets dragged in"),
    ("who signs off on something like this?", "signs off on something like this?", "signs off on something like this?"),
    ("If it's not a fit, just say so and I'll stop.", "just say so", "just say so"),
])
def test_a_quote_moves_off_function_words_to_the_ends_of_its_phrase(text, quoted, trainer_quote):
    start = text.index(quoted)
    span = meaningful(text, (start, start + len(quoted)))
    assert text[span[0]:span[1]] == trainer_quote


def test_a_quote_of_no_meaningful_word_is_left_as_it_is():
    assert meaningful("Would it help?", (13, 14)) == (13, 14)


def test_the_json_quotes_are_still_the_reps_own_characters():
    reply = "March isn’t far off if the council wants proof — worth getting the trial going before Christmas?"
    out = subprocess.run([sys.executable, "-m", "dojo", "classify", "--json", "-"], input=reply, capture_output=True,
                         text=True, check=True, encoding="utf-8").stdout
    for match in json.loads(out)["matches"]:
        assert match["text"] == reply[match["span"][0]:match["span"][1]]


# ---------------------------------------------------------------- 2. the reach of their trouble is discovery


@pytest.mark.parametrize("reply", [
    "who else ends up feeling it when a site's short - the clients?",
    "Who else gets dragged in when a shift goes uncovered?",
])
def test_asking_who_else_feels_their_trouble_is_empathy_not_decision_makers(reply):
    for heard in (classify(reply), rules_alone(reply)):
        assert heard.gets == [], why(reply)
        assert "empathy" in heard.stages, why(reply)


@pytest.mark.parametrize("reply", [
    "Who else gets a say?",
    "who signs off on something like this?",
    "who else needs to be in the room?",
    "who else got pulled in when you bought the last system?",
])
def test_asking_who_decides_or_bought_is_still_decision_makers(reply):
    assert classify(reply).gets == ["decision_makers"], why(reply)


# ---------------------------------------------------------------- 3. the gain pictured, asked


@pytest.mark.parametrize("reply", [
    "what would you do with those mornings back?",
    "What would you do with your Sundays back?",
])
def test_asking_what_they_would_do_with_time_won_back_is_hope_not_criteria(reply):
    heard = classify(reply)
    assert heard.gets == [], why(reply)
    assert heard.stages == ["hope"], why(reply)


def test_asking_what_they_will_do_with_it_is_still_criteria():
    reply = "what would you actually do with it once the trial ends?"
    assert "criteria" in classify(reply).gets, why(reply)


# ---------------------------------------------------------------- 4. custom work, a customer's story, a reference call


def test_a_draft_built_on_their_own_sites_is_consulting():
    reply = "I'll bring a draft rota built on your sites"
    assert rules_alone(reply).gives == ["consulting"], why(reply)


def test_a_named_customers_before_and_after_is_trust_without_figures():
    reply = "Northgate Trust went from ringing round most mornings to maybe once a month"
    assert "trust" in rules_alone(reply).stages, why(reply)


def test_putting_them_on_with_a_customers_lead_is_trust():
    reply = "happy to put you on with their facilities lead if hearing it from them helps?"
    assert "trust" in rules_alone(reply).stages, why(reply)


# ---------------------------------------------------------------- 5. a joke about their full hands is rapport


@pytest.mark.parametrize("reply", [
    "ha, sounds like a busy one - don't crash the van on my account!",
    "haha you've got your hands full then, don't let me keep you off the road",
])
def test_a_joke_about_their_busy_day_is_rapport(reply):
    assert "rapport" in classify(reply).stages, why(reply)
