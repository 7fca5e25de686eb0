"""The session: deterministic, reacts to what the rep does, refuses absurd input clearly."""

from __future__ import annotations

import pytest

from dojo.engine import ReplyError, Session, SessionOver
from dojo.engine.events import ProspectSaid, ScoreChanged, SessionEnded, StateChanged, TurnScored
from dojo.engine.summary import film

GOOD = "Sure — what will you decide once you have it, and by when?"
ERRAND = "Sure, I'll send the info over today."


def dumped(events):
    return [event.model_dump(mode="json") for event in events]


def test_same_replies_and_seed_give_identical_events(mini):
    replies = ["Hi Pat, is now a good time?", "Tell me about your team.", GOOD]
    runs = []
    for _ in range(2):
        session = Session(mini, seed=42)
        for reply in replies:
            if not session.finished:
                session.reply(reply)
        runs.append(dumped(session.events))
    assert runs[0] == runs[1]


def test_preparing_a_session_for_its_first_reply_changes_nothing_it_plays(mini):
    replies = ["Hi Pat, is now a good time?", "Tell me about your team.", GOOD]
    runs = []
    for prepare in (False, True):
        session = Session(mini, seed=42)
        if prepare:  # what the app does in a thread while the opening line is read
            session.prepare()
            assert len(session.events) == 1 and session.turn == 0
        for reply in replies:
            if not session.finished:
                session.reply(reply)
        runs.append(dumped(session.events))
    assert runs[0] == runs[1]


def test_the_seed_chooses_among_line_variants(mini):
    openings = {Session(mini, seed=seed).events[0].text for seed in range(30)}
    assert openings == set(mini.opening.say)


def test_a_get_wins_and_an_errand_loses(mini):
    won = Session(mini, seed=1)
    won.reply(GOOD)
    assert won.ended.result == "win" and won.ended.ending == "won"
    lost = Session(mini, seed=1)
    lost.reply(ERRAND)
    assert lost.ended.result == "loss"
    assert lost.scores().reciprocity < won.scores().reciprocity


def test_turn_events_come_in_reading_order(mini):
    session = Session(mini, seed=1)
    events = session.reply("Hi Pat, is now a good time?")
    kinds = [event.kind for event in events]
    assert kinds[:2] == ["rep", "signals"]
    assert kinds.index("score") < kinds.index("prospect") < kinds.index("scores")
    assert isinstance(events[-1], TurnScored)
    assert not any(isinstance(event, StateChanged) for event in events)  # the fallback stays put


def test_running_out_of_turns_ends_neutral_with_a_lesson(mini):
    session = Session(mini, seed=1)
    for _ in range(mini.max_turns):
        session.reply("hmm, interesting")
    assert session.finished
    assert session.ended.result == "neutral" and "ran out of turns" in session.ended.lesson


def test_ending_early_is_unfinished_and_further_replies_are_refused(mini):
    session = Session(mini, seed=1)
    session.reply("Hi Pat")
    [ended] = session.end()
    assert isinstance(ended, SessionEnded) and ended.result == "unfinished"
    with pytest.raises(SessionOver):
        session.reply("hello?")
    assert session.end() == []


@pytest.mark.parametrize("reply, message", [
    ("", "empty"), ("   \n\t ", "empty"), ("x" * 2001, "2001 characters"),
])
def test_absurd_replies_are_refused_with_a_reason(mini, reply, message):
    session = Session(mini, seed=1)
    with pytest.raises(ReplyError, match=message):
        session.reply(reply)
    assert session.turn == 0  # nothing was played


def test_markup_and_escapes_are_kept_as_typed(mini):
    typed = "[bold red]hi[/] \x1b[31mred\x1b[0m"
    session = Session(mini, seed=1)
    session.reply(typed)
    assert film(session.events).turns[0].reply == typed


def test_score_events_quote_the_words_and_carry_a_tip(mini):
    session = Session(mini, seed=1)
    events = [e for e in session.reply(ERRAND) if isinstance(e, ScoreChanged)]
    give = next(e for e in events if e.code == "gave_without_get")
    assert give.dimension == "reciprocity" and give.delta < 0
    assert give.quote and give.quote in ERRAND
    assert "decide" in give.tip


