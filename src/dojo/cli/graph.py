"""`dojo graph SCENARIO`: the state graph as Mermaid or Graphviz DOT, so a trainer can see the branches."""

from __future__ import annotations

from dojo.cli.common import EXIT_OK, load_entry
from dojo.scenario.model import Scenario, When

_WORDS = (("open_gives_at_least", "open gives ≥ {}"), ("unpaired_gives_at_least", "unpaired gives ≥ {}"),
          ("gets_at_least", "gets ≥ {}"), ("turn_at_least", "turn ≥ {}"), ("turn_at_most", "turn ≤ {}"),
          ("visits_at_least", "visits ≥ {}"))


def register(commands) -> None:
    parser = commands.add_parser("graph", help="print a scenario's state graph (Mermaid or DOT)",
                                 description="Print the states, the rules between them and the endings, "
                                             "as a Mermaid flowchart (paste into Markdown) or Graphviz DOT.")
    parser.add_argument("scenario", metavar="SCENARIO", help="a scenario id or a path to a .toml file")
    parser.add_argument("--format", choices=("mermaid", "dot"), default="mermaid", help="default: mermaid")
    parser.set_defaults(handler=run)


def condition(when: When) -> str:
    """A rule's `when` in a few words, for an edge label."""
    parts = []
    if when.any:
        parts.append(" or ".join(when.any))
    parts += when.all
    parts += [f"not {label}" for label in when.none]
    parts += [f"earned {stage}" for stage in when.earned] + [f"not earned {stage}" for stage in when.not_earned]
    parts += [template.format(getattr(when, name)) for name, template in _WORDS if getattr(when, name) is not None]
    for name, flag in (("jumped", when.jumped), ("chased", when.chased)):
        if flag is not None:
            parts.append(name if flag else f"not {name}")
    # Memory and facts: a branch that depends on them must say so, or the graph shows a choice it doesn't make.
    if when.asks:
        parts.append("asks " + " or ".join(when.asks))
    if when.heard_by:
        parts.append("heard by " + " or ".join(when.heard_by))
    parts += [f"revealed {fact}" for fact in when.revealed] + [f"not revealed {fact}" for fact in when.not_revealed]
    parts += [f"flag {flag}" for flag in when.flags] + [f"not flag {flag}" for flag in when.not_flags]
    parts += [f"{name} ≥ {value}" for name, value in when.counter_at_least.items()]
    parts += [f"{name} < {value}" for name, value in when.counter_below.items()]
    parts += [f"happened {code}" for code in when.happened] + [f"not happened {code}" for code in when.not_happened]
    return ", ".join(parts) or "always"


#: The source of scenario-wide rules' edges: they can fire from any state that does not opt out.
ANY_STATE = "any state"


def edges(scenario: Scenario) -> list[tuple[str, str, str, bool]]:
    """(from state, to state or ending, label, is an ending) for every rule and fallback that moves;
    scenario-wide rules start from ANY_STATE."""
    found = []
    for index, shared in enumerate(scenario.rules, start=1):
        target = shared.goto or shared.ending
        if target:
            name = f"rules.{shared.id}" if shared.id else f"rules[{index}]"
            opted_out = [state_name for state_name, state in scenario.states.items()
                         if not state.global_rules or (shared.id is not None and shared.id in state.skip_rules)]
            unless = f" (not in {', '.join(opted_out)})" if opted_out else ""
            found.append((ANY_STATE, target, f"{name}: {condition(shared.when)}{unless}", bool(shared.ending)))
    for name, state in scenario.states.items():
        for index, rule in enumerate(state.rules, start=1):
            target = rule.goto or rule.ending
            if target and target != name:
                found.append((name, target, f"{index}: {condition(rule.when)}", bool(rule.ending)))
        fallback = state.fallback
        target = fallback.goto or fallback.ending
        if target and target != name:
            found.append((name, target, "otherwise", bool(fallback.ending)))
    return found


def mermaid(scenario: Scenario) -> str:
    ids = {name: f"s_{index}" for index, name in enumerate(scenario.states)}
    ids |= {name: f"e_{index}" for index, name in enumerate(scenario.endings)}
    ids[ANY_STATE] = "any"
    lines = ["flowchart LR", f"  start(( )) --> {ids[scenario.start]}"]
    if any(rule.goto or rule.ending for rule in scenario.rules):
        lines.append(f'  any[/"{ANY_STATE}"/]')
    lines += [f'  {ids[name]}["{_quote(name)}"]' for name in scenario.states]
    for name, ending in scenario.endings.items():
        lines.append(f'  {ids[name]}(["{_quote(name)}: {ending.outcome}"])')
    for source, target, label, _ in edges(scenario):
        lines.append(f'  {ids[source]} -->|"{_quote(label)}"| {ids[target]}')
    if scenario.on_max_turns:
        lines.append(f'  timeout{{{{"out of turns"}}}} -.-> {ids[scenario.on_max_turns]}')
    return "\n".join(lines)


def dot(scenario: Scenario) -> str:
    colours = {"win": "palegreen", "loss": "lightpink", "neutral": "lightgrey"}
    lines = [f'digraph "{_dot(scenario.id)}" {{', "  rankdir=LR;", '  node [shape=box, style=rounded];',
             '  "__start" [shape=point];', f'  "__start" -> "{_dot(scenario.start)}";']
    if any(rule.goto or rule.ending for rule in scenario.rules):
        lines.append(f'  "{ANY_STATE}" [shape=parallelogram, style=dashed];')
    for name, ending in scenario.endings.items():
        lines.append(f'  "{_dot(name)}" [shape=ellipse, style=filled, fillcolor={colours[ending.outcome]}, '
                     f'label="{_dot(name)}\\n{ending.outcome}"];')
    for source, target, label, _ in edges(scenario):
        lines.append(f'  "{_dot(source)}" -> "{_dot(target)}" [label="{_dot(label)}"];')
    if scenario.on_max_turns:
        lines.append(f'  "__timeout" [shape=plaintext, label="out of turns"];\n'
                     f'  "__timeout" -> "{_dot(scenario.on_max_turns)}" [style=dashed];')
    lines.append("}")
    return "\n".join(lines)


def _quote(text: str) -> str:
    return text.replace('"', "#quot;")


def _dot(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def run(args) -> int:
    scenario = load_entry(args.scenario).scenario
    print(mermaid(scenario) if args.format == "mermaid" else dot(scenario))
    return EXIT_OK
