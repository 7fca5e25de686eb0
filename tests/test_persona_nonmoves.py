"""Personas never answer lines nobody said.

A rep says "ok", "hmm", "sorry about that", a joke or something off the point: there is nothing to answer. A
persona whose state has only its fallback to say used to answer it anyway ("Ooh, good question!", "This is so
useful, I'll pass it on!", "Depends on the site, honestly"), as if the rep had asked or pitched something. Every
shipped scenario is played from every state it can reach with non-moves worded many ways; the persona acknowledges
them (its `acknowledge` lines), stays where it is, and its last line still waits for an answer.
"""

from __future__ import annotations

import re

import pytest

from dojo.engine import Session
from dojo.engine.events import FactRevealed, ProspectSaid, StateChanged
from dojo.scenario.library import load_library, shipped_dir
from dojo.scenario.load import parse_scenario

#: Non-moves in several voices: acknowledgements, fillers, apologies, jokes, off-topic remarks (no question).
NON_MOVES = [
    "ok", "Okay.", "hmm", "mm-hm", "got it", "Got it, thanks.", "right, right", "yeah", "fair enough", "I see.",
    "cool cool", "sorry about that", "Apologies, my dog was barking.", "oops wrong window lol",
    "Ha, my cat just walked across the keyboard.", "haha", "Sorry, the signal's terrible in this lift.",
    "It's raining cats and dogs here.", "ja ok", "noted",
]

#: Words that answer something the rep did not say: a question ("good question", "depends on"), a pitch
#: ("sounds great", "so clever", "interesting"), praise for a thing sent, or the rep's own "got it" echoed back.
PRESUMES = re.compile(
    r"good question|great question|depends on|sounds (?:great|brilliant|super)|interesting|clever|so useful|"
    r"what else does it do|what you mean|pass it on|impressed|\bgot it\b|\btotally\b|go again|definitely|"
    r"when can i expect it|different from what|looks great", re.IGNORECASE)


@pytest.fixture(scope="module")
def library():
    return load_library([shipped_dir()])


def _reachable(scenario) -> list[str]:
    """The states a conversation can reach from the start, following every `goto`."""
    moves: dict[str, set[str]] = {}
    shared = {rule.goto for rule in scenario.rules if rule.goto}
    for name, state in scenario.states.items():
        moves[name] = {rule.goto for rule in state.rules if rule.goto} | (shared if state.global_rules else set())
        if state.fallback.goto:
            moves[name].add(state.fallback.goto)
    seen, todo = [scenario.start], [scenario.start]
    while todo:
        for target in sorted(moves[todo.pop()]):
            if target not in seen:
                seen.append(target)
                todo.append(target)
    return seen


def _in_state(scenario, state: str, seed: int) -> Session:
    session = Session(scenario, seed=seed)
    session.state = state
    session._visits[state] = 1
    return session


def _cases(library):
    for entry in sorted(library.entries.values(), key=lambda e: e.scenario.id):
        for state in _reachable(entry.scenario):
            yield entry.scenario, state


def test_every_shipped_state_is_probed(library):
    assert sum(1 for _ in _cases(library)) >= 40


def test_no_persona_answers_a_non_move_as_if_something_was_said(library):
    wrong = []
    for scenario, state in _cases(library):
        for seed, reply in enumerate(NON_MOVES):
            session = _in_state(scenario, state, seed)
            events = session.reply(reply)
            for said in (e for e in events if isinstance(e, ProspectSaid)):
                # Asked to hear it again ("the signal's terrible"), the line said before is said again.
                if said.rule not in ("say_again", "clarify") and PRESUMES.search(said.text):
                    wrong.append(f"{scenario.id}/{state} {reply!r} -> {said.rule}: {said.text}")
            if any(isinstance(e, FactRevealed) for e in events):
                wrong.append(f"{scenario.id}/{state} {reply!r} told a fact")
    assert not wrong, "\n".join(wrong)


def test_a_non_move_is_acknowledged_and_the_last_line_still_waits_for_an_answer(library):
    # Where only the fallback would answer, the persona acknowledges instead: nothing moves, nothing is
    # remembered, and "sorry, what did you say?" next still gets the line before.
    for scenario, state in _cases(library):
        for seed, reply in enumerate(NON_MOVES[:8]):
            session = _in_state(scenario, state, seed)
            if session._choose(session._context).path != f"states.{state}.fallback":
                continue
            before, tags = session._last_spoken, session._last_tags
            events = session.reply(reply)
            said = next(e for e in events if isinstance(e, ProspectSaid))
            if "acknowledge" not in said.rule:
                continue  # a fallback that moves or remembers keeps its say
            lines = scenario.states[state].acknowledge or scenario.acknowledge
            assert said.text in lines, (scenario.id, state, said.text)
            assert not any(isinstance(e, StateChanged) for e in events)
            assert (session._last_spoken, session._last_tags, session.state) == (before, tags, state)


def test_every_shipped_scenario_has_acknowledge_lines(library):
    for entry in library.entries.values():
        assert entry.scenario.acknowledge, entry.scenario.id


