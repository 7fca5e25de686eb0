"""A fact that needs a question is told to a question about it, not to its topic said in passing."""

from __future__ import annotations

import pytest

from dojo.engine import Session
from dojo.scenario.library import load_library, shipped_dir


@pytest.fixture(scope="module")
def evaluator():
    # Helen's facts all need a real question (a hard persona): "how long" is told only when asked.
    return load_library([shipped_dir()]).entries["eternal-evaluator"].scenario


def test_a_reflection_beside_an_unrelated_question_does_not_ask_for_the_fact(evaluator):
    session = Session(evaluator, seed=1)
    session.reply("That sounds exhausting. Is the spreadsheet in Excel?")
    assert "history" not in session.revealed
    assert session.state == "comparing"


@pytest.mark.parametrize("reply", [
    "That sounds exhausting. How long have you been looking?",
    "How long have you been looking? Twenty-eight hotels is a lot to cover.",
])
def test_the_same_topic_asked_as_a_question_is_answered_wherever_it_sits(evaluator, reply):
    session = Session(evaluator, seed=1)
    session.reply(reply)
    assert "history" in session.revealed
    assert session.state == "probing"


# ---- a fact named by its own questions (`asked_by`)

@pytest.fixture(scope="module")
def library():
    return load_library([shipped_dir()])


def _said(session: Session, reply: str) -> str:
    from dojo.engine import ProspectSaid

    return next(e.text for e in session.reply(reply) if isinstance(e, ProspectSaid))


def test_who_marks_the_bids_is_answered_with_the_scorer_not_with_what_went_wrong(library):
    # The coach hears "who marks the bids" as discovery, which is what Denise's "what went wrong" is told to.
    session = Session(library.entries["third-quote"].scenario, seed=2)
    session.reply("What's prompted the three quotes this time?")
    said = _said(session, "Thanks. Who marks the bids when they come in?")
    assert "Tom Ashby" in said
    assert "scorer" in session.revealed and "gap" not in session.revealed


def test_who_holds_the_purse_strings_is_asked_as_who_decides_not_as_what_happened_last_time(library):
    # Both of Jamie's facts could be reached by a budget question; the words say which one is meant.
    session = Session(library.entries["not-the-decision-maker"].scenario, seed=0)
    session.reply("Who decides on a system like this?")
    said = _said(session, "And who actually holds the budget for it?")
    assert "Greer" in said
    assert "buyer" in session.revealed and "history" not in session.revealed


def test_asking_for_the_prospects_own_numbers_gets_the_numbers(library):
    session = Session(library.entries["not-the-decision-maker"].scenario, seed=0)
    session.reply("What's been going wrong with the reminders?")
    said = _said(session, "Could you send me the no-show figures for each clinic?")
    assert "per clinic" in said


def test_a_new_question_that_carries_an_old_label_is_not_answered_as_a_repeat(library):
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    session.reply("Before I quote: what will my number be compared against?")
    assert "lever" in session.revealed
    said = _said(session, "What would it take for you to move supplier rather than renegotiate?")
    assert "told you" not in said and "Same answer" not in said
    assert "pain" in session.revealed


def test_a_chat_style_question_without_a_question_mark_still_asks(library):
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    said = _said(session, "cool. whos the one who actually signs off on this stuff")
    assert "Ruth" in said and "signer" in session.revealed


def test_the_same_words_in_a_statement_ask_nothing(library):
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    session.reply("Happy to walk you through it, and we can talk about who signs off later.")
    assert "signer" not in session.revealed


def test_a_meeting_line_is_said_to_a_meeting_rather_than_a_line_for_any_question(library):
    session = Session(library.entries["too-nice"].scenario, seed=0)
    session.reply("How do the architects log their hours at the moment?")
    said = _said(session, "Could we put a call with Henrik in the diary for Tuesday at 10?")
    assert "whatever you think is best" in said


def test_an_asked_by_pattern_the_linear_engine_cannot_run_is_a_load_error_naming_the_fact():
    from dojo.scenario.load import ScenarioError, parse_scenario

    text = (shipped_dir() / "third-quote.toml").read_text(encoding="utf-8")
    broken = text.replace("'''\\bincumbent\\b'''", "'''(?=who)incumbent'''", 1)
    assert broken != text
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(broken, "third-quote.toml")
    message = str(caught.value)
    assert "asked_by" in message and "\n" not in message.strip()


def test_a_fact_drawn_out_by_a_question_names_that_reply_even_when_it_has_its_own_words(library):
    # Mags's "what hurts" has asked_by; a discovery question in other words still asked for it.
    from dojo.engine import FactRevealed

    session = Session(library.entries["errand-sender"].scenario, seed=3)
    session.reply("Happy to send something over. What will you decide once you've read it, and by when?")
    events = session.reply("What happens on a morning when someone doesn't turn up?")
    pain = next(e for e in events if isinstance(e, FactRevealed) and e.fact == "pain")
    assert pain.by_reply_turn == 2 and pain.heard


# ---- a two-part question gets both answers

def test_who_picks_and_by_when_in_one_breath_gets_the_name_and_the_date(library):
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    said = _said(session, "Who picks the winner, and when does the decision need to be made?")
    assert "Marcus Dahl" in said and "March" in said
    assert {"signer", "deadline"} <= set(session.revealed)


def test_the_second_half_of_a_two_part_question_is_worded_as_it_would_be_alone(library):
    # The first answer is said exactly as it would be to the first question on its own.
    scenario = library.entries["discount-hunter"].scenario
    alone = _said(Session(scenario, seed=3), "Who picks the winner?")
    both = _said(Session(scenario, seed=3), "Who picks the winner, and when does the decision need to be made?")
    assert both.startswith(alone) and both != alone


