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
