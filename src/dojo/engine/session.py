"""A practice session: the scripted persona answers, the coach scores, events record it all."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from dojo.coach import Coach, Lexicon, Signals, classify, default_lexicon, infer_tags, prospect_tags
from dojo.coach.errands import with_errand_agreed
from dojo.coach.scores import walk_away_words
from dojo.coach.signals import built_model
from dojo.engine.again import (
    CLARIFY_WHY,
    DEFAULT_CLARIFY,
    DEFAULT_NOTHING_MORE,
    DEFAULT_SMALL_TALK,
    DEFAULT_WAIT,
    Said,
    after_lead,
    asks_to_wait,
    line_to_repeat,
    line_told_before,
    says_nothing,
    small_talk,
    told_lines,
)
from dojo.engine.conditions import Check, Context, Memory, checks_of, evaluate, question_for, specificity
from dojo.engine.events import (
    CoachState,
    Event,
    FactMissed,
    FactRevealed,
    ProspectSaid,
    RepReplied,
    ScoreChanged,
    SessionEnded,
    SignalsHeard,
    StateChanged,
    TurnScored,
)
from dojo.scenario.model import Ending, Fallback, Line, Rule, Scenario, ScenarioRule, Variant
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
    """The default lexicon with the scenario's additions, compiled once per distinct patch.

    Safe to call from several threads: an app compiles the coach in the background while the player
    reads the picker, and a second caller waits for that compile rather than running its own."""
    with _compiling:
        key = _patch_key(scenario)
        if key is None:
            return default_lexicon()
        found = _extensions.get(key)
        if found is None:
            if len(_extensions) >= MAX_EXTENSIONS:
                _extensions.clear()
            rules, disable, classes = key
            found = _extensions[key] = default_lexicon().extended(rules, disable, dict(classes))
        return found


def lexicon_compiled(scenario: Scenario) -> bool:
    """Whether `lexicon_for(scenario)` would return at once: compiling the default lexicon takes a few
    seconds of CPU, which a screen should not spend while the player waits on a frozen app."""
    key = _patch_key(scenario)
    return key in _extensions if key is not None else default_lexicon.cache_info().currsize > 0


PatchKey = tuple[tuple[LexiconRule, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]


def _patch_key(scenario: Scenario) -> PatchKey | None:
    patch = scenario.lexicon
    if not patch.rules and not patch.disable and not patch.classes:
        return None
    classes = tuple((name, tuple(words)) for name, words in sorted(patch.classes.items()))
    return tuple(patch.rules), tuple(patch.disable), classes


#: Patch → the default lexicon extended by it. Cleared when full, so a process that loads many
#: scenario files keeps only the recent ones.
_extensions: dict[PatchKey, Lexicon] = {}
MAX_EXTENSIONS = 32
_compiling = threading.RLock()


@lru_cache(maxsize=4096)
def _line_tags(line: str, declared: tuple[str, ...]) -> tuple[str, ...]:
    """`prospect_tags` of a persona's line: a scenario says the same few lines in every session."""
    return prospect_tags(line, declared)


Ranking = list[tuple[Rule, str, tuple[Check, ...]]]


def _rankings_of(scenario: Scenario) -> dict[str, Ranking]:
    """State → its ranked rules, shared by every session of `scenario`: the ranking depends on the
    rules alone, and a batch re-score plays thousands of sessions of a handful of scenarios."""
    known = _rankings.get(id(scenario))
    if known is None or known[0] is not scenario:
        if len(_rankings) >= MAX_RANKED:
            _rankings.clear()
        known = _rankings[id(scenario)] = (scenario, {})
    return known[1]


#: Scenario id → (the scenario, kept alive so its id stays its own; state → ranked rules). Cleared
#: when full, so a long-running process that loads many scenarios keeps only the recent ones.
_rankings: dict[int, tuple[Scenario, dict[str, Ranking]]] = {}
MAX_RANKED = 256


@dataclass(frozen=True)
class _Choice:
    """The rule (or fallback) a state picked, where it is written and why it held."""

    rule: Rule | Fallback
    path: str
    why: list[str]


def _narrowness(variant: Variant) -> int:
    """How narrow the replies a variant fits are: a precise label (`get:meeting`) is narrower than a
    whole category (`get`) or a flag (`question`), and a variant that needs two labels is narrower than one
    that needs either ("list, less your opening discount" answers a price and money off it together)."""
    return sum(3 if ":" in label else 1 for label in variant.heard)