def test_beth_acknowledges_ok_in_the_sunshine_rather_than_calling_it_interesting(library):
    session = Session(library.entries["too-nice"].scenario, seed=4)
    said = next(e for e in session.reply("ok") if isinstance(e, ProspectSaid))
    assert said.rule == "acknowledge" and "interesting" not in said.text


def test_theo_does_not_answer_got_it_with_got_it(library):
    session = _in_state(library.entries["tire-kicker"].scenario, "quizzing", 2)
    said = next(e for e in session.reply("Got it.") if isinstance(e, ProspectSaid))
    assert said.rule == "states.quizzing.acknowledge" and not said.text.startswith("Got it")


def test_mags_says_depends_on_the_site_only_to_a_question(library):
    scenario = library.entries["errand-sender"].scenario
    for seed in range(12):
        said = next(e for e in _in_state(scenario, "discovery", seed).reply("We do rota software for care homes.")
                    if isinstance(e, ProspectSaid))
        assert "Depends on the site" not in said.text


_MINIMAL = """
schema = 2
id = "tiny"
title = "Tiny"
archetype = "tire-kicker"
difficulty = 1
summary = "A tiny one."
objectives = ["Ask."]
max_turns = 5
start = "only"
on_max_turns = "done"
{top}
[persona]
name = "Pat"
role = "Buyer"
company = "Acme"
backstory = "Buys things."

[opening]
say = ["Hello, what is it?"]

[states.only]
{state}
[states.only.fallback]
say = ["Great question, let me think."]

[endings.done]
outcome = "neutral"
title = "Done"
lesson = "Done."
"""


def _tiny(top: str = "", state: str = ""):
    return parse_scenario(_MINIMAL.format(top=top, state=state))


def test_without_acknowledge_lines_the_fallback_is_said_as_before():
    said = next(e for e in Session(_tiny(), seed=1).reply("ok") if isinstance(e, ProspectSaid))
    assert said.rule == "states.only.fallback"


def test_a_states_own_acknowledge_lines_come_before_the_scenarios():
    scenario = _tiny(top='acknowledge = ["Mm."]', state='acknowledge = ["Right, go on."]')
    said = next(e for e in Session(scenario, seed=1).reply("sorry about that") if isinstance(e, ProspectSaid))
    assert (said.rule, said.text) == ("states.only.acknowledge", "Right, go on.")
    said = next(e for e in Session(_tiny(top='acknowledge = ["Mm."]'), seed=1).reply("hmm")
                if isinstance(e, ProspectSaid))
    assert (said.rule, said.text) == ("acknowledge", "Mm.")


def test_a_question_is_answered_by_the_fallback_not_acknowledged():
    said = next(e for e in Session(_tiny(top='acknowledge = ["Mm."]'), seed=1).reply("What do you use today?")
                if isinstance(e, ProspectSaid))
    assert said.rule == "states.only.fallback"


@pytest.mark.parametrize("line", ["", "   "])
def test_a_blank_acknowledge_line_is_refused(line):
    with pytest.raises(Exception, match="acknowledge"):
        _tiny(state=f'acknowledge = ["{line}"]')


@pytest.mark.parametrize("seed", range(6))
def test_mags_answers_whats_got_you_looking_with_what_has(library, seed):
    # "Whether you're worth a proper look" answered "what would you decide?", not "what's got you looking?".
    session = Session(library.entries["errand-sender"].scenario, seed=seed)
    said = next(e for e in session.reply("So what's got you looking?") if isinstance(e, ProspectSaid))
    assert "March" in said.text and not said.text.startswith("Whether")


# ---- what drew a fact out: permission to say no invites the truth, it is not volunteered
@pytest.mark.parametrize("persona", ["too-nice", "afraid-to-say-no", "tire-kicker", "third-quote"])
def test_a_fact_told_to_permission_to_say_no_was_drawn_out_not_volunteered(library, persona):
    session = Session(library.entries[persona].scenario, seed=1)
    events = session.reply("It's completely fine if this isn't a fit; I'd rather hear a no now.")
    facts = [e for e in events if isinstance(e, FactRevealed)]
    assert facts, persona
    assert all(f.by_reply_turn == 1 and f.heard == ["permission"] for f in facts), facts


def test_a_fact_told_to_the_question_its_rule_answers_was_asked(library):
    # "Is it alright if I ask what's going on?" heard as discovery: Denise's rule for it names BrightClean.
    session = Session(library.entries["third-quote"].scenario, seed=1)
    facts = [e for e in session.reply("Is it alright if I ask what's going on?") if isinstance(e, FactRevealed)]
    assert facts and all(f.by_reply_turn == 1 and f.heard for f in facts), facts


@pytest.mark.parametrize("ask", [
    "Would it be ok if I asked you a few questions?",
    "Can I ask you a few questions?", "Did you watch the match last night?"])
def test_asking_leave_to_ask_does_not_get_denise_telling_what_went_wrong(library, ask):
    session = _in_state(library.entries["third-quote"].scenario, "candid", 1)
    assert not [e for e in session.reply(ask) if isinstance(e, FactRevealed)]


def test_how_it_has_been_going_with_them_still_gets_what_went_wrong(library):
    session = _in_state(library.entries["third-quote"].scenario, "candid", 1)
    assert [e.fact for e in session.reply("How is it working out with them?") if isinstance(e, FactRevealed)] == ["gap"]
