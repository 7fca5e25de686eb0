"""Every score event carries a tip from the coach's own tips file."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.tips import TipsError, default_tips, parse_tips


def test_the_most_specific_tip_wins():
    tips = default_tips()
    assert tips.tip("gave_without_get", "deck") != tips.tip("gave_without_get")
    assert tips.tip("gave_without_get", "no_such_kind") == tips.tip("gave_without_get")
    assert tips.tip("no_such_code") == ""


def test_a_give_without_a_get_is_told_what_to_ask_for():
    events = Coach().score(1, classify("I'll send the deck over."))
    give = next(e for e in events if e.code == "gave_without_get")
    assert "Trade the deck" in give.tip


def test_a_broken_tips_file_is_one_line_naming_the_file():
    with pytest.raises(TipsError, match=r"^tips.toml: invalid TOML"):
        parse_tips("schema = 1\n[tips\n", "tips.toml")
    with pytest.raises(TipsError, match=r"^tips.toml: tips: Field required"):
        parse_tips("schema = 1\n", "tips.toml")


def test_rapport_earned_with_empathy_does_not_say_to_open_discovery():
    """The tips follow the pathway as the reply left it: discovery already opened in this reply."""
    tips = default_tips()
    coach = Coach()
    earned = coach.score(1, classify("Sounds like you're run off your feet, what's been the hardest part?"))
    stages = [e for e in earned if e.code == "stage_earned"]
    assert [e.label for e in stages] == ["stage:rapport", "stage:empathy"]
    assert all("open discovery" not in e.tip for e in stages)
    assert stages[-1].tip == tips.tip("stage_earned", "empathy")
    assert stages[0].tip == tips.tip("stage_earned")


def test_rapport_earned_after_discovery_points_on_from_discovery():
    coach = Coach()
    coach.score(1, classify("What's the biggest challenge with your rota right now?"))
    assert coach.earned == ["empathy"]
    rapport = [e for e in coach.score(2, classify("Thanks so much for your time today, really appreciate it."))
               if e.code == "stage_earned"]
    assert len(rapport) == 1 and "open discovery" not in rapport[0].tip
    assert rapport[0].tip == default_tips().tip("stage_earned", "empathy")


def test_rapport_alone_still_says_to_open_discovery():
    rapport = [e for e in Coach().score(1, classify("Thanks so much for your time today, really appreciate it."))
               if e.code == "stage_earned"]
    assert len(rapport) == 1 and "open discovery" in rapport[0].tip
