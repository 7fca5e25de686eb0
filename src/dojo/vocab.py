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
#: `permission`: the rep invites a no ("it's fine if this isn't a fit"), which is never chasing.
#: `walk_away`: the rep steps back for now and leaves the door open ("sounds like there isn't a project for us yet, so
#: I'll leave it there; give me a shout if anything changes"). It asks nothing and earns nothing: personas answer it.
FLAGS = ("question", "close_ask", "permission", "walk_away")

#: Tags a scenario puts on a prospect line so the coach can judge the reply in context.
#: `price`: the line asks for a price, a quote or a better one; the coach remembers it for the rest of the call.
PROSPECT_TAGS = ("errand", "stall", "no", "objection", "question", "price", "open")

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
import warnings  # noqa: E402
from typing import Literal  # noqa: E402

import re2  # noqa: E402
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator  # noqa: E402

#: `{name}` in a pattern stands for a word class of the lexicon; `{0,3}` stays a regex repeat.
CLASS_REF = re.compile(r"\{([a-z][a-z0-9_.]*)\}")
#: `_3_` in a pattern is a gap of at most three words inside one clause.
WORD_GAP = re.compile(r"_(\d{1,2})_")
#: Clause checks a rule may ask for (see `dojo.coach.clauses`).
NEEDS = ("rep", "ask", "statement")


