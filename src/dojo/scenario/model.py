"""The scenario file format, as pydantic models.

Every model forbids unknown keys so a trainer's typo is an error with a line
number, not a silently ignored setting. Nothing here is ever executed: rules
are plain data the engine interprets.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from dojo.scenario.testplan import TestTurn
from dojo.vocab import PROSPECT_TAGS, STAGES, LexiconRule, check_pattern, condition_labels, unknown_classes

SCHEMA_VERSION = 2
#: Older versions the loader still reads, converting them (see `load.migrate`).
READABLE_SCHEMAS = (1, 2)
Outcome = Literal["win", "loss", "neutral"]
ChooseRule = Literal["most_specific", "first_match"]

#: `{fact.driver}` in a hint, objective or lesson: the fact's label until it is uncovered, its text after.
FACT_PLACEHOLDER = re.compile(r"\{fact\.([a-z0-9_]+)\}")
_NAME = r"^[a-z0-9_]+$"


class _FactoryDefaults(GenerateJsonSchema):
    """Shows the default of a field built by a factory, as it would show a plain default.

    Empty lists and tables are defaults made by factories: pydantic deep-copies a plain `[]`
    default for every model it builds, which was most of the time spent loading a scenario.
    """

    def get_default_value(self, schema: core_schema.WithDefaultSchema):
        factory = schema.get("default_factory")
        if factory is not None and not schema.get("default_factory_takes_data"):
            return factory()  # type: ignore[call-arg]
        return super().get_default_value(schema)


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


def fill_facts(text: str, facts: dict[str, Fact], revealed) -> str:
    """Replace `{fact.ID}` with the fact's text once revealed, its neutral label before."""
    def one(match: re.Match) -> str:
        fact = facts.get(match.group(1))
        if fact is None:
            return match.group(0)
        return fact.text if match.group(1) in revealed else fact.label
    return FACT_PLACEHOLDER.sub(one, text)


class Persona(Strict):
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    company: str = Field(min_length=1)
    backstory: str = ""
    traits: list[str] = Field(default_factory=list)


class Fact(Strict):
    """Something true the persona knows and only tells the right question (the exercise of discovery)."""

    #: A neutral name that gives nothing away, shown before it is uncovered: "the real driver".
    label: str = Field(min_length=1)
    #: What it is, written to read inside a sentence, shown once uncovered: "the council re-tender in March".
    text: str = Field(min_length=1)
    #: The kinds of reply that uncover it, as coach labels: `get:timeline`, `stage:empathy`, `question`.
    reveal_on: list[str] = Field(min_length=1, json_schema_extra=_enum_items(condition_labels()))
    #: Whether the reply must also be a question (a statement that happens to match does not count).
    needs_question: bool = False
    #: Questions that ask for this fact in the persona's own words (linear-time regexes, any case): a question
    #: matching one asks for it whatever the coach heard, and asks for no other fact by its labels alone.
    asked_by: list[str] = Field(default_factory=list)
    #: What a rep should have asked, for the debrief when the fact is missed; generated from `reveal_on` if blank.
    ask: str = ""

    @field_validator("reveal_on")
    @classmethod
    def _known_labels(cls, labels: list[str]) -> list[str]:
        return _known(labels, condition_labels(), "label")

    @field_validator("asked_by")
    @classmethod
    def _linear_patterns(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if not pattern.strip():
                raise ValueError("an `asked_by` pattern is empty")
            check_pattern(pattern, "asked_by pattern")
        return patterns


class Variant(Strict):
    """A line variant that only fits some replies: said only when the reply has every `heard` label."""

    text: str = Field(min_length=1)
    heard: list[str] = Field(min_length=1, json_schema_extra=_enum_items(condition_labels()))

    @field_validator("heard")
    @classmethod
    def _known_labels(cls, labels: list[str]) -> list[str]:
        return _known(labels, condition_labels(), "label")


Say = list[str | Variant]


def _check_say(say: Say) -> Say:
    if any(not (v if isinstance(v, str) else v.text).strip() for v in say):
        raise ValueError("a line variant is empty")
    if not any(isinstance(v, str) for v in say):
        raise ValueError("every variant has `heard`; add at least one plain variant for the replies they don't fit")
    return say


class Line(Strict):
    """Something the prospect says: one variant is chosen by the seeded RNG."""

    say: Say = Field(min_length=1)
    tags: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(PROSPECT_TAGS))
    #: Facts this line tells the rep (ids from `[facts]`); each becomes a FactRevealed event.
    reveal: list[str] = Field(default_factory=list)

    @field_validator("say")
    @classmethod
    def _no_blank_variants(cls, say: Say) -> Say:
        return _check_say(say)

    @field_validator("tags")
    @classmethod
    def _known_tags(cls, tags: list[str]) -> list[str]:
        return _known(tags, frozenset(PROSPECT_TAGS), "tag")


