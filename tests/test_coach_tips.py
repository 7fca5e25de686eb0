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
