"""Judgments found by the lead playing the personas as a new rep (session 29), each named after what a trainer
would notice."""

from __future__ import annotations

import re

import pytest

from dojo.coach.signals import classify


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


@pytest.mark.parametrize(("reply", "quoted"), [
    # Played against Helen (session 28): the panel quoted "thanks for making" for the Rapport earned.
    ("thanks for making time today, really appreciate it", "thanks for making time today"),
    ("Hello Ingrid, thanks for making the time.", "thanks for making the time"),
])
def test_a_thank_you_quote_keeps_what_was_made(reply, quoted) -> None:
    assert quoted in _quotes(reply, "stage:rapport")


def test_asking_what_made_them_ring_this_week_is_discovery_not_a_slot() -> None:
    # Played against Mags: the why-now question was scored +5 for asking a meeting, and Mags answered as if asked
    # for one ("Maybe. But not until I can picture what you'd do for us.").
    heard = classify("no worries Mags, go do your inspection - before I send anything tho, what made you pick up the "
                     "phone to us this week?")
    assert heard.gets == [] and heard.stages == ["empathy"]
    assert "meeting" in classify("can we get a call in this week?").gets


def test_each_week_it_stays_as_it_is_with_them_left_holding_it_is_urgency() -> None:
    # Played against Mags: the cost of waiting, made hers, earned nothing.
    assert "urgency" in classify("and honestly, each week it stays as it is you're the one on the phone at half five."
                                 ).stages


def test_a_fact_heard_by_the_second_opinion_is_quoted_with_its_figure() -> None:
    # Played against Theo: the information given was quoted as "image", one word a trainer could not point at.
    reply = ("Sure. Handwriting gets read by the same model as print, and anything under 90% confidence lands in a "
             "review queue with the image beside it so a handler can fix it in a click. What made handwriting the "
             "first thing you asked about?")
    quotes = _quotes(reply, "give:information")
    assert quotes and all(len(quote.split()) > 1 for quote in quotes)


def test_denise_asked_whether_the_complaints_record_counts_does_not_refuse_to_send_the_logs() -> None:
    # Played as a new rep: asking how she scores the quotes was answered "The complaint logs are the board's, not mine
    # to send out", a refusal of a request nobody made.
    from tests.persona_play import play_and_read as play

    for seed in range(4):
        _, lines, _ = play("third-quote", "Aye, Friday's doable. So I'm not just pricing blind - how many blocks are we "
                           "talking, and what's gone wrang with the current firm that you're out to tender?",
                           "Fourteen, grand. I'll read the spec pack tonight. One thing it won't tell me though - when "
                           "you score the three quotes, is it lowest price wins, or does the residents' complaints "
                           "record count for something?", seed=seed)
        assert not re.search(r"not mine to send|can't share|stay in-house", lines[-1]), (seed, lines)
    for seed in range(4):
        _, lines, _ = play("third-quote", "Could you share the tenant complaint logs for the last winter?", seed=seed)
        assert re.search(r"not mine to send|can't share|stay in-house|complain", " ".join(lines), re.I), (seed, lines)


def test_what_each_month_of_waiting_costs_them_is_urgency_even_when_the_model_hears_a_push() -> None:
    # After session 29's merges the urgency rules gave way to a hard sell heard anywhere in the sentence, and the second
    # opinion alone called this one a push: the cost of waiting, with their figure, earned nothing.
    heard = classify("Every month you wait, it's costing you another eight grand.")
    assert "urgency" in heard.stages and "convincing" not in heard.chase
    # A push heard by a rule still takes the clock.
    assert "urgency" not in classify("okay yeah so every week you wait is more fish you lose you can't afford not to do "
                                     "this yeah").stages