def test_errand_tag_makes_running_the_errand_chasing(mini):
    session = Session(mini, seed=1)  # the opening line is tagged `errand`
    events = session.reply(ERRAND)
    chase = [e for e in events if isinstance(e, ScoreChanged) and e.dimension == "chasing"]
    assert [e.code for e in chase] == ["chase"]
    assert "errand" in chase[0].reason


def test_hint_comes_from_the_state(mini):
    assert Session(mini, seed=1).hint() == mini.states["ask"].hint


def test_the_opening_is_the_first_event(mini):
    first = Session(mini, seed=5).events[0]
    assert isinstance(first, ProspectSaid) and first.turn == 0 and first.tags == ["errand"]


def test_rules_can_react_to_chasing_the_coach_inferred_from_context(mini):
    """`chase:errand_without_get` is never in the words; a rule testing for it must still fire."""
    from dojo.scenario.load import parse_scenario
    from tests.conftest import MINI

    text = MINI.read_text().replace('when.all = ["give"]\nwhen.none = ["get"]',
                                    'when.any = ["chase:errand_without_get"]')
    scenario = parse_scenario(text)
    session = Session(scenario, seed=1)
    session.reply(ERRAND)
    assert session.ended.ending == "ghosted"


def test_an_ending_reached_by_a_rule_speaks_its_epilogue(mini):
    session = Session(mini, seed=1)
    events = session.reply(ERRAND)
    said = [e.text for e in events if isinstance(e, ProspectSaid)]
    assert said[-1] == "(no reply)" and len(said) == 2


def test_the_prospect_never_repeats_the_same_line_twice_in_a_row(mini):
    for seed in range(20):
        session = Session(mini, seed=seed)
        for _ in range(mini.max_turns - 1):
            session.reply("hmm")
        said = [e.text for e in session.events if isinstance(e, ProspectSaid)]
        assert all(a != b for a, b in zip(said, said[1:])), said


# ---------------------------------------------------------------- schema 2: facts, memory, shared rules
MEMORY = '''
schema = 2
id = "memory"
title = "Memory"
archetype = "test"
difficulty = 1
summary = "A prospect who remembers."
objectives = ["Find out {fact.deadline}."]
start = "talk"
max_turns = 8

[persona]
name = "Pat"
role = "Buyer"
company = "Acme"

[facts.deadline]
label = "the deadline"
text = "the audit on 3 June"
reveal_on = ["get:timeline"]
needs_question = true

[facts.signer]
label = "who signs"
text = "the CFO, Dana"
reveal_on = ["get:decision_makers"]

[opening]
say = ["Hello.", "Hi.", "Yes?"]

[[rules]]
id = "push"
when.jumped = true
when.any = ["stage:urgency"]
say = ["Steady.", "Slow down.", "Easy."]
count = { pushes = 1 }

[[rules]]
id = "push_again"
when.jumped = true
when.any = ["stage:urgency"]
when.counter_at_least = { pushes = 1 }
say = ["Goodbye.", "We're done.", "No."]
ending = "lost"

[[rules]]
phase = "after"
when.asks = ["signer"]
say = ["Dana signs.", "The CFO, Dana.", "Dana, our CFO."]
reveal = ["signer"]

[states.talk]
hint = "Ask about {fact.deadline}."

[[states.talk.rules]]
when.asks = ["deadline"]
when.not_revealed = ["deadline"]
say = ["The audit is on 3 June.", "June the 3rd, the audit.", "We have an audit on 3 June."]
reveal = ["deadline"]
set = ["deadline_asked"]

[[states.talk.rules]]
when.asks = ["deadline"]
when.revealed = ["deadline"]
say = ["I told you: 3 June.", "Still 3 June.", "As I said, June."]

[[states.talk.rules]]
when.any = ["question"]
say = [
  { text = "Good question, but no.", heard = ["question"] },
  "Mm.",
  "Go on.",
]

[[states.talk.rules]]
when.all = ["get:meeting"]
when.flags = ["deadline_asked"]
say = ["Deal.", "Booked.", "Fine."]
ending = "won"

[states.talk.fallback]
say = ["Mm.", "Go on.", "And?", "Right."]

[states.calm]
global_rules = false
fallback = { say = ["Calm.", "Yes.", "Ok."] }

[endings.won]
outcome = "win"
title = "Booked"
lesson = "You booked the meeting."
lesson_if = [
  { when.revealed = ["deadline"], text = "You found {fact.deadline}." },
  { when.not_revealed = ["signer"], text = "You never found out {fact.signer}." },
  { when.happened = ["jumped"], text = "You pushed once." },
]

[endings.lost]
outcome = "loss"
title = "Lost"
lesson = "Pushed twice."
'''


