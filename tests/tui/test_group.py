"""Group role-play in the app, driven by keyboard alone: relay, round with a reveal, the facilitator's keys."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from dojo.engine.events import NotePinned, ScoreOverridden
from dojo.transcript import load_transcript
from dojo.tui.screens.group_debrief import GroupDebriefScreen
from dojo.tui.screens.group_reveal import DraftCard, GroupRevealScreen
from dojo.tui.screens.group_setup import GroupSetupScreen
from dojo.tui.screens.group_talk import GroupTalkScreen
from dojo.tui.widgets.reply import ReplyBox
from dojo.tui.widgets.scoreboard import GroupScoreboard
from tests.tui.conftest import BOOK, DISCOVER, JUMP, TRADE, dialogue

PLAYERS = ["Ana", "Ben", "Cy", "Dee"]


def group_app(make_app, mode: str, players=PLAYERS, scenario: str | None = "quayside"):
    app = make_app(player=None)
    app.group_plan = (scenario, list(players), mode)
    return app


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def type_and_send(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def ana_trades_ben_jumps_and_the_call_ends(pilot) -> None:
    """The relay most debrief tests start from: Ana trades, Ben jumps ahead, the facilitator ends the call."""
    await pilot.pause()
    await type_and_send(pilot, TRADE)
    await type_and_send(pilot, JUMP)
    await pilot.press("ctrl+g")
    await pilot.pause()


def rep_lines(app) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in dialogue(app) if m.kind == "rep"]


async def test_relay_shows_whose_turn_attributes_replies_and_debriefs(make_app, dojo_home):
    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GroupTalkScreen)
        assert "Ana's turn" in text_of(screen, "#whose-turn")
        assert screen.query_one(ReplyBox).has_focus
        await type_and_send(pilot, TRADE)
        assert "Ben's turn" in text_of(screen, "#whose-turn")
        await type_and_send(pilot, JUMP)
        assert rep_lines(app) == [("Ana", TRADE), ("Ben", JUMP)]
        board = str(screen.query_one(GroupScoreboard).render())
        scores = screen.group.player_scores()
        assert f"▶ Ana   {scores['Ana'].overall}" in board and f"Ben   {scores['Ben'].overall}" in board
        await pilot.press("ctrl+s")  # Ana passes: Ben answers again
        await pilot.pause()
        assert "Ben's turn" in text_of(screen, "#whose-turn")
        await pilot.press("ctrl+n")
        await type_and_send(pilot, "Ben owes the prospect a question")
        await pilot.press("ctrl+g")
        await pilot.pause()
        debrief = app.screen
        assert isinstance(debrief, GroupDebriefScreen)
        assert "Ben owes the prospect a question" in text_of(debrief, "#group-notes-list")
        players = text_of(debrief, "#group-players")
        assert "Ana" in players and "Ben" in players
        assert players.count("1 answer, 1 heard") == 2 and "1 answers" not in players
        assert text_of(debrief, "#group-outcome").splitlines()[0].strip() == "ENDED EARLY"  # not "… Ended early"
        assert "first score on this scenario" in text_of(debrief, "#group-cheers")
        await pilot.press("n")  # a note after the ending still reaches the saved file
        await type_and_send(pilot, "Great energy overall")
        transcript = load_transcript(debrief.transcript)
        notes = [e.text for e in transcript.events if isinstance(e, NotePinned)]
        assert notes == ["Ben owes the prospect a question", "Great energy overall"]
        assert [r.player for r in transcript.replies] == ["Ana", "Ben"]


async def test_in_the_group_debrief_each_trainees_turn_gets_its_own_note(make_app, dojo_home):
    # Found in play (session 11): every note pinned in the debrief landed on the last turn.
    from textual.widgets import Select

    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await ana_trades_ben_jumps_and_the_call_ends(pilot)
        debrief = app.screen
        assert isinstance(debrief, GroupDebriefScreen)

        async def pin(text: str, downs: int) -> None:
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*text, "tab")
            if downs:
                await pilot.press("enter", *["down"] * downs, "enter")
            await pilot.press("shift+tab", "enter")
            await pilot.pause()

        await pin("Great energy overall", 0)  # the default: the team, on the last turn
        await pin("The jump to the picture came too soon", 1)  # the newest answer first: Ben's
        await pin("Lovely trade to open", 2)  # then Ana's
        transcript = load_transcript(debrief.transcript)
        notes = [(e.turn, e.player, e.text) for e in transcript.events if isinstance(e, NotePinned)]
        assert notes == [(2, None, "Great energy overall"), (2, "Ben", "The jump to the picture came too soon"),
                         (1, "Ana", "Lovely trade to open")]
        shown = text_of(debrief, "#group-notes-list")
        assert "Turn 1 · Ana  Lovely trade to open" in shown and "Turn 2 · Ben  The jump" in shown
        assert not app.screen.query(Select)  # the dialog closed


async def test_round_masks_drafts_reveals_side_by_side_and_picks_by_key(make_app, dojo_home):
    app = group_app(make_app, "round", players=["Ana", "Ben", "Cy"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        draft = screen.query_one("#draft", Input)
        assert draft.password and draft.has_focus
        await type_and_send(pilot, JUMP)
        assert draft.value == "" and "Ben, draft your answer" in text_of(screen, "#whose-turn")
        assert rep_lines(app) == []  # nothing reaches the prospect while drafting
        await type_and_send(pilot, TRADE)
        await type_and_send(pilot, DISCOVER)
        reveal = app.screen
        assert isinstance(reveal, GroupRevealScreen)
        cards = list(reveal.query(DraftCard))
        assert [c.player for c in cards] == ["Ana", "Ben", "Cy"]
        best = next(c for c in cards if "-selected" in c.classes)
        assert "★ best" in str(best.render()) and "heard:" in str(best.render())
        await pilot.press("3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GroupTalkScreen)
        assert rep_lines(app) == [("Cy", DISCOVER)]
        assert "Ana, draft your answer" in text_of(app.screen, "#whose-turn")
        # Next round: escape on the reveal lets the best scored answer go.
        for text in (JUMP, TRADE, JUMP):
            await type_and_send(pilot, text)
        await pilot.press("b")
        await pilot.pause()
        assert rep_lines(app)[-1] == ("Ben", TRADE)


async def test_a_note_on_a_draft_at_the_reveal_is_pinned_on_that_players_draft(make_app, dojo_home):
    app = group_app(make_app, "round", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await type_and_send(pilot, JUMP)
        await type_and_send(pilot, TRADE)
        assert isinstance(app.screen, GroupRevealScreen)
        await pilot.press("1", "n")
        await type_and_send(pilot, "Too soon for a picture")
        assert isinstance(app.screen, GroupRevealScreen)
        notes = [(e.turn, e.player, e.text) for e in app.screen.group.events if isinstance(e, NotePinned)]
        assert notes == [(1, "Ana", "Too soon for a picture")]


async def test_hidden_scores_show_only_answer_counts(make_app, dojo_home):
    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+b")
        await type_and_send(pilot, TRADE)
        board = str(app.screen.query_one(GroupScoreboard).render())
        assert "scores hidden" in board and "1 answer" in board
        assert "D" not in board.split("scores hidden")[0].replace("Dee", "")  # no grade letters
        assert "SCORES HIDDEN" in text_of(app.screen, "#group-turn")


async def test_override_is_saved_beside_the_coach(make_app, dojo_home):
    app = group_app(make_app, "hotseat", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await type_and_send(pilot, TRADE)
        await pilot.press("ctrl+o")
        await pilot.press(*"85", "tab", *"calm under pressure", "enter")
        await pilot.pause()
        team = app.screen.team
        override = next(e for e in team.events if isinstance(e, ScoreOverridden))
        assert (override.player, override.dimension, override.value) == ("Ana", "overall", 85)
        assert load_transcript(team.path).events[-1] == override


async def test_setup_from_the_palette_action(make_app, dojo_home):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_group()
        await pilot.pause()
        assert isinstance(app.screen, GroupSetupScreen)
        await pilot.press("enter")  # the highlighted scenario; focus moves to the players
        await type_and_send(pilot, "Ana, pick")
        assert isinstance(app.screen, GroupSetupScreen)  # a reserved name is refused, not crashed on
        await pilot.press("ctrl+u")
        await type_and_send(pilot, "Ana, Ben, Cy")
        screen = app.screen
        assert isinstance(screen, GroupTalkScreen)
        assert screen.group.players == ["Ana", "Ben", "Cy"] and screen.group.mode == "relay"


async def test_typing_on_after_the_ending_does_not_open_anything(make_app, dojo_home):
    app = group_app(make_app, "relay", players=["Ana"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        while not screen.group.finished:
            await type_and_send(pilot, JUMP)
        await type_and_send(pilot, "the team keeps typing")
        assert app.screen is screen  # still the conversation: the debrief is one deliberate key away
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, GroupDebriefScreen)


async def test_setup_by_arrow_keys_alone_starts_what_was_arrowed_to(make_app, dojo_home):
    """Arrowing to a format chooses it, as in any radio group: the facilitator who arrowed down to
    Round and tabbed to Start used to get a relay."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_group()
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, GroupSetupScreen)
        await pilot.press("down", "enter")  # the second scenario; Enter moves on to the players
        await pilot.press(*"Ana, Ben", "tab", "down")
        assert "Round" in text_of(setup, "#mode-help")
        await pilot.press("down", "up", "tab", "enter")  # Hot seat and back to Round, then Start
        await pilot.pause()
        talk = app.screen
        assert isinstance(talk, GroupTalkScreen)
        second = app.scenarios()[1].id
        assert (talk.group.scenario.id, talk.group.players, talk.group.mode) == (second, ["Ana", "Ben"], "round")


