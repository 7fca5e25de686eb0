"""The rep's statement put as "what we do is …" (a cleft) asks nothing: found playing Mags in session 19.

"Honest answer: we won't fix no-shows. What we do is find cover in minutes: Brightside cut their overtime by a
third" is proof, and Mags answered it with how many no-shows she gets a week, as if asked: the coach and the persona
both took the "What" that opens the sentence for a question.
"""

from __future__ import annotations

import pytest

from dojo.coach import classify, default_lexicon
from dojo.engine import Session
from dojo.engine.events import ProspectSaid
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario

PROOF = ("Honest answer: we won't fix no-shows, nobody can. What we do is find cover in minutes: Brightside cut "
         "their overtime by a third in two months.")


@pytest.mark.parametrize("reply", [
    "What we do is find cover in minutes.",
    "Thanks. What we'd normally suggest is a pilot on two sites.",
    "Got it. What I'll do is put the two options side by side.",
    "So what usually happens is the van comes Tuesday and we swap the mats.",
    PROOF,
])
def test_the_reps_own_statement_put_as_what_we_do_is_asks_no_question(reply):
    assert not classify(reply, default_lexicon()).question


@pytest.mark.parametrize("reply", [
    "What are you using now?",
    "Thanks. What do you do when someone calls in sick?",
    "And how do you cover a site at six?",
])
def test_a_real_question_after_a_sentence_still_asks(reply):
    assert classify(reply, default_lexicon()).question


def test_mags_answers_proof_put_as_what_we_do_is_with_interest_not_with_no_show_numbers():
    session = Session(load_scenario(shipped_dir() / "errand-sender.toml"), seed=0)
    session.reply("Happy to send something, but first: what's the biggest headache this month?")
    lines = [e.text for e in session.reply(PROOF) if isinstance(e, ProspectSaid)]
    assert lines, "Mags said nothing"
    assert "a week" not in lines[0] and "no-shows" not in lines[0].lower(), lines


def test_the_reps_offer_put_as_a_cleft_asks_for_nothing_whatever_its_capitals():
    # The clause reader read the cleft case by case, so "What I can do is…" (a capital I) asked who decides (tidy21).
    signals = classify("What I can do is come out Tuesday and sit down with you and your business partner.",
                       default_lexicon())
    assert signals.gives == ["meeting"] and not signals.gets and not signals.question, signals.matches
