"""Group role-play in the engine: turns, drafts that do not advance the call, picks, notes, overrides."""

from __future__ import annotations

import pytest

from dojo.engine import Session
from dojo.engine.events import (
    AnswerPicked,
    DraftScored,
    GroupFormed,
    NotePinned,
    PlayerScored,
    PlayerSkipped,
    RepReplied,
    ScoreOverridden,
    event_from_dict,
)
from dojo.engine.group import GroupError, GroupSession, parse_players
from dojo.engine.summary import film
from dojo.scenario.library import resolve

GOOD = "Thanks for your time, how is your quarter going?"
GIVEAWAY = "I can send you a deck"


@pytest.fixture
def scenario():
    return resolve("tire-kicker").scenario


def group(scenario, mode: str, players=("Ana", "Ben", "Cy")) -> GroupSession:
    return GroupSession(Session(scenario, seed=7), list(players), mode)


def test_relay_rotates_and_attributes_every_reply(scenario):
    team = group(scenario, "relay")
    assert team.whose_turn() == "Ana"
    team.reply(GOOD)
    assert team.whose_turn() == "Ben"
    team.reply(GIVEAWAY)
    replies = [e for e in team.events if isinstance(e, RepReplied)]
    assert [(r.turn, r.player) for r in replies] == [(1, "Ana"), (2, "Ben")]
    scores = team.player_scores()
    assert scores["Ana"].pathway == 20          # Ana earned rapport on her own ledger
    assert scores["Ben"].reciprocity < 50       # Ben's giveaway costs Ben, not Ana
    assert scores["Ana"].reciprocity == 50
    assert team.whose_turn() == "Cy"


def test_relay_refuses_a_reply_out_of_turn_and_skip_passes_it(scenario):
    team = group(scenario, "relay")
    with pytest.raises(GroupError, match="Ana's turn"):
        team.reply(GOOD, player="Ben")
    team.skip()
    assert team.whose_turn() == "Ben"
    team.reply(GOOD, player="ben")  # names match whatever the case
    assert any(isinstance(e, PlayerSkipped) and e.player == "Ana" for e in team.events)
    assert team.ledgers["Ana"].skipped == 1


def test_round_drafts_do_not_touch_the_conversation_until_picked(scenario):
    team = group(scenario, "round")
    before = team.session.coach.scores()
    team.draft(GIVEAWAY)
    team.draft(GOOD)
    assert team.session.turn == 0 and team.session.coach.scores() == before
    assert not team.revealing and team.whose_turn() == "Cy"
    team.draft(GIVEAWAY)
    assert team.revealing and team.whose_turn() is None
    drafts = [e for e in team.events if isinstance(e, DraftScored)]
    assert [d.player for d in drafts] == ["Ana", "Ben", "Cy"]
    assert drafts[1].scores.overall > drafts[0].scores.overall
    team.pick()  # default: the best scored, Ben's
    picked = next(e for e in team.events if isinstance(e, AnswerPicked))
    assert (picked.player, picked.chosen_by) == ("Ben", "best")
    reply = next(e for e in team.events if isinstance(e, RepReplied))
    assert (reply.player, reply.text) == ("Ben", GOOD)
    # The team's ledger scored only the picked answer, exactly as the draft predicted.
    assert team.session.coach.scores() == drafts[1].scores
    assert team.whose_turn() == "Ana" and team.drafts == []


def test_round_facilitator_pick_and_per_player_ledgers(scenario):
    team = group(scenario, "round", players=("Ana", "Ben"))
    team.draft(GOOD)
    team.draft(GIVEAWAY)
    team.pick("Ben")
    assert next(e for e in team.events if isinstance(e, AnswerPicked)).chosen_by == "facilitator"
    assert team.session.coach.scores().reciprocity < 50
    scores = team.player_scores()
    assert scores["Ana"].pathway == 20 and scores["Ben"].reciprocity < 50
    assert [e.player for e in team.events if isinstance(e, PlayerScored)] == ["Ana", "Ben"]