class When(Strict):
    """Conditions on the rep's reply, the running ledger and the persona's memory; all given ones must hold."""

    any: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(condition_labels()))
    all: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(condition_labels()))
    none: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(condition_labels()))
    #: The reply asks for one of these facts: it has one of the fact's `reveal_on` labels (and is a question if needed).
    asks: list[str] = Field(default_factory=list)
    #: The reply was heard by one of these of the scenario's own `[[lexicon.rules]]`, by id: its words, not
    #: just its label ("leave it there" walks away; "what are the next steps?" carries the same label).
    heard_by: list[str] = Field(default_factory=list)
    open_gives_at_least: int | None = Field(default=None, ge=1)
    unpaired_gives_at_least: int | None = Field(default=None, ge=1)
    gets_at_least: int | None = Field(default=None, ge=1)
    earned: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(STAGES))
    not_earned: list[str] = Field(default_factory=list, json_schema_extra=_enum_items(STAGES))
    jumped: bool | None = None
    chased: bool | None = None
    #: The reply asks only about something the persona doesn't hold (the scenario's `unsure_about`).
    unsure: bool | None = None
    #: Coach events that happened at any point so far, by code (`jumped`, `gave_without_get`) or label (`chase:check_in`).
    happened: list[str] = Field(default_factory=list)
    not_happened: list[str] = Field(default_factory=list)
    turn_at_least: int | None = Field(default=None, ge=1)
    turn_at_most: int | None = Field(default=None, ge=1)
    visits_at_least: int | None = Field(default=None, ge=1)
    #: Memory: flags a rule has `set`, counters it has counted, facts already revealed.
    flags: list[str] = Field(default_factory=list)
    not_flags: list[str] = Field(default_factory=list)
    counter_at_least: dict[str, int] = Field(default_factory=dict)
    counter_below: dict[str, int] = Field(default_factory=dict)
    revealed: list[str] = Field(default_factory=list)
    not_revealed: list[str] = Field(default_factory=list)

    @field_validator("any", "all", "none")
    @classmethod
    def _known_labels(cls, labels: list[str]) -> list[str]:
        return _known(labels, condition_labels(), "label")

    @field_validator("earned", "not_earned")
    @classmethod
    def _known_stages(cls, stages: list[str]) -> list[str]:
        return _known(stages, frozenset(STAGES), "stage")


#: The `when` of a rule that gives none: it always holds. Models are frozen, so every such rule shares it.
ALWAYS = When()


class Memory(Strict):
    """What a rule or fallback makes the persona remember."""

    #: Flags to raise (`set = ["criteria_asked"]`) and to lower (`unset = [...]`).
    set: list[str] = Field(default_factory=list)
    unset: list[str] = Field(default_factory=list)
    #: Counters to add to: `count = { discount_offered = 1 }`.
    count: dict[str, int] = Field(default_factory=dict)


