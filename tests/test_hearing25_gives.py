"""Gives whose deliverable no word list names where it is handed over (session 25), each named after what a trainer hears.

A give is the rep, an offer, a handing-over verb and a deliverable. The deliverable is often named first and carried
off after, by a pronoun and a verb of carrying that a list of sending verbs misses ("stick it in the post", "text it
over", "ping them across"): the thing named decides the kind. Their paper sent back, or ours held back, gives nothing."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone, why

# ---------------------------------------------------------------- 1. the thing named, then carried off to them


@pytest.mark.parametrize(("reply", "kind"), [
    ("There's a one-pager with the specs, I'll stick it in the post.", "information"),
    ("I have a short write-up of how Millbrook Primary used the programme for a year; shall I post it to you?",
     "case_study"),
    ("hi Anna it's Pete, I've wrote up the quote for the whole roof and I'm sending it over now", "proposal"),
    ("The slides from Tuesday are done, I'll ping them across after lunch.", "deck"),
    ("got the price list here, will text it over in a sec", "pricing"),
])
def test_a_thing_named_then_carried_off_to_them_is_given_as_that_thing(reply, kind):
    assert kind in rules_alone(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "Please fill in the form and send it over to me by Friday.",
    "The case study's under NDA with the other district, so I can't pass it on.",
    "Sign the contract and post it back when you can.",
])
def test_their_paper_sent_back_or_ours_held_back_is_no_give(reply):
    assert not rules_alone(reply).gives, why(reply)