@pytest.fixture
def memory():
    from dojo.scenario.load import parse_scenario
    return parse_scenario(MEMORY, "memory.toml")


def said(session):
    return [e for e in session.events if isinstance(e, ProspectSaid)]


def test_a_fact_is_revealed_once_by_the_right_question_and_recorded_as_an_event(memory):
    from dojo.engine.events import FactRevealed
    session = Session(memory, seed=1)
    assert session.hint() == "Ask about the deadline."  # the label until it is uncovered
    assert session.objectives() == ["Find out the deadline."]
    session.reply("Hi Pat, how are you?")
    assert not session.revealed
    session.reply("When do you need this in place by?")
    [revealed] = [e for e in session.events if isinstance(e, FactRevealed)]
    assert (revealed.fact, revealed.turn, revealed.by_reply_turn, revealed.heard) == ("deadline", 2, 2, ["get:timeline"])
    assert "June" in said(session)[-1].text
    assert session.hint() == "Ask about the audit on 3 June."
    session.reply("Sorry, when do you need it by again?")
    assert said(session)[-1].rule == "states.talk.rules[2]"
    assert [e.fact for e in session.events if isinstance(e, FactRevealed)] == ["deadline"]


def test_a_fact_told_already_is_said_as_a_reminder_not_told_again_as_news():
    # Graham, cornered after his no and given permission again, confessed once more as if the rep had never
    # heard it. A rule whose every fact is told already reminds the rep of the words that told them.
    from dojo.engine.events import FactRevealed
    from dojo.scenario.load import parse_scenario
    # The rule tells who signs on hearing the move, not as the answer to a question asked for it (one that
    # answers `when.asks` answers again, in its own words).
    text = MEMORY.replace("[persona]", 'said_before = ["As I said:"]\n\n[persona]', 1)
    text = text.replace('when.asks = ["signer"]', 'when.any = ["get:decision_makers"]', 1)
    scenario = parse_scenario(text, "m.toml")
    session = Session(scenario, seed=1)
    first = session.reply("Who signs off on this?")
    again = session.reply("Who signs off on this, then?")
    told, reminded = [next(e for e in events if isinstance(e, ProspectSaid)) for events in (first, again)]
    assert reminded.text == f"As I said: {told.text}" and reminded.rule == told.rule == "rules[3]"
    assert [e.fact for e in session.events if isinstance(e, FactRevealed)] == ["signer"]


def test_a_fact_that_needs_a_question_is_not_revealed_by_a_statement(memory):
    session = Session(memory, seed=1)
    session.reply("We need the timeline and the deadline before anything else.")
    assert "deadline" not in session.revealed


def test_shared_rules_apply_in_every_state_remember_counts_and_escalate(memory):
    session = Session(memory, seed=2)
    session.reply("Every month you wait costs you money, so you need to start before the end of the quarter.")
    first = said(session)[-1]
    assert first.rule == "rules[1]" and "jumped ahead on the pathway" in first.why
    session.reply("Every week you wait costs you more, so we need to sign by Friday.")
    assert session.ended.ending == "lost"
    assert said(session)[-1].rule == "rules[2]" and "pushes ≥ 1" in said(session)[-1].why


def test_an_after_rule_is_used_only_when_the_state_has_nothing_and_a_state_can_opt_out(memory):
    session = Session(memory, seed=3)
    session.reply("Tell me who else is involved in the decision.")
    assert said(session)[-1].rule == "rules[3]" and session.revealed == {"signer": 1}
    calm = Session(memory.model_copy(update={"start": "calm"}), seed=3)
    calm.reply("Every month you wait costs you money, so you need to start before the end of the quarter.")
    assert said(calm)[-1].rule == "states.calm.fallback"


