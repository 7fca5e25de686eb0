"""Every key binding does what its footer label says."""

from __future__ import annotations

import tomllib

from textual.command import CommandPalette

from dojo.tui.screens.conversation import ConversationScreen
from dojo.tui.screens.debrief import DebriefScreen
from dojo.tui.screens.picker import PickerScreen
from dojo.tui.screens.settings import SettingsScreen
from dojo.tui.themes import DARK, LIGHT
from dojo.tui.widgets.chat import ChatLog
from dojo.tui.widgets.coach import CoachPanel
from dojo.tui.widgets.scenario_list import ScenarioList
from tests.tui.conftest import JUMP, TRADE, dialogue, say
from tests.tui.test_literal import rendered_text


def footer_keys(app) -> dict[str, str]:
    """Key → label for what the footer shows (one key per action, as the footer draws it)."""
    shown: dict[str, tuple[str, str]] = {}
    for _, binding, enabled, _ in app.screen.active_bindings.values():
        if binding.show and enabled:
            shown.setdefault(binding.action, (binding.key, binding.description))
    return dict(shown.values())


async def talking(app, pilot) -> ConversationScreen:
    await pilot.press("enter")
    assert isinstance(app.screen, ConversationScreen)
    return app.screen


# ---------------------------------------------------------------- picker

async def test_picker_footer_lists_its_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)):
        keys = footer_keys(app)
        assert keys["enter"] == "Start" and keys["ctrl+s"] == "Settings"
        assert keys["ctrl+l"] == "Light/dark" and keys["ctrl+q"] == "Quit"


