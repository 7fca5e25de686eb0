"""Judgments found by the lead playing Ingrid, Mags and Beth as a new rep (session 27), each named after what a
trainer would notice."""

from __future__ import annotations

import pytest

from dojo.coach.quoting import meaningful
from dojo.coach.signals import classify


def _quotes(reply: str, label: str) -> list[str]:
    return [match.text for match in classify(reply).matches if match.label == label]


def test_a_trust_quote_never_ends_on_the_subject_of_the_clause_it_opens() -> None:
    # Played against Ingrid: the panel quoted "To be straight, we" for the Trust earned.
    quotes = _quotes("I hear you on price. To be straight, we won't be the cheapest on the list.", "stage:trust")
    assert quotes and all(not quote.endswith((" we", ",")) for quote in quotes)


@pytest.mark.parametrize(("text", "span", "quoted"), [
    ("To be straight, we won't be the cheapest", (0, 18), "To be straight"),
    ("To be straight we won't be the cheapest on the list", (0, 17), "To be straight we won't be the cheapest"),
    ("Happy to help, they", (0, 19), "Happy to help"),
])
def test_a_quote_ending_on_a_subject_stops_before_it_or_runs_on_to_what_it_says(text, span, quoted) -> None:
    start, end = meaningful(text, span)
    assert text[start:end] == quoted


def test_a_quote_of_only_a_subject_keeps_its_end_and_drops_the_joining_word() -> None:
    assert meaningful("and we", (0, 6)) == (4, 6)