def test_the_most_specific_rule_wins_whatever_the_file_order(memory):
    session = Session(memory, seed=4)
    # "When …?" is both a question (rule 3) and a timeline ask (rule 1, more specific).
    session.reply("When would you need something in place?")
    assert said(session)[-1].rule == "states.talk.rules[1]"


def test_a_variant_tied_to_a_question_is_only_said_to_a_question_and_nothing_repeats(memory):
    session = Session(memory, seed=5)
    texts = []
    for _ in range(4):
        session.reply("Okay.")
        texts.append(said(session)[-1].text)
    assert "Good question, but no." not in texts
    assert len(set(texts)) == 4  # four fallback variants, none repeated while another is left
    asked = Session(memory, seed=5)
    asked.reply("What matters most to you?")
    assert said(asked)[-1].text == "Good question, but no."


def test_the_lesson_is_built_from_what_happened_and_missed_facts_are_listed(memory):
    from dojo.engine.events import FactMissed
    session = Session(memory, seed=6)
    session.reply("When do you need this by?")
    session.reply("Could we meet on Tuesday at 10am?")
    ended = session.ended
    assert ended.ending == "won"
    assert ended.lesson == "You booked the meeting. You found the audit on 3 June. You never found out who signs."
    [missed] = [e for e in session.events if isinstance(e, FactMissed)]
    assert missed.fact == "signer" and "who else" in missed.ask.lower()
    played = film(session.events).facts_json()
    assert played["uncovered"][0]["reply"] == "When do you need this by?"
    assert [m["id"] for m in played["missed"]] == ["signer"]


def test_memory_unlocks_a_rule_without_an_extra_state(memory):
    session = Session(memory, seed=7)
    session.reply("Could we meet on Tuesday at 10am?")
    assert not session.finished  # the meeting only lands once the deadline has been asked about


def test_a_missed_fact_asked_two_ways_reads_as_two_questions():
    """The debrief's "missed" advice joins the ways to ask so that a comma inside one does not run on."""
    from dojo.engine.conditions import question_for
    from dojo.scenario.model import Fact

    fact = Fact(label="the date that matters", text="1 September", reveal_on=["get:timeline", "get:budget"])
    assert question_for(fact) == "Ask when a decision is needed, and why then; or ask about budget."


def test_walking_away_from_a_non_buyer_is_a_win_and_the_grade_says_so():
    """Permission to say no, the truth heard, a polite close: the textbook two-turn win over Graham graded D
    (pathway 20, the pitch he would never buy counted against it), level with a pushy rep who lost him."""
    from dojo.coach import grade
    from dojo.scenario.library import shipped_dir
    from dojo.scenario.load import load_scenario

    graham = load_scenario(shipped_dir() / "afraid-to-say-no.toml")
    session = Session(graham, seed=1)
    session.reply("It's completely fine if this isn't a fit. I'd rather hear a no now than a maybe for months.")
    events = session.reply("Thank you for being honest with me, I really appreciate it. "
                           "Let's close the file for now, no hard feelings.")
    assert session.ended is not None and (session.ended.result, session.ended.ending) == ("win", "true_no")
    [walked] = [e for e in events if isinstance(e, ScoreChanged) and e.code == "walked_away"]
    assert walked.delta == 60 and "Trust, Hope and Urgency were not owed" in walked.reason
    scored = next(e for e in events if isinstance(e, TurnScored))
    assert scored.scores == session.ended.scores  # the last turn's scores already hold it
    assert session.ended.scores.pathway == 80 and grade(session.ended.scores.overall) == "C"

    pushy = Session(graham, seed=1)
    pushy.reply("Every month you wait costs you money, so you need to start before the end of the quarter.")
    pushy.reply("Every week you wait costs you more, and prices go up next month, so we need to sign by Friday.")
    assert pushy.ended is not None and pushy.ended.result == "loss"
    assert session.ended.scores.overall >= pushy.ended.scores.overall + 20


def test_only_a_win_can_be_a_walk_away():
    from dojo.scenario.model import Ending

    with pytest.raises(ValueError, match="walk_away"):
        Ending(outcome="loss", title="Gone", lesson="You pushed.", walk_away=True)
