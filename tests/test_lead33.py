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


# Helen, asked how training works today: the rep then asks what the problem does to them now.
_HELEN_OPENED = ["hello Helen, thank you for your time. before I show anything, may I know how your team is doing the "
                 "training today?"]


@pytest.mark.parametrize("impact", [
    "eighteen month is long time. what is happening when a new starter learn the wrong way, any guest complaint?",
    "and what happens when someone picks it up wrong from whoever they shadow?",
])
def test_helen_asked_what_the_problem_does_to_them_now_says_what_it_costs_not_the_2022_flop(impact):
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [*_HELEN_OPENED, impact], seed=seed)
        assert "2022" not in line and "rollout" not in line.lower(), (seed, line)
        assert "costed" in line or "figure" in line or "number on it" in line, (seed, line)


def test_helen_given_proof_with_permission_to_say_it_wont_land_answers_the_question_as_well_as_taking_the_give():
    replies = [*_HELEN_OPENED, "what has stopped you choosing one of the eleven vendors so far?",
               "ok. we have 40 hotel groups using us, I can send you the case of one group like yours. but honestly if "
               "nobody decide after 18 month maybe also we will not be chosen - is it ok to tell me if so?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "row 88" not in line.lower() and "offline mode" not in line.lower(), (seed, line)
        assert "decision" in line or "date" in line or "wrong twice" in line, (seed, line)


def test_mags_asked_how_many_sites_get_caught_out_says_how_often_not_her_headcount():
    replies = ["no bother Mags, go do your inspection. quick one tho - when you say info, what's the thing that's "
               "actually doing your head in with the rotas right now?",
               "right, so no-shows on the early shifts. how many sites get caught out like that in a normal week?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        assert "sixty-three" not in line and "university" not in line, (seed, line)
        assert "morning" in line or "week" in line, (seed, line)


def test_a_polite_exit_that_leaves_the_next_call_to_them_asks_for_no_meeting():
    from dojo.coach.signals import classify

    heard = classify("It sounds like you're not ready to decide, so shall we close the file, and you call me when "
                     "there's a date?")
    assert heard.walk_away and not heard.gets


def test_an_introduction_asked_to_their_person_named_as_that_person_is_access_to_a_decision_maker_not_a_referral():
    from dojo.coach.signals import classify

    heard = classify("Would you be willing to introduce me to that person, so that our answers address a real case?")
    assert "decision_makers" in heard.gets
