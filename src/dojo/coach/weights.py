"""Every number in the coaching model, in one place.

docs/coaching.md quotes each of these by name, and a test checks the doc
shows the same values, so the rules a trainer reads are the rules that run.
"""

from __future__ import annotations

#: Where each score starts: reciprocity halfway, pathway empty, chasing clean.
BASE = {"reciprocity": 50, "pathway": 0, "chasing": 100}

# ---- reciprocity
TRADE_CREDIT = 15          # a give and a get in the same reply
LATE_GET_CREDIT = 15       # halved for every turn the get came after the give (never below 1)
ASK_CREDIT = 5             # a get with nothing owed: asking early builds standing
GIVE_PENALTY = 10          # each give in a reply that asks nothing back

# ---- pathway
STAGE_CREDIT = 20          # five stages earned make 100
JUMP_PENALTY = 15          # once per stage jumped to
CLOSE_UNEARNED_PENALTY = 15
CLOSE_ASKED_PENALTY = 5

# ---- chasing
CHASE_PENALTY = 15         # chasing heard in the words, an unasked discount, a re-pitch after a no
CONTEXT_CHASE_PENALTY = 20  # a discount after a stall or a no, an errand run for nothing
EFFORT_PENALTY = 10
EFFORT_GAP = 3             # concessions ahead of commitments before it counts as chasing

#: What a stage needs earned first; reaching for it sooner is a jump.
#: Rapport and Empathy need nothing: discovery straight after the opening is normal.
#: Trust and Hope need discovery (no pitching before discovery); Urgency needs
#: proof (no pressure before proof).
PREREQUISITES: dict[str, tuple[str, ...]] = {
    "rapport": (),
    "empathy": (),
    "trust": ("empathy",),
    "hope": ("empathy",),
    "urgency": ("empathy", "trust"),
}

#: The lowest overall score for each letter grade.
GRADES = ((90, "A"), (80, "B"), (65, "C"), (50, "D"), (0, "F"))
