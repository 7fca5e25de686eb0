"""Judgments found in session 23's persona play (second pass), each named after what a trainer hears."""

from __future__ import annotations

import pytest

from dojo.coach.signals import classify
from tests.hearing_help import why

# ---------------------------------------------------------------- 1. offering to quote


@pytest.mark.parametrize("reply", ["happy to quote.", "happy to quote for it", "I can quote you Monday"])
def test_offering_to_quote_is_the_proposal_given(reply):
    assert "proposal" in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "happy to quote the figure from their report",
    "I'll quote from the review if it helps",
    "If it goes well, could we quote you on our website?",
    "Happy to quote. Mind if I ask what's prompted it?",
])
def test_quoting_words_or_agreeing_only_to_ask_first_gives_no_proposal(reply):
    assert "proposal" not in classify(reply).gives, why(reply)
