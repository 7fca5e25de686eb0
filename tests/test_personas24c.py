"""Persona lines from session 24's third round of play that did not answer the rep, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Graham: has Ruth seen anything like it
GRAHAM_TOLD_THE_BUILDINGS = ("So it all sounds great, you said. Great in what way, what would it fix for you?",
                             "Chaos some days, got it. How many buildings are we talking about, and who runs the bookings?")


def test_graham_asked_if_ruth_has_seen_anything_like_it_squirms_about_it_not_the_forty_buildings_again():
    for reply in ("Right, so Ruth would decide. Has she seen anything like this before?",
                  "Has Ruth seen anything similar?"):
        for seed in SEEDS:
            _, lines, facts = play("afraid-to-say-no", *GRAHAM_TOLD_THE_BUILDINGS, reply, seed=seed)
            line = lines[0]
            assert "Forty buildings" not in line and "muddle" not in line, (reply, seed, lines)
            assert any(word in line for word in ("conversations", "looked at", "tried")), (reply, seed, lines)
            assert facts == [], (reply, seed, lines)


# ---------------------------------------------------------------- 2. Graham: is finding a room a struggle
def test_graham_asked_if_finding_a_free_room_is_a_struggle_says_it_is_not_that_everyone_is_keen():
    for reply in ("Hi Graham, lovely to talk, I was actually on campus last week for something completely different, my niece "
                  "is starting there, anyway, it made me think about how tricky it must be to find a free room in forty "
                  "buildings, is that something you wrestle with?",
                  "Do people struggle to find a free room?"):
        for seed in SEEDS:
            _, lines, _ = play("afraid-to-say-no", reply, seed=seed)
            line = lines[0]
            assert "keen" not in line and "Lovely" not in line, (reply, seed, lines)
            assert "room" in line.lower() and ("yes" in line.lower() or "every day" in line.lower()), (reply, seed, lines)


# ---------------------------------------------------------------- 3. Jamie: a demo slot with the buyer, after one dodge
JAMIE_DODGED_WHO_SIGNS = ("Sure, demo's easy. Who signs?", "Why now?", "Tried this before?")


def test_jamie_offered_a_demo_slot_with_the_buyer_names_dr_greer_and_answers_the_slot():
    for reply in ("Demo Thurs 2pm with the buyer, ok?", "Can we do the demo Friday at 10 with whoever signs it off?"):
        for seed in SEEDS:
            _, lines, facts = play("not-the-decision-maker", *JAMIE_DODGED_WHO_SIGNS, reply, seed=seed)
            line = lines[0]
            assert "Greer" in line and facts == ["buyer"], (reply, seed, lines)
            assert "make it" in line or "join" in line, (reply, seed, lines)


# ---------------------------------------------------------------- 4. Ingrid: who uses it day to day
def test_ingrid_asked_who_uses_the_system_day_to_day_says_drivers_and_dispatch_not_only_that_marcus_picks():
    told_who_picks = ("Straight answer: I won't quote blind. What's the number going to be used for?",
                      "And who picks the system, you or ops?")
    for before in ((), told_who_picks):
        for reply in ("Who actually uses the system day to day?", "who uses the app day to day, drivers report to who"):
            for seed in SEEDS:
                _, lines, _ = play("discount-hunter", *before, reply, seed=seed)
                line = lines[0]
                assert "rivers" in line and "dispatch" in line, (before, reply, seed, lines)
                assert "Same answer as before" not in line and "Asked and answered" not in line, (before, reply, seed, lines)
