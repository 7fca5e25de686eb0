"""Persona lines from session 38: the lines the lead found in play, then batch30's wrong and non lines, each pinned as a
trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)

AGENDA_CHECK = "Before we start, have we still got half an hour, and is it OK if I ask a few questions first?"


# ---------------------------------------------------------------- the lead's play
@pytest.mark.parametrize("prior", [[], ["What's prompted the tender?"]])
def test_denise_offered_the_quote_by_a_date_for_the_scoring_answers_how_the_panel_scores(prior):
    # The rep asked for the scoring in return for the quote: she answers it, not only her reaction to the quote.
    trade = ("If we were to get the quote over to you by Thursday, would you be able to share how the panel will score "
             "the bids?")
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [*prior, trade], seed=seed)
        assert "quality" in line.lower() and "sheet" in line.lower(), (seed, line)
        assert "expect something" not in line.lower() and "still want to quote" not in line.lower(), (seed, line)


@pytest.mark.parametrize("scenario", ["not-the-decision-maker", "tire-kicker"])
def test_jamie_and_theo_asked_for_time_and_leave_to_ask_say_yes_ask_away(scenario):
    # An agenda check asks for time and leave to ask, not a pleasantry back ("Ha, thanks!", "Good to talk!").
    for seed in SEEDS:
        _, line = said_to_last(scenario, [AGENDA_CHECK], seed=seed)
        low = line.lower()
        assert any(w in low for w in ("ask away", "fire away", "ask me anything", "go ahead and ask", "go on")), (seed, line)
        assert "good to talk" not in low and "thanks!" not in low and "so glad you called" not in low, (seed, line)


@pytest.mark.parametrize("question", [
    "Right... and does that... work, mostly...?",
    "Is that givin' anybody grief?",
    "What are the issues you are facing with the present system?",
])
def test_beth_asked_whether_the_way_things_are_works_tells_the_month_end_scramble_not_all_fine(question):
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["Hi Beth. How do the architects log their time today?", question], seed=seed)
        assert "month-end" in line.lower(), (seed, line)
        assert "it'd all be fine" not in line.lower(), (seed, line)


def test_beth_asked_whether_a_date_works_is_not_heard_as_asking_how_things_work():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["Does Tuesday work for you?"], seed=seed)
        assert "month-end" not in line.lower(), (seed, line)
