"""The coach reads each reply against the prospect line it answers, tagged or not."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.context import (
    ContextError,
    infer_tags,
    linear_time_problem,
    parse_context,
    prospect_tags,
)
from dojo.engine import Session
from dojo.engine.events import ScoreChanged
from dojo.transcript.calls import score_call

HEARD = [
    ("Let me think about it and get back to you.", ("stall",)),
    ("Honestly we're flat out until after the audit.", ("stall",)),
    ("I'll need to run it by my boss first.", ("stall",)),
    ("We're not interested, thanks.", ("no",)),
    ("We've gone with another vendor.", ("no",)),
    ("Gosh, sorry, I really can't buy anything.", ("no",)),
    ("Just send me some info and I'll have a look.", ("errand",)),
    ("Could you put together a proposal for the board", ("errand", "question")),
    ("That's way too expensive for a team our size.", ("objection",)),
    ("We already use spreadsheets for that.", ("objection",)),
    ("how much is it per seat", ("question", "price")),
    ("Can you send me the pricing?", ("errand", "question", "price")),
    ("Price first, in writing, per vehicle per month.", ("errand", "price")),
    ("What's your best discount for three hundred trucks?", ("question", "price")),
    ("How much time do you need from us?", ("question",)),
]


@pytest.mark.parametrize(("line", "tags"), HEARD)
def test_what_the_prospect_asks_of_the_rep_is_heard_in_their_words(line, tags):
    assert infer_tags(line) == tags


@pytest.mark.parametrize("line", ["Sounds great, tell me more!", "Fine, Tuesday at 10 works.",
                                  "I'm the one who signs off on tools like this."])
def test_a_line_that_asks_nothing_of_the_rep_has_no_tags(line):
    assert infer_tags(line) == ()


def test_saying_it_is_not_a_no_is_not_a_no():
    assert infer_tags("I'm not saying no, just not right now.") == ("stall",)


def test_a_scenario_line_keeps_the_tags_its_author_wrote():
    assert prospect_tags("Let me think about it.", ["objection"]) == ("objection",)
    assert prospect_tags("Let me think about it.", []) == ("stall",)


def chasing_codes(events):
    return [event.label for event in events if isinstance(event, ScoreChanged) and event.dimension == "chasing"]


def test_an_untagged_scenario_line_is_judged_by_its_words(mini):
    stalling = mini.model_copy(update={"opening": mini.opening.model_copy(
        update={"say": ["Let me think about it and come back to you."], "tags": []})})
    session = Session(stalling, seed=1)
    assert chasing_codes(session.reply("I can take 20% off if that helps.")) == ["chase:discount_after_stall"]


def test_a_discount_after_a_stall_on_a_real_call_is_chasing(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text("Dana: Let me think about it and get back to you.\n"
                    "Sam: I can knock 20% off if that helps.\n"
                    "Dana: Well, maybe. How does onboarding work?\n"
                    "Sam: We set you up in a day. What would you need to see to decide by Friday?\n",
                    encoding="utf-8")
    scored = score_call(call, "Sam")
    first, second = scored.turns
    assert first.prospect_tags == ("stall",)
    assert [e.label for e in first.events if e.dimension == "chasing"] == ["chase:discount_after_stall"]
    assert second.prospect_tags == ("question",)
    assert not [e for e in second.events if e.dimension == "chasing"]


def test_repitching_after_a_no_on_a_real_call_is_chasing(tmp_path):
    call = tmp_path / "call.txt"
    call.write_text("Dana: Thanks, but we're not interested.\n"
                    "Sam: Imagine your team closing the month in two days instead of five!\n", encoding="utf-8")
    turn = score_call(call, "Sam").turns[0]
    assert "chase:repitch_after_no" in [e.label for e in turn.events]


def test_the_same_reply_is_judged_by_the_line_it_answers():
    reply = classify("I can take 20% off the first year.")
    after_a_question = Coach().score(1, reply, infer_tags("Do you ever do discounts?"))
    after_a_stall = Coach().score(1, reply, infer_tags("We'll circle back next quarter."))
    assert [e.label for e in after_a_question if e.dimension == "chasing"] == []
    assert [e.label for e in after_a_stall if e.dimension == "chasing"] == ["chase:discount_after_stall"]


@pytest.mark.parametrize("pattern", [r"(?:\w+\s?)+ in return", r"let me.*think", r"(?:ab{0,3}){0,9}", r"[^.]{0,500}"])
def test_a_tagging_pattern_that_could_hang_is_refused_when_loaded(pattern):
    assert linear_time_problem(pattern)
    text = f"schema = 1\n[[tags]]\ntag = \"stall\"\npatterns = ['''{pattern}''']\n"
    with pytest.raises(ContextError, match=r"^context.toml: tags\.0\.patterns: .*repetition"):
        parse_context(text, "context.toml")


def test_a_broken_tagging_file_names_the_file_and_the_problem():
    with pytest.raises(ContextError, match=r"^context.toml: invalid TOML"):
        parse_context("schema = 1\n[[tags]\n", "context.toml")
    with pytest.raises(ContextError, match=r"unknown tag 'open'"):
        parse_context("schema = 1\n[[tags]]\ntag = \"open\"\npatterns = ['x']\n", "context.toml")


def test_shouting_or_an_unusual_letter_does_not_hide_a_no():
    assert infer_tags("WE'RE NOT INTERESTED, THANKS.") == ("no",)
    assert infer_tags("İzmir office here: we're not interested.") == ("no",)


def test_a_tagging_pattern_in_capitals_is_refused_since_lines_are_matched_in_lower_case():
    with pytest.raises(ContextError, match="write patterns in lower case"):
        parse_context("schema = 1\n[[tags]]\ntag = \"no\"\npatterns = ['Not Interested']\n", "context.toml")
    assert parse_context("schema = 1\n[[tags]]\ntag = \"no\"\npatterns = ['\\bnot\\s{1,3}interested\\b']\n",
                         "context.toml").tags("NOT  Interested") == ("no",)


def test_rescoring_judges_each_reply_against_the_same_untagged_line(tmp_path):
    from dojo.scenario.load import load_scenario
    from dojo.transcript import Recorder, load_transcript
    from dojo.transcript.rescore import find_scenario, rescore
    from tests.conftest import MINI

    text = MINI.read_text(encoding="utf-8").replace(
        'say = ["Send me some info.", "Can you email me something?", "Just send a brochure."]\ntags = ["errand"]',
        'say = ["Let me think about it and come back to you."]')
    path = tmp_path / "mini.toml"
    path.write_text(text, encoding="utf-8")
    recorder = Recorder(Session(load_scenario(path), seed=3), scenario_path=path)
    recorder.reply("I can take 20% off if that helps.")
    recorder.end()
    result = rescore(load_transcript(recorder.path), find_scenario(load_transcript(recorder.path)))
    assert "chase:discount_after_stall" in chasing_codes(result.events)
    assert result.changed_turns() == []
