"""The review and history screens, driven with Pilot the way a rep would use them."""

from __future__ import annotations

import sys

import pytest
from textual.widgets import DataTable, Sparkline, Static

from dojo.engine import Session
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder
from tests.conftest import DATA, MINI

HOSTILE = "Hi Pat! [bold]Is now[/bold] a good time? \x1b[31mred"
REPLIES = [HOSTILE, "Just checking in, whatever works for you.", "Sure — what will you decide once you have it?"]


def play(player, replies, seed=3):
    recorder = Recorder(Session(load_scenario(MINI), seed=seed, player=player), scenario_path=MINI)
    for reply in replies:
        if not recorder.finished:
            recorder.reply(reply)
    if not recorder.finished:
        recorder.end()
    return recorder.path


def make_app(dojo_home, **kwargs):
    from dojo.tui.app import DojoApp

    kwargs.setdefault("player", "Ana")
    kwargs.setdefault("library_in_background", False)
    kwargs.setdefault("coach_in_background", False)
    return DojoApp(seed=1, library_dirs=[DATA / "scenarios"], data_dir=dojo_home, blink=False, **kwargs)


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


# ---------------------------------------------------------------- review

async def test_review_steps_through_every_turn_and_ends_on_the_ending(dojo_home):
    from dojo.tui.screens.review import ReviewScreen

    path = play("Ana", REPLIES)
    app = make_app(dojo_home, review=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert text(screen, "#review-position").startswith("Opening")
        assert "Send me some info." in text(screen, "#review-conversation")
        assert "Just checking in" not in text(screen, "#review-conversation")  # later turns stay hidden

        screen.query_one("#review-detail").focus()
        # With a scroll pane focused, ←/→ still mean "step" (and the footer says so).
        assert screen.active_bindings["right"].binding.action == "step(1)"
        assert screen.active_bindings["left"].binding.action == "step(-1)"
        await pilot.press("right", "right")
        assert text(screen, "#review-position").startswith("Turn 2 of 3")
        assert "Just checking in, whatever works for you." in text(screen, "#review-reply")
        assert "check in, whatever works" in text(screen, "#review-heard")
        events = text(screen, "#review-events")
        assert "checked in with nothing new to offer or ask" in events and "“Just checking in”" in events
        assert "Tip" in events
        board = screen.query_one("#review-scores")
        assert board.view.scores.chasing == 70 and board.view.deltas["chasing"] == -30

        await pilot.press("k")
        assert text(screen, "#review-position").startswith("Turn 1 of 3")
        await pilot.press("j", "j", "j")
        assert text(screen, "#review-position").startswith("Ending")
        ending = text(screen, "#review-reply")
        assert "WIN" in ending and "Qualified" in ending and "You asked what the errand was for." in ending
        await pilot.press("right")  # already at the end: stays there
        assert text(screen, "#review-position").startswith("Ending")
        await pilot.press("home")
        assert text(screen, "#review-position").startswith("Opening")
        await pilot.press("escape")  # opened straight into review: closing leaves the app
    assert app.return_code == 0


async def test_review_tells_an_endings_epilogue_as_narration_not_under_the_prospects_name(dojo_home):
    # Found in play: the review showed "(no reply)" as if Pat said it, while the live call tells it as what
    # happened next. Both come from the same events.
    path = play("Ana", ["Sure, I'll send the info over."])
    app = make_app(dojo_home, review=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("end")
        film = app.screen.query_one("#review-conversation", Static).content
        shown = str(film)
        assert "(no reply)" in shown and "Pat Test\n(no reply)" not in shown
        assert any(line in shown for line in ("Pat Test\nGreat, thanks. Bye.", "Pat Test\nCheers, I'll look. Bye.",
                                              "Pat Test\nOK, send it. Bye."))
        start = shown.index("(no reply)")
        assert any(span.start <= start < span.end and "italic" in str(span.style) for span in film.spans)


async def test_review_shows_trainee_markup_and_escapes_literally(dojo_home):
    path = play("[red]Ana[/red]", REPLIES)
    app = make_app(dojo_home, review=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right")
        reply = text(app.screen, "#review-reply")
        assert "[bold]Is now[/bold]" in reply and "␛[31mred" in reply and "\x1b" not in reply
        assert "[red]Ana[/red]" in text(app.screen, "#review-title")


async def test_review_of_a_cut_off_transcript_says_so_and_shows_complete_turns(dojo_home):
    path = play("Ana", REPLIES)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 20])
    app = make_app(dojo_home, review=path)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "cut off" in text(app.screen, "#review-notice")
        await pilot.press("end")
        assert "interrupted" in text(app.screen, "#review-reply")
        assert "Sure — what will you decide" in text(app.screen, "#review-conversation")


async def test_review_of_a_corrupt_file_explains_instead_of_crashing(dojo_home, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    app = make_app(dojo_home)
    async with app.run_test(size=(120, 40)) as pilot:
        depth = len(app.screen_stack)
        app.open_transcript(bad)
        await pilot.pause()
        message = text(app.screen, "#review-error")
        assert "Cannot open this transcript" in message and f"{bad}:1:" in message
        await pilot.press("escape")
        assert len(app.screen_stack) == depth  # back where we were


# ---------------------------------------------------------------- history

async def test_history_shows_trends_and_best_last_attempts_per_scenario(dojo_home):
    from dojo.transcript import History

    play("Ana", ["Sure, I'll send the deck and our pricing today."])
    play("Ana", REPLIES)
    play("Ana", ["What will you decide, and by when?"])
    play("Ben", REPLIES)
    app = make_app(dojo_home)
    async with app.run_test(size=(120, 48)) as pilot:
        await pilot.press("ctrl+y")
        screen = app.screen
        assert type(screen).__name__ == "HistoryScreen"
        assert "Ana" in text(screen, "#history-title") and "3 attempts" in text(screen, "#history-count")
        expected = [a.scores for a in reversed(History().attempts(player="Ana"))]
        for key in ("reciprocity", "pathway", "chasing", "overall"):
            line = screen.query_one(f"#trend-{key} Sparkline", Sparkline)
            assert list(line.data) == [getattr(s, key) for s in expected]
        caption = str(screen.query_one("#trend-overall .trend-caption", Static).content)
        assert f"last {expected[-1].overall}" in caption and f"best {max(s.overall for s in expected)}" in caption

        scenarios = screen.query_one("#history-scenarios", DataTable)
        row = [str(cell) for cell in scenarios.get_row_at(0)]
        summary = History().summary("Ana")[0]
        assert row[:5] == ["mini", "3", str(summary.first.overall), str(summary.best.overall),
                           str(summary.last.overall)]

        sessions = screen.query_one("#history-sessions", DataTable)
        assert sessions.row_count == 3
        await pilot.press("a")  # everyone
        assert sessions.row_count == 4 and "everyone" in text(screen, "#history-title")
        await pilot.press("escape")
        assert type(app.screen).__name__ == "PickerScreen"


async def test_enter_on_a_session_opens_its_review(dojo_home):
    from dojo.tui.screens.review import ReviewScreen

    play("Ana", ["Sure, I'll send the deck and our pricing today."])
    newest = play("Ana", REPLIES)
    app = make_app(dojo_home)
    async with app.run_test(size=(120, 48)) as pilot:
        app.open_history()
        await pilot.pause()
        sessions = app.screen.query_one("#history-sessions", DataTable)
        sessions.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.path == newest
        await pilot.press("escape")
        assert type(app.screen).__name__ == "HistoryScreen"


async def test_history_with_no_sessions_says_how_to_get_one(dojo_home):
    app = make_app(dojo_home)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_history()
        await pilot.pause()
        assert "No saved sessions yet" in text(app.screen, "#history-empty")
        assert not app.screen.query_one("#history-sessions").display


def test_dojo_review_opens_the_app_in_a_terminal_and_prints_text_otherwise(dojo_home, capsys, monkeypatch):
    import dojo.tui.app
    from dojo.cli import main

    path = play("Ana", REPLIES)
    opened = []
    monkeypatch.setattr(dojo.tui.app, "run_review", lambda p, player=None: opened.append(p) or 0)
    assert main(["review", str(path)]) == 0  # pytest's stdout is not a terminal
    assert "Turn 3" in capsys.readouterr().out and opened == []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["review", str(path)]) == 0 and opened == [path]
    assert main(["review", str(path), "--text"]) == 0 and opened == [path]
    assert "Turn 3" in capsys.readouterr().out


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_review_fits_small_and_large_terminals(dojo_home, size):
    path = play("Ana", REPLIES)
    app = make_app(dojo_home, review=path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("right", "right")
        detail = app.screen.query_one("#review-detail")
        assert detail.region.width >= 36 and detail.region.right <= size[0]
