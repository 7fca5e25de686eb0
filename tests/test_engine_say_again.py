"""A rep who missed a line and asks for it again hears it again, not a new line (`say_again`)."""

from __future__ import annotations

import pytest

from dojo.engine import ProspectSaid, Session
from dojo.scenario.library import load_library, shipped_dir
from dojo.scenario.load import ScenarioError, parse_scenario


@pytest.fixture(scope="module")
def library():
    return load_library([shipped_dir()])


def _said(session: Session, reply: str) -> ProspectSaid:
    return next(e for e in session.reply(reply) if isinstance(e, ProspectSaid))


@pytest.mark.parametrize("ask", ["Sorry, what did you say?", "Sorry?", "sorry can u say that again",
                                 "You cut out there.", "Sorry, bad line, what was that?"])
def test_sorry_what_did_you_say_gets_the_last_line_again(library, ask):
    scenario = library.entries["afraid-to-say-no"].scenario
    session = Session(scenario, seed=0)
    before = _said(session, "How do staff find a free room these days?").text
    again = _said(session, ask)
    assert again.text.endswith(before) and again.text != before
    assert again.text.removesuffix(before).strip() in scenario.say_again
    assert again.rule == "say_again"


def test_asked_once_more_who_decides_the_persona_names_them_again_not_the_last_thing_said(library):
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    named = _said(session, "Who makes the decision on something like this?").text
    assert "Ruth" in named
    assert "Ruth" not in _said(session, "And is there budget for it this year?").text
    assert _said(session, "Sorry, one more time: who makes the decision?").text.endswith(named)


def test_the_signal_dropping_before_a_repeated_question_still_gets_the_answer_again(library):
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    named = _said(session, "Who makes the final decision?").text
    assert "Frank" in named
    assert _said(session, "Sorry, the signal went. Who decides?").text.endswith(named)


def test_saying_it_again_moves_nothing_and_tells_nothing_new(library):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply("How do you organise the shifts at the moment?")
    state, revealed, flags = session.state, session.revealed, set(session.memory.flags)
    session.reply("Sorry, can you say that again?")
    assert (session.state, session.revealed, session.memory.flags) == (state, revealed, flags)


def test_a_missed_line_beside_a_new_question_is_answered_as_the_new_question(library):
    # "Sorry, you're breaking up" is not a request for the opening when a question of its own follows.
    scenario = library.entries["afraid-to-say-no"].scenario
    said = _said(Session(scenario, seed=0), "Hi Graham, sorry, you're breaking up. How do staff find a free room?")
    assert said.rule != "say_again"


def test_a_missed_line_that_asks_for_something_not_told_yet_gets_it(library):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    said = _said(session, "Sorry, I missed that, who signs off on software spend?")
    assert said.rule != "say_again" and "Raymond" in said.text


@pytest.mark.parametrize("reply", ["What was that like for the team?", "What did you say to the board?",
                                   "Sorry to hear that. Who covers when someone is off?"])
def test_questions_that_only_sound_like_a_repeat_request_are_answered(library, reply):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply("How do you organise the shifts at the moment?")
    assert _said(session, reply).rule != "say_again"


def test_a_persona_without_lead_ins_repeats_the_line_as_it_was(library):
    text = (shipped_dir() / "errand-sender.toml").read_text(encoding="utf-8")
    plain = "\n".join(line for line in text.splitlines() if not line.startswith("say_again = "))
    session = Session(parse_scenario(plain, "errand-sender.toml"), seed=0)
    before = _said(session, "How do you organise the shifts at the moment?").text
    assert _said(session, "Sorry, what did you say?").text == before


def test_a_blank_say_again_lead_in_is_a_one_line_load_error():
    text = (shipped_dir() / "errand-sender.toml").read_text(encoding="utf-8")
    broken = text.replace('say_again = ["', 'say_again = ["  ", "', 1)
    assert broken != text
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(broken, "errand-sender.toml")
    message = str(caught.value)
    assert "say_again" in message and "errand-sender.toml:" in message and "\n" not in message.strip()


def test_a_reply_with_a_lone_surrogate_is_played_like_any_other(library):
    # Only a Python caller can pass one; the engine must not fail reading it for a repeat request.
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply("How do you organise the shifts?")
    assert session.reply("\ud800 sorry, what did you say?")


# ---------------------------------------------------------------- asked again with no "sorry" (`said_before`)
TRIPLE = "Happy to, Mags. What would you look for in it, who else reads it, and when would you decide?"
AGAIN = "Understood. Who signs off on software, is there budget, and would they want to see it first?"


def test_asked_again_who_signs_mags_reminds_you_it_is_raymond_rather_than_saying_mm_hm_and(library):
    # batch8: the state had only its fallback for a fact already told, and said "Mm-hm. And?".
    scenario = library.entries["errand-sender"].scenario
    session = Session(scenario, seed=0)
    assert "Raymond" in _said(session, TRIPLE).text
    session.reply("Okay. How are shifts planned today, and what happens when someone calls in sick?")
    said = _said(session, AGAIN)
    assert said.rule == "said_before" and "Raymond" in said.text
    assert any(said.text.startswith(lead) for lead in scenario.said_before)


def test_being_reminded_moves_nothing_and_tells_nothing_new(library):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply(TRIPLE)
    session.reply("Okay. How are shifts planned today, and what happens when someone calls in sick?")
    state, revealed, flags = session.state, session.revealed, set(session.memory.flags)
    assert _said(session, AGAIN).rule == "said_before"
    assert (session.state, session.revealed, session.memory.flags) == (state, revealed, flags)


