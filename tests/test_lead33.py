"""What the lead found playing the shipped personas in session 33, each pinned as a trainee would notice it."""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)

# Denise, cooled by a push for Tom's diary: the rep steps back and asks the odds.
_COOLED_DENISE = [
    "Happy to help with that Denise. Can I ask what's prompted the retender - is something not working with the current "
    "cleaners?",
    "nine years is a long run. who on the board scores the quotes",
    "understood. if Tom did 20 mins with me before friday you'd get the written quote either way. would tuesday or "
    "wednesday work for him?",
    "the contract starts 1 april and mobilising 14 blocks takes us 6 weeks, so it has to be this month. can you ask him "
    "if wed 10am suits?",
]


@pytest.mark.parametrize("odds", [
    "no hard sell, promise. if Tom won't see anyone then honestly we're probably just making up the numbers and it's "
    "fine to tell me that. is that where we are?",
    "Fair enough. Straight question, and no is a fine answer: are we just making up the numbers here?",
])
def test_denise_cooled_and_asked_the_odds_answers_them_instead_of_go_on(odds):
    for seed in SEEDS:
        session, line = said_to_last("third-quote", [*_COOLED_DENISE, odds], seed=seed)
        assert "go on" not in line.lower() and "ask." not in line.lower(), (seed, line)
        assert "deep-clean" in line.lower(), (seed, line)
        assert "gap" in session.memory.revealed, (seed, line)


def test_a_guess_that_we_are_making_up_the_numbers_said_without_asking_is_not_asking_the_odds():
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [*_COOLED_DENISE, "We're not just making up the numbers, we want this."],
                               seed=seed)
        assert "deep-clean" not in line.lower(), (seed, line)
