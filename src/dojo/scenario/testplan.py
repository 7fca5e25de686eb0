"""Tests written as transcripts: each turn is the rep's reply and what must follow it.

    [[tests]]
    name = "trading the brochure for a date wins"

    [[tests.turns]]
    reply = "Happy to. What will you decide once you have it?"
    expect = { state = "ask", says = "Friday", heard = ["get:criteria"], ending = "won" }

Every key of `expect` is optional; only the ones given are checked.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ScoreName = Literal["reciprocity", "pathway", "chasing", "overall"]


class _Plain(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class TurnExpect(_Plain):
    """What must hold right after the turn's reply has been played."""

    state: str | None = Field(default=None, description="The state the conversation is in after this turn.",
                              examples=["qualifying"])
    says: str | None = Field(default=None, min_length=1,
                             description="A fragment of the line the persona said (the seed picks the variant), matched ignoring case.",
                             examples=["by Friday"])
    tags: list[str] = Field(default_factory=list, description="Tags the persona's line must carry (it may carry more).",
                            examples=[["errand"]])
    heard: list[str] = Field(default_factory=list, description="Labels the coach must hear in the reply, like `get:timeline`.",
                             examples=[["get:criteria"]])
    not_heard: list[str] = Field(default_factory=list, description="Labels the coach must NOT hear in the reply.",
                                 examples=[["give"]])
    rule: str | None = Field(default=None, description="The rule that must fire, as traces name it.",
                             examples=["states.ask.rules[1]"])
    ending: str | None = Field(default=None, description="The ending this turn must reach (the conversation ends).",
                               examples=["won"])
    min: dict[ScoreName, int] = Field(default_factory=dict, description="Lowest acceptable running scores after this turn.",
                                      examples=[{"reciprocity": 50}])
    max: dict[ScoreName, int] = Field(default_factory=dict, description="Highest acceptable running scores after this turn.",
                                      examples=[{"chasing": 90}])


#: A turn with no `expect`; models are frozen, so every such turn shares it.
EXPECT_NOTHING = TurnExpect()


class TestTurn(_Plain):
    """One turn of a transcript test: the reply, and what must follow it."""

    reply: str = Field(min_length=1, description="What the rep says, exactly as typed.",
                       examples=["What will you decide once you have it?"])
    expect: TurnExpect = Field(default_factory=lambda: EXPECT_NOTHING, description="What must hold after this reply; all optional.",
                               examples=[{"state": "ask", "says": "Friday"}])
