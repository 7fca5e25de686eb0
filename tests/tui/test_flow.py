"""The whole flow, driven like a rep would: pick, talk three turns, read the coach, end, debrief."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Button, Input

from dojo.transcript import load_transcript
from dojo.tui.screens.conversation import ConversationScreen
from dojo.tui.screens.debrief import DebriefScreen
from dojo.tui.screens.picker import PickerScreen
from dojo.tui.screens.settings import PlayerNameScreen
from dojo.tui.widgets.coach import CoachPanel
from dojo.tui.widgets.reply import ReplyBox
from dojo.tui.widgets.scenario_list import ScenarioList
from tests.tui.conftest import BOOK, DISCOVER, JUMP, TRADE, dialogue, say


def plain(widget) -> str:
    return str(widget.render())


def coach(screen, heading: str) -> str:
    """A section of the coach panel (the text under `heading`), as shown."""
    return screen.query_one(CoachPanel).section(heading)


def chat_lines(app) -> list[tuple[str, str]]:
    return [(m.speaker, m.text) for m in dialogue(app)]


async def test_pick_talk_three_turns_end_and_debrief(make_app, dojo_home):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        assert app.screen.selected_id() == "quayside"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert chat_lines(app)[0][0] == "Morgan Hale"
        assert app.screen.query_one(ReplyBox).has_focus

        await say(pilot, TRADE)
        events = coach(screen, "LAST REPLY")
        assert "traded information for timeline and criteria" in events  # a brochure is product literature: information
        assert "earned Rapport" in events
        assert "Reciprocity" in coach(screen, "SCORES") and "65" in coach(screen, "SCORES")

        await say(pilot, JUMP)
        events = coach(screen, "LAST REPLY")
        assert "jumped to Hope before earning Empathy" in events
        assert "Tip" in events  # losses come with a tip
        track = coach(screen, "PATHWAY")
        assert "✕ Hope" in track and "Jumped ahead to Hope at turn 2. Earn Empathy first." in track

        await say(pilot, DISCOVER)
        events = coach(screen, "LAST REPLY")
        assert "earned Empathy" in events
        assert "● Rapport" in coach(screen, "PATHWAY")
        assert "● Empathy" in coach(screen, "PATHWAY")
        assert "Every give traded" in coach(screen, "RECIPROCITY LEDGER")
        assert screen.session.turn == 3
        assert "Turn 3/8" in str(screen.query_one("#turn").render())
        speakers = [speaker for speaker, _ in chat_lines(app)]
        assert speakers == ["Morgan Hale", "Sam", "Morgan Hale", "Sam", "Morgan Hale", "Sam", "Morgan Hale"]
        assert [bool(m.events) for m in dialogue(app) if m.kind == "rep"] == [True, True, True]

        await pilot.press("ctrl+g")
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        # Said once: the title "Ended early" only repeats the badge, so it is left out.
        assert plain(debrief.query_one("#outcome")).strip() == "ENDED EARLY"
        assert "before the prospect reached a decision" in plain(debrief.query_one("#lesson"))
        table = " ".join(plain(w) for w in debrief.query("#turns Static"))
        assert "jumped to Hope before earning Empathy" in table
        assert "Imagine" in table
        assert "Hope before empathy is hollow" in table
        assert "First recorded attempt" in plain(debrief.query_one("#progress"))

    saved = sorted((dojo_home / "transcripts").glob("*.jsonl"))
    assert len(saved) == 1
    transcript = load_transcript(saved[0])
    assert [r.text for r in transcript.replies] == [TRADE, JUMP, DISCOVER]
    assert transcript.ended.result == "unfinished"


async def test_a_winning_conversation_ends_with_a_debrief_button_and_compares_attempts(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        for attempt in range(2):
            if attempt == 0:
                await pilot.press("enter")
            for reply in (TRADE, DISCOVER, BOOK):
                await say(pilot, reply)
            screen = app.screen
            assert screen.session.finished
            assert not screen.query_one(ReplyBox).display
            assert screen.query_one("#ended-bar").display
            # The outcome on one line and the remark under it, so neither wraps around the other.
            assert plain(screen.query_one("#ended-text")).splitlines()[1:] == ["The conversation is over."]
            assert "Meeting booked" in plain(screen.query_one("#ended-text"))
            assert screen.query_one("#debrief", Button).has_focus
            await pilot.press("enter")
            debrief = app.screen
            assert isinstance(debrief, DebriefScreen)
            assert "WIN" in plain(debrief.query_one("#outcome"))
            assert "Meeting booked" in plain(debrief.query_one("#outcome"))
            tiles = " ".join(plain(t) for t in debrief.query(".tile"))
            assert "Reciprocity" in tiles and "77" in tiles and "grade C" in tiles
            if attempt == 0:
                assert "First recorded attempt" in plain(debrief.query_one("#progress"))
                await pilot.press("r")
                assert isinstance(app.screen, ConversationScreen)
        progress = plain(app.screen.query_one("#progress"))
        assert "1 earlier attempt" in progress and "vs best" in progress and "WIN" in progress
        await pilot.press("p")
        assert isinstance(app.screen, PickerScreen)
        assert "best 77" in str(app.screen.query_one(ScenarioList).card_content("quayside"))


async def test_export_from_the_palette_after_a_call_writes_markdown_and_html_beside_the_transcript(
        make_app, dojo_home):
    # A new rep looked for "export" in the palette after the debrief and found nothing (session 11 play).
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        for reply in (TRADE, DISCOVER, BOOK):
            await say(pilot, reply)
        await pilot.press("enter")
        assert isinstance(app.screen, DebriefScreen)
        await app.workers.wait_for_complete()  # the last turn saved
        await pilot.press("ctrl+p")
        await pilot.press(*"export")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        [saved] = sorted((dojo_home / "transcripts").glob("*.jsonl"))
        markdown = saved.with_suffix(".md").read_text(encoding="utf-8")
        assert TRADE in markdown and "Meeting booked" in markdown
        assert "<html" in saved.with_suffix(".html").read_text(encoding="utf-8").lower()
        assert any(n.title == "Transcript exported" for n in app._notifications)
        # And from the review of it, opened from the debrief.
        saved.with_suffix(".md").unlink()
        await pilot.press("t")
        await pilot.press("ctrl+p")
        await pilot.press(*"export")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert TRADE in saved.with_suffix(".md").read_text(encoding="utf-8")


async def test_when_the_call_is_over_export_is_offered_on_the_conversation_screen_itself(make_app, dojo_home):
    # Found in play (session 11): after the call, export was only on the debrief, a key away from where the rep was.
    from tests.tui.test_keys import footer_keys

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert "ctrl+e" not in footer_keys(app)  # nothing to export mid-call
        for reply in (TRADE, DISCOVER, BOOK):
            await say(pilot, reply)
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen) and app.screen.session.finished
        keys = footer_keys(app)
        assert keys["ctrl+e"] == "Export" and "ctrl+t" not in keys  # the hint has nothing left to say
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [saved] = sorted((dojo_home / "transcripts").glob("*.jsonl"))
        markdown = saved.with_suffix(".md").read_text(encoding="utf-8")
        assert BOOK in markdown and "Meeting booked" in markdown  # the last turn too
        assert saved.with_suffix(".html").exists()
        assert any(n.title == "Transcript exported" for n in app._notifications)
        saved.with_suffix(".md").unlink()
        await pilot.press("ctrl+p")  # and in the command palette
        await pilot.press(*"export")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert BOOK in saved.with_suffix(".md").read_text(encoding="utf-8")


async def test_review_last_in_the_middle_of_a_conversation_opens_the_last_finished_one(make_app):
    """The session on screen is saved as it is played, but "review last" means the one that ended."""
    from dojo.tui.screens.review import ReviewScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        for reply in (TRADE, DISCOVER, BOOK):
            await say(pilot, reply)
        finished = app.screen.recorder.path
        await pilot.press("enter", "r")  # the debrief, then play again
        await say(pilot, JUMP)
        assert app.screen.recorder.path != finished
        app.action_review_last()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.path == finished


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_ended_bar_keeps_the_outcome_on_one_line_at_80_columns(make_app, size):
    """Beside the coach at 80 columns the outcome and the debrief button do not fit on one row: the
    button goes under the outcome rather than squeezing it onto three wrapped rows."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        for reply in (TRADE, DISCOVER, BOOK):
            await say(pilot, reply)
        await pilot.pause()
        text = app.screen.query_one("#ended-text")
        assert text.region.height == 2, text.region
        assert app.screen.query_one("#debrief", Button).has_focus


