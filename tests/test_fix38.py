"""Persona lines the lead found after merging session 38's branches, pinned as a trainee would notice them."""

from __future__ import annotations

from tests.persona_play import said_to_last

SEEDS = range(4)


def test_denise_offered_the_quote_by_friday_for_how_the_panel_weighs_it_answers_the_weighing_and_keeps_the_day():
    # She answered "Up to you whether you put something in" ("weighs" was not heard as asking about the scoring), then,
    # once heard, "Thursday suits me" to a rep who had said Friday.
    trade = ("Understood. Happy to get a priced quote to you by Friday. Could you walk me through how the panel weighs "
             "price against quality?")
    for seed in SEEDS:
        _, line = said_to_last("third-quote", ["Can I ask what's gone wrong with the current contractor, if anything?",
                                               trade], seed=seed)
        low = line.lower()
        assert "quality" in low and "sheet" in low, (seed, line)
        assert "thursday" not in low, (seed, line)


def test_denise_asked_what_happens_between_the_quote_and_a_signed_contract_tells_the_dates():
    # Her fallback met it ("Shall I expect something by Friday, then?"), and the debrief said the dates were never asked.
    for seed in SEEDS:
        _, line = said_to_last("third-quote", ["Can I ask what's gone wrong with the current contractor, if anything?",
                                               "If our quote lands in the right place, what happens between Friday and "
                                               "a contract being signed?"], seed=seed)
        assert "12 March" in line, (seed, line)
