"""The polite walk-away, heard once for every persona (session 25).

Theo was told "Sounds like there isn't a project for us here yet, so I'll leave you to the report. If the board does
want to act on it next year, give me a shout." and answered "I'm still happy to keep chatting": the goodbye that wins
the call was not heard, because each scenario listened for it with its own copy of five phrases. The default lexicon
now hears the move as the `walk_away` flag, and every persona answers it. Each test asserts what the rep would notice.
"""

from __future__ import annotations

import json

import pytest

from dojo.cli import main
from dojo.engine.events import ScoreChanged, SessionEnded
from tests.persona_play import play_shipped

SEEDS = range(4)

THEO_LINE = ("Appreciate you being straight with me, Theo. Sounds like there isn't a project for us here yet, so I'll "
             "leave you to the report. If the board does want to act on it next year, give me a shout.")
THEO_CLEAN = ("Who actually signs off a purchase like this?", "What's the budget for it?",
              "And when do you need it live by?")


def _ending(events) -> SessionEnded | None:
    return next((event for event in events if isinstance(event, SessionEnded)), None)


def test_theo_told_there_is_no_project_yet_and_the_door_is_open_ends_the_call_as_qualified_out():
    for seed in SEEDS:
        session, events = play_shipped("tire-kicker", *THEO_CLEAN, THEO_LINE, seed=seed)
        ended = _ending(events)
        assert ended is not None, (seed, events)
        assert ended.ending == "qualified_out" and ended.result == "win", (seed, ended)


def test_the_walk_away_books_no_get():
    for seed in SEEDS:
        _, events = play_shipped("tire-kicker", *THEO_CLEAN, THEO_LINE, seed=seed)
        last_turn = len(THEO_CLEAN) + 1
        gets = [event for event in events if isinstance(event, ScoreChanged) and event.turn == last_turn
                and (event.label or "").startswith("get:")]
        assert not gets, (seed, gets)


def test_helen_told_formally_that_we_are_not_the_right_fit_yet_lets_the_rep_walk_away_and_win():
    reply = ("Thank you for your candour, Helen. It appears we are not the right fit at present, so I shall not take up "
             "more of your time; should your circumstances change, please do not hesitate to contact me.")
    for seed in SEEDS:
        _, events = play_shipped(
            "eternal-evaluator",
            "Hi Helen, thanks for taking the call. How will you choose between the platforms, and how long have you "
            "been looking?",
            "When do you need a decision made by?", reply, seed=seed)
        ended = _ending(events)
        assert ended is not None and ended.ending == "walked_away" and ended.result == "win", (seed, ended)


def test_beth_texted_a_walk_away_after_her_no_ends_the_call_as_an_honest_no():
    for seed in SEEDS:
        _, events = play_shipped(
            "too-nice",
            "Sounds like now isn't the time, so let's close the file for now and I'll leave you in peace.",
            "aw thats ok beth!! sounds like theres no project for us rn so ill leave you to it, "
            "give me a shout when youre ready x", seed=seed)
        ended = _ending(events)
        assert ended is not None and ended.ending == "honest_no" and ended.result == "win", (seed, ended)


def test_no_hard_feelings_while_asking_for_a_meeting_is_not_a_walk_away(capsys):
    reply = "No hard feelings either way, but could we book half an hour with your board on Thursday?"
    main(["classify", "--json", reply])
    heard = json.loads(capsys.readouterr().out)
    assert heard["walk_away"] is False
    assert "meeting" in heard["gets"]
    for seed in SEEDS:
        _, events = play_shipped("tire-kicker", *THEO_CLEAN, reply, seed=seed)
        ended = _ending(events)
        assert ended is None or ended.ending != "qualified_out", (seed, ended)


@pytest.mark.parametrize("reply", [
    THEO_LINE,
    "Let's leave it there. Ring me when there's budget.",
    "I won't take more of your time. If anything changes, you know where I am.",
])
def test_classify_json_shows_the_walk_away_flag_and_no_next_steps_get(reply, capsys):
    main(["classify", "--json", reply])
    heard = json.loads(capsys.readouterr().out)
    assert heard["walk_away"] is True
    assert "next_steps" not in heard["gets"]
    assert any(match["label"] == "walk_away" for match in heard["matches"])


@pytest.mark.parametrize("reply", [
    "Let's leave it there for today and pick up on Tuesday.",
    "Give me a shout if you have any questions about the quote.",
    "Sounds like there isn't a project for us yet. What would need to change?",
])
def test_wrapping_up_for_today_an_open_offer_of_help_or_a_question_after_no_fit_is_not_a_walk_away(reply, capsys):
    main(["classify", "--json", reply])
    assert json.loads(capsys.readouterr().out)["walk_away"] is False


def test_theo_told_to_ring_when_a_real_project_turns_up_ends_the_call_as_qualified_out():
    # Played in the app (session 26): the door left open on a project turning up, not on "budget" or "anything
    # changing", was not heard, and Theo offered to keep chatting.
    line = ("Thanks for being straight, that genuinely helps. Then I won't waste your time with a pitch. If a real "
            "project turns up next year, ring me.")
    for seed in SEEDS:
        session, events = play_shipped("tire-kicker", *THEO_CLEAN, line, seed=seed)
        ended = _ending(events)
        assert ended is not None and ended.ending == "qualified_out" and ended.result == "win", (seed, events)