def test_a_question_in_a_facts_own_words_keeps_discovery_in_its_other_half_from_asking_another_fact(library):
    # "How long have they had it?" sounds like discovery, which Denise's "what went wrong" is told to;
    # beside "who's the incumbent" it is still about the incumbent.
    session = Session(library.entries["third-quote"].scenario, seed=0)
    session.reply("Why are you going out for quotes this time?")
    said = _said(session, "Who's the incumbent and how long have they had it?")
    assert "gap" not in session.revealed, said


def test_a_persona_on_its_guard_does_not_volunteer_the_second_answer(library):
    # A push draws the guard's line alone: neither who picks nor the deadline is handed over with it.
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    _said(session, "Sign by Friday or the price goes up. Who picks, and when is the deadline?")
    assert session.revealed == {}


# ---- questions about things the persona doesn't hold (`unsure_about`)

def test_a_question_about_payroll_gets_an_honest_not_sure_rather_than_the_rotas(library):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply("No problem. Quick one: are your rotas in a WFM tool or spreadsheets?")
    said = _said(session, "What payroll system would it need to feed?")
    assert "check" in said or "find out" in said or "ask" in said
    assert "no-show" not in said and "half five" not in said


def test_a_question_about_something_unknown_draws_out_no_fact(library):
    # "Does it need SSO?" sounds like discovery to the coach; Helen's history is told to discovery.
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("Does it need SSO with your HR system?")
    assert session.revealed == {}
    assert session.state == "comparing"


def test_an_unknown_topic_beside_a_real_question_leaves_the_real_one_answered(library):
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    said = _said(session, "What's your TMS, and who signs off the contract?")
    assert "Marcus Dahl" in said and "signer" in session.revealed


def test_a_pitch_beside_an_unknown_topic_is_still_answered_as_a_pitch(library):
    # Only a reply that asks about nothing else is met with "I'd have to check".
    scenario = library.entries["not-the-decision-maker"].scenario
    said = _said(Session(scenario, seed=0), "I can send you a demo video today. Does it need SSO?")
    assert "check with IT" not in said and "techy" not in said


def test_an_unsure_about_pattern_the_linear_engine_cannot_run_is_a_one_line_load_error():
    from dojo.scenario.load import ScenarioError, parse_scenario

    text = (shipped_dir() / "errand-sender.toml").read_text(encoding="utf-8")
    broken = text.replace("unsure_about = [\n", "unsure_about = [\n  '''(?=payroll)x''',\n", 1)
    assert broken != text
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(broken, "errand-sender.toml")
    message = str(caught.value)
    assert "unsure_about" in message and "errand-sender.toml:" in message and "\n" not in message.strip()


def test_a_dropped_g_still_asks_in_the_facts_own_words(library):
    # "How long y'all been lookin'?" is Helen's "how long have you been looking?" in another accent.
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("Well hey Helen. How long y'all been lookin', if you don't mind my askin'?")
    assert "history" in session.revealed


def test_a_flustered_dodge_of_one_half_still_names_who_decides_in_the_other(library):
    # Graham won't talk money before it's safe to, but he does say who decides.
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    said = _said(session, "Who'd have the final say on something like this, and is there money for it this year?")
    assert "Ruth" in said
    assert "signer" in session.revealed and "budget" not in session.revealed


# ---- spoken questions: a voice note has no question marks

@pytest.mark.parametrize("reply", ["right that makes sense and who signs it off in the end",
                                   "ok and um who signs it off in the end"])
def test_a_voice_note_question_without_a_question_mark_still_asks(library, reply):
    # Helen tells a fact only to a question; the coach hears none without a "?" or an opening question word.
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    said = _said(session, reply)
    assert "signer" in session.revealed and "Frank" in said


def test_a_statement_that_only_mentions_who_decides_still_asks_nothing(library):
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("We could talk about your timeline and who signs it off in the end.")
    assert "signer" not in session.revealed


def test_asked_again_how_long_it_has_taken_she_says_the_same_rather_than_changing_the_subject(library):
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("How long have you been looking?")
    said = _said(session, "sorry how long have u been looking for a platform")
    assert "eighteen months" in said.lower()


@pytest.mark.parametrize("reply", ["ok n whats the bigest headache w shifts rite now",
                                   "lol quick q wat is the biggest headache with the rotas"])
def test_chat_spelling_without_a_question_mark_still_asks(library, reply):
    session = Session(library.entries["errand-sender"].scenario, seed=0)
    session.reply(reply)
    assert "pain" in session.revealed


def test_a_question_announced_with_can_i_ask_is_asked_wherever_it_sits(library):
    session = Session(library.entries["third-quote"].scenario, seed=0)
    session.reply("hi denise yeah we can do friday um can i ask why youre going out to quote now")
    assert "rule" in session.revealed


# ---- a question put as a request: "walk me through…", "I'd love to know…", "I wonder whether…" (personas10)

@pytest.mark.parametrize("reply", ["Please, I want to find out how long your team has been doing this evaluation.",
                                   "Walk me through how long you've been looking.",
                                   "I'd love to understand how long this has been going on."])
def test_a_question_put_as_a_request_is_answered_like_one(library, reply):
    # Helen tells how long she has been looking only to a question; these ask as surely as a "?".
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    said = _said(session, reply)
    assert "history" in session.revealed and "eighteen months" in said.lower()


def test_wondering_whether_the_incumbent_keeps_it_is_a_question_to_denise(library):
    session = Session(library.entries["third-quote"].scenario, seed=0)
    session.reply("Why are you going out to quote now?")
    said = _said(session, "I wonder whether the incumbent is likely to keep it.")
    assert "BrightClean" in said


def test_a_request_that_asks_nothing_is_still_no_question(library):
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("I'd love to send you our brochure.")
    assert "history" not in session.revealed