async def test_setup_highlights_the_format_given_on_the_command_line(make_app, dojo_home):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_group_setup("quayside", ["Ana", "Ben"], "hotseat")
        await pilot.pause()
        await pilot.press("tab", "up")  # from Hot seat, the one above
        assert app.screen.mode == "round"


async def test_an_empty_reply_in_a_group_is_refused_as_the_solo_screen_refuses_it(make_app, dojo_home):
    app = group_app(make_app, "hotseat", players=["Ana", "Ben"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "space", "enter")  # an untouched box sends nothing and says nothing
        [refused] = [n for n in app._notifications if "reply is empty" in n.message]
        assert refused.title == "Reply not sent" and refused.message.endswith("prospect.")


def test_dojo_group_reads_the_library_before_the_first_screen(monkeypatch):
    """Read in the background, the picker showed first and took the first player's typing."""
    from dojo.tui import app as app_module

    opened = {}

    def fake_open_app(player=None, **options):
        opened.update(options)
        return app_module.DojoApp(player=player, **options)

    monkeypatch.setattr(app_module, "open_app", fake_open_app)
    monkeypatch.setattr(app_module.DojoApp, "run", lambda self: None)
    app_module.run_group("quayside", ["Ana", "Ben"], "relay")
    assert opened.get("library_in_background") is False


@pytest.mark.parametrize("coach_in_background", [False, True], ids=["coach at once", "coach in the background"])
async def test_typing_straight_away_lands_in_the_first_players_reply_box(make_app, dojo_home, coach_in_background,
                                                                          monkeypatch):
    import dojo.engine as engine

    # As on a first start: the coach is still to compile when `dojo group SCENARIO` opens the team's screen.
    monkeypatch.setattr(engine, "lexicon_compiled", lambda scenario: False)
    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    app.coach_in_background = coach_in_background
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"hi")  # no pause: the first keys after start-up
        assert isinstance(app.screen, GroupTalkScreen)
        assert app.screen.query_one(ReplyBox).text == "hi"


