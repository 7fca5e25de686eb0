"""Warnings about a scenario that loads but will not play well (codes D3xx)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dojo.scenario.diagnostics import Diagnostic, Locator
from dojo.scenario.keylines import Path as KeyPath
from dojo.scenario.keylines import line_of
from dojo.scenario.model import Fallback, Line, Rule, Scenario, When

#: A lesson shorter than this many words does not teach anything.
MIN_LESSON_WORDS = 6


def lint(scenario: Scenario, where: Locator | None = None,
         played: Iterable[tuple[KeyPath, str, str, str, str]] = ()) -> list[Diagnostic]:
    """Every warning, in file order. `played` adds findings from checks that need the coach, which this
    layer cannot run (the lexicon's own examples, D312), as (path, message, code, hint, text to point at)."""
    where = where or Locator("", "<scenario>")
    found: list[Diagnostic] = []
    for check in (_graph, _hidden_facts, _unsure_without_topics, _shadowed, _repeated_lines, _thin_lessons,
                  _no_tests, _said_before_untold, _answering_acknowledgements):
        for path, message, code, hint in check(scenario):
            found.append(where.diagnostic(path, message, code, hint=hint, severity="warning"))
    for path, message, code, hint, needle in played:
        found.append(where.diagnostic(path, message, code, hint=hint, severity="warning", needle=needle,
                                      line=_item_line(where, path, needle)))
    return sorted(found, key=lambda d: (d.line or 0, d.col or 0))


def _item_line(where: Locator, path: KeyPath, text: str) -> int | None:
    """The line of one string in a list that may span lines: the first at or below the list's key
    that holds it in quotes (the key's own line when it is written some other way)."""
    if not where.rows:
        return None
    start = line_of(where.lines, path) or 1
    for quoted in (f'"{text}"', f"'{text}'"):
        for number in range(start, len(where.rows) + 1):
            if quoted in where.rows[number - 1]:
                return number
    return start


def _steps(scenario: Scenario, state_name: str) -> list[Rule | Fallback]:
    state = scenario.states[state_name]
    # Scenario-wide rules apply in every state that does not opt out of them.
    shared = [rule for rule in scenario.rules if state.global_rules and rule.id not in state.skip_rules]
    return [*shared, *state.rules, state.fallback]


def successors(scenario: Scenario, state_name: str) -> tuple[set[str], set[str]]:
    """(states, endings) one reply can lead to from `state_name`."""
    states, endings = set(), set()
    for step in _steps(scenario, state_name):
        if step.goto:
            states.add(step.goto)
        if step.ending:
            endings.add(step.ending)
    return states, endings


def reachable_states(scenario: Scenario) -> set[str]:
    seen, frontier = {scenario.start}, [scenario.start]
    while frontier:
        for name in successors(scenario, frontier.pop())[0]:
            if name in scenario.states and name not in seen:
                seen.add(name)
                frontier.append(name)
    return seen


def _graph(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    reachable = reachable_states(scenario)
    for name in scenario.states:
        if name not in reachable:
            yield ("states", name), f"no rule leads to state {name!r} from `start`", "D301", \
                f"add `goto = \"{name}\"` to a rule in another state, or delete the state"
    # Which states can still reach an ending: walk the graph backwards from rules that end, once.
    graph = {name: successors(scenario, name) for name in scenario.states}
    ends = {name for name, (_, endings) in graph.items() if endings}
    led_from: dict[str, list[str]] = {}
    for name, (targets, _) in graph.items():
        for target in targets:
            led_from.setdefault(target, []).append(name)
    frontier = list(ends)
    while frontier:
        for name in led_from.get(frontier.pop(), []):
            if name not in ends:
                ends.add(name)
                frontier.append(name)
    for name in sorted(reachable - ends):
        yield ("states", name), f"once in state {name!r} the conversation can never end except by running out of turns", \
            "D302", "give one of its rules (or a rule in a state it leads to) an `ending`"
    reached = {scenario.on_max_turns} if scenario.on_max_turns else set()
    for name in reachable:
        reached |= graph[name][1]
    for name in scenario.endings:
        if name not in reached:
            yield ("endings", name), f"no reachable rule ends in {name!r}", "D303", \
                f"add `ending = \"{name}\"` to a rule, or delete the ending"
    outcomes = {scenario.endings[name].outcome for name in reached if name in scenario.endings}
    for outcome, verb in (("win", "win"), ("loss", "lose")):
        if outcome not in outcomes:
            yield ("endings",), f"no reachable {outcome!r} ending: trainees can never {verb}", "D304", \
                f"add an ending with outcome = \"{outcome}\" and a rule that leads to it"


_CATCH_ALL = When()


def _is_catch_all(when: When) -> bool:
    return when == _CATCH_ALL


def _shadowed(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    # With "the most specific rule wins" (schema 2) a catch-all shadows nothing; a twin still does.
    first_match = scenario.choose_rule == "first_match"
    for name, state in scenario.states.items():
        for index, rule in enumerate(state.rules):
            earlier = next((i for i in range(index)
                            if (first_match and _is_catch_all(state.rules[i].when))
                            or (state.rules[i].when == rule.when
                                and state.rules[i].priority == rule.priority)), None)
            if earlier is not None:
                why = "has no `when`, so it always fires" if _is_catch_all(state.rules[earlier].when) \
                    else "has the very same `when`"
                yield ("states", name, "rules", index), \
                    f"this rule can never fire: rule {earlier + 1} of state {name!r} {why}", "D305", \
                    "rules are tried top to bottom and the first that holds wins; move this rule up or narrow the earlier one"


def _say_lists(scenario: Scenario) -> Iterator[tuple[KeyPath, list]]:
    yield ("opening", "say"), scenario.opening.say
    yield ("say_again",), scenario.say_again
    yield ("said_before",), scenario.said_before
    yield ("clarify",), scenario.clarify
    yield ("wait",), scenario.wait
    yield ("acknowledge",), scenario.acknowledge
    for name, state in scenario.states.items():
        for index, rule in enumerate(state.rules):
            yield ("states", name, "rules", index, "say"), rule.say
        yield ("states", name, "fallback", "say"), state.fallback.say
        yield ("states", name, "acknowledge"), state.acknowledge
    for name, ending in scenario.endings.items():
        yield ("endings", name, "say"), ending.say


def _repeated_lines(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    for path, say in _say_lists(scenario):
        # A variant may be a table with `text` (schema 2) rather than a plain string.
        say = [getattr(line, "text", line) for line in say]
        normalised = [" ".join(line.casefold().split()) for line in say]
        for index, line in enumerate(normalised):
            if line in normalised[:index]:
                yield path, f"variant {index + 1} repeats variant {normalised.index(line) + 1}: {say[index]!r}", \
                    "D306", "each variant should be a different way of saying it, or the persona sounds like a recording"
                break


def _thin_lessons(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    for name, ending in scenario.endings.items():
        lesson = ending.lesson.strip()
        if lesson.casefold() == ending.title.strip().casefold() or len(lesson.split()) < MIN_LESSON_WORDS:
            yield ("endings", name, "lesson"), f"the lesson {lesson!r} is too thin to teach anything", "D307", \
                "say what the rep did and what to do next time, in a sentence or two"


def _no_tests(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    if not scenario.tests:
        yield ("id",), "the scenario has no [[tests]]", "D308", \
            "pin at least one winning and one losing conversation, so an edit that breaks them is caught"


def _lines(scenario: Scenario) -> Iterator[Line]:
    yield scenario.opening
    yield from scenario.rules
    for state in scenario.states.values():
        yield from state.rules
        yield state.fallback


def _rules_with_paths(scenario: Scenario) -> Iterator[tuple[KeyPath, Rule]]:
    """Every rule, the scenario-wide ones then each state's, with where it is written."""
    yield from ((("rules", i), rule) for i, rule in enumerate(scenario.rules))
    for name, state in scenario.states.items():
        yield from ((("states", name, "rules", i), rule) for i, rule in enumerate(state.rules))


def _hidden_facts(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    said = {fact for line in _lines(scenario) for fact in line.reveal}
    for name in scenario.facts:
        if name not in said:
            yield ("facts", name), f"no line reveals fact {name!r}, so no rep can uncover it", "D311", \
                f"add `reveal = [\"{name}\"]` to the rule whose line tells it"


def _unsure_without_topics(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    if scenario.unsure_about:
        return
    for path, rule in _rules_with_paths(scenario):
        if rule.when.unsure:
            yield (*path, "when"), "`when.unsure = true` never holds: the scenario lists no `unsure_about`", "D313", \
                "list the questions this persona can't answer in a top-level `unsure_about`"


#: Words by which a line says it answers something already answered ("Same answer as before.").
_SAID_BEFORE = re.compile(
    r"\b(?:as before|same (?:answer|as before)|asked and answered|(?:i'?ve|i have|i) (?:already )?(?:told you|answered)"
    r"|(?:as|like) i (?:said|mentioned|told you)|i did say)\b", re.IGNORECASE)


def _said_before_untold(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    """A rule answering a fact's question with "as before" that can hold before the fact is told: asked for the
    first time in a state with nothing else to say about it, the persona claims an answer it never gave."""
    leads = tuple(lead.casefold() for lead in scenario.said_before)
    for path, rule in _rules_with_paths(scenario):
        untold = [fact for fact in rule.when.asks if fact not in rule.when.revealed and fact not in rule.reveal]
        if not untold:
            continue
        texts = [line if isinstance(line, str) else line.text for line in rule.say]
        claim = next((text for text in texts if _SAID_BEFORE.search(text) or text.casefold().startswith(leads)), None)
        if claim is not None:
            yield (*path, "say"), f"{claim!r} says it was answered before, but the rule holds the first time " \
                f"{' or '.join(repr(f) for f in untold)} is asked", "D314", \
                f"add `when.revealed = [\"{untold[0]}\"]` (one rule per fact), so a first question gets an answer"


#: Words by which a line answers something the rep said: a question ("good question", "depends on"), a pitch
#: ("sounds great", "how clever"), or what the rep meant ("I see what you mean").
_ANSWERS = re.compile(
    r"\b(?:good|great|fair|interesting) question|\bdepends on\b|\bsounds (?:great|good|lovely|brilliant|interesting|"
    r"clever|perfect)|\binteresting\b|\bclever\b|\b(?:see|know) what you mean\b|\bgood point\b", re.IGNORECASE)


def _answering_acknowledgements(scenario: Scenario) -> Iterator[tuple[KeyPath, str, str, str]]:
    """An `acknowledge` line is said to a reply with nothing in it ("ok", "sorry about that"): one that answers a
    question or praises a pitch answers words nobody said."""
    lists: list[tuple[KeyPath, list[str]]] = [(("acknowledge",), scenario.acknowledge)]
    lists += [(("states", name, "acknowledge"), state.acknowledge) for name, state in scenario.states.items()]
    for path, lines in lists:
        for line in lines:
            if _ANSWERS.search(line):
                yield path, f"{line!r} is said to a reply with nothing in it (\"ok\", \"sorry about that\"), " \
                    "but it answers something", "D315", \
                    "acknowledge without answering (\"Mm-hm. Go on.\"), or pick up the persona's own thread"
