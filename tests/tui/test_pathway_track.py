"""The pathway track wraps between stages, never leaving an arrow on a row of its own."""

from __future__ import annotations

import pytest

from dojo.tui.widgets.coach import CoachView, PathwayTrack


@pytest.mark.parametrize("width", range(20, 61))
def test_each_row_of_stages_fits_and_no_arrow_starts_a_row(width):
    stages = PathwayTrack.describe(CoachView(), width).plain.split("\n")[:-1]  # the last line says what is next
    assert " ".join(stages).split() == "◉ Rapport › ○ Empathy › ○ Trust › ○ Hope › ○ Urgency".split()
    for row in stages:
        assert len(row) <= width and not row.lstrip().startswith("›") and row == row.rstrip()


def test_the_review_panel_width_keeps_hope_and_its_arrow_together():
    # 40 cells is the review screen's side panel at 100 columns, where "›" used to sit alone.
    rows = PathwayTrack.describe(CoachView(), 40).plain.split("\n")
    assert rows[:2] == ["◉ Rapport › ○ Empathy › ○ Trust ›", "○ Hope › ○ Urgency"]


def _ended_session(replies):
    from dojo.engine import Session
    from dojo.scenario.library import load_library, shipped_dir

    session = Session(load_library([shipped_dir()]).entries["too-nice"].scenario, seed=1)
    for reply in replies:
        session.reply(reply)
    session.end()
    return session


def test_after_the_call_ends_the_track_says_it_is_over_not_what_is_next():
    # It said "Next, Empathy: …" under a call that had ended.
    session = _ended_session(["Hi Beth, lovely to meet you, how's the new studio?"])
    view = CoachView.of(session.events)
    status = PathwayTrack.status(view).plain
    assert view.ended and status.startswith("Call over") and "Next" not in status
    assert "stopped before Empathy" in status and "1 of 5" in status
    assert "◉" not in PathwayTrack.describe(view, 60).plain


def test_during_the_call_and_at_an_earlier_turn_of_the_review_the_track_still_says_what_is_next():
    session = _ended_session(["Hi Beth, lovely to meet you, how's the new studio?", "ok"])
    for turn in (1, 2):  # the review, turn by turn: the call was still going
        assert PathwayTrack.status(CoachView.of(session.events, turn)).plain.startswith("Next, Empathy")
    live = [e for e in session.events if e.kind != "ended"]
    assert not CoachView.of(live).ended and PathwayTrack.status(CoachView.of(live)).plain.startswith("Next, Empathy")
