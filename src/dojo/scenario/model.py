"""The scenario file format, as pydantic models.

Every model forbids unknown keys so a trainer's typo is an error with a line
number, not a silently ignored setting. Nothing here is ever executed: rules
are plain data the engine interprets.
"""

from __future__ import annotations

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dojo.scenario.testplan import TestTurn
from dojo.vocab import PROSPECT_TAGS, STAGES, LexiconRule, condition_labels

SCHEMA_VERSION = 1
Outcome = Literal["win", "loss", "neutral"]


class Strict(BaseModel):
    # strict: `difficulty = "4"` or `jumped = "yes"` is a mistake to report, not a value to convert.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _known(labels: list[str], allowed: frozenset[str], what: str) -> list[str]:
    unknown = [label for label in labels if label not in allowed]
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(allowed), n=1)
        advice = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(allowed))}"
        raise ValueError(f"unknown {what} {unknown[0]!r}; {advice}")
    return labels


def _enum_items(values) -> dict:
    """Editor autocompletion for a list of labels (the JSON Schema from `dojo schema`)."""
    return {"items": {"type": "string", "enum": sorted(values)}}


class Persona(Strict):
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    company: str = Field(min_length=1)
    backstory: str = ""
    traits: list[str] = []


class Line(Strict):
    """Something the prospect says: one variant is chosen by the seeded RNG."""

    say: list[str] = Field(min_length=1)
    tags: list[str] = Field(default=[], json_schema_extra=_enum_items(PROSPECT_TAGS))

    @field_validator("say")
    @classmethod
    def _no_blank_variants(cls, say: list[str]) -> list[str]:
        if any(not variant.strip() for variant in say):
            raise ValueError("a line variant is empty")
        return say

    @field_validator("tags")
    @classmethod
    def _known_tags(cls, tags: list[str]) -> list[str]:
        return _known(tags, frozenset(PROSPECT_TAGS), "tag")


class When(Strict):
    """Conditions on the rep's reply and the running ledger; all given ones must hold."""

    any: list[str] = Field(default=[], json_schema_extra=_enum_items(condition_labels()))
    all: list[str] = Field(default=[], json_schema_extra=_enum_items(condition_labels()))
    none: list[str] = Field(default=[], json_schema_extra=_enum_items(condition_labels()))
    open_gives_at_least: int | None = Field(default=None, ge=1)
    unpaired_gives_at_least: int | None = Field(default=None, ge=1)
    gets_at_least: int | None = Field(default=None, ge=1)
    earned: list[str] = Field(default=[], json_schema_extra=_enum_items(STAGES))
    not_earned: list[str] = Field(default=[], json_schema_extra=_enum_items(STAGES))
    jumped: bool | None = None
    chased: bool | None = None
    turn_at_least: int | None = Field(default=None, ge=1)
    turn_at_most: int | None = Field(default=None, ge=1)
    visits_at_least: int | None = Field(default=None, ge=1)

    @field_validator("any", "all", "none")
    @classmethod
    def _known_labels(cls, labels: list[str]) -> list[str]:
        return _known(labels, condition_labels(), "label")

    @field_validator("earned", "not_earned")
    @classmethod
    def _known_stages(cls, stages: list[str]) -> list[str]:
        return _known(stages, frozenset(STAGES), "stage")


class Rule(Line):
    when: When = When()
    goto: str | None = None
    ending: str | None = None

    @model_validator(mode="after")
    def _one_destination(self) -> "Rule":
        if self.goto and self.ending:
            raise ValueError("a rule has either `goto` or `ending`, not both")
        return self


class Fallback(Line):
    """What the prospect says when no rule matches; stays in the state unless told otherwise."""

    goto: str | None = None
    ending: str | None = None


class State(Strict):
    hint: str = ""
    rules: list[Rule] = []
    fallback: Fallback


class Ending(Strict):
    outcome: Outcome
    title: str = Field(min_length=1)
    lesson: str = Field(min_length=1)
    say: list[str] = []


class LexiconPatch(Strict):
    """A scenario's additions to the default lexicon; a rule with an existing id replaces it."""

    rules: list[LexiconRule] = []
    disable: list[str] = []


class Scenario(Strict):
    schema_: int = Field(alias="schema")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    title: str = Field(min_length=1)
    archetype: str = Field(min_length=1)
    difficulty: int = Field(ge=1, le=5)
    summary: str = Field(min_length=1)
    objectives: list[str] = Field(min_length=1)
    max_turns: int = Field(default=12, ge=1, le=100)
    start: str
    on_max_turns: str | None = None
    persona: Persona
    opening: Line
    states: dict[str, State] = Field(min_length=1)
    endings: dict[str, Ending] = Field(min_length=1)
    lexicon: LexiconPatch = LexiconPatch()
    tests: list["ScenarioTest"] = []

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _supported_schema(cls, version: int) -> int:
        if version != SCHEMA_VERSION:
            raise ValueError(f"schema {version} is not supported; this dojo reads schema {SCHEMA_VERSION}")
        return version


class ScenarioTest(Strict):
    """Expected behaviour pinned inside the scenario file: replies in, ending out."""

    name: str = Field(min_length=1)
    replies: list[str] = []
    #: A transcript test: the replies with what must follow each one (dojo.scenario.testplan).
    turns: list[TestTurn] = []
    seed: int = 0
    expect_ending: str | None = None
    expect_outcome: Literal["win", "loss", "neutral", "unfinished"] | None = None
    expect_min: dict[Literal["reciprocity", "pathway", "chasing", "overall"], int] = {}
    expect_max: dict[Literal["reciprocity", "pathway", "chasing", "overall"], int] = {}

    @model_validator(mode="after")
    def _something_to_play(self) -> "ScenarioTest":
        if bool(self.replies) == bool(self.turns):
            raise ValueError("a test needs either `replies` (a list) or `[[tests.turns]]`, not both")
        return self


Scenario.model_rebuild()