def _drew_out(line: Line, context: Context) -> list[str]:
    """The labels of a reply that drew a fact out without asking for it by the fact's own labels; [] when the
    persona volunteered it.

    Permission to say no ("it's fine if this isn't a fit") makes the truth safe to tell: the rep invited it,
    so the fact it brings out is not volunteered. Nor is one told by a rule written to answer the kind of
    question the reply asked ("Mind if I ask what's been going on?" heard as discovery)."""
    if context.turn and context.heard("permission"):
        return ["permission"]
    if not isinstance(line, Rule) or not context.heard("question"):
        return []
    # A rule answering a question for one fact may tell another with it (Denise, asked why she wants a quote,
    # names BrightClean too): the question drew both out.
    asked = [label for fact_id in line.when.asks for label in context.asked_for(fact_id)]
    heard = [label for label in (*line.when.all, *line.when.any) if label != "question" and context.heard(label)]
    return list(dict.fromkeys([*asked, *heard]))


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
        self.memory = Memory()
        self._rng = random.Random(self.seed)
        self._last_line: str | None = None
        #: The prospect's line the next reply answers (set with `_last_tags` by `_hear_next_against`).
        self._answered_line = ""
        self._said: set[str] = set()
        self._last_acknowledged: str | None = None
        self._acknowledged: set[str] = set()
        #: The last line said by the opening, a rule or a fallback, with its tags: said again on request.
        self._last_spoken: Said = ("", ())
        #: Whether the persona's last words meant only "go on" (a fallback, an acknowledgement, a wait, small talk):
        #: asked what they meant, it asks the rep what they want instead of putting them again.
        self._said_nothing_more = False
        #: Fact id → the line that told it, with its tags: said again when asked for the fact once more.
        self._told_in: dict[str, Said] = {}
        #: Fact id → the turns whose reply asked for it while the persona kept it back.
        self._asked_unanswered: dict[str, list[int]] = {}
        self._visits: Counter[str] = Counter({scenario.start: 1})
        self._rankings = _rankings_of(scenario)
        self._unsure_about = tuple(scenario.unsure_about)
        self._context = self._context_for(None, [])
        #: The coach's state recorded with the last scored turn.
        self._coach_state: CoachState | None = None
        opening = scenario.opening
        said, spoken = self._speak(opening, "opening", [], self._context)
        self._hear_next_against(said, tuple(opening.tags))
        self._record(spoken)

    # ---- reading the session
    @property
    def finished(self) -> bool:
        return self.ended is not None

    @property
    def lexicon(self) -> Lexicon:
        return self.coach.lexicon

    @property
    def revealed(self) -> dict[str, int]:
        """Fact id → the turn the persona revealed it."""
        return dict(self.memory.revealed)

    def scores(self):
        return self.coach.scores()

    def objectives(self) -> list[str]:
        """The scenario's objectives, naming only the facts uncovered so far."""
        return [self.scenario.fill(goal, self.memory.revealed) for goal in self.scenario.objectives]

    def hint(self) -> str:
        """What a good rep would do now: the scenario's own hint, else the coach's."""
        state = self.scenario.states[self.state]
        special = next((a.text for a in state.hint_if if evaluate(a.when, self._context) is not None), "")
        if special or state.hint:
            return self.scenario.fill(special or state.hint, self.memory.revealed)
        if self.coach.open_gives:
            owed = self.coach.open_gives[0].kind.replace("_", " ")
            return f"You gave {owed} and got nothing back yet: ask for a commitment in return."
        reached = self.coach.highest_stage()
        if reached + 1 < len(STAGES):
            return f"Next on the pathway: {STAGES[reached + 1].title()}."
        return "All five stages are in place: propose a concrete next step with a date."

    def _hear_next_against(self, line: str, declared: tuple[str, ...]) -> None:
        """The next reply is judged against this line: its own tags, else those its words show, and its words (a
        reply that just agrees to an errand gives what the errand asked for: `coach.errands`)."""
        self._answered_line, self._last_tags = line, _line_tags(line, declared)

    def prepare(self) -> None:
        """Do now what the first reply would otherwise do on its way: build the reader of persona lines
        nobody tagged (compiled on first use, ≈ 40 ms) and hear a reply once. Nothing in the session
        changes, so an app can run it in a thread while the opening line is read."""
        infer_tags("")
        classify("Hi, how is your week going? What matters most to you?", self.coach.lexicon)

    # ---- playing
    def reply(self, text: str, player: str | None = None, heard: Signals | None = None) -> list[Event]:
        """Play one reply. `heard` is what the coach heard in this very text with this scenario's
        lexicon and today's coach (a re-score's recorded signals, see `engine.hearing`); it is
        taken instead of hearing the reply again, unless it was heard in other words."""
        if self.finished:
            raise SessionOver("the conversation has ended; start a new session to play again")
        text = check_reply(text)
        self.turn += 1
        turn = self.turn
        signals = heard if heard is not None and heard.text == text else classify(text, self.coach.lexicon)
        signals = with_errand_agreed(signals, self._answered_line, self._last_tags, self.coach.lexicon)
        score_events = self.coach.score(turn, signals, self._last_tags)
        self.memory.happened.update(e.code for e in score_events)
        # A stage withheld was not reached: `happened = ["stage:rapport"]` keeps meaning Rapport earned (or, for a
        # later stage, reached for); the withholding itself is `happened = ["withheld"]`.
        self.memory.happened.update(e.label for e in score_events if e.label and e.code != "withheld")
        # Every give made, traded or not, so a persona knows what is already on the table: `happened =
        # ["give:pricing"]` holds once the rep has named a price, even one traded for a meeting.
        self.memory.happened.update(f"give:{kind}" for kind in signals.gives)
        # Built from values that are valid by construction: pydantic checking them again was the
        # largest single cost of a replay (tests/test_engine_fast_paths.py checks they round-trip).
        new: list[Event] = [
            built_model(RepReplied, {"turn": turn, "kind": "rep", "text": text, "player": player or self.player}),
            built_model(SignalsHeard, {"turn": turn, "kind": "signals", "signals": signals}),
            *(built_model(ScoreChanged, {**event.__dict__, "kind": "score"}) for event in score_events),
        ]
        context = self._context = self._context_for(signals, score_events)
        choice = self._choose(context)
        rule = choice.rule
        again, name, leads = self._said_again(choice, context, signals), "say_again", self.scenario.say_again
        if again is not None and again[1] == [CLARIFY_WHY]:
            name, leads = "clarify", self.scenario.clarify or list(DEFAULT_CLARIFY)
        # "What do you mean?" after "Mm-hm. And?" (a fallback, an acknowledgement, a wait, small talk): the line meant
        # nothing more, so the persona asks what the rep wants, instead of "I mean: Mm-hm. And?".
        nothing_more = again is not None and name == "clarify" and self._said_nothing_more
        if nothing_more:
            again = None
        elif again is None:
            again, name, leads = self._told_before(choice, context), "said_before", self.scenario.said_before
        retold = self._retold(choice) if again is None and not nothing_more else None
        if nothing_more:
            new.append(self._acknowledge(self._nothing_more(), turn, rule="clarify", why=[CLARIFY_WHY]))
            goto, ending_id = None, None
        elif again is None and retold is None and self._waits(choice, signals):
            # Asked to hold on ("let me check"): the persona waits, and its last line still waits for an answer.
            lines = self.scenario.wait or list(DEFAULT_WAIT)
            waiting = random.Random(f"{self.seed}:wait:{self.turn}").choice(lines)
            new.append(built_model(ProspectSaid, {"turn": turn, "kind": "prospect", "state": self.state, "text": waiting,
                                                  "tags": list(self._last_tags), "rule": "wait",
                                                  "why": ["asked to wait"]}))
            goto, ending_id = None, None
            self._said_nothing_more = True
        elif again is None and retold is None and (lines := self._acknowledges(choice, signals)):
            # Nothing to answer ("ok", "sorry about that", a joke): the persona acknowledges it and its last
            # line still waits for an answer; a fallback line would answer words nobody said.
            new.append(self._acknowledge(lines, turn))
            goto, ending_id = None, None
            self._said_nothing_more = True
        elif again is None and retold is None and (lines := self._small_talks(choice, signals)):
            # Small talk off the business ("did you watch the match?"): answered as small talk, briefly, in
            # character; a line written for a question about the business would treat it as one.
            new.append(self._acknowledge(lines, turn, rule="small_talk", why=["small talk off the business"]))
            goto, ending_id = None, None
            self._said_nothing_more = True
        elif again is not None:
            # The line is said again as it was; the persona neither moves nor remembers anything new.
            new.extend(self._say_again(*again, rule=name, leads=leads, reminder=name == "said_before"))
            self._hear_next_against(*again[0])
            goto, ending_id = None, None
        elif retold is not None:
            # Everything the rule would tell is told already: the persona reminds the rep of the words
            # that told it, and still makes the rule's move (Graham, cornered after the no, is given
            # permission again: "Like I said, sorry: …", and he is back where the truth is out).
            line, why = retold
            self._pick(rule.say, context)  # drawn as before: the persona's later lines are worded as they would be
            new.extend(self._say_again(line, [*choice.why, *why], rule=choice.path, leads=self.scenario.said_before,
                                       reminder=True))
            self._hear_next_against(*line)
            self._remember(rule)
            goto, ending_id = rule.goto, None
            self._said_nothing_more = False
        else:
            also = self._second_answer(choice, context)
            said, spoken = self._speak(rule, choice.path, choice.why, context, also)
            new.extend(spoken)
            self._hear_next_against(said, tuple(rule.tags))
            self._remember(rule)
            if also is not None:
                self._remember(also[0])
            goto, ending_id = rule.goto, rule.ending
            self._said_nothing_more = isinstance(rule, Fallback)
        if goto and goto != self.state:
            new.append(built_model(StateChanged, {"turn": turn, "kind": "state", "from_state": self.state,
                                                  "to_state": goto}))
            self.state = goto
        self._visits[self.state] += 1
        final = ending_id or (self.scenario.on_max_turns if turn >= self.scenario.max_turns else None)
        if final and self.scenario.endings[final].walk_away:
            # Walking away from a non-buyer: the pitch was never owed, so the pathway does not hold it against the rep.
            # Its events follow the reply's own (after RepReplied, SignalsHeard and those), before the prospect's line.
            after_scoring = 2 + len(score_events)
            closing = self.coach.walked_away(turn, walk_away_words(signals))
            score_events = [*score_events, *closing]
            new[after_scoring:after_scoring] = [built_model(ScoreChanged, {**event.__dict__, "kind": "score"})
                                                for event in closing]
        for fact_id in self.scenario.facts:
            if fact_id not in self.memory.revealed and context.asked_for(fact_id):
                self._asked_unanswered.setdefault(fact_id, []).append(turn)
        coach = CoachState.after(self.coach, turn, score_events, self._coach_state)
        new.append(built_model(TurnScored, {"turn": turn, "kind": "scores", "scores": self.coach.scores(),
                                            "coach": coach}))
        if ending_id or turn >= self.scenario.max_turns:
            ending_id = ending_id or self.scenario.on_max_turns
            ending = self.scenario.endings[ending_id] if ending_id else OUT_OF_TURNS
            if ending.say:  # the epilogue, after the rule's own line
                new.extend(self._speak(Line(say=ending.say), f"endings.{ending_id}", [], context)[1])
            new.extend(self._missed())
            new.append(self._ending(ending_id, ending, context))
        return self._record(new)

    def end(self) -> list[Event]:
        """The rep stops before the prospect decides: the result is `unfinished`."""
        if self.finished:
            return []
        title, lesson = ENDED_EARLY
        return self._record([*self._missed(),
                             SessionEnded(turn=self.turn, ending=None, result="unfinished", title=title,
                                          lesson=lesson, scores=self.coach.scores())])

    # ---- internals
    def _record(self, events: list[Event]) -> list[Event]:
        self.events.extend(events)
        for event in events:
            kind = type(event)  # (not isinstance: pydantic models are slow to say no)
            if kind is TurnScored:
                self._coach_state = cast(TurnScored, event).coach
            elif kind is SessionEnded:
                self.ended = cast(SessionEnded, event)
        return events

    def _context_for(self, signals: Signals | None, score_events) -> Context:
        return Context(coach=self.coach, memory=self.memory, facts=self.scenario.facts, turn=self.turn,
                       visits=self._visits[self.state], signals=signals, score_events=list(score_events),
                       unsure_about=self._unsure_about)

    def _candidates(self):
        """(tier, index, rule, path): scenario-wide `before` rules, the state's own, then `after` ones."""
        scenario, state = self.scenario, self.scenario.states[self.state]
        shared = [(i, r) for i, r in enumerate(scenario.rules)
                  if state.global_rules and (r.id is None or r.id not in state.skip_rules)]
        for index, rule in shared:
            if rule.phase == "before":
                yield 0, index, rule, f"rules[{index + 1}]"
        for index, rule in enumerate(state.rules):
            yield 1, index, rule, f"states.{self.state}.rules[{index + 1}]"
        for index, rule in shared:
            if rule.phase == "after":
                yield 2, index, rule, f"rules[{index + 1}]"

    def _choose(self, context: Context) -> _Choice:
        for rule, path, checks in self._ranked():
            for _, holds, _ in checks:
                if not holds(context):
                    break
            else:
                return _Choice(rule, path, [words(context) for _, _, words in checks])
        return _Choice(self.scenario.states[self.state].fallback, f"states.{self.state}.fallback", [])

    def _ranked(self) -> Ranking:
        """The current state's candidate rules with their checks, best first: the first that holds wins
        (the order only depends on the rules, so it is worked out once per state)."""
        ranked = self._rankings.get(self.state)
        if ranked is None:
            candidates = list(self._candidates())
            if self.scenario.choose_rule != "first_match":
                # Lower sorts first: higher priority; then guards (`before`) ahead of everything; then the
                # more specific of the state's own and `after` rules, the state's winning a tie; then file order.
                candidates.sort(key=lambda c: (-c[2].priority, c[0] > 0, -specificity(c[2].when), c[0], c[1]))
            ranked = self._rankings[self.state] = [(rule, path, checks_of(rule.when))
                                                   for _, _, rule, path in candidates]
        return ranked

    def _remember(self, rule: Rule | Fallback) -> None:
        self.memory.flags.update(rule.set)
        self.memory.flags.difference_update(rule.unset)
        self.memory.counters.update(rule.count)

    def _second_answer(self, choice: _Choice, context: Context) -> tuple[Rule, str, str] | None:
        """The rule that answers the other half of a two-part question, its path and the fact it tells.

        "Who picks the winner, and when do you need it?" asks for two facts; the rule that answers
        does so for one. When the reply also asks, with words or labels of its own, for a fact not
        told yet, and a rule of this state that asks for that fact and tells it holds now, its line
        is said after the first. Guards, endings and moves are left alone: a persona on the back
        foot does not volunteer more, and a second rule never ends the call or changes the state (one that
        stays where it is may follow a first that moves: Mags, asked what she'd decide and who else reads it,
        names the March tender, which moves her on, and then Raymond).
        A dodge is no guard: "who decides, and is there money?" may be met with Ruth's name after the
        flustered budget answer, when the rule that names her holds."""
        first = choice.rule
        if first.ending or (isinstance(first, ScenarioRule) and first.phase == "before"):
            return None
        answered = {*first.reveal, *(first.when.asks if isinstance(first, Rule) else ())}
        covered = {label for fact_id in answered for label in context.asked_for(fact_id)}
        for fact_id in self.scenario.facts:
            if fact_id in answered or fact_id in self.memory.revealed:
                continue
            labels = context.asked_for(fact_id)
            if not labels or not (context.asked_in_own_words(fact_id) or set(labels) - covered):
                continue
            for rule, path, checks in self._ranked():
                if (rule is first or rule.ending or fact_id not in rule.when.asks or fact_id not in rule.reveal
                        or answered.intersection(rule.reveal) or (rule.goto and rule.goto != (first.goto or self.state))):
                    continue
                if all(holds(context) for _, holds, _ in checks):
                    return rule, path, fact_id
        return None

    def _said_again(self, choice: _Choice, context: Context,
                    signals: Signals) -> tuple[Said, list[str]] | None:
        """The line to say again, with its tags, and why, when the reply asks to hear it again
        (`engine.again`); a guard or a rule that ends the call keeps its say."""
        first = choice.rule
        if first.ending or (isinstance(first, ScenarioRule) and first.phase == "before"):
            return None
        return line_to_repeat(context, signals, self.scenario.facts, self._told_in, self._last_spoken)

    def _waits(self, choice: _Choice, signals: Signals) -> bool:
        """Whether the persona waits, when the reply only asks it to hold on (`engine.again.asks_to_wait`) and its
        state has only a fallback that stays put to say (a rule written for the moment answers first)."""
        fallback = choice.rule
        if not isinstance(fallback, Fallback) or fallback.goto or fallback.ending or fallback.set \
                or fallback.unset or fallback.count:
            return False
        return asks_to_wait(signals)

    def _acknowledges(self, choice: _Choice, signals: Signals) -> list[str]:
        """The `acknowledge` lines to say, when the reply says nothing to answer (`engine.again.says_nothing`) and
        the state has only a fallback that stays put to say: the state's own, else the scenario's, else none."""
        fallback = choice.rule
        if not isinstance(fallback, Fallback) or fallback.goto or fallback.ending or fallback.set \
                or fallback.unset or fallback.count or not says_nothing(signals):
            return []
        context = self._context
        if context.heard("question") or any(context.asked_for(fact_id) for fact_id in self.scenario.facts):
            return []  # a question in other words ("and how many roughly"), or one in the persona's own words
        return self.scenario.states[self.state].acknowledge or self.scenario.acknowledge

    def _small_talks(self, choice: _Choice, signals: Signals) -> list[str]:
        """The `small_talk` lines to say (the scenario's, else dojo's own), when the reply is small talk off the
        business (`engine.again.small_talk`) and the line the state would say stays put and changes nothing: a
        fallback, or a rule that neither moves, ends, reveals nor remembers (a pleasantry's answer). Anything else
        the state would do (Ingrid moving on, a fact told) is said as written."""
        rule = choice.rule
        if rule.goto or rule.ending or rule.reveal or rule.set or rule.unset or rule.count or not small_talk(signals):
            return []
        return self.scenario.small_talk or list(DEFAULT_SMALL_TALK)

    def _nothing_more(self) -> list[str]:
        """What the persona says when asked what it meant by a line that meant only "go on": that it meant nothing
        more, and what does the rep want ("Just that. Go on."). An `acknowledge` line ("Mm.") would not answer it."""
        return list(DEFAULT_NOTHING_MORE)

    def _acknowledge(self, lines: list[str], turn: int, rule: str | None = None,
                     why: list[str] | None = None) -> Event:
        # Its own generator, seeded by the turn: the persona's other lines are worded as they would be. Nothing
        # is said twice while another line is left, and never the line just said.
        fresh = ([line for line in lines if line not in self._acknowledged]
                 or [line for line in lines if line != self._last_acknowledged] or lines)
        line = self._last_acknowledged = random.Random(f"{self.seed}:acknowledge:{turn}").choice(fresh)
        self._acknowledged.add(line)
        return built_model(ProspectSaid, {"turn": turn, "kind": "prospect", "state": self.state, "text": line,
                                          "tags": list(self._last_tags), "rule": rule or (
                                              f"states.{self.state}.acknowledge"
                                              if self.scenario.states[self.state].acknowledge else "acknowledge"),
                                          "why": why or ["nothing to answer"]})

    def _told_before(self, choice: _Choice, context: Context) -> tuple[Said, list[str]] | None:
        """The line to remind the rep of, with its tags, and why, when the reply asks for a fact already told
        and the state has only its fallback to answer with (`engine.again.line_told_before`). A fallback
        that moves, ends the call or remembers something keeps its say."""
        fallback = choice.rule
        if not isinstance(fallback, Fallback) or fallback.goto or fallback.ending or fallback.set \
                or fallback.unset or fallback.count:
            return None
        return line_told_before(context, self.scenario.facts, self._told_in)

    def _retold(self, choice: _Choice) -> tuple[Said, list[str]] | None:
        """The lines that told every fact the chosen rule tells, and why, when all of them are told already;
        None when the rule tells something new, tells nothing, answers a question asked for what it tells, or ends
        the call (its line is the last word).
        A fact is revealed once: said again as if new ("Honestly? Ruth signed with someone else"), a
        confession the rep has already heard sounds like the persona has forgotten the conversation."""
        rule = choice.rule
        if isinstance(rule, Fallback) or rule.ending or not rule.reveal:
            return None
        # A rule that answers a question for the fact (`when.asks`) answers it again, in its own words: "Who's
        # the incumbent?" asked again wants the name, not the whole line that first mentioned it.
        if set(rule.when.asks) & set(rule.reveal):
            return None
        if any(fact_id not in self._told_in for fact_id in rule.reveal):
            return None
        return told_lines(list(rule.reveal), self.scenario.facts, self._told_in)

    def _say_again(self, line: Said, why: list[str], rule: str,
                   leads: list[str], reminder: bool = False) -> list[Event]:
        """The persona repeats `line`, after one of `leads` (the scenario's `say_again`, `clarify` or `said_before`)
        if any. A `reminder` (after `said_before`: "Oh, like I said:") drops the interjections the line opened with
        (`engine.again.after_lead`); a line the rep missed, or asked the meaning of, is said again as it was."""
        text, tags = line
        if leads:
            # Its own generator, seeded by the turn: the persona's other lines are worded as they would be.
            lead = random.Random(f'{self.seed}:again:{self.turn}').choice(leads)
            text = after_lead(lead, text) if reminder else f"{lead} {text}"
        return [built_model(ProspectSaid, {"turn": self.turn, "kind": "prospect", "state": self.state, "text": text,
                                           "tags": list(tags), "rule": rule, "why": why})]

    def _speak(self, line: Line, path: str, why: list[str], context: Context,
               also: tuple[Rule, str, str] | None = None) -> tuple[str, list[Event]]:
        """The words said, and the events that record them and the facts they reveal."""
        said = self._pick(line.say, context)
        tags = tuple(line.tags)
        told = {fact_id: (said, tags) for fact_id in line.reveal}
        reveal = list(line.reveal)
        told_by = {fact_id: line for fact_id in line.reveal}
        why = list(why)
        if also is not None:
            rule, also_path, fact_id = also
            # Its own generator, seeded by the turn: the first half is worded as it would be alone.
            second = self._pick(rule.say, context, random.Random(f'{self.seed}:{self.turn}'))
            said = f"{said} {second}"
            told.update((f, (second, tuple(rule.tags))) for f in rule.reveal if f not in told)
            reveal += [f for f in rule.reveal if f not in reveal]
            told_by.update((f, rule) for f in rule.reveal if f not in told_by)
            why.append(f"also asked about {self.scenario.facts[fact_id].label} ({also_path})")
        if not path.startswith("endings."):
            self._last_spoken = (said, tags)
        events: list[Event] = [built_model(ProspectSaid, {
            "turn": self.turn, "kind": "prospect", "state": self.state, "text": said, "tags": list(line.tags),
            "rule": path, "why": why})]
        # Worked out before any counts as told: then only a fact's own words ask for it.
        drawn = {fact_id: context.asked_for(fact_id) or _drew_out(told_by.get(fact_id, line), context)
                 for fact_id in reveal if fact_id not in self.memory.revealed}
        for fact_id in reveal:
            if fact_id in self.memory.revealed:
                continue
            fact = self.scenario.facts[fact_id]
            asked = drawn[fact_id]
            self.memory.revealed[fact_id] = self.turn
            self._told_in[fact_id] = told.get(fact_id, (said, tags))
            events.append(FactRevealed(turn=self.turn, fact=fact_id, label=fact.label, text=fact.text,
                                       by_reply_turn=self.turn if self.turn and asked else None, heard=asked))
        return said, events

    def _pick(self, say: list[str | Variant], context: Context, rng: random.Random | None = None) -> str:
        # A variant tied to a kind of reply is only said to that reply, and preferred when it fits:
        # it answers what was asked. Of those that fit, the ones tied to the narrowest kind win: a line
        # for a meeting proposal answers "Wednesday at 4?" better than a line for any question.
        # Nothing is said twice while another fitting variant is left.
        variants = [v for v in say if isinstance(v, Variant) and all(context.heard(lb) for lb in v.heard)]
        narrowest = max((_narrowness(v) for v in variants), default=0)
        fitting = [v.text for v in variants if _narrowness(v) == narrowest]
        plain = [v for v in say if isinstance(v, str)]
        pool = ([line for line in fitting if line not in self._said]
                or [line for line in plain if line not in self._said]
                or [line for line in fitting + plain if line != self._last_line]
                or fitting + plain)
        self._last_line = pool[(rng or self._rng).randrange(len(pool))]
        self._said.add(self._last_line)
        return self._last_line

    def _missed(self) -> list[Event]:
        return [FactMissed(turn=self.turn, fact=fact_id, label=fact.label, ask=question_for(fact),
                           asked_at=self._asked_unanswered.get(fact_id, []))
                for fact_id, fact in self.scenario.facts.items() if fact_id not in self.memory.revealed]

    def _ending(self, ending_id: str | None, ending: Ending, context: Context) -> SessionEnded:
        fill = self.scenario.fill
        revealed = self.memory.revealed
        parts = [fill(ending.lesson, revealed)]
        parts += [fill(a.text, revealed) for a in ending.lesson_if if evaluate(a.when, context) is not None]
        return SessionEnded(turn=self.turn, ending=ending_id, result=ending.outcome, title=ending.title,
                            lesson=" ".join(parts), scores=self.coach.scores())
