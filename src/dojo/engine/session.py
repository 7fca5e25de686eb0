"""A practice session: the scripted persona answers, the coach scores, events record it all."""

from __future__ import annotations

import random
from collections import Counter
from functools import lru_cache

from dojo.coach import Coach, Lexicon, Signals, classify, default_lexicon, prospect_tags
from dojo.engine.events import (
    Event, ProspectSaid, RepReplied, ScoreChanged, SessionEnded, SignalsHeard, StateChanged,
    TurnScored,
)
from dojo.scenario.model import Ending, Scenario, When
from dojo.vocab import STAGES, LexiconRule

MAX_REPLY_CHARS = 2000

OUT_OF_TURNS = Ending(
    outcome="neutral", title="Out of time",
    lesson="The conversation ran out of turns without a decision. Aim for a clear next step "
           "or a polite walk-away well before the prospect's patience runs out.",
)
ENDED_EARLY = ("Ended early", "You ended the conversation before the prospect reached a decision.")


class ReplyError(ValueError):
    """The reply cannot be played (empty, too long); the message says what to do."""


class SessionOver(RuntimeError):
    """A reply was sent after the conversation ended."""


def check_reply(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ReplyError("the reply is empty; type what you would say to the prospect")
    if len(cleaned) > MAX_REPLY_CHARS:
        raise ReplyError(f"the reply is {len(cleaned)} characters; keep it under {MAX_REPLY_CHARS}")
    return cleaned


def lexicon_for(scenario: Scenario) -> Lexicon:
    """The default lexicon with the scenario's additions, compiled once per distinct patch."""
    patch = scenario.lexicon
    if not patch.rules and not patch.disable:
        return default_lexicon()
    return _extended(tuple(patch.rules), tuple(patch.disable))


@lru_cache(maxsize=32)
def _extended(rules: tuple[LexiconRule, ...], disable: tuple[str, ...]) -> Lexicon:
    return default_lexicon().extended(rules, disable)


class Session:
    """Same scenario, same replies and same seed ⇒ the same events, always."""

    def __init__(self, scenario: Scenario, seed: int | None = None, player: str | None = None):
        self.scenario = scenario
        self.seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
        self.player = player
        self.coach = Coach(lexicon_for(scenario))
        self.state = scenario.start
        self.turn = 0
        self.events: list[Event] = []
        self.ended: SessionEnded | None = None
        self._rng = random.Random(self.seed)
        self._last_line: str | None = None
        self._visits: Counter[str] = Counter({scenario.start: 1})
        opening = scenario.opening
        said = self._pick(opening.say)
        # The next reply is judged against this line: its own tags, else those its words show.
        self._last_tags = prospect_tags(said, opening.tags)
        self._record([ProspectSaid(turn=0, state=self.state, text=said, tags=opening.tags, rule="opening")])

    # ---- reading the session
    @property
    def finished(self) -> bool:
        return self.ended is not None

    @property
    def lexicon(self) -> Lexicon:
        return self.coach.lexicon

    def scores(self):
        return self.coach.scores()

    def hint(self) -> str:
        """What a good rep would do now: the scenario's own hint, else the coach's."""
        state_hint = self.scenario.states[self.state].hint
        if state_hint:
            return state_hint
        if self.coach.open_gives:
            owed = self.coach.open_gives[0].kind.replace("_", " ")
            return f"You gave {owed} and got nothing back yet: ask for a commitment in return."
        reached = self.coach.highest_stage()
        if reached + 1 < len(STAGES):
            return f"Next on the pathway: {STAGES[reached + 1].title()}."
        return "All five stages are in place: propose a concrete next step with a date."

    # ---- playing
    def reply(self, text: str, player: str | None = None) -> list[Event]:
        if self.finished:
            raise SessionOver("the conversation has ended; start a new session to play again")
        text = check_reply(text)
        self.turn += 1
        turn = self.turn
        signals = classify(text, self.coach.lexicon)
        score_events = self.coach.score(turn, signals, self._last_tags)
        new: list[Event] = [
            RepReplied(turn=turn, text=text, player=player or self.player),
            SignalsHeard(turn=turn, signals=signals),
            *(ScoreChanged(**event.model_dump()) for event in score_events),
        ]
        state = self.scenario.states[self.state]
        fired = next((i for i, r in enumerate(state.rules) if self._holds(r.when, signals, score_events)), None)
        rule = state.rules[fired] if fired is not None else state.fallback
        source = f"states.{self.state}.rules[{fired + 1}]" if fired is not None else f"states.{self.state}.fallback"
        why = _why(state.rules[fired].when, signals, score_events) if fired is not None else []
        said = self._pick(rule.say)
        new.append(ProspectSaid(turn=turn, state=self.state, text=said, tags=rule.tags, rule=source, why=why))
        self._last_tags = prospect_tags(said, rule.tags)
        goto = rule.goto
        if goto and goto != self.state:
            new.append(StateChanged(turn=turn, from_state=self.state, to_state=goto))
            self.state = goto
        self._visits[self.state] += 1
        new.append(TurnScored(turn=turn, scores=self.coach.scores()))
        if rule.ending or turn >= self.scenario.max_turns:
            ending_id = rule.ending or self.scenario.on_max_turns
            ending = self.scenario.endings[ending_id] if ending_id else OUT_OF_TURNS
            new.extend(self._speak_ending(ending, ending_id))  # the epilogue, after the rule's own line
            new.append(self._ending(ending_id, ending))
        return self._record(new)

    def end(self) -> list[Event]:
        """The rep stops before the prospect decides: the result is `unfinished`."""
        if self.finished:
            return []
        title, lesson = ENDED_EARLY
        return self._record([SessionEnded(turn=self.turn, ending=None, result="unfinished", title=title,
                                          lesson=lesson, scores=self.coach.scores())])

    # ---- internals
    def _record(self, events: list[Event]) -> list[Event]:
        self.events.extend(events)
        for event in events:
            if isinstance(event, SessionEnded):
                self.ended = event
        return events

    def _pick(self, variants: list[str]) -> str:
        # A person rarely says the very same sentence twice in a row; a script should not either.
        fresh = [line for line in variants if line != self._last_line] or variants
        self._last_line = fresh[self._rng.randrange(len(fresh))]
        return self._last_line

    def _speak_ending(self, ending: Ending, ending_id: str | None) -> list[Event]:
        if not ending.say:
            return []
        return [ProspectSaid(turn=self.turn, state=self.state, text=self._pick(ending.say),
                             rule=f"endings.{ending_id}" if ending_id else None)]

    def _ending(self, ending_id: str | None, ending: Ending) -> SessionEnded:
        return SessionEnded(turn=self.turn, ending=ending_id, result=ending.outcome, title=ending.title,
                            lesson=ending.lesson, scores=self.coach.scores())

    def _holds(self, when: When, signals: Signals, score_events) -> bool:
        coach = self.coach
        # Chasing the coach inferred from context counts as heard, like chasing in the words.
        inferred = {e.label for e in score_events if e.code == "chase" and e.label}

        def heard(label: str) -> bool:
            return signals.has(label) or label in inferred or (label == "chase" and bool(inferred))

        checks = (
            not when.any or any(heard(label) for label in when.any),
            all(heard(label) for label in when.all),
            not any(heard(label) for label in when.none),
            when.open_gives_at_least is None or len(coach.open_gives) >= when.open_gives_at_least,
            when.unpaired_gives_at_least is None or coach.unpaired_gives >= when.unpaired_gives_at_least,
            when.gets_at_least is None or coach.gets >= when.gets_at_least,
            all(stage in coach.earned for stage in when.earned),
            not any(stage in coach.earned for stage in when.not_earned),
            when.jumped is None or when.jumped == bool(coach.reached_early),
            when.chased is None or when.chased == any(e.dimension == "chasing" for e in score_events),
            when.turn_at_least is None or self.turn >= when.turn_at_least,
            when.turn_at_most is None or self.turn <= when.turn_at_most,
            when.visits_at_least is None or self._visits[self.state] >= when.visits_at_least,
        )
        return all(checks)


def _why(when: When, signals: Signals, score_events) -> list[str]:
    """The conditions of a rule that held, in words, for traces."""
    inferred = {e.label for e in score_events if e.code == "chase" and e.label}
    heard = [label for label in [*when.any, *when.all] if signals.has(label) or label in inferred]
    words = []
    for label in dict.fromkeys(heard):
        quote = signals.quote(label)
        words.append(f'heard {label} "{quote}"' if quote else f"heard {label}")
    words += [f"did not hear {label}" for label in when.none]
    numbers = (("open gives", when.open_gives_at_least), ("unpaired gives", when.unpaired_gives_at_least),
               ("gets", when.gets_at_least), ("turn", when.turn_at_least), ("visits", when.visits_at_least))
    words += [f"{name} ≥ {value}" for name, value in numbers if value is not None]
    if when.turn_at_most is not None:
        words.append(f"turn ≤ {when.turn_at_most}")
    words += [f"earned {stage}" for stage in when.earned] + [f"not earned {stage}" for stage in when.not_earned]
    for name, flag in (("jumped the pathway", when.jumped), ("chased", when.chased)):
        if flag is not None:
            words.append(name if flag else f"not {name}")
    return words or ["always (no `when`)"]
