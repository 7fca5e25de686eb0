"""Scores come only from the coaching model, and every point can be explained.

Most tests build what the coach heard (`Signals`) directly, so they test the
judgment, not the wording detection; the end-to-end ones at the bottom go
through `classify` for the exact replies trainers flagged.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dojo.coach import Coach, classify
from dojo.coach.scores import BASE, DIMENSIONS
from dojo.coach.signals import Match, Signals
from dojo.coach.weights import (
    CHASE_PENALTY,
    CONTEXT_CHASE_PENALTY,
    GIVE_PENALTY,
    JUMP_PENALTY,
    STAGE_CREDIT,
)
from dojo.vocab import STAGES


def said(*labels: str, text: str = "Can I ask about your world?") -> Signals:
    """What the coach would hear in a reply carrying exactly these labels (each quoting the whole reply)."""
    def kinds(category: str) -> list[str]:
        return [label.split(":", 1)[1] for label in labels if label.startswith(category + ":")]
    stages = kinds("stage")
    return Signals(
        text=text, gives=kinds("give"), gets=kinds("get"),
        stages=[stage for stage in STAGES if stage in stages], chase=kinds("chase"),
        question="question" in labels, close_ask="close_ask" in labels, permission="permission" in labels,
        matches=[Match(label=label, span=(0, len(text)), rule="test", text=text) for label in labels],
    )


def run(*replies: Signals, tags: tuple[str, ...] = (), coach: Coach | None = None):
    coach = coach or Coach()
    events = []
    for turn, signals in enumerate(replies, start=coach.turn + 1):
        events += coach.score(turn, signals, tags)
    return coach, events


def play(*replies: str, tags: tuple[str, ...] = ()):
    return run(*(classify(reply) for reply in replies), tags=tags)


def codes(events, dimension: str | None = None) -> list[str]:
    return [e.code if e.code != "chase" else f"chase:{e.label.split(':')[1]}" for e in events
            if dimension is None or e.dimension == dimension]


# ---- every score is explained by its events

def test_a_score_is_its_base_plus_the_deltas_it_shows():
    coach, events = play("Hi Sam, is now a good time?", "I'll send the deck over.",
                         "just checking in, whatever works for you", "Trust me, you won't regret it.")
    for dim in DIMENSIONS:
        assert getattr(coach.scores(), dim) == BASE[dim] + sum(e.delta for e in events if e.dimension == dim)


_LABELS = ["give:deck", "give:discount", "get:meeting", "stage:rapport", "stage:empathy", "stage:trust",
           "stage:hope", "stage:urgency", "chase:check_in", "chase:free_extra", "question", "close_ask",
           "permission"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sets(st.sampled_from(_LABELS), max_size=4),
                          st.sets(st.sampled_from(["stall", "no", "errand", "question", "objection"]), max_size=2)),
                max_size=12))
def test_every_event_moves_the_score_by_exactly_its_delta(conversation):
    coach = Coach()
    for turn, (labels, tags) in enumerate(conversation, start=1):
        for event in coach.score(turn, said(*sorted(labels)), tuple(sorted(tags))):
            assert 0 <= event.score <= 100
            assert event.tip and event.reason
        for dim in DIMENSIONS:
            assert 0 <= coach.values[dim] <= 100


# ---- reciprocity

def test_give_and_get_in_one_breath_beats_giving_alone():
    paired, _ = run(said("give:deck", "get:timeline", "question"))
    alone, _ = run(said("give:deck"))
    assert paired.scores().reciprocity > BASE["reciprocity"] > alone.scores().reciprocity


def test_late_gets_earn_less_the_longer_they_wait():
    def credit(gap):
        _, events = run(said("give:deck"), *[said()] * gap, said("get:decision_makers"))
        return next(e.delta for e in events if e.code == "late_get")
    assert credit(0) > credit(1) > credit(2) > 0


def test_ledger_shows_open_gives_and_their_age():
    coach, _ = run(said("give:deck"), said(), said())
    assert coach.ledger() == [("deck", 2)]


def test_a_free_extra_is_a_give_even_when_the_words_do_not_name_what_it_is():
    coach, events = run(said("chase:free_extra"))
    assert "gave_without_get" in codes(events)
    assert coach.ledger() == [("favour", 0)]


# ---- the pathway

def test_stages_earned_in_order_reach_100():
    coach, events = run(said("stage:rapport"), said("stage:empathy", "question"), said("stage:trust"),
                        said("stage:hope"), said("stage:urgency"))
    assert coach.scores().pathway == 100
    assert [e.delta for e in events if e.dimension == "pathway"] == [STAGE_CREDIT] * 5


def test_one_reply_can_earn_rapport_and_empathy_in_order():
    coach, events = run(said("stage:rapport", "stage:empathy", "question"))
    assert [(e.code, e.label) for e in events] == [("stage_earned", "stage:rapport"), ("stage_earned", "stage:empathy")]
    assert coach.earned == ["rapport", "empathy"]
    assert coach.scores().pathway == 2 * STAGE_CREDIT


def test_discovery_straight_after_the_opening_is_not_a_jump():
    coach, events = run(said("stage:empathy", "question"))
    assert codes(events) == ["stage_earned"]
    assert coach.jumped == []


def heard_in(text: str, *found: tuple[str, str]) -> Signals:
    """Signals for `text` where each (label, words) pair was heard at those words."""
    labels = [label for label, _ in found]
    signals = said(*labels, text=text)
    spans = [(text.index(words), text.index(words) + len(words)) for _, words in found]
    return signals.model_copy(update={"matches": [Match(label=label, span=span, rule="test", text=text[slice(*span)])
                                                  for label, span in zip(labels, spans)]})


def test_discovery_that_acknowledges_the_person_earns_rapport_with_it():
    reply = "Sounds like you're run off your feet. What's got you looking at this now?"
    coach, events = run(heard_in(reply, ("stage:empathy", "Sounds like"), ("stage:empathy", "What's got you"),
                                 ("question", "?")))
    # A cue too short to say anything on its own ("Sounds like") is quoted by its sentence (session 26).
    assert [(e.label, e.quote) for e in events] == [("stage:rapport", "Sounds like you're run off your feet"),
                                                    ("stage:empathy", "Sounds like you're run off your feet … "
                                                                      "What's got you")]
    assert coach.earned == ["rapport", "empathy"]


def test_a_bare_discovery_question_earns_empathy_only():
    reply = "What's the hardest part of month-end for you?"
    coach, _ = run(heard_in(reply, ("stage:empathy", "What's the hardest part"), ("question", "?")))
    assert coach.earned == ["empathy"]


def test_a_discovery_request_is_not_an_acknowledgement():
    reply = "Tell me about how the architects log their hours today."
    coach, _ = run(heard_in(reply, ("stage:empathy", "Tell me about")))
    assert coach.earned == ["empathy"]


def test_rapport_can_still_be_earned_after_discovery():
    coach, events = run(said("stage:empathy", "question"), said("stage:rapport"))
    assert codes(events) == ["stage_earned", "stage_earned"]
    assert coach.scores().pathway == 2 * STAGE_CREDIT


def test_repeating_a_discovery_question_is_no_new_mistake():
    coach, events = run(said("stage:empathy", "question"), said("stage:empathy", "question"),
                        said("stage:empathy", "question"))
    assert codes(events) == ["stage_earned"]
    assert coach.scores().pathway == STAGE_CREDIT


def test_pitching_before_discovery_is_a_jump():
    for stage in ("trust", "hope"):
        coach, events = run(said("stage:rapport"), said(f"stage:{stage}"))
        jump = events[-1]
        assert (jump.code, jump.label, jump.delta) == ("jumped", f"stage:{stage}", -JUMP_PENALTY)
        assert "before earning Empathy: pitching before discovery" in jump.reason
        assert coach.jumped == [stage] and stage not in coach.earned


def test_hope_needs_discovery_not_proof():
    _, events = run(said("stage:empathy", "question"), said("stage:hope"))
    assert codes(events) == ["stage_earned", "stage_earned"]


def test_pressure_before_proof_is_a_jump():
    coach, events = run(said("stage:rapport"), said("stage:empathy", "question"), said("stage:urgency"))
    jump = events[-1]
    assert jump.code == "jumped" and "before earning Trust: pressure before proof" in jump.reason
    assert "pushy" in jump.tip
    assert coach.scores().pathway == 2 * STAGE_CREDIT - JUMP_PENALTY


def test_a_jump_is_one_mistake_explained_once():
    coach, events = run(said("stage:rapport"), said("stage:trust"), said("stage:trust"), said("stage:trust"))
    assert codes(events).count("jumped") == 1
    assert coach.scores().pathway == STAGE_CREDIT - JUMP_PENALTY


def test_a_jumped_stage_is_earned_once_discovery_is_done():
    coach, events = run(said("stage:rapport"), said("stage:trust"), said("stage:empathy", "question"),
                        said("stage:trust"))
    assert codes(events) == ["stage_earned", "jumped", "stage_earned", "stage_earned"]
    assert coach.earned == ["rapport", "empathy", "trust"] and coach.jumped == ["trust"]


def test_discovery_and_proof_in_one_reply_are_credited_in_order():
    coach, events = run(said("stage:empathy", "stage:trust", "question"))
    assert codes(events) == ["stage_earned", "stage_earned"] and coach.jumped == []


def test_every_stage_earned_shows_as_a_gain_after_a_jump():
    # Opening with pressure costs nothing the rep had yet: no hidden debt swallows later stages.
    coach, events = run(said("stage:urgency"), said("stage:rapport"), said("stage:empathy", "question"),
                        said("stage:trust"), said("stage:hope"), said("stage:urgency"))
    jump = events[0]
    assert jump.code == "jumped" and jump.delta == 0 and "already at 0" in jump.reason
    assert [e.delta for e in events[1:] if e.dimension == "pathway"] == [STAGE_CREDIT] * 5
    assert coach.scores().pathway == 100


def test_the_pathway_score_matches_the_stages_on_the_track():
    coach, events = run(said("stage:rapport", "stage:empathy", "question"), said("close_ask"),
                        said("stage:urgency"), said("stage:trust"))
    assert coach.earned == ["rapport", "empathy", "trust"]
    assert coach.scores().pathway == sum(e.delta for e in events if e.dimension == "pathway")
    assert [e.delta for e in events if e.code == "stage_earned"] == [STAGE_CREDIT] * 3


def test_asking_for_the_sale_before_the_pathway_is_built_is_explained_once():
    _, events = run(said("stage:rapport"), said("close_ask", "question"), said("close_ask", "question"))
    assert codes(events).count("close_unearned") == 1


# ---- chasing

def test_chasing_words_cost_points_with_specific_tips():
    coach, events = play("Just checking in — whatever works for you!")
    chase = [e for e in events if e.dimension == "chasing"]
    assert {e.quote.lower() for e in chase} >= {"just checking in", "whatever works"}
    assert all(e.tip for e in chase)
    assert coach.scores().chasing < 100


def test_permission_to_say_no_is_never_chasing():
    coach, events = run(said("permission", "chase:whatever_works", "question"))
    assert codes(events, "chasing") == []
    assert coach.scores().chasing == 100


def test_walking_away_after_a_no_is_not_repitching():
    _, events = run(said("permission", "stage:trust"), tags=("no",))
    assert codes(events, "chasing") == []


def test_repitching_after_a_no_is_chasing():
    _, events = run(said("stage:hope", "question"), tags=("no",))
    assert codes(events, "chasing") == ["chase:repitch_after_no"]


def test_honest_proof_with_a_question_after_a_no_is_not_a_repitch():
    _, events = run(said("stage:trust", "question"), tags=("no",))
    assert codes(events, "chasing") == []


def test_pitching_after_a_stall_is_not_repitching():
    _, events = run(said("stage:hope"), tags=("stall",))
    assert "chase:repitch_after_no" not in codes(events)


def test_a_discount_with_nothing_back_after_a_stall_costs_twice():
    coach, events = run(said("give:discount"), tags=("stall",))
    assert codes(events) == ["gave_without_get", "chase:discount_after_stall"]
    assert coach.scores().reciprocity == BASE["reciprocity"] - GIVE_PENALTY
    assert coach.scores().chasing == 100 - CONTEXT_CHASE_PENALTY
    assert "stalled" in events[-1].reason


def test_a_discount_after_a_no_is_chasing():
    _, events = run(said("give:discount"), tags=("no",))
    assert "said no" in next(e.reason for e in events if e.label == "chase:discount_after_stall")


def test_a_free_extra_after_a_stall_is_one_chase_not_two():
    _, events = run(said("give:trial", "chase:free_extra"), tags=("stall",))
    assert codes(events, "chasing") == ["chase:discount_after_stall"]


def test_an_unprompted_discount_as_an_opener_is_a_give_without_a_get_and_chasing():
    coach, events = run(said("give:discount", "stage:rapport"), tags=("open",))
    # The Rapport the warm words would have earned is withheld, and said so, for no points (session 26).
    assert codes(events) == ["gave_without_get", "withheld", "chase:unasked_discount"]
    assert coach.scores().chasing == 100 - CHASE_PENALTY


def test_a_discount_earns_no_rapport():
    coach, _ = run(said("give:discount", "stage:rapport"))
    assert coach.earned == []


def test_chasing_buys_no_rapport():
    coach, _ = run(said("chase:check_in", "stage:rapport"))
    assert coach.earned == []


def test_a_discount_traded_for_a_commitment_is_not_chasing():
    _, events = run(said("give:discount", "get:testimonial", "question"))
    assert codes(events) == ["traded"]


def test_a_free_extra_traded_for_a_commitment_is_not_chasing():
    _, events = run(said("give:trial", "chase:free_extra", "get:next_steps", "question"))
    assert codes(events) == ["traded"]


def test_a_discount_the_prospect_asked_about_is_a_give_not_a_chase():
    for tag in ("question", "objection"):
        _, events = run(said("give:discount"), tags=(tag,))
        assert codes(events) == ["gave_without_get"]


def test_running_an_errand_without_a_get_is_chasing():
    _, events = run(said("give:proposal"), tags=("errand",))
    assert codes(events, "chasing") == ["chase:errand_without_get"]
    _, events = run(said("give:proposal", "get:timeline", "question"), tags=("errand",))
    assert codes(events, "chasing") == []


def test_running_an_errand_while_inviting_a_no_is_not_chasing():
    """Permission to say no hands the prospect their 10%: the opposite of chasing, even beside the errand.
    The give is still unpaired, so reciprocity still books it."""
    _, events = run(said("give:proposal", "stage:trust", "permission"), tags=("errand",))
    assert codes(events, "chasing") == []
    assert "gave_without_get" in codes(events, "reciprocity")


def test_conceding_far_ahead_of_their_commitments_is_chasing():
    _, events = run(said("give:deck"), said("give:case_study"), said("give:pricing"))
    assert codes(events, "chasing") == ["effort_imbalance"]


# ---- end to end: the replies trainers flagged, heard by the real lexicon

def test_acknowledging_then_asking_is_not_penalised_and_later_discovery_costs_nothing():
    coach, events = play("Totally get it, sounds like you're run off your feet. Before I fire anything over, "
                         "can I ask what's got you looking at this now?",
                         "What's the biggest challenge with your month-end close right now?",
                         "Who else feels that pain on your team?")
    assert "empathy" in coach.earned
    assert not [e for e in events if e.dimension == "pathway" and e.delta < 0]


def test_an_opening_discount_is_a_give_without_a_get_and_chasing_heard_end_to_end():
    coach, events = play("I can knock 25% off the first year", tags=("open",))
    assert codes(events) == ["gave_without_get", "chase:unasked_discount"]
    assert coach.earned == []


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


def test_acknowledging_the_person_while_opening_discovery_earns_rapport_and_empathy():
    coach, _ = play("Totally get it, sounds like you're run off your feet. Before I fire anything over, "
                    "can I ask what's got you looking at this now?")
    assert coach.earned == ["rapport", "empathy"]
    assert coach.scores().pathway == 2 * STAGE_CREDIT


def test_stage_credit_after_a_jump_is_never_swallowed_end_to_end():
    coach, _ = play("Hi Sam, thanks for taking the time. Is now still a good time?",
                    "Every month you wait costs you money; act now.",
                    "What's the biggest challenge with your month-end close right now?")
    assert coach.earned == ["rapport", "empathy"]
    assert coach.scores().pathway == 2 * STAGE_CREDIT - JUMP_PENALTY


def test_inviting_a_no_heard_end_to_end_is_not_chasing():
    coach, events = play("It's completely fine if this isn't a fit, would you tell me if it isn't?")
    assert codes(events, "chasing") == []
    assert coach.scores().chasing == 100


def test_a_summary_traded_for_time_in_the_diary_is_a_trade():
    _, events = play("I'll send you a one-page summary for Priya today; in return, could you put 30 minutes "
                     "in her diary this week?")
    assert codes(events, "reciprocity") == ["traded"]



def jump_codes(text: str, gives: list[str], heard: list[tuple[str, int, int, str]]) -> list[str]:
    """The jump events a reply that invites a no earns at turn 1, Trust heard where `heard` says."""
    matches = [Match(label=label, span=(start, end), rule=rule, text=text[start:end]) for label, start, end, rule in heard]
    signals = classify(text).model_copy(update={"stages": ["trust"], "permission": True, "gives": gives,
                                                "matches": matches})
    return [event.code for event in Coach().score(1, signals, ()) if "jump" in event.code]


def test_trust_a_scenario_hears_on_the_words_that_invite_a_no_is_no_jump():
    # Play finding (session 12): Graham's scenario hears "a no is completely fine" as Trust under its own rule as well
    # as the coach's permission; at turn 1 that was scored a jump to Trust, though inviting a no is never one.
    assert jump_codes("Morning Graham, a no is completely fine with me", [], [
        ("permission", 16, 39, "flag.permission"), ("stage:trust", 16, 39, "flag.permission"),
        ("stage:trust", 18, 39, "afraid-to-say-no.permission.honesty")]) == []


def test_candour_beside_an_invited_no_with_nothing_handed_over_is_no_jump():
    # The same play: the scenario also heard "I'd rather know straight" as Trust, outside the permission's words.
    assert jump_codes("a no is completely fine with me, I'd rather know straight", [], [
        ("permission", 0, 23, "flag.permission"), ("stage:trust", 33, 57, "afraid-to-say-no.permission.honesty")]) == []


def test_proof_handed_over_beside_an_invited_no_is_still_pitching_before_discovery():
    assert jump_codes("Here's the case study from Leeds; a no is completely fine with me", ["case_study"], [
        ("give:case_study", 0, 32, "give.case_study"), ("stage:trust", 0, 32, "give.case_study"),
        ("permission", 34, 57, "flag.permission")]) != []


# ---- walking away from a non-buyer

def test_walking_away_from_a_non_buyer_credits_only_the_pitch_it_was_never_owed():
    # Rapport and Trust earned; Empathy never asked for, Hope and Urgency never built.
    coach, _ = run(said("stage:rapport"), said("stage:empathy"), said("stage:trust"))
    before = coach.scores().pathway
    [event] = coach.walked_away(4, "Thanks for being straight with me. I'll close the file.")
    assert (event.code, event.dimension, event.delta) == ("walked_away", "pathway", 2 * STAGE_CREDIT)
    assert "Hope and Urgency were not owed" in event.reason and event.tip
    assert coach.scores().pathway == before + 2 * STAGE_CREDIT
    assert "hope" not in coach.earned  # the track shows what was built, not what was excused


def test_walking_away_after_the_whole_pitch_credits_nothing_more():
    coach, _ = run(*(said(f"stage:{stage}") for stage in STAGES))
    assert coach.walked_away(6, "I'll leave it there.") == []


def test_inviting_a_no_at_the_opening_earns_rapport_and_no_jump():
    # Found in play: "Hi Graham, quick one before anything else: if this isn't a fit, a no is completely fine by me."
    # earned nothing at all (the salutation yields to the move, and the invitation's Trust waits for discovery), so
    # the opening trainers teach first scored the same as silence. Making the call safe to refuse is connection.
    _, events = play("Hi Graham, quick one before anything else: if this isn't a fit, a no is completely fine by me.")
    earned = [(event.code, event.label, event.quote) for event in events if event.dimension == "pathway"]
    assert earned == [("stage_earned", "stage:rapport", "if this isn't a fit, a no is completely fine by me")], earned


def test_inviting_a_no_after_discovery_earns_trust_not_rapport_again():
    coach, _ = run(said("stage:rapport"), said("stage:empathy"))
    _, events = run(classify("It's completely fine if this isn't a fit. Would you tell me if it isn't?"), coach=coach)
    assert [(event.code, event.label) for event in events if event.dimension == "pathway"] == [("stage_earned", "stage:trust")]


# ---- a price the prospect asked for, and the errand's reason (play15)

def test_a_discount_after_the_prospect_asked_for_a_price_is_not_an_unasked_discount():
    """Ingrid asks for her best discount at the opening; three turns on, after a line that only shares why she is
    shopping, a discount with nothing asked back still costs reciprocity, but nobody can say she did not ask."""
    coach = Coach()
    coach.score(1, said("get:criteria", "question"), ("question", "price"))
    events = coach.score(2, said("give:discount"), ("open",))
    assert codes(events) == ["gave_without_get"]
    assert not any("nobody asked" in event.reason for event in events)


def test_a_discount_nobody_asked_for_is_still_unasked():
    _, events = run(said("give:discount"), tags=("open",))
    assert codes(events, "chasing") == ["chase:unasked_discount"]


def test_a_number_given_when_the_stalling_line_asks_for_it_is_not_chasing():
    """"Price first, in writing, per vehicle per month": she stalls on everything but the number, so a number in
    answer was asked for."""
    _, events = run(said("give:discount"), tags=("stall", "price"))
    assert codes(events, "chasing") == []
    _, events = run(said("give:discount"), tags=("stall",))
    assert codes(events, "chasing") == ["chase:discount_after_stall"]


def test_a_discount_after_a_stall_once_they_asked_for_a_price_does_not_say_nobody_asked():
    coach = Coach()
    coach.score(1, said("stage:rapport"), ("question", "price"))
    [event] = [e for e in coach.score(2, said("give:discount"), ("stall",)) if e.dimension == "chasing"]
    assert event.label == "chase:discount_after_stall" and "without being asked" not in event.reason


def test_the_errand_reason_names_the_give_that_was_made():
    """A discount after "send me some info" is a give without a get; the reason says so, not that the rep ran the
    errand they asked for."""
    _, events = run(said("give:discount"), tags=("errand",))
    [event] = [e for e in events if e.label == "chase:errand_without_get"]
    assert event.reason.startswith("gave discount with nothing asked back")
    assert "ran the" not in event.reason


def test_a_price_move_traded_on_their_commitment_names_every_give_traded():
    # The list price and the discount off it are one offer made on their commitment: the debrief names both, not a
    # discount alone.
    events = Coach().score(1, classify("Our list price is 19 pounds per vehicle per month. If you can commit to all 300 "
                                       "for three years, I can bring it to 16."), ())
    reasons = [event.reason for event in events if event.code == "traded"]
    assert reasons == ["traded pricing and discount for a commitment made its condition in the same reply"], events


def test_a_discount_alone_traded_on_their_commitment_is_named_as_a_discount():
    events = Coach().score(1, classify("I can sharpen the number if fleet meets us on the volume"), ())
    reasons = [event.reason for event in events if event.code == "traded"]
    assert reasons == ["traded discount for a commitment made its condition in the same reply"], events
