"""The fixed vocabulary of the coaching model (docs/coaching.md).

Both `dojo.scenario` and `dojo.coach` speak in these labels, so they live
below both layers. A label is ``category:kind`` (``give:demo``), a bare
category (``give`` — any give) or a flag (``question``, ``close_ask``).
"""

from __future__ import annotations

from functools import lru_cache

GIVE_KINDS = (
    "information", "deck", "case_study", "pricing", "demo", "proposal",
    "discount", "trial", "consulting", "meeting", "favour",
)
GET_KINDS = (
    "meeting", "direct_line", "timeline", "criteria", "decision_makers",
    "budget", "nda", "testimonial", "referral", "next_steps",
)
STAGES = ("rapport", "empathy", "trust", "hope", "urgency")
#: Chasing the lexicon can hear in the words alone.
CHASE_KINDS = ("check_in", "pleading", "whatever_works", "convincing", "free_extra")
#: Chasing the coach infers from context (what the prospect just said).
CONTEXT_CHASE_KINDS = ("discount_after_stall", "unasked_discount", "errand_without_get", "repitch_after_no")
FLAGS = ("question", "close_ask", "permission")

#: Tags a scenario puts on a prospect line so the coach can judge the reply in context.
PROSPECT_TAGS = ("errand", "stall", "no", "objection", "question", "open")

CATEGORIES = {
    "give": GIVE_KINDS,
    "get": GET_KINDS,
    "stage": STAGES,
    "chase": CHASE_KINDS + CONTEXT_CHASE_KINDS,
}


@lru_cache(maxsize=1)
def detectable_labels() -> frozenset[str]:
    """Labels a lexicon rule may emit."""
    labels = {f"{cat}:{kind}" for cat, kinds in CATEGORIES.items() for kind in kinds
              if not (cat == "chase" and kind in CONTEXT_CHASE_KINDS)}
    return frozenset(labels | set(FLAGS))


@lru_cache(maxsize=1)
def condition_labels() -> frozenset[str]:
    """Labels a scenario rule may test for: every kind, each bare category, each flag."""
    labels = {f"{cat}:{kind}" for cat, kinds in CATEGORIES.items() for kind in kinds}
    return frozenset(labels | set(CATEGORIES) | set(FLAGS))


# The rule format is shared by the default lexicon (read by the coach) and a
# scenario's lexicon patch (read by the scenario loader), so it lives here.
import re  # noqa: E402

from pydantic import BaseModel, ConfigDict, Field, field_validator  # noqa: E402


class LexiconRule(BaseModel):
    """One detection rule: regular expressions (data, never code) that emit a label."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9_.\-]+$")
    label: str
    patterns: tuple[str, ...] = Field(min_length=1)
    #: Whether a negation just before the match cancels it; by default only gives are negatable.
    negatable: bool | None = None

    @field_validator("label")
    @classmethod
    def _known_label(cls, label: str) -> str:
        if label not in detectable_labels():
            raise ValueError(f"unknown label {label!r}; run `dojo classify --labels` for the list")
        return label

    @field_validator("patterns")
    @classmethod
    def _valid_patterns(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {err}") from None
        return patterns

    @property
    def is_negatable(self) -> bool:
        return self.negatable if self.negatable is not None else self.label.startswith("give:")