async def test_down_and_up_move_the_highlight_while_typing(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.selected_id() == "quayside"
        await pilot.press("down")
        assert app.screen.selected_id() == "lantern"
        assert "Riley Okafor" in str(app.screen.query_one("#preview").render())
        await pilot.press("up")
        assert app.screen.selected_id() == "quayside"
        await pilot.press("down", "enter")
        assert app.screen.scenario.id == "lantern"


async def test_the_list_itself_takes_the_keys_once_focused(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab")
        listing = app.screen.query_one(ScenarioList)
        assert app.focused is listing
        await pilot.press("end")
        assert app.screen.selected_id() == "lantern"
        assert "Riley Okafor" in str(app.screen.query_one("#preview").render())
        await pilot.press("home")
        assert app.screen.selected_id() == "quayside"
        await pilot.press("pagedown")
        assert app.screen.selected_id() == "lantern"
        await pilot.press("up", "down", "enter")
        assert app.screen.scenario.id == "lantern"


async def test_ctrl_l_toggles_the_theme_and_remembers_it(make_app, dojo_home):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == DARK
        await pilot.press("ctrl+l")
        assert app.theme == LIGHT
    assert tomllib.loads((dojo_home / "settings.toml").read_text())["dark"] is False
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        assert again.theme == LIGHT
        await pilot.press("enter", "ctrl+l")  # the key works on every screen, shown or not
        assert again.theme == DARK


async def test_ctrl_s_edits_the_player_name(make_app, dojo_home):
    app = make_app(player=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")  # skip the first-run prompt
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press(*"Lee", "enter")
        assert isinstance(app.screen, PickerScreen)
        assert app.player == "Lee"
        await pilot.press("ctrl+s")
        await pilot.press("escape")  # cancel keeps it
        assert app.player == "Lee"
    assert tomllib.loads((dojo_home / "settings.toml").read_text())["player"] == "Lee"


async def test_ctrl_p_offers_scenarios_and_actions(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Riley")
        await pilot.pause(0.5)  # the palette searches in the background
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.scenario.id == "lantern"
        await pilot.press("ctrl+p")
        await pilot.press(*"hint")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert dialogue(app)[-1].speaker == "Coach's hint"


async def test_ctrl_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
    assert app.return_code == 0


# ---------------------------------------------------------------- conversation

async def test_conversation_footer_lists_its_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await talking(app, pilot)
        keys = footer_keys(app)
        assert keys == {"ctrl+t": "Hint", "ctrl+o": "Exam mode", "ctrl+r": "Restart", "ctrl+g": "End now",
                        "ctrl+q": "Quit"}  # all of it fits an 80-column footer


async def test_ctrl_t_shows_the_scenario_hint_in_the_chat(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await talking(app, pilot)
        await pilot.press("ctrl+t")
        hint = dialogue(app)[-1]
        assert hint.speaker == "Coach's hint"
        assert hint.text == "Ask what Morgan will decide once the brochure arrives, and by when."
        assert screen.session.turn == 0  # a hint is not a turn


async def test_ctrl_o_exam_mode_hides_the_coach_and_the_hint(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await talking(app, pilot)
        await say(pilot, TRADE)
        assert screen.query_one(CoachPanel).display
        await pilot.press("ctrl+o")
        assert screen.exam and not screen.query_one(CoachPanel).display
        assert not screen.query_one(ChatLog).show_scores
        assert "EXAM" in str(screen.query_one("#turn").render())
        assert "ctrl+t" not in footer_keys(app)
        await pilot.press("ctrl+t")
        assert dialogue(app)[-1].speaker == "Morgan Hale"
        await say(pilot, JUMP)
        assert not screen.query_one(ChatLog).show_scores
        assert "▲ +" not in rendered_text(app) and "▼ −" not in rendered_text(app)
        await pilot.press("ctrl+o")
        assert screen.query_one(CoachPanel).display


async def test_exam_mode_carries_over_to_a_retry(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await talking(app, pilot)
        await pilot.press("ctrl+o", "ctrl+g")
        assert isinstance(app.screen, DebriefScreen)
        await pilot.press("r")
        assert app.screen.exam


async def test_ctrl_r_restarts_from_the_opening_line(make_app, dojo_home):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await talking(app, pilot)
        opening = dialogue(app)[0].text
        await say(pilot, TRADE)
        await say(pilot, JUMP)
        first = screen.session
        await pilot.press("ctrl+r")
        await pilot.pause()
        # A call in progress is not abandoned without asking; Escape keeps it.
        assert type(app.screen).__name__ == "ConfirmScreen"
        await pilot.press("escape")
        assert app.screen is screen and screen.session is first and first.turn == 2
        await pilot.press("ctrl+r")
        await pilot.press("y")
        await pilot.pause()
        assert screen.session is not first and screen.session.turn == 0
        assert [m.text for m in dialogue(app)] == [opening]
        assert "Turn 0/8" in str(screen.query_one("#turn").render())
        assert "first reply will be scored" in screen.query_one(CoachPanel).section("LAST REPLY")
    # The abandoned attempt was saved as ended early, and the new one was started.
    assert len(list((dojo_home / "transcripts").glob("*.jsonl"))) == 2


async def test_ctrl_g_ends_now_and_opens_the_debrief(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await talking(app, pilot)
        await say(pilot, TRADE)
        await pilot.press("ctrl+g")
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.ended.result == "unfinished"


# ---------------------------------------------------------------- debrief

async def ended(app, pilot) -> DebriefScreen:
    await talking(app, pilot)
    await say(pilot, TRADE)
    await pilot.press("ctrl+g")
    assert isinstance(app.screen, DebriefScreen)
    return app.screen


async def test_debrief_footer_lists_its_keys(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ended(app, pilot)
        keys = footer_keys(app)
        assert keys == {"r": "Retry", "p": "Pick another", "t": "Open transcript", "ctrl+y": "History",
                        "ctrl+q": "Quit"}


async def test_r_retries_the_same_scenario(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ended(app, pilot)
        await pilot.press("r")
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.scenario.id == "quayside" and app.screen.session.turn == 0
        assert len(app.screen_stack) == 2  # picker, conversation: no pile-up


async def test_p_and_escape_go_back_to_the_picker(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("p", "escape"):
            await ended(app, pilot)
            await pilot.press(key)
            assert isinstance(app.screen, PickerScreen)
            assert "best" in str(app.screen.query_one(ScenarioList).card_content("quayside"))


async def test_t_opens_the_transcript(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        debrief = await ended(app, pilot)
        assert debrief.transcript is not None and debrief.transcript.exists()
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReviewScreen"
        assert app.screen.path == debrief.transcript


# ---------------------------------------------------------------- the footer itself

def footer_line(app) -> str:
    from dojo.tui.widgets.footer import SteadyFooter

    return app.screen.query_one(SteadyFooter).render().plain


async def test_clicking_a_footer_key_does_what_the_key_does(make_app):
    from dojo.tui.widgets.footer import SteadyFooter

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await talking(app, pilot)
        line = footer_line(app)
        assert "^t Hint" in line and "^g End now" in line and line.rstrip().endswith("^p palette")
        await pilot.click(SteadyFooter, offset=(line.index("Hint"), 0))
        await pilot.pause()
        assert dialogue(app)[-1].speaker == "Coach's hint"


async def test_the_footer_dims_a_key_its_screen_cannot_use_now(make_app):
    from dojo.tui.widgets.footer import SteadyFooter

    def hint_is_dim() -> bool:
        shown = app.screen.query_one(SteadyFooter).render()
        at = shown.plain.index("Hint")
        return any(span.start <= at < span.end and getattr(span.style, "dim", False) for span in shown.spans)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await talking(app, pilot)
        assert not hint_is_dim()
        await pilot.press("ctrl+o")  # exam mode: no hints
        await pilot.pause()
        assert hint_is_dim()
        await pilot.click(SteadyFooter, offset=(footer_line(app).index("Hint"), 0))
        await pilot.pause()
        assert dialogue(app)[-1].speaker != "Coach's hint"
