"""Judgments settled in session 31 by the lead, found by playing the personas as a new rep: each asserts what the
trainee would notice (the line a persona says, the label the coach hears)."""

from __future__ import annotations

from dojo.coach.signals import classify
from tests.persona_play import said_to_last

SEEDS = range(4)

JAMIE_SO_FAR = [
    "Ha, that's a lovely thing to hear on a Sunday! Before we get to a demo, how are things at Fernhill at the moment"
    " - busy season?",
    "Makes sense. Quick one so I don't waste your time later: when you've bought software for the group before, who"
    " had the final say on it?",
]


def test_jamie_asked_again_who_decides_after_a_reflection_and_a_dash_comes_clean_instead_of_repeating_herself():
    # The words before the dash reflect what she told ("finance pulled the plug last time"); the question after it asks
    # who decides, a second time. She names Dr Greer, as to any second ask, and does not say "Like I said!".
    second_ask = ("So finance pulled the plug last time - who in finance was that, and would they need to be in the"
                  " room next time round?")
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [*JAMIE_SO_FAR, second_ask], seed=seed)
        assert "greer" in line.lower() and "like i said" not in line.lower(), (seed, line)


def test_asking_whether_price_alone_wins_or_something_else_is_weighed_asks_their_criteria():
    for reply in ("is it mostly price or is reliability weighted too?",
                  "Is it all about price, or does reliability count for something?",
                  "is it just price or service too?"):
        assert "criteria" in classify(reply).gets, reply
    # What brought them, not how they will choose.
    assert "criteria" not in classify(
        "is it only about price or is the current system causing headaches too?").gets


def test_jamie_asked_who_the_no_shows_land_on_names_reception_instead_of_repeating_the_count():
    question = ("Forty a week is a lot of empty consult slots. Who ends up ringing those owners to rebook - is that"
                " landing on your reception teams?")
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [JAMIE_SO_FAR[0], question], seed=seed)
        assert "reception" in line.lower() or "front desk" in line.lower(), (seed, line)
        assert "forty a week" not in line.lower(), (seed, line)


def test_helen_asked_whether_there_is_money_set_aside_answers_about_money_and_who_signs():
    replies = ["Hi Helen, thanks for making the time. Before I say anything about us, how did the last two pilots go?",
               "Honestly, if there's no budget this year I'd rather know now. Is there money set aside?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert ("money" in line.lower() or "budget" in line.lower()) and "frank" in line.lower(), (seed, line)


def test_asking_to_show_the_signer_a_demo_asks_for_their_decider_but_offering_to_walk_their_partners_through_does_not():
    assert "decision_makers" in classify(
        "If we showed the signer a demo next week and they liked it, would you go ahead?").gets
    assert "decision_makers" in classify("could we walk your CFO through it?").gets
    assert "decision_makers" not in classify("I can walk your partners through a demo on Monday.").gets
    assert "decision_makers" not in classify("I showed your manager the brochure at the fair.").gets


GRAHAM_OPENING_WITH_A_NO_MADE_SAFE = (
    "Hi Graham, good to hear from you. Can I be straight with you? Plenty of people say this looks good and then it goes"
    " nowhere, which is completely fine. Is this actually something you're looking to change this year?")


def test_a_no_named_as_what_often_happens_then_accepted_invites_a_no_and_graham_tells_the_truth():
    # "…and then it goes nowhere, which is completely fine" makes the no safe, as "and that's fine" after "this isn't a
    # priority" does: at the opening it is connection, never a jump to Trust, and Graham confesses Ruth has signed.
    signals = classify(GRAHAM_OPENING_WITH_A_NO_MADE_SAFE)
    assert signals.permission
    for seed in SEEDS:
        session, line = said_to_last("afraid-to-say-no", [GRAHAM_OPENING_WITH_A_NO_MADE_SAFE], seed=seed)
        assert "no" in line.lower() and ("ruth" in line.lower() or "estates" in line.lower()), (seed, line)
        assert session.coach.scores().pathway >= 20, (seed, session.coach.scores())  # Rapport earned, no jump taken off
    # A project that went nowhere, told as news, invites nothing.
    assert not classify("The project went nowhere, which is fine by me because we were busy.").permission