class Rule(Line, Memory):
    #: Names the rule in traces and lets a state skip a scenario-wide rule (`skip_rules`).
    id: str | None = Field(default=None, pattern=_NAME)
    when: When = Field(default_factory=lambda: ALWAYS)
    #: Beats everything else: a rule with a higher priority wins over any matching rule with a lower one,
    #: even a scenario-wide `before` rule (so a state can overrule a guard at one moment).
    priority: int = 0
    goto: str | None = None
    ending: str | None = None

    @model_validator(mode="after")
    def _one_destination(self) -> Rule:
        if self.goto and self.ending:
            raise ValueError("a rule has either `goto` or `ending`, not both")
        return self


class ScenarioRule(Rule):
    """A rule written once for every state: `before` the state's own rules (guards) or `after` them (defaults)."""

    phase: Literal["before", "after"] = "before"


class Fallback(Line, Memory):
    """What the prospect says when no rule matches; stays in the state unless told otherwise."""

    goto: str | None = None
    ending: str | None = None


class Advice(Strict):
    """A piece of text used only when its conditions hold at the time: a hint, or part of a lesson."""

    when: When = Field(default_factory=lambda: ALWAYS)
    text: str = Field(min_length=1)


class State(Strict):
    hint: str = ""
    #: Hints for particular moments; the first whose `when` holds replaces `hint`.
    hint_if: list[Advice] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    fallback: Fallback
    #: What the persona says here to a reply that says nothing to answer ("ok", "hmm", "sorry about that", a
    #: joke): said instead of a fallback that stays put, so no line answers words nobody said. Without any, the
    #: scenario's `acknowledge`, else the fallback as before.
    acknowledge: list[str] = Field(default_factory=list)
    #: `false` to ignore every scenario-wide `[[rules]]` here.
    global_rules: bool = True
    #: Ids of scenario-wide rules that do not apply in this state.
    skip_rules: list[str] = Field(default_factory=list)

    @field_validator("acknowledge")
    @classmethod
    def _no_blank_acknowledge(cls, lines: list[str]) -> list[str]:
        if any(not line.strip() for line in lines):
            raise ValueError("an `acknowledge` line is blank")
        return lines


class Ending(Strict):
    outcome: Outcome
    title: str = Field(min_length=1)
    lesson: str = Field(min_length=1)
    #: Sentences added to `lesson` when their conditions hold at the end, in file order.
    lesson_if: list[Advice] = Field(default_factory=list)
    say: Say = Field(default_factory=list)
    #: The rep walked away from a prospect who will not buy: the pitch stages not built are not owed (a `win` only).
    walk_away: bool = False

    @field_validator("say")
    @classmethod
    def _no_blank_variants(cls, say: Say) -> Say:
        return _check_say(say) if say else say

    @model_validator(mode="after")
    def _walking_away_wins(self) -> Ending:
        if self.walk_away and self.outcome != "win":
            raise ValueError("`walk_away` is for a win: walking away from a prospect who will not buy is a good "
                             f"outcome, and this ending's outcome is {self.outcome!r}")
        return self


