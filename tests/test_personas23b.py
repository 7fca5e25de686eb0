"""Persona faults left from session 23, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

import pytest

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Helen: what Frank would need
def test_helen_asked_what_frank_would_need_to_see_says_what_he_needs_not_her_scorecard():
    for opening in ((), ("Hi Helen, who signs off on a platform like this in the end?",)):
        for reply in ("What would Frank need to see?", "And what would your COO want to see before he signs?"):
            for seed in SEEDS:
                _, lines, _ = play("eternal-evaluator", *opening, reply, seed=seed)
                line = lines[0]
                assert "Frank" in line or "He " in line or "he " in line, (opening, reply, seed, lines)
                assert "rows, weighted" not in line and "Carefully" not in line and "2022" not in line, (reply, seed, lines)
                assert "page" in line or "one answer" in line or "cost" in line, (opening, reply, seed, lines)


# ---------------------------------------------------------------- 2. Denise: are we in with a chance?
DENISE_CANDID = ("Thanks Denise. Before I write anything, is there a real chance here, or is this a box-ticking third "
                 "quote? Either answer is fine.",)


def test_denise_asked_if_we_are_in_with_a_chance_after_brightclean_quote_says_yes_a_chance_not_only_the_flats():
    for reply in ("Are we really in with a chance?", "Realistically, is BrightClean going to keep the contract?"):
        for seed in SEEDS:
            _, lines, _ = play("third-quote", *DENISE_CANDID, "Is BrightClean bidding again?", reply, seed=seed)
            assert "chance" in lines[0] and "flat" in lines[0], (reply, seed, lines)


# ---------------------------------------------------------------- 3. Jamie: Alison on a call, and who asked
def test_jamie_asked_to_get_alison_on_a_call_at_a_time_answers_the_call_not_that_shes_the_right_person():
    for reply in ("Can we get Alison on a call Wednesday at 2pm?", "Could we get Dr Greer on a call on Thursday at 10?",
                  "Can we set up a call with Alison on Wednesday at 2pm?"):
        for seed in SEEDS:
            _, lines, facts = play("not-the-decision-maker", reply, seed=seed)
            line = lines[0]
            assert "right person" not in line and "That's me" not in line and "Me!" not in line, (reply, seed, lines)
            assert "ask her" in line or "diary" in line, (reply, seed, lines)
            assert facts == [], (reply, seed, lines)


def test_jamie_asked_who_asked_her_to_look_into_it_says_dr_greer_did():
    for reply in ("And who asked you to look into it, was it your ops director?", "Who got you looking at this?"):
        for seed in SEEDS:
            _, lines, _ = play("not-the-decision-maker", reply, seed=seed)
            assert "right person" not in lines[0] and "Greer" in lines[0], (reply, seed, lines)


# ---------------------------------------------------------------- 4. Mags: nights, and who the brochure goes to
def test_mags_asked_how_many_of_her_staff_are_on_nights_says_how_many_not_the_no_shows():
    for before in ((), ("Sorry, what's been going wrong with the current cleaners?",)):
        for reply in ("How many of the 400 are on nights?", "How many of your people work nights?"):
            for seed in SEEDS:
                _, lines, facts = play("errand-sender", *before, reply, seed=seed)
                assert "night" in lines[0].lower() and "hospital" in lines[0], (before, reply, seed, lines)
                assert facts == [], (before, reply, seed, lines)


# "Who actually reads the brochure?" was pinned here as a strict xfail (Raymond expected). Sessions 30 and 31 judged
# it asks who reads it, not who signs: she says she does, at the weekend, and it would sit there
# (test_persona31.test_mags_asked_who_actually_reads_the_brochure_says_who_does_not_whether_it_would_be_read), so it is
# no longer a miss of this test (session 37).
@pytest.mark.parametrize("reply", [
    "Who's the brochure going to?",
])
def test_mags_asked_who_the_brochure_is_going_to_says_who_reads_it_not_send_it_in_writing(reply):
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", reply, seed=seed)
        assert "in writing" not in lines[0] and "email" not in lines[0], (reply, seed, lines)
        # Once the coach hears the deciders asked in it, her who-signs line answers it just as well.
        assert "Raymond" in lines[0] and facts == ["signer"], (reply, seed, lines)


# ---------------------------------------------------------------- 5. Beth: the budget date and a chat with the partner
BETH_TO_THE_TRUTH = (
    "Hi Beth, thanks for taking the call. How do the architects log their time today?",
    "It's completely fine if this isn't a fit for you, I'd rather hear a no now. Where do things really stand?",
)


def test_beth_asked_when_the_budget_is_set_and_for_a_chat_with_the_partner_answers_both():
    for seed in range(6):
        _, lines, facts = play("too-nice", *BETH_TO_THE_TRUTH,
                               "When does the budget get set for next year, and would the managing partner be up for a "
                               "20 min chat before then?", seed=seed)
        line = lines[0]
        assert "April" in line and "Henrik" in line, (seed, lines)
        assert "twenty minutes" in line or "chat" in line, (seed, lines)
        assert "Joanne" not in line and "September" not in line, (seed, lines)
        assert facts == [], (seed, lines)  # her no has already named Henrik (persona27)


# ---------------------------------------------------------------- 6. Graham: the trial paperwork, and how many buildings
def test_graham_asked_to_sign_the_trial_paperwork_says_yes_to_the_paperwork_not_wed_manage():
    for reply in ("Can we sign the trial paperwork?", "Shall we get the pilot agreement signed this week?"):
        for seed in SEEDS:
            _, lines, _ = play("afraid-to-say-no", "Hi Graham, how do rooms get booked at the moment?", reply, seed=seed)
            assert lines[0].startswith("Yes") and "manage" not in lines[0], (reply, seed, lines)
            assert "paperwork" in lines[0] or "sign" in lines[0], (reply, seed, lines)


def test_graham_asked_how_many_buildings_after_saying_forty_says_forty_not_a_muddle():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", "Hi Graham, how do rooms get booked at the moment?",
                           "How many buildings are we talking about?", seed=seed)
        assert "orty" in lines[0] and "muddle" not in lines[0], (seed, lines)