def test_round_skip_and_early_pick_record_who_sat_out(scenario):
    team = group(scenario, "round")
    team.skip()  # Ana sits this one out
    team.draft(GOOD)  # Ben
    team.pick()
    skipped = [e.player for e in team.events if isinstance(e, PlayerSkipped)]
    assert skipped == ["Ana", "Cy"]
    with pytest.raises(GroupError, match="no draft"):
        team.draft(GOOD)
        team.pick("Cy")


def test_hotseat_keeps_one_player_in_the_seat(scenario):
    team = group(scenario, "hotseat")
    team.reply(GOOD)
    team.reply(GIVEAWAY)
    assert {e.player for e in team.events if isinstance(e, RepReplied)} == {"Ana"}
    team.skip()
    assert team.whose_turn() == "Ben"


def test_notes_and_overrides_sit_beside_the_coach(scenario):
    team = group(scenario, "relay")
    team.reply(GOOD)
    team.note("  Lovely   opener  ")
    team.override("ana", "overall", 80, "warm tone the coach cannot hear")
    note = next(e for e in team.events if isinstance(e, NotePinned))
    assert (note.turn, note.text) == (1, "Lovely opener")
    override = next(e for e in team.events if isinstance(e, ScoreOverridden))
    assert (override.player, override.value) == ("Ana", 80)
    assert team.player_scores()["Ana"].overall != 80  # the coach's score is untouched
    for bad in (lambda: team.note(" "), lambda: team.override("Ana", "overall", 101, "x"),
                lambda: team.override("Ana", "overall", 50, ""), lambda: team.override("Zed", "pathway", 5, "x")):
        with pytest.raises((GroupError, ValueError)):
            bad()


def test_group_events_round_trip_and_film_ignores_them(scenario):
    team = group(scenario, "round")
    team.note("before anyone spoke", turn=0)
    team.draft(GOOD)
    team.draft(GIVEAWAY)
    team.draft(GOOD)
    team.pick("Cy")
    for event in team.events:
        assert event_from_dict(event.model_dump(mode="json")) == event
    played = film(team.events)
    assert [t.number for t in played.turns] == [1]
    assert played.turns[0].player == "Cy"
    assert isinstance(team.events[1], GroupFormed)


@pytest.mark.parametrize("text, message", [
    ("", "at least one"), ("Ana,ana", "twice"), ("Ana,pick", "keyword"), ("x" * 41, "too long"),
])
def test_parse_players_refuses_what_a_script_could_not_name(text, message):
    with pytest.raises(GroupError, match=message):
        parse_players(text)


def test_parse_players_trims():
    assert parse_players(" Ana , Ben,,Cy ") == ["Ana", "Ben", "Cy"]


@pytest.mark.parametrize("mode", ["relay", "round"])
def test_the_player_who_walks_away_from_a_non_buyer_gets_the_walk_away_credit_as_the_team_does(mode):
    from dojo.scenario.library import shipped_dir
    from dojo.scenario.load import load_scenario

    group = GroupSession(Session(load_scenario(shipped_dir() / "afraid-to-say-no.toml"), seed=1), ["Ana", "Ben"], mode)
    for name, text in (("Ana", "It's completely fine if this isn't a fit. I'd rather hear a no now than a maybe."),
                       ("Ben", "Thank you for being honest with me. Let's close the file for now, no hard feelings.")):
        if mode == "round":
            group.draft(text, player=name)
            group.pick(name)
        else:
            group.reply(text, player=name)
    assert group.finished and group.session.ended.ending == "true_no"
    # Ana invited the no at the opening (Rapport); Ben thanked Graham for his honesty (Rapport) and walked away: the
    # pitch was not owed, as for the team, and the walk-away's credit is Ben's alone.
    assert group.player_scores()["Ben"].pathway == 80 and group.player_scores()["Ana"].pathway == 20
    credited = [e for e in group.session.events if isinstance(e, PlayerScored) and e.player == "Ben"
                for e in e.events if e.code == "walked_away"]
    assert [e.delta for e in credited] == [60]
