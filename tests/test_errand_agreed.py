"""A rep who just agrees to the prospect's errand ("yep no problem, I'll get that over by Thursday") runs it for nothing,
as one who names it does ("I'll send the quote over"): heard live, in group play, on a real call and when re-scored."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify, default_lexicon
from dojo.coach.context import ContextError, parse_context
from dojo.coach.errands import errand_asks, with_errand_agreed
from dojo.engine import Session
from dojo.engine.events import ScoreChanged, SignalsHeard
from dojo.engine.group import GroupSession
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from dojo.transcript.calls import score_call
from tests.persona_play import play_shipped

DENISE_ERRAND = "I need a written quote for cleaning our fourteen blocks by Friday. Can you do that?"


def changes(events) -> list[str]:
    return [event.label for event in events if isinstance(event, ScoreChanged)]


def denise(seed: int = 0) -> Session:
    # Denise's every opening asks for a written quote by Friday, tagged as an errand and a price asked for.
    return Session(load_scenario(shipped_dir() / "third-quote.toml"), seed=seed)


@pytest.mark.parametrize("reply", ["yep no problem at all, ill get that over by thurs.", "Sure, will do.",
                                   "Leave it with me, you'll have one by Thursday.", "Done."])
def test_agreeing_to_denise_s_quote_with_nothing_asked_back_runs_the_errand_for_nothing(reply):
    _, events = play_shipped("third-quote", reply)
    heard = next(event.signals for event in events if isinstance(event, SignalsHeard))
    assert heard.gives, reply
    assert "chase:errand_without_get" in changes(events), reply
    assert any(event.dimension == "reciprocity" and event.delta < 0 for event in events
               if isinstance(event, ScoreChanged)), reply


def test_the_quote_promised_is_booked_as_the_proposal_her_errand_asked_for_and_quoted_in_the_rep_s_words():
    _, events = play_shipped("third-quote", "yep no problem at all, ill get that over by thurs.")
    heard = next(event.signals for event in events if isinstance(event, SignalsHeard))
    assert heard.gives == ["proposal"]
    errand = next(event for event in events if isinstance(event, ScoreChanged)
                  and event.label == "chase:errand_without_get")
    assert errand.quote in "yep no problem at all, ill get that over by thurs." and errand.quote


@pytest.mark.parametrize("reply", ["Before I do, who scores the quotes at your end?", "I can't do Friday, sorry.",
                                   "Happy to once I've walked a couple of the blocks.", "I'll have a think about it.",
                                   "Ok. What's prompted the tender this time?"])
def test_a_refusal_a_condition_a_pause_or_a_question_first_promises_no_quote(reply):
    _, events = play_shipped("third-quote", reply)
    assert "chase:errand_without_get" not in changes(events), reply


@pytest.mark.parametrize("reply", ["Okay.", "Sure.", "Right.", "Yes."])
def test_a_bare_yes_to_the_errand_acknowledges_it_and_gives_nothing_yet(reply):
    assert with_errand_agreed(classify(reply), DENISE_ERRAND, ("errand",), default_lexicon()).gives == []


def test_agreeing_is_only_a_give_after_an_errand():
    signals = classify("Sure, will do.")
    assert with_errand_agreed(signals, "How's your week going?", (), default_lexicon()).gives == []
    assert with_errand_agreed(signals, DENISE_ERRAND, ("errand",), default_lexicon()).gives == ["proposal"]


def test_a_reply_that_names_its_give_is_heard_as_the_rules_hear_it():
    signals = classify("I'll send the price list over tonight.")
    assert with_errand_agreed(signals, DENISE_ERRAND, ("errand",), default_lexicon()) == signals


@pytest.mark.parametrize(("line", "tags", "kinds"), [
    (DENISE_ERRAND, ("errand",), ("proposal",)),
    ("Can you do us a demo next week?", ("errand",), ("demo",)),
    ("Send me your deck and a couple of references.", ("errand",), ("deck", "case_study")),
    ("I need your price for cleaning fourteen blocks, in writing.", ("errand", "price"), ("pricing",)),
    ("Just email me something.", ("errand",), ("information",)),
])
def test_what_an_errand_asks_for_is_read_from_the_things_it_names(line, tags, kinds):
    assert errand_asks(line, tags, default_lexicon()) == kinds


def test_re_playing_the_same_replies_books_the_same_errand(tmp_path):
    from dojo.transcript import Recorder, load_transcript
    from dojo.transcript.rescore import find_scenario, rescore

    path = shipped_dir() / "third-quote.toml"
    recorder = Recorder(Session(load_scenario(path), seed=2), tmp_path, scenario_path=path)
    recorder.reply("yep no problem at all, ill get that over by thurs.")
    recorder.end()
    transcript = load_transcript(recorder.path)
    result = rescore(transcript, find_scenario(transcript))
    assert "chase:errand_without_get" in changes(result.events)
    assert result.changed_turns() == []


@pytest.mark.parametrize("mode", ["relay", "round"])
def test_in_group_play_the_player_who_agrees_to_the_errand_pays_for_it(mode):
    team = GroupSession(denise(seed=1), ["Ana", "Ben"], mode)
    if mode == "round":
        team.draft("Sure, will do.", player="Ana")
        team.draft("Before I do, who scores the quotes at your end?", player="Ben")
        team.pick(player="Ana")
    else:
        team.reply("Sure, will do.")
    assert team.player_scores()["Ana"].chasing < 100 or team.player_scores()["Ana"].reciprocity < 50


def test_on_a_real_call_agreeing_to_send_a_quote_with_nothing_asked_back_is_an_errand_run_for_nothing(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text("Dana: Can you send me a quote for the lot by Friday?\n"
                    "Sam: Yep, no problem, I'll get that over to you.\n", encoding="utf-8")
    turn = score_call(call, "Sam").turns[0]
    assert turn.signals.gives == ["proposal"]
    assert "chase:errand_without_get" in [event.label for event in turn.events]


def test_an_agreeing_pattern_that_could_hang_is_refused_when_loaded():
    with pytest.raises(ContextError, match="agreeing"):
        parse_context("schema = 1\ntags = []\n[agreeing]\npatterns = ['(?:\\\\w+\\\\s?)+ will do']\n", "context.toml")


def test_the_coach_alone_still_hears_no_give_in_a_bare_agreement():
    # `dojo classify` has no prospect line: it hears what the words say.
    # A bare agreement names nothing sent; "ill get that over by thurs" does name a sending, which the second opinion
    # (retrained in session 33) hears as a proposal, so the bare agreements are the ones asserted here.
    assert classify("yep no problem at all, will do.").gives == []
    assert classify("no worries, leave it with me").gives == []
    assert Coach().score(1, classify("Sure, will do."), ("errand",)) == []