async def test_first_run_asks_the_player_name_once_and_remembers_it(make_app, dojo_home):
    app = make_app(player=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, PlayerNameScreen)
        await pilot.press(*"Ana Souza", "enter")
        assert isinstance(app.screen, PickerScreen)
        assert app.player == "Ana Souza"
        assert "Ana Souza" in plain(app.screen.query_one("#topbar"))
    assert tomllib.loads((dojo_home / "settings.toml").read_text())["player"] == "Ana Souza"

    again = make_app(player=None)
    async with again.run_test(size=(80, 24)):
        assert isinstance(again.screen, PickerScreen)
        assert again.player == "Ana Souza"

    override = make_app(player="Guest")
    async with override.run_test(size=(80, 24)) as pilot:
        assert override.player == "Guest"
        await pilot.press("enter")
        await say(pilot, TRADE)
        assert chat_lines(override)[1][0] == "Guest"


async def test_skipping_the_name_prompt_plays_as_you(make_app, dojo_home):
    app = make_app(player=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")
        await say(pilot, TRADE)
        assert chat_lines(app)[1][0] == "You"
    # Skipping is remembered: the next launch goes straight to the picker, still nameless.
    again = make_app(player=None)
    async with again.run_test(size=(80, 24)):
        assert isinstance(again.screen, PickerScreen)
        assert again.player is None


async def test_a_first_reply_typed_while_the_coach_is_still_warming_up_is_sent_and_leaves_the_box_empty(
        make_app, monkeypatch):
    # Seen once under load: a first reply stayed in the box after it was sent. The warm-up runs in a thread
    # while the opening line is read; here it is held until the reply has been sent, key by key.
    import threading

    from dojo.engine.session import Session

    held, release = threading.Event(), threading.Event()
    warm_up = Session.prepare

    def slow_prepare(self):
        held.set()
        release.wait(10)
        warm_up(self)

    monkeypatch.setattr(Session, "prepare", slow_prepare)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        for _ in range(200):  # until the warm-up thread has started (it starts after the first paint)
            if held.is_set():
                break
            await pilot.pause()
        assert held.is_set()  # the reply below is typed and sent while the warm-up is still running
        await say(pilot, DISCOVER, keys=True)
        box = app.screen.query_one(ReplyBox)
        assert box.text == "" and app.screen.session.turn == 1
        assert [m.text for m in dialogue(app)][1] == DISCOVER
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert box.text == ""


async def test_a_reply_leaves_the_box_when_sent_so_typing_on_before_the_answer_starts_a_new_reply(make_app):
    # Found in play under load (session 11): the first answer was slow, the sent reply sat in the box, and
    # the next one was typed onto its end and sent as one ("...once you've read it?fair enough. so how...").
    # Keys reach the box faster than the screen answers: both replies are typed before either is played.
    from textual import events

    def keys(text: str) -> list[events.Key]:
        return [events.Key("space" if ch == " " else ch, ch) for ch in text] + [events.Key("enter", "\r")]

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        box = app.screen.query_one(ReplyBox)
        for key in keys("what is it for") + keys("who signs"):
            box.post_message(key)
        await pilot.pause()
        await pilot.pause()
        assert [m.text for m in dialogue(app) if m.kind == "rep"] == ["what is it for", "who signs"]
        assert box.text == ""


async def test_an_empty_reply_is_refused_with_a_message_and_nothing_is_played(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await say(pilot, "   ")
        assert app.screen.session.turn == 0
        assert len(dialogue(app)) == 1
        [refused] = [n for n in app._notifications if "reply is empty" in n.message]
        assert refused.title == "Reply not sent" and refused.message.endswith("prospect.")


async def test_enter_pressed_twice_on_the_picker_opens_the_call_without_a_reply_not_sent_error(make_app):
    # Found in play (session 11): the second Enter of a double press reached the new call's empty reply box.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.session.turn == 0 and len(dialogue(app)) == 1
        assert not [n for n in app._notifications if n.title == "Reply not sent"]
        await say(pilot, TRADE)  # and the box still sends what is typed
        assert app.screen.session.turn == 1


async def test_an_unwritable_data_dir_warns_and_the_session_carries_on(make_app, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be")
    monkeypatch.setenv("DOJO_HOME", str(blocker))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert any(n.severity == "warning" and "will not be saved" in n.message for n in app._notifications)
        await say(pilot, TRADE)
        assert app.screen.session.turn == 1


async def test_filter_narrows_the_list_and_the_preview_hides_the_backstory(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        preview = " ".join(plain(w) for w in app.screen.query("#preview"))
        assert "Find out what the brochure is for" in preview
        assert "SECRET-BACKSTORY" not in preview and "Burned by" not in preview
        assert "guarded" not in preview  # traits are the author's notes, not a description
        await pilot.press(*"riley")
        listing = app.screen.query_one(ScenarioList)
        assert listing.option_count == 1 and app.screen.selected_id() == "lantern"
        assert "Lantern Studio" in plain(app.screen.query_one("#preview"))
        await pilot.press(*"zzz")
        assert listing.option_count == 0
        assert app.screen.query_one("#no-match").display
        await pilot.press("escape")
        assert app.screen.query_one("#filter", Input).value == ""
        assert app.screen.query_one(ScenarioList).option_count == 2


async def test_the_mouse_previews_on_first_click_and_starts_on_second(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        listing = app.screen.query_one(ScenarioList)
        second = listing.ids.index("lantern")
        # Cards are three lines and a divider: the second card starts on line 4.
        await pilot.click(ScenarioList, offset=(4, 5))
        assert listing.highlighted == second
        assert isinstance(app.screen, PickerScreen)
        await pilot.click(ScenarioList, offset=(4, 5))
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.scenario.id == "lantern"


async def test_a_reply_is_answered_before_it_is_saved(make_app, monkeypatch):
    """The engine answers in the event handler; saving (fsync) happens in a worker, so a disk that
    never returns does not hold up the prospect's answer."""
    import threading

    from dojo.transcript.recorder import Recorder

    saved_on_ui_thread: list[bool] = []
    original = Recorder.save

    def save(self) -> None:
        saved_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        original(self)

    monkeypatch.setattr(Recorder, "save", save)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        screen.send(TRADE)
        assert screen.session.turn == 1
        await pilot.pause()  # the answer is painted, then saved
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert saved_on_ui_thread and not any(saved_on_ui_thread)
        assert chat_lines(app)[-1][0] == "Morgan Hale"


async def test_the_chat_sticks_to_the_newest_message(make_app):
    from dojo.tui.widgets.chat import ChatLog

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        chat = app.screen.query_one(ChatLog)
        for reply in (TRADE, JUMP, DISCOVER):
            await say(pilot, reply)
        await pilot.wait_for_scheduled_animations()
        assert chat.max_scroll_y > 0
        assert chat.scroll_y == chat.max_scroll_y
        chat.scroll_home(animate=False)
        await pilot.pause()
        await say(pilot, BOOK)  # a new message brings the view back down
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert chat.scroll_y == chat.max_scroll_y


async def test_typing_a_filter_and_enter_at_once_starts_the_filtered_scenario(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#filter", Input).value = "riley"  # no pause: Changed not handled yet
        await pilot.press("enter")
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.scenario.id == "lantern"


async def test_keys_typed_faster_than_the_screen_redraws_still_start_the_filtered_scenario(make_app):
    """As in a terminal when a rep types `riley⏎` in one burst (or pastes it)."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key, char in [*((c, c) for c in "riley"), ("enter", "\r")]:
            event = events.Key(key, char)
            event.set_sender(app)
            app._driver.send_message(event)  # no waiting in between, unlike pilot.press
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.scenario.id == "lantern"


async def test_the_collector_gets_its_full_passes_back_once_the_conversation_is_over(make_app):
    """During a conversation the app runs the collector's full passes itself, between replies; after
    it, the rest of the app (debrief, picker) is back to Python's own schedule."""
    import gc

    before = gc.get_threshold()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, ConversationScreen)
        assert gc.get_threshold()[2] > before[2]
        await say(pilot, TRADE)
        await pilot.press("ctrl+g")  # end now: the debrief replaces the conversation
        await pilot.pause()
        assert not isinstance(app.screen, ConversationScreen)
        assert gc.get_threshold() == before
