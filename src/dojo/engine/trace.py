"""A turn-by-turn trace of a session, for trainers: state, what the coach heard, which rule fired and why."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from dojo.coach import Signals
from dojo.coach.chasing import find_chases
from dojo.engine.events import (
    Event,
    ProspectSaid,
    RepReplied,
    SessionEnded,
    SignalsHeard,
    StateChanged,
)
from dojo.engine.session import lexicon_for
from dojo.scenario.model import Scenario


@dataclass
class TraceTurn:
    turn: int
    state: str = ""
    reply: str = ""
    heard: list[str] = field(default_factory=list)
    rule: str | None = None
    #: The rule as events name it, by position (`rules[3]`); `rule` names it by its id when it has one.
    rule_path: str | None = None
    why: list[str] = field(default_factory=list)
    says: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    to_state: str | None = None
    ending: str | None = None
    signals: Signals | None = None

    @property
    def because(self) -> list[str]:
        """`why`, with the rep's words the coach matched after each condition on what it heard:
        `heard stage:empathy "That sounds like a lot"`."""
        out = []
        for reason in self.why:
            label = reason.removeprefix("heard ")
            quote = self.signals.quote(label) if self.signals is not None and label != reason else ""
            out.append(f'{reason} "{quote}"' if quote else reason)
        return out

    def as_json(self) -> dict:
        return {"turn": self.turn, "state": self.state, "rule": self.rule, "why": self.why,
                "heard": self.heard, "to_state": self.to_state}


def heard_labels(signals: Signals, answering: frozenset[str] = frozenset(),
                 classes: Mapping[str, tuple[str, ...]] | None = None, price_asked: bool = False) -> list[str]:
    """Every label the coach heard, including chasing it judged from the prospect's line the reply
    answers (`answering`: that line's tags), such as `chase:errand_without_get`; `classes` are the word
    classes of the lexicon it was heard with (the scenario's), as the coach scored it; `price_asked`: an earlier
    prospect line asked for a price, as the coach remembers it."""
    found = {"give": signals.gives, "get": signals.gets, "stage": signals.stages, "chase": signals.chase}
    labels = [f"{category}:{kind}" for category, kinds in found.items() for kind in kinds]
    labels += [f"chase:{chase.kind}" for chase in find_chases(signals, answering, classes, price_asked)
               if chase.kind not in signals.chase]
    return labels + [flag for flag in ("question", "close_ask", "permission", "walk_away") if getattr(signals, flag)]


#: Events that are said or heard on a turn; anything else (a fact missed, the end) joins a turn already traced.
OPENS_A_TURN = (RepReplied, SignalsHeard, ProspectSaid, StateChanged)


_RULE_PATH = re.compile(r"(?:states\.([^.\[\]]+)\.)?rules\[(\d+)\]")


def rule_name(path: str, scenario: Scenario) -> str:
    """`rules[3]` → `rules.push` when that rule has `id = "push"`: the name a trainer wrote, not a count.
    Paths that do not point at a rule with an id come back unchanged."""
    found = _RULE_PATH.fullmatch(path)
    if found is None:
        return path
    state = scenario.states.get(found[1]) if found[1] else None
    rules = scenario.rules if found[1] is None else (state.rules if state is not None else [])
    index = int(found[2]) - 1
    rule_id = rules[index].id if 0 <= index < len(rules) else None
    return f"{path[:path.rindex('[')]}.{rule_id}" if rule_id else path


def names_rule(turn: TraceTurn, reference: str) -> bool:
    """Whether a test's `expect.rule` names the rule that answered: by position, by path with its id, or by id."""
    return reference in {turn.rule, turn.rule_path} or (
        turn.rule is not None and turn.rule != turn.rule_path and turn.rule.rsplit(".", 1)[-1] == reference)


def trace(events: list[Event], scenario: Scenario | None = None) -> list[TraceTurn]:
    """The turns of `events`; given the scenario, rules with an `id` are named by it."""
    turns: dict[int, TraceTurn] = {}
    classes = lexicon_for(scenario).classes if scenario is not None else None
    answering: frozenset[str] = frozenset()  # the tags of the prospect's latest line: what a reply answers
    price_asked = False  # an earlier line asked for a price: the coach remembers it (Coach.price_asked)
    for event in events:
        if event.turn not in turns and not isinstance(event, OPENS_A_TURN):
            continue  # the rep stopped: the facts missed and the end belong to no reply
        turn = turns.setdefault(event.turn, TraceTurn(event.turn))
        if isinstance(event, RepReplied):
            turn.reply = event.text
        elif isinstance(event, SignalsHeard):
            turn.heard = heard_labels(event.signals, answering, classes, price_asked)
            price_asked = price_asked or "price" in answering
            turn.signals = event.signals
        elif isinstance(event, ProspectSaid):
            if not turn.state:
                turn.state = event.state
            if turn.rule is None:  # the rule's own line, not an ending's epilogue after it
                turn.rule, turn.why = event.rule, list(event.why)
            turn.says.append(event.text)
            answering = frozenset(event.tags)
            turn.tags = list(event.tags) or turn.tags
        elif isinstance(event, StateChanged):
            turn.to_state = event.to_state
        elif isinstance(event, SessionEnded):
            turn.ending = event.ending or event.result
    traced = [turns[number] for number in sorted(turns)]
    for turn in traced:
        turn.rule_path = turn.rule
        if scenario is not None and turn.rule is not None:
            turn.rule = rule_name(turn.rule, scenario)
    return traced


def trace_lines(turn: TraceTurn, persona: str) -> list[str]:
    """Plain text; the caller passes it through `visible` if it goes to a terminal."""
    if turn.turn == 0:
        return [f"turn 0  [{turn.state}] {persona}: {' / '.join(turn.says)}"]
    why = f" ({', '.join(turn.because)})" if turn.why else ""
    lines = [f"turn {turn.turn}  [{turn.state}] You: {turn.reply}",
             f"        heard: {', '.join(turn.heard) or 'nothing'}",
             f"        rule:  {turn.rule or '?'}{why}",
             f"        {persona}: {' / '.join(turn.says)}"]
    if turn.to_state:
        lines.append(f"        → state {turn.to_state}")
    if turn.ending:
        lines.append(f"        ⇒ ending {turn.ending}")
    return lines
