"""Persona lines from session 30's batch22 and the known faults: each pinned as a trainer would notice it, across seeds
(the scenarios' own [[tests]] pin the same moments at seed 0).

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- Denise
def test_denise_told_fridays_doable_does_not_ask_whether_friday_is_doable():
    for reply in ("Friday's doable.", "Friday's doable. Can you send me the complaint logs?", "Sure, can do Friday."):
        for seed in SEEDS:
            _, line = said_to_last("third-quote", [reply], seed=seed)
            assert "friday?" not in line.lower() and "friday doable" not in line.lower(), (reply, seed, line)