@lru_cache(maxsize=1)
def lexicon_class_names() -> frozenset[str]:
    """The word classes of the default lexicon, read from its data file (no coach code imported),
    so a scenario's patterns can be checked for unknown `{class}` names when it loads."""
    import tomllib
    from importlib import resources

    text = resources.files("dojo").joinpath("coach", "lexicon.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text).get("classes", {}))


def unknown_classes(pattern: str, extra: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The `{class}` names in `pattern` that neither the default lexicon nor `extra` defines."""
    known = lexicon_class_names() | set(extra)
    return [name for name in CLASS_REF.findall(pattern.replace("{kind}", "x")) if name not in known]


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a bad pattern is reported as a load error, never printed by RE2
    options.case_sensitive = False
    options.never_capture = True
    return options


def check_pattern(pattern: str, what: str = "pattern") -> str:
    """Compile `pattern` with the linear-time engine (class references and gaps stubbed), or raise ValueError."""
    probe = WORD_GAP.sub("(?:x )*", CLASS_REF.sub("(?:x)", pattern))
    try:
        re2.compile(probe, _re2_options())
    except re2.error:
        hint = ""
        if re.search(r"\(\?<?[=!]|\\[1-9]|[*+?}]\+", pattern):
            hint = " (look-around, back-references and possessive repeats are not supported: " \
                   "use not_before / not_after instead of a look-around)"
        try:
            with warnings.catch_warnings():
                # `re` only warns (on stderr) about `[[:alpha:]]` and other sets it reads differently.
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(probe)
        except re.error as err:
            hint = f": {err}"
        raise ValueError(f"{what} {pattern!r} is not a valid regular expression for the linear-time engine{hint}") from None
    return pattern


#: The validation context for the lexicon dojo ships (`model_validate(data, context=SHIPPED)`): its patterns are not
#: compiled once more here. Building the lexicon reads every one of them with RE2 anyway (a pattern it cannot read is a
#: load error naming its place, `dojo.coach.lexicon`), and the test suite checks the shipped file both ways; compiling
#: ~1,900 patterns here only to throw them away was a fifth of building the default lexicon. A scenario's patch, written
#: by a user, is always checked.
SHIPPED = {"shipped": True}


def is_shipped(info: ValidationInfo) -> bool:
    return isinstance(info.context, dict) and info.context.get("shipped") is True


class GuardedPattern(BaseModel):
    """A pattern with the text that, found right before or right after a match, cancels it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    re: str
    #: A regex that, ending right where the match starts, cancels it ("you " before "send").
    not_before: str | None = None
    #: A regex that, starting right where the match ends, cancels it (" me" after "send").
    not_after: str | None = None
    #: A regex that, found inside the match, cancels it ("how are you doing" is not discovery).
    unless: str | None = None

    @field_validator("re", "not_before", "not_after", "unless")
    @classmethod
    def _linear(cls, pattern: str | None, info: ValidationInfo) -> str | None:
        return pattern if pattern is None or is_shipped(info) else check_pattern(pattern)


class LexiconRule(BaseModel):
    """One detection rule: regular expressions (data, never code) that emit a label."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9_.\-]+$")
    label: str
    patterns: tuple[str | GuardedPattern, ...] = Field(min_length=1)
    #: Whether a negation just before the match cancels it; by default only gives are negatable.
    negatable: bool | None = None
    #: Clause checks the match must pass: `rep` (the rep is the speaker, not asking for it),
    #: `ask` (a question or request to the prospect, with or without a question mark),
    #: `statement` (not a question: "your contract renews in May" vs "when does it renew?"),
    #: `ours` (the offer is the rep's side's, not a third party's: "the council's rebate knocks 400 off" is not ours),
    #: `told` (a fact the rep tells, not the prospect's own situation said back, "so the trouble is the logs go blue",
    #: nor asked about, "what's the supply now, single phase?").
    needs: tuple[Literal["rep", "ask", "statement", "ours", "told", "reason"], ...] = ()
    #: Label prefixes that, heard in the same clause, cancel this rule's matches
    #: (a question that asks for a budget is a get, not also discovery).
    yields_to: tuple[str, ...] = ()
    #: Label prefixes that, heard anywhere in the reply, cancel this rule's matches
    #: (a salutation opening a give or a question is manners, not Rapport).
    yields_in_reply: tuple[str, ...] = ()
    #: Label prefixes that, heard anywhere in the same sentence, cancel this rule's matches
    #: ("When you take it to the partners, what will they weigh it against?" asks for criteria, not also discovery).
    yields_in_sentence: tuple[str, ...] = ()
    #: A question of its own asked beside another in its sentence yields (`yields_in_sentence`) only to a move heard
    #: in its own clause: "What went wrong with the last contract, and who decides?" asks both, so it is discovery as
    #: well as the deciders asked. A clause that only sets the other question up (a time, a condition, a date asked:
    #: "When's your lease up, and when must you pick?") still yields across the sentence.
    stands_asked_apart: bool = False
    #: The rule hears small talk put to them (asking after their life, a detail of it remembered): discovery heard in a
    #: question that follows it, in the same or the next sentence, with no word of their work, asks more about the same
    #: small talk and is not heard ("How was the wedding? Did the rain hold off for the photos?").
    small_talk: bool = False
    #: The rule holds a trainer's judgment the learned second opinion must not overrule: it may drop or
    #: re-kind a few noisy labels the rules hear (docs/coaching.md, section 7), never this rule's.
    sure: bool = False
    #: Kinds of a sure rule that the second opinion may still drop or re-kind like any other rule's: the offer frame
    #: is sure for the things it names, but information is the kind outside writers most often book otherwise (the
    #: link to a call, the notes of a meeting), so its veto reaches it (docs/coaching.md, section 7).
    unsure_kinds: tuple[str, ...] = ()
    #: Whether a guard cancelling this rule rules its move out for the learned second opinion too (the default: a
    #: guard holds a trainer's judgment of a look-alike). False for a rule that hears a move by its shape alone,
    #: whose guards only say "not this shape" and leave the clause for the model to hear.
    guards_rule_out: bool = True
    #: The rule hears a look-alike only to rule its move out: a match is never heard, and the learned second opinion
    #: hears no move of the label's category in its clause, as when a guard cancels a rule ("come and see us at the
    #: stand" shows nothing, though the model has read many invitations to come and watch the thing work).
    rules_out: bool = False
    #: Labels the learned second opinion may not add in the clauses this rule is heard in: the rule holds a trainer's
    #: reading of the words that the model's words alone get wrong ("If we could end the lost photographs, what would
    #: that be worth to you?" pictures their better day; the model's "what would" weighs it as criteria).
    keeps_model_from: tuple[str, ...] = ()
    #: Whose thing, named just before the match, cancels it: "them" (someone else's, "their quote", "Priya's demo",
    #: "the client's case study") and "you" (the prospect's own, "your welder", "ur deck"). Read once per clause
    #: (`Reading.owner`), not in each pattern's guards; a rule whose thing is often ours made out to them ("your free
    #: trial", "your quote") names only "them".
    not_owned_by: tuple[Literal["them", "you"], ...] = ()
    #: False for words that only steer a scenario's persona, which the coach does not score: the persona's own way
    #: of walking away ("until she's ready"), heard as `walk_away` beside the default lexicon's, asks nothing of the
    #: prospect, so the coach books nothing for it (docs/coaching.md, "Not chasing").
    scored: bool = True
    #: With kinds, `{kind}` in the label and patterns is filled in once per kind.
    kinds: tuple[str, ...] = ()
    #: Replies this rule must hear, and replies it must not: `dojo validate` plays them (lint D312).
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()

    @field_validator("label")
    @classmethod
    def _known_label(cls, label: str) -> str:
        if "{kind}" in label:
            return label
        if label not in detectable_labels():
            raise ValueError(f"unknown label {label!r}; run `dojo classify --labels` for the list")
        return label

    @field_validator("patterns")
    @classmethod
    def _valid_patterns(cls, patterns: tuple[str | GuardedPattern, ...],
                        info: ValidationInfo) -> tuple[str | GuardedPattern, ...]:
        if is_shipped(info):
            return patterns
        for pattern in patterns:
            if isinstance(pattern, str):
                check_pattern(pattern.replace("{kind}", "x"))
        return patterns

    @model_validator(mode="after")
    def _unsure_kinds_of_a_sure_rule(self) -> LexiconRule:
        """`unsure_kinds` names kinds of this rule that a sure rule leaves to the second opinion."""
        if self.unsure_kinds and (not self.sure or not set(self.unsure_kinds) <= set(self.kinds)):
            raise ValueError(f"unsure_kinds {list(self.unsure_kinds)} needs sure = true and kinds that include them")
        return self

    @model_validator(mode="after")
    def _rules_out_alone(self) -> LexiconRule:
        """A rules-out rule is never heard, so a setting about how its match is judged or heard says nothing."""
        if not self.rules_out:
            return self
        guarded = any(isinstance(pattern, GuardedPattern) and (pattern.not_before or pattern.not_after or pattern.unless)
                      for pattern in self.patterns)
        settings = {"a guard (not_before, not_after, unless)": guarded, "negatable": self.negatable is not None,
                    "needs": bool(self.needs), "yields_to": bool(self.yields_to),
                    "yields_in_reply": bool(self.yields_in_reply), "yields_in_sentence": bool(self.yields_in_sentence),
                    "stands_asked_apart": self.stands_asked_apart, "small_talk": self.small_talk,
                    "sure": self.sure, "guards_rule_out = false": not self.guards_rule_out,
                    "scored = false": not self.scored, "examples": bool(self.examples),
                    "keeps_model_from": bool(self.keeps_model_from), "not_owned_by": bool(self.not_owned_by)}
        found = [name for name, present in settings.items() if present]
        if found:
            raise ValueError(f"rules_out = true rules the move out wherever a pattern matches and is never heard, "
                             f"so it cannot also have {', '.join(found)}")
        return self

    @property
    def is_negatable(self) -> bool:
        return self.negatable if self.negatable is not None else self.label.startswith("give:")
