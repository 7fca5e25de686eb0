"""Persona faults found in session 24 by the lead playing a new rep, each pinned as the rep would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from dojo.engine.events import SessionEnded
from tests.persona_play import play_and_read as play
from tests.persona_play import play_shipped

SEEDS = range(4)


# ---------------------------------------------------------------- 6. Denise: are we making up the numbers?
DENISE_OPENERS = ("Hi Denise, who does the cleaning for you at the moment?",
                  "Thanks Denise. Why are you going out to quote?")


def test_denise_asked_if_we_are_making_up_the_numbers_answers_the_odds_and_the_call_goes_on():
    for opener in DENISE_OPENERS:
        for reply in ("are we just making up the numbers here?",
                      "Honestly, are we just there to make up the numbers?"):
            for seed in SEEDS:
                session, events = play_shipped("third-quote", opener, reply, seed=seed)
                assert not any(isinstance(event, SessionEnded) for event in events), (opener, reply, seed)
                assert not session.finished, (opener, reply, seed)
                _, lines, _ = play("third-quote", opener, reply, seed=seed)
                assert "chance" in lines[0] and "flat" in lines[0], (opener, reply, seed, lines)


def test_denise_still_thanks_a_rep_who_actually_steps_aside():
    for seed in SEEDS:
        session, events = play_shipped(
            "third-quote", DENISE_OPENERS[0],
            "Then I'll step aside this time, no problem if the answer is no. Thanks for being straight.", seed=seed)
        ended = [event for event in events if isinstance(event, SessionEnded)]
        assert ended and ended[0].ending == "stepped_aside", (seed, events)


# ---------------------------------------------------------------- 7. Theo: may I check back in January?
THEO_CLEAN = ("Who actually signs off a purchase like this?", "What's the budget for it?",
              "And when do you need it live by?")


def test_theo_asked_to_check_back_in_january_answers_the_check_back_not_only_nothing_this_year():
    for reply in ("tbh if theres no budget this yr i dont wanna waste ur time, is it ok if i check back in jan?",
                  "Is it OK if I check back in January?"):
        for seed in SEEDS:
            _, lines, _ = play("tire-kicker", *THEO_CLEAN, reply, seed=seed)
            line = lines[0]
            assert "check back" in line, (reply, seed, lines)
            assert not line.startswith("Like I said"), (reply, seed, lines)
