"""Persona faults found in session 22, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Beth: asked whether she would buy
def test_beth_asked_if_gorgeous_ever_gets_bought_answers_about_buying_not_her_busy_day():
    for reply in ("Gorgeous website, thanks. Does gorgeous ever get bought at your place?",
                  "Gorgeous, thank you. Does gorgeous mean you'd buy it?"):
        for seed in SEEDS:
            session, lines, facts = play("too-nice", reply, seed=seed)
            assert "busy" not in lines[0] and "kitchen" not in lines[0], (reply, seed, lines)
            assert any(word in lines[0].lower() for word in ("buy", "yes", "might")), (reply, seed, lines)
            assert facts == [] and session.state == "gushing", (reply, seed, lines)
