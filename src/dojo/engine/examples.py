"""Checking a scenario's lexicon rules against their own `examples` and `not_examples` (lint D312).

A pattern that never hears the sentence its author wrote it for is a silent bug:
the coach simply never scores that reply. Each example is heard by the coach with
the scenario's own lexicon, exactly as a reply in play would be, so clause checks,
negation and `yields_to` count too.
"""

from __future__ import annotations

from collections.abc import Iterator

from dojo.coach.signals import hear
from dojo.engine.session import lexicon_for
from dojo.scenario.keylines import Path as KeyPath
from dojo.scenario.model import Scenario
from dojo.vocab import LexiconRule

#: (key path, message, code, hint, the text to put the caret under)
Finding = tuple[KeyPath, str, str, str, str]


def _own(rule_id: str, heard_rule: str) -> bool:
    return heard_rule == rule_id or heard_rule.startswith(rule_id + ":")  # `id:kind` for rules with kinds


def _why_not(rule: LexiconRule, hearing) -> str:
    cancelled = [c for c in hearing.candidates if _own(rule.id, c.pattern.rule.id) and c.cancelled]
    if cancelled:
        return f"a pattern matches, but the coach drops it ({cancelled[0].cancelled})"
    if any(_own(rule.id, c.pattern.rule.id) for c in hearing.candidates):
        return f"a pattern matches, but another label in the same clause wins (yields_to = {list(rule.yields_to)})"
    return "no pattern matches it; see what the coach hears with `dojo classify --explain --scenario FILE \"…\"`"


def example_findings(scenario: Scenario) -> Iterator[Finding]:
    rules = scenario.lexicon.rules
    if not any(rule.examples or rule.not_examples for rule in rules):
        return
    lexicon = lexicon_for(scenario)
    for index, rule in enumerate(rules):
        for number, example in enumerate(rule.examples):
            hearing = hear(example, lexicon, keep_cancelled=True)
            if not any(_own(rule.id, match.rule) for match in hearing.signals.matches):
                yield (("lexicon", "rules", index, "examples", number),
                       f"rule {rule.id!r} does not hear its own example {example!r}", "D312",
                       _why_not(rule, hearing), example)
        for number, example in enumerate(rule.not_examples):
            hearing = hear(example, lexicon, keep_cancelled=True)
            heard = [match.text for match in hearing.signals.matches if _own(rule.id, match.rule)]
            if heard:
                yield (("lexicon", "rules", index, "not_examples", number),
                       f"rule {rule.id!r} hears {heard[0]!r} in {example!r}, listed as a reply it must not hear",
                       "D312", "narrow the pattern, or add a guard (not_before, not_after, unless)", example)
