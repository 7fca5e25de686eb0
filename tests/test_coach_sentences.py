"""The one reading of "a sentence" that the coach and the persona share (`dojo.coach.sentences`)."""

from __future__ import annotations

import pytest

from dojo.coach.sentences import closing_marks, sentence_around, sentences, sentences_spanning


def _read(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentences(text)]


@pytest.mark.parametrize("text", ["It's 4.5 hours a week.", "£2.50 a head, all in.", "Version 3.10 ships today!"])
def test_a_decimal_point_does_not_end_a_sentence(text):
    assert _read(text) == [text]


def test_full_stops_question_marks_and_line_breaks_end_sentences():
    text = "Thanks for that. It's 4.5 hours a week?! ok\n\nwho signs it off"
    assert _read(text) == ["Thanks for that.", "It's 4.5 hours a week?!", "ok", "who signs it off"]


def test_a_run_of_closing_marks_is_one_end_and_no_sentence_of_its_own():
    assert [part for part in _read("... so?! what now??") if part] == ["so?!", "what now??"]
    assert sentences("...") == []


def test_the_sentence_around_a_position_runs_to_its_own_closing_marks():
    text = "We cut it to 2.5 days. Who signs?"
    at = text.index("days")
    assert text[slice(*sentence_around(text, at))] == "We cut it to 2.5 days."
    assert text[slice(*closing_marks(text, text.index("Who")))] == "?"
    assert closing_marks("no marks at all", 3) is None


def test_a_span_reaches_from_its_first_sentence_to_the_close_of_its_last():
    text = "Kendal cut it to 2.5 days. Their no-shows went from 11% to 4%!\nIt works"
    result = (text.index("Their"), text.index("4%") + 2)
    across = (text.index("cut"), text.index("works"))
    assert [text[start:end] for start, end in sentences_spanning(text, [result, across])] == [
        " Their no-shows went from 11% to 4%!", text]
    every = [(start, end) for start in range(len(text) + 1) for end in range(start, len(text) + 1)]
    assert sentences_spanning(text, every) == [(sentence_around(text, start)[0], sentence_around(text, end)[1])
                                               for start, end in every]
    assert sentences_spanning(text, []) == []