async def test_the_group_ended_bar_puts_the_debrief_button_under_the_outcome_at_80_columns(make_app, dojo_home):
    app = group_app(make_app, "relay", players=["Ana", "Ben", "Cy"])
    async with app.run_test(size=(80, 24)) as pilot:
        for reply in (TRADE, DISCOVER, BOOK):
            await type_and_send(pilot, reply)
        await pilot.pause()
        text, button = app.screen.query_one("#group-ended-text"), app.screen.query_one("#group-debrief")
        assert "WIN" in str(text.render())
        assert text.region.height <= 3 and button.region.y >= text.region.bottom, (text.region, button.region)


async def test_a_long_best_answer_in_the_group_debrief_wraps_under_its_own_first_word(make_app, dojo_home):
    # Found in play: the "best, turn N" line wrapped back to the left edge, under the player names.
    from textual.geometry import Region

    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    async with app.run_test(size=(72, 40)) as pilot:
        await ana_trades_ben_jumps_and_the_call_ends(pilot)
        players = app.screen.query_one("#group-players", Static)
        rows = [strip.text.rstrip() for strip in players.render_lines(Region(0, 0, *players.size))]
        first = next(i for i, row in enumerate(rows) if "best, turn 1" in row)
        column = rows[first].index(TRADE.split()[0])
        following = rows[first + 1]
        assert following.strip() and TRADE.split()[0] not in following
        assert len(following) - len(following.lstrip()) == column  # the answer reads as one block
        assert following.strip() in TRADE


async def test_the_note_dialog_shows_each_answer_whole_not_cut_at_forty_characters(make_app, dojo_home):
    # Found in play: "Turn 1 · Ana: Hi Morgan, thanks for making t…" hid which answer a note was about.
    from textual.widgets._select import SelectOverlay

    app = group_app(make_app, "relay", players=["Ana", "Ben"])
    async with app.run_test(size=(120, 40)) as pilot:
        await ana_trades_ben_jumps_and_the_call_ends(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("tab", "enter")
        await pilot.pause()
        overlay = app.screen.query_one(SelectOverlay)
        prompts = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert f"Turn 1 · Ana: {TRADE}" in prompts and f"Turn 2 · Ben: {JUMP}" in prompts


def test_an_answer_too_long_for_the_note_dialog_is_cut_at_a_word_with_an_ellipsis():
    from dojo.text import clip

    answer = "Happy to send the brochure over today. " * 8
    shown = clip(answer, 180)
    assert len(shown) <= 180 and shown.endswith("…")
    assert answer.startswith(shown[:-1]) and answer[len(shown) - 1] in " ."  # a whole word, not half of one
    assert clip(TRADE, 180) == TRADE
