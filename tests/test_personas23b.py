"""Persona faults left from session 23, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

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