class LexiconPatch(Strict):
    """A scenario's additions to the default lexicon; a rule with an existing id replaces it."""

    rules: list[LexiconRule] = Field(default_factory=list)
    disable: list[str] = Field(default_factory=list)
    #: Words added to the default lexicon's word classes: `{ "thing.deck" = ["pitchbook"] }`.
    classes: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("classes")
    @classmethod
    def _linear_words(cls, classes: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, words in classes.items():
            for word in words:
                check_pattern(word, f"word {word!r} of class {name!r}")
        return classes

    @model_validator(mode="after")
    def _known_classes(self) -> LexiconPatch:
        for rule in self.rules:
            for pattern in rule.patterns:
                source = pattern if isinstance(pattern, str) else pattern.re
                unknown = unknown_classes(source, set(self.classes))
                if unknown:
                    raise ValueError(f"rule {rule.id!r} uses unknown word class {{{unknown[0]}}}; "
                                     "see [classes] in dojo's lexicon.toml, or add it under [lexicon] classes")
        return self


NO_LEXICON_PATCH = LexiconPatch()


class Scenario(Strict):
    """One persona in one file. `schema` says which version of the format it is written in."""

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
    #: How a state picks among the rules that hold: the most specific one (schema 2), or the first (schema 1).
    choose_rule: ChooseRule = "most_specific"
    persona: Persona
    facts: dict[str, Fact] = Field(default_factory=dict)
    #: Questions about things the persona doesn't hold (linear-time regexes, any case): such a question asks
    #: for no fact by its labels, and `when.unsure` holds for a reply that asks nothing else.
    unsure_about: list[str] = Field(default_factory=list)
    #: Lead-ins the persona says before repeating itself when the rep asks to hear a line again
    #: ("Sorry, what did you say?"); without any, the line is repeated as it was.
    say_again: list[str] = Field(default_factory=list)
    #: Lead-ins the persona says before repeating the line that told a fact, when asked for it once more
    #: and its state has only the fallback to say ("Like I said:"); without any, the line is repeated as it was.
    said_before: list[str] = Field(default_factory=list)
    #: Lead-ins the persona says before putting its last line again when the rep asks what it meant ("Sorry,
    #: what do you mean by that?", "not sure I follow"); without any, dojo's own plain ones ("I mean:").
    clarify: list[str] = Field(default_factory=list)
    #: What the persona says when the rep asks it to wait ("Hold on, let me check."); without any, dojo's own
    #: plain ones ("Take your time.").
    wait: list[str] = Field(default_factory=list)
    #: What the persona says to a reply that says nothing to answer ("ok", "got it", "sorry about that"), in a
    #: state without `acknowledge` lines of its own whose fallback stays put; without any, the fallback is said.
    acknowledge: list[str] = Field(default_factory=list)
    #: What the persona says to small talk off the business ("did you watch the match?", "what's the weather like
    #: there?"), heard as Rapport and nothing more, where its state would say a line that stays put; without any,
    #: dojo's own plain ones ("Ha. Anyway, where were we?").
    small_talk: list[str] = Field(default_factory=list)
    opening: Line
    rules: list[ScenarioRule] = Field(default_factory=list)
    states: dict[str, State] = Field(min_length=1)
    endings: dict[str, Ending] = Field(min_length=1)
    lexicon: LexiconPatch = Field(default_factory=lambda: NO_LEXICON_PATCH)
    tests: list[ScenarioTest] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _supported_schema(cls, version: int) -> int:
        if version != SCHEMA_VERSION:
            raise ValueError(f"schema {version} is not supported; this dojo reads schema "
                             f"{' and '.join(map(str, READABLE_SCHEMAS))}")
        return version

    @field_validator("unsure_about")
    @classmethod
    def _linear_unsure(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if not pattern.strip():
                raise ValueError("an `unsure_about` pattern is empty")
            check_pattern(pattern, "unsure_about pattern")
        return patterns

    @field_validator("say_again", "said_before", "clarify", "wait", "acknowledge", "small_talk")
    @classmethod
    def _said_lead_ins(cls, leads: list[str], info: ValidationInfo) -> list[str]:
        if any(not lead.strip() for lead in leads):
            raise ValueError(f"a `{info.field_name}` lead-in is blank")
        return leads

    @classmethod
    def model_json_schema(cls, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("schema_generator", _FactoryDefaults)
        return super().model_json_schema(*args, **kwargs)

    def fill(self, text: str, revealed=()) -> str:
        """`text` with its `{fact.ID}` placeholders filled in for what has been `revealed` so far."""
        return fill_facts(text, self.facts, revealed)

    def briefing(self) -> list[str]:
        """The objectives as a trainee sees them before the call: no fact given away."""
        return [self.fill(goal) for goal in self.objectives]


class ScenarioTest(Strict):
    """Expected behaviour pinned inside the scenario file: replies in, ending out."""

    name: str = Field(min_length=1)
    replies: list[str] = Field(default_factory=list)
    #: A transcript test: the replies with what must follow each one (dojo.scenario.testplan).
    turns: list[TestTurn] = Field(default_factory=list)
    seed: int = 0
    expect_ending: str | None = None
    expect_outcome: Literal["win", "loss", "neutral", "unfinished"] | None = None
    expect_min: dict[Literal["reciprocity", "pathway", "chasing", "overall"], int] = Field(default_factory=dict)
    expect_max: dict[Literal["reciprocity", "pathway", "chasing", "overall"], int] = Field(default_factory=dict)
    #: Facts the rep must have uncovered by the end, and facts they must not have.
    expect_revealed: list[str] = Field(default_factory=list)
    expect_not_revealed: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _something_to_play(self) -> ScenarioTest:
        if bool(self.replies) == bool(self.turns):
            raise ValueError("a test needs either `replies` (a list) or `[[tests.turns]]`, not both")
        return self


Scenario.model_rebuild()


def _when_fact_ids(when: When) -> list[str]:
    return [*when.asks, *when.revealed, *when.not_revealed]


def memory_references(scenario: Scenario):
    """(key path, problem) for every fact or scenario-wide rule id that names nothing."""
    facts = scenario.facts
    known_facts = ", ".join(sorted(facts)) or "none; declare them under [facts]"

    def unknown_fact(fact_id: str) -> str:
        return f"unknown fact {fact_id!r}; known: {known_facts}"

    def in_text(path, text: str):
        for match in FACT_PLACEHOLDER.finditer(text):
            if match.group(1) not in facts:
                yield path, unknown_fact(match.group(1))

    own_words = [rule.id for rule in scenario.lexicon.rules]

    def in_when(path, when: When):
        for fact_id in _when_fact_ids(when):
            if fact_id not in facts:
                yield (*path, "when"), unknown_fact(fact_id)
        for rule_id in when.heard_by:
            if rule_id not in own_words:
                known = ", ".join(own_words) or "none; write one under [[lexicon.rules]]"
                yield (*path, "when"), f"unknown lexicon rule {rule_id!r} in heard_by; known: {known}"

    def in_line(path, line):
        for fact_id in line.reveal:
            if fact_id not in facts:
                yield (*path, "reveal"), unknown_fact(fact_id)

    def in_advice(path, items: list[Advice]):
        for index, advice in enumerate(items):
            yield from in_when((*path, index), advice.when)
            yield from in_text((*path, index, "text"), advice.text)

    for index, goal in enumerate(scenario.objectives):
        yield from in_text(("objectives", index), goal)
    yield from in_line(("opening",), scenario.opening)
    global_ids: list[str] = []
    for index, shared in enumerate(scenario.rules):
        path = ("rules", index)
        yield from in_line(path, shared)
        yield from in_when(path, shared.when)
        if shared.id is not None:
            if shared.id in global_ids:
                yield (*path, "id"), f"duplicate rule id {shared.id!r}"
            global_ids.append(shared.id)
    for name, state in scenario.states.items():
        yield from in_text(("states", name, "hint"), state.hint)
        yield from in_advice(("states", name, "hint_if"), state.hint_if)
        for index, rule in enumerate(state.rules):
            yield from in_line(("states", name, "rules", index), rule)
            yield from in_when(("states", name, "rules", index), rule.when)
        yield from in_line(("states", name, "fallback"), state.fallback)
        for skipped in state.skip_rules:
            if skipped not in global_ids:
                known = ", ".join(global_ids) or "none; give a scenario-wide rule an `id`"
                yield ("states", name, "skip_rules"), f"unknown scenario-wide rule {skipped!r}; known: {known}"
    for name, ending in scenario.endings.items():
        yield from in_text(("endings", name, "lesson"), ending.lesson)
        yield from in_advice(("endings", name, "lesson_if"), ending.lesson_if)
    for index, test in enumerate(scenario.tests):
        for fact_id in [*test.expect_revealed, *test.expect_not_revealed]:
            if fact_id not in facts:
                yield ("tests", index), unknown_fact(fact_id)