def test_a_question_that_only_sounds_like_a_told_fact_gets_no_reminder(library):
    # "How will you choose?" is heard as asking for criteria; the fact told on that label is not what it asks.
    session = Session(library.entries["third-quote"].scenario, seed=0)
    session.reply("Why are you going out to quote?")
    assert _said(session, "How will you choose?").rule != "said_before"


def test_a_persona_without_said_before_reminds_you_with_the_line_as_it_was(library):
    text = (shipped_dir() / "errand-sender.toml").read_text(encoding="utf-8")
    plain = "\n".join(line for line in text.splitlines() if not line.startswith("said_before = "))
    session = Session(parse_scenario(plain, "errand-sender.toml"), seed=0)
    told = _said(session, TRIPLE).text
    session.reply("Okay. How are shifts planned today, and what happens when someone calls in sick?")
    said = _said(session, AGAIN)
    # The triple is answered with the March tender and then Raymond: the reminder is Raymond's line as it was.
    assert said.rule == "said_before" and "Raymond" in said.text and said.text in told


def test_a_blank_said_before_lead_in_is_a_one_line_load_error():
    text = (shipped_dir() / "errand-sender.toml").read_text(encoding="utf-8")
    broken = text.replace('said_before = ["', 'said_before = ["  ", "', 1)
    assert broken != text
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(broken, "errand-sender.toml")
    message = str(caught.value)
    assert "said_before" in message and "errand-sender.toml:" in message and "\n" not in message.strip()


@pytest.mark.parametrize("ask", ["Sorry, you broke up there. How are rooms booked, did you say?",
                                 "Sorry, the drilling. What did you say you use?",
                                 "Sorry, lost you. Booked how?",
                                 "You dropped out for a sec. Sorry, missed that."])
def test_a_check_back_on_a_noisy_line_gets_the_last_line_again(library, ask):
    # A check-back after the words it checks, a fragment beside "lost you": the rep missed the line.
    scenario = library.entries["afraid-to-say-no"].scenario
    session = Session(scenario, seed=0)
    before = _said(session, "How do staff find a free room these days?").text
    again = _said(session, ask)
    assert again.rule == "say_again" and again.text.endswith(before)


def test_a_question_of_its_own_after_losing_the_line_is_answered_as_new(library):
    # "Lost you" beside a full question of its own asks that question: only a fragment checks back.
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    session.reply("How do staff find a free room these days?")
    said = _said(session, "Sorry, lost you. Who would sign off on something like this?")
    assert said.rule != "say_again" and "Ruth" in said.text


# ---- asked what a line meant: the persona puts it again in its own voice, not a new question's answer
CLARIFY_ASKS = ["Sorry, what do you mean by that?", "Meaning what?", "Not sure I follow.", "I don't follow, sorry.",
                "How do you mean?", "Could you explain that?", "You've lost me there.", "what do u mean"]


@pytest.mark.parametrize("ask", CLARIFY_ASKS)
def test_asked_what_a_line_meant_every_persona_puts_it_again_in_its_own_voice(library, ask):
    # "Ooh, good question!" to "what do you mean?" answered a question nobody asked.
    for entry in library.entries.values():
        scenario = entry.scenario
        session = Session(scenario, seed=1)
        before = session._last_spoken[0]
        said = _said(session, ask)
        assert said.rule == "clarify", (scenario.id, said.text)
        assert said.text.endswith(before) and said.text.removesuffix(before).strip() in scenario.clarify


def test_a_clarification_moves_nothing_and_tells_nothing_new(library):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply("How do you organise the shifts at the moment?")
    state, revealed, flags = session.state, session.revealed, set(session.memory.flags)
    session.reply("Sorry, what do you mean by that?")
    assert (session.state, session.revealed, session.memory.flags) == (state, revealed, flags)


@pytest.mark.parametrize("reply", ["What do you mean to do about the van?", "Not sure I follow. Who signs off?",
                                   "I don't understand why the board wants three quotes."])
def test_a_question_of_its_own_beside_not_following_is_answered_as_that_question(library, reply):
    said = _said(Session(library.entries["errand-sender"].scenario, seed=0), reply)
    assert said.rule != "clarify"


def test_a_scenario_without_clarify_lead_ins_uses_dojos_plain_ones(library):
    from dojo.engine.again import DEFAULT_CLARIFY

    scenario = library.entries["tire-kicker"].scenario.model_copy(update={"clarify": []})
    session = Session(scenario, seed=1)
    before = session._last_spoken[0]
    said = _said(session, "Sorry, what do you mean?")
    assert said.text.removesuffix(before).strip() in DEFAULT_CLARIFY


# ---- asked to hold on: the persona waits, it does not answer a line nobody said
@pytest.mark.parametrize("ask", ["Hold on, let me check.", "Bear with me a moment.", "One sec, let me pull that up.",
                                 "hang on let me grab my notes"])
def test_asked_to_hold_on_every_persona_waits_and_its_line_still_waits_for_an_answer(library, ask):
    # Mags answered "hold on, let me check" with "Sorry, I was checking a delivery. Say that again?".
    for entry in library.entries.values():
        scenario = entry.scenario
        session = Session(scenario, seed=1)
        before, tags, state = session._last_spoken, session._last_tags, session.state
        said = _said(session, ask)
        assert said.rule == "wait" and said.text in scenario.wait, (scenario.id, said.text)
        assert (session._last_spoken, session._last_tags, session.state) == (before, tags, state)


def test_holding_on_beside_a_question_is_answered_as_the_question(library):
    said = _said(Session(library.entries["afraid-to-say-no"].scenario, seed=0), "Hold on, who makes the decision?")
    assert said.rule != "wait" and "Ruth" in said.text
