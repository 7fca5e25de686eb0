"""Replies that make no move, as a trainer judges them (session 15, dev_neutral15_*): each test names the judgment
that keeps a look-alike quiet, with and without the learned second opinion, next to the real move it must not
silence."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from dojo.coach import classify, learned
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import hear
from tests.test_hearing_neutral8 import SECOND_OPINION, _quiet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_hearing  # noqa: E402

OFF = replace(default_lexicon(), second_opinion=False)

# ---------------------------------------------------------------- a greeting in any language

@pytest.mark.parametrize("reply", [
    "Bula! The driver's on his way.",
    "Namaste, please find attached the invoice.",
    "Kia ora, noted, I'll pass it on.",
    "Jambo! Quick one: is the gate code still 1234?",
    "Bore da! Quick note: the parcel is in your porch behind the bin.",
])
def test_a_greeting_in_their_language_that_opens_an_errand_is_manners_not_rapport(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", ["Bore da Gwen!", "Bula Sera, hope the new boat is treating you well."])
def test_a_greeting_in_their_language_standing_alone_or_with_warmth_is_still_rapport(reply):
    assert classify(reply).stages == ["rapport"]


# ---------------------------------------------------------------- their request, the rep's lunch

@pytest.mark.parametrize("reply", [
    "You asked for the tour on Friday, that's fine by me.",
    "You asked for the reindeer feed analysis to go to Jonas, not you, done.",
    "I'm off for a walk, back at three.",
])
def test_their_own_request_said_back_or_the_rep_going_out_is_not_thanks_for_a_kindness(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", ["Thanks for the lunch, it was lovely.", "Bless your heart for the pecan pie."])
def test_thanks_for_food_they_gave_is_still_rapport(reply):
    assert classify(reply).stages == ["rapport"]


# ---------------------------------------------------------------- showing the way

@pytest.mark.parametrize("reply", [
    "I'll show you out, the front door's a bit stiff.",
    "Let me show you where to park, it's the second gate on the left.",
    "I'll show you to the meeting room, it's upstairs.",
    "Let me show you the way, the lift's broken.",
])
def test_showing_them_the_way_is_manners_not_a_demo(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", [
    "I'll show you round the site so you can see the line running.",
    "Bring one of your old Olivettis in and I'll show you the platen swap on it while you wait.",
])
def test_showing_them_the_thing_is_still_a_demo(reply):
    assert classify(reply).gives == ["demo"]


# ---------------------------------------------------------------- a measure brought down

@pytest.mark.parametrize("reply", [
    "The Bank of England cut the base rate again, so my mortgage is cheaper.",
    "We cut the failure rate on the Lisbon line to under one percent.",
])
def test_a_measure_brought_down_is_not_a_discount(reply):
    _quiet(reply)


def test_a_customer_result_with_a_measure_brought_down_is_proof_not_a_discount():
    signals = classify("The system cut their reject rate by a third in a year.")
    assert (signals.gives, signals.stages) == ([], ["trust"])


@pytest.mark.parametrize("reply", ["I'll drop the setup fee for you if you sign this month.",
                                   "I can cut the price to match theirs."])
def test_moving_our_own_price_is_still_a_discount(reply):
    assert "discount" in classify(reply).gives


# ---------------------------------------------------------------- a rucksack, a train

def test_a_rucksack_on_the_rep_back_is_not_pleading():
    _quiet("I've got a rucksack on my back and a bag in each hand, so bear with me.")


def test_a_boss_on_the_rep_back_is_still_the_rep_own_need():
    assert classify("My manager is on my back to get this one signed, please.").chase == ["pleading"]


@pytest.mark.parametrize("reply", [
    "The direct line to Leeds has been cancelled, so I'm on the slow train.",
    "Direct line to the clubhouse from the station is the 17 bus, the 18 goes round the houses.",
])
def test_a_direct_line_that_is_a_route_is_not_asking_for_their_number(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", ["Could you send me your direct line?",
                                   "Can I get your direct line to reach you quicker?"])
def test_asking_for_their_direct_line_is_still_the_get(reply):
    assert classify(reply).gets == ["direct_line"]


# ---------------------------------------------------------------- the model alone

def _model_sure_of(monkeypatch, label: str, word: str, probability_logit: int, lone: dict[str, float]) -> None:
    """A shipped model replaced by one that gives `label` a fixed sureness whenever `word` is in the reply."""
    labels = list(train_hearing.LABELS)
    document = {"labels": labels, "bias": [-9000] * len(labels), "thresholds": train_hearing.THRESHOLDS,
                "weights": {word: [labels.index(label), 9000 + probability_logit]}, "lone": lone}
    model = learned.model_from_json(json.dumps(document))
    monkeypatch.setattr(learned, "default_model", lambda: model)


def test_the_model_alone_must_be_surer_to_make_a_neutral_reply_a_move(monkeypatch):
    # p = 1 / (1 + e^-2) ≈ 0.88: over the gives' threshold (0.7), under the lone one (0.95)
    _model_sure_of(monkeypatch, "give:consulting", "look", 2000, {"give": 0.95})
    reply = "I had a look at the match report, what a result for your lads."
    assert classify(reply, OFF).gives == []
    hearing = hear(reply, SECOND_OPINION, keep_cancelled=True)
    assert hearing.signals.gives == []
    assert [second.cancelled.split(":")[0] for second in hearing.learned if second.opinion.label == "give:consulting"] \
        == ["alone"]


def test_beside_a_move_the_rules_heard_the_model_needs_only_its_threshold(monkeypatch):
    _model_sure_of(monkeypatch, "give:consulting", "look", 2000, {"give": 0.95})
    reply = "Who else signs off on the order? I'll take a look at your line while I'm over."
    signals = classify(reply, SECOND_OPINION)
    assert "decision_makers" in signals.gets and "consulting" in signals.gives


def test_a_lone_threshold_is_never_below_the_categorys_own():
    lone = train_hearing.LONE
    assert all(category in train_hearing.THRESHOLDS for category in lone)
    assert all(value >= train_hearing.THRESHOLDS[category] for category, value in lone.items())
    assert learned.default_model().lone == lone


# ---------------------------------------------------------------- a slot for the van

def test_asking_when_the_delivery_driver_should_come_is_logistics_not_a_meeting():
    _quiet("What time suits you for the delivery driver to arrive?")


def test_asking_which_day_suits_for_the_demo_is_still_a_meeting():
    assert classify("Which day works best for the demo?").gets == ["meeting"]
