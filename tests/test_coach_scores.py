"""Scores come only from the coaching model, and every point can be explained."""

from __future__ import annotations

from dojo.coach import Coach, classify
from dojo.coach.scores import BASE, DIMENSIONS


def play(*replies, tags=()):
    coach = Coach()
    events = []
    for turn, reply in enumerate(replies, start=1):
        events += coach.score(turn, classify(reply), tags)
    return coach, events


def test_a_score_is_its_base_plus_its_events():
    coach, events = play("Hi Sam, is now a good time?", "I'll send the deck over.",
                         "just checking in, whatever works for you", "Trust me, you won't regret it.")
    scores = coach.scores()
    for dim in DIMENSIONS:
        expected = max(0, min(100, BASE[dim] + sum(e.delta for e in events if e.dimension == dim)))
        assert getattr(scores, dim) == expected


def test_give_and_get_in_one_breath_beats_giving_alone():
    paired, _ = play("Happy to send the deck. What will you decide once you've read it, and by when?")
    alone, _ = play("Happy to send the deck.")
    assert paired.scores().reciprocity > BASE["reciprocity"] > alone.scores().reciprocity


def test_late_gets_earn_less_the_longer_they_wait():
    def credit(gap):
        fillers = ["ok"] * gap
        _, events = play("I'll send the deck.", *fillers, "Who else is involved in the decision?")
        return next(e.delta for e in events if e.code == "late_get")
    assert credit(0) > credit(1) > credit(2) > 0


def test_ledger_shows_open_gives_and_their_age():
    coach, _ = play("I'll send the deck.", "ok", "ok")
    assert coach.ledger() == [("deck", 2)]


def test_stages_earned_in_order_reach_100():
    coach, events = play(
        "Hi Sam, thanks for taking the time. Is now still a good time?",
        "What's the biggest challenge with your month-end close right now?",
        "To be honest, we're not the right fit for payroll, but teams like yours cut close time by half.",
        "Imagine your team closing the month in two days instead of five.",
        "Every month this slips costs you overtime; to be live before your audit we'd need to start by June.",
    )
    earned = [e.reason for e in events if e.code == "stage_earned"]
    assert coach.scores().pathway == 100, earned
    assert not [e for e in events if e.code == "jumped"]


def test_urgency_first_is_a_jump_that_stays_on_the_record():
    coach, events = play("Every month you wait costs you money; act now.")
    jump = next(e for e in events if e.code == "jumped")
    assert "before earning Rapport" in jump.reason and jump.delta < 0
    assert "pushy" in jump.tip
    assert coach.scores().pathway == 0


def test_asking_to_buy_before_the_pathway_is_penalised():
    _, events = play("Hi! Are you ready to sign the contract?")
    assert any(e.code == "close_unearned" for e in events)


def test_chasing_words_cost_points_with_specific_tips():
    coach, events = play("Just checking in — whatever works for you!")
    chase = [e for e in events if e.dimension == "chasing"]
    assert {e.quote.lower() for e in chase} >= {"just checking in", "whatever works"}
    assert all(e.tip for e in chase)
    assert coach.scores().chasing < 100


def test_discount_after_a_stall_is_chasing():
    _, events = play("I can take 20% off if that helps.", tags=("stall",))
    assert any("stalled" in e.reason for e in events if e.dimension == "chasing")


def test_quotes_merge_overlapping_matches_in_reply_order():
    reply = "Sure. What will you decide once you have it, and by when?"
    signals = classify(reply)
    quote = signals.quote("get")
    pieces = quote.split(" … ")
    assert all(piece in reply for piece in pieces)
    assert len(pieces) == len(set(pieces))
    positions = [reply.index(piece) for piece in pieces]
    assert positions == sorted(positions)
    assert all(a + len(p) < b for a, p, b in zip(positions, pieces, positions[1:]))  # no overlaps
