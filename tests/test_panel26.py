"""Scores that say why (session 26): every point is explained with the quoted words and a better alternative, and
the coach panel never stays silent about a point withheld.

Found in play: a rep whose warm opener also threw in a free extra saw no Rapport on the panel and no reason. The
ruling stands (a discount or a plea buys attention, not connection), and is now said: a `withheld` event of no
points, quoting the warm words and the chasing ones, drawn wherever events are drawn.
"""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.engine.events import ScoreChanged
from dojo.transcript.export import _md_event
from dojo.transcript.history import topic
from dojo.transcript.text import score_line
from dojo.tui.screens.debrief import tile_captions
from dojo.tui.widgets.coach import CoachView, PathwayTrack, last_turn_content
from tests.persona_play import play_shipped

WARM_WITH_EXTRA = "Hope the move went smoothly! And I'll throw in a free month on us."
WARM_WITH_CHECK_IN = "So sorry to hear about the flood. Just checking in on the quote."


def scored(*replies: str, tags: tuple[str, ...] = ()):
    coach = Coach()
    events = []
    for turn, reply in enumerate(replies, 1):
        events = coach.score(turn, classify(reply, coach.lexicon), tags)
    return coach, events


def test_warm_words_beside_a_free_extra_earn_no_rapport_and_the_coach_says_why_with_both_quotes():
    coach, events = scored(WARM_WITH_EXTRA)
    assert "rapport" not in coach.earned
    withheld = [event for event in events if event.code == "withheld"]
    assert len(withheld) == 1
    event = withheld[0]
    assert (event.dimension, event.label, event.delta) == ("pathway", "stage:rapport", 0)
    assert "Hope the move went smoothly" in event.quote and "free month" in event.quote
    assert "threw in an extra nobody asked for" in event.reason
    assert "attention, not connection" in event.reason
    assert "on their own" in event.tip  # the better alternative: the warm words sent alone


def test_a_check_in_after_sympathy_withholds_rapport_and_names_the_check_in():
    coach, events = scored(WARM_WITH_CHECK_IN)
    assert "rapport" not in coach.earned
    (event,) = [event for event in events if event.code == "withheld"]
    assert "checked in" in event.reason
    assert "sorry to hear" in event.quote and "checking in" in event.quote


def test_the_same_warm_words_alone_still_earn_rapport_and_nothing_is_withheld():
    coach, events = scored("Hope the move went smoothly!")
    assert coach.earned == ["rapport"]
    assert not [event for event in events if event.code == "withheld"]


def test_nothing_is_withheld_once_rapport_is_already_earned():
    coach, events = scored("Hope the move went smoothly!", WARM_WITH_EXTRA)
    assert coach.earned == ["rapport"]
    assert [event.code for event in events if event.dimension == "pathway"] == []


def _warm_chase_in_play():
    session, events = play_shipped("errand-sender", WARM_WITH_EXTRA)
    return session, [event for event in events if isinstance(event, ScoreChanged)]


def test_the_live_panel_shows_the_withheld_rapport_with_its_reason_quote_and_tip():
    session, _ = _warm_chase_in_play()
    view = CoachView.of(session.events)
    shown = last_turn_content(list(view.last), view.turn).plain
    assert "• 0 Pathway" in shown
    assert "no Rapport for the warm words" in shown
    assert "Hope the move went smoothly" in shown
    assert "Tip Send the warm words on their own" in shown


def test_exports_mark_a_point_withheld_as_moving_nothing_not_as_a_loss():
    _, events = _warm_chase_in_play()
    (event,) = [event for event in events if event.code == "withheld"]
    assert score_line(event).lstrip().startswith("± pathway  0  no Rapport for the warm words")
    assert _md_event(event)[0].startswith("- **±0 pathway** — no Rapport for the warm words")
    assert topic(event) == "warm words in a reply that chased: no Rapport"


def test_a_withheld_rapport_does_not_count_as_rapport_for_a_scenarios_happened_condition():
    session, _ = _warm_chase_in_play()
    assert "withheld" in session.memory.happened
    assert "stage:rapport" not in session.memory.happened


# ---- a walk-away that leaves the door open on their signal asks for nothing

def heard(reply: str):
    return classify(reply, Coach().lexicon)


@pytest.mark.parametrize("reply", [
    "ping me if u ever get budget",
    "no worries, ping me if u ever get budget",
    "if you get budget approved next year let me know and we'll talk",
    "Let's leave it there. Ring me when there's budget.",
    "ok no pressure. if you ever get sign-off, give me a shout",
    "Fair enough. If you ever get a project off the ground, drop me a line.",
])
def test_a_walk_away_that_hands_them_the_next_move_on_their_budget_or_sign_off_asks_for_nothing(reply):
    signals = heard(reply)
    assert signals.walk_away
    assert signals.gets == [] and signals.gives == []
    assert not signals.question


def test_a_question_asked_after_the_door_is_left_open_is_still_asked():
    signals = heard("If you ever get budget, give me a shout. Who would sign it off?")
    assert signals.walk_away and signals.gets == ["decision_makers"]


def test_asking_for_their_budget_outright_is_still_a_budget_get():
    assert heard("Do you have budget for this?").gets == ["budget"]
    assert heard("If you can share the budget by Friday, I'll send the quote.").gets[:1] == ["budget"]


BETH_HONEST = ("Totally fair. And honestly Beth, it's completely fine if this isn't a fit for the practice right now, "
               "I'd much rather hear a no than send things nobody reads.")
BETH_LEAVE = ("thanks for being straight with me, that really helps. sounds like theres no project for us this year so "
              "i'll leave you to it - ping me if u ever get budget x")


def test_beth_texted_ping_me_if_u_ever_get_budget_scores_the_walk_away_and_no_budget_asked():
    for seed in range(4):
        _, events = play_shipped("too-nice", BETH_HONEST, BETH_LEAVE, seed=seed)
        codes = [event.code for event in events if isinstance(event, ScoreChanged)]
        assert "asked" not in codes and "late_get" not in codes, (seed, codes)
        assert "walked_away" in codes, (seed, codes)


# ---- a yes/no question about their side tells nothing: no Trust

@pytest.mark.parametrize("reply", ["Is the board signing this off?", "Do you already have a supplier for this?"])
def test_a_yes_no_question_about_their_side_earns_no_trust(reply):
    assert "trust" not in heard(reply).stages


# ---- found playing Beth and Mags as a new hire: every point says why, in words that are true

def test_rapport_earned_by_inviting_a_no_at_the_opening_says_so_and_that_trust_waits():
    _, events = scored("It's completely fine if this isn't a fit. Would you tell me if it isn't?")
    (event,) = [event for event in events if event.dimension == "pathway"]
    assert event.label == "stage:rapport"
    assert "inviting a no at the opening" in event.reason and "Trust waits for discovery" in event.reason


def test_a_no_invited_before_discovery_once_rapport_is_in_says_trust_waits_instead_of_showing_nothing():
    coach, events = scored("Hope the studio move went well!", "It's completely fine if this isn't a fit, just tell me.")
    assert coach.earned == ["rapport"]
    (event,) = events
    assert (event.code, event.label, event.delta) == ("withheld", "stage:trust", 0)
    assert "before Empathy is earned it is no jump" in event.reason
    assert "isn't a fit" in event.quote and event.tip


def test_a_second_get_in_the_reply_that_repays_a_give_is_named_not_counted_in_silence():
    _, events = scored("I'll knock 10% off the first month.", "What would you decide once you've read it, and by when?",
                       tags=("errand",))
    (event,) = events
    assert event.code == "late_get"
    assert event.reason.endswith("criteria asked too, with nothing left to repay, earns nothing more")
    assert "decide" in event.quote and "by when" in event.quote


def test_a_get_asked_after_every_give_is_repaid_is_not_said_to_come_before_giving_anything():
    _, events = scored("I'll knock 10% off the first month.", "What would you decide, and by when?",
                       "Could we put Thursday at 10 in the diary?", tags=("errand",))
    (event,) = events
    assert event.code == "asked"
    assert "before giving anything" not in event.reason and "every give so far is repaid" in event.reason


def test_a_get_asked_first_thing_still_comes_before_giving_anything():
    _, events = scored("Could we put Thursday at 10 in the diary?")
    assert events[0].reason == "asked for meeting before giving anything"


def test_the_walk_away_credit_quotes_the_walk_away_not_the_thanks_before_it():
    _, events = play_shipped("too-nice", BETH_HONEST, BETH_LEAVE)
    (walked,) = [event for event in events if isinstance(event, ScoreChanged) and event.code == "walked_away"]
    assert walked.quote.startswith("i'll leave you to it") and "ping me if u ever get budget" in walked.quote


def test_after_a_walk_away_the_track_and_the_debrief_say_the_pitch_was_not_owed_not_just_two_of_five():
    session, _ = play_shipped("too-nice", BETH_HONEST, BETH_LEAVE)
    view = CoachView.of(session.events)
    assert view.scores.pathway == 80 and view.not_owed == ("trust", "hope", "urgency")  # Rapport + the three not owed
    track = PathwayTrack.describe(view, 40).plain
    assert "◌ Trust" in track and "Trust, Hope and Urgency were not owed" in track
    assert tile_captions(session.events)["pathway"] == "1 of 5 stages, 3 not owed"


def test_the_debrief_caption_separates_gets_from_what_is_owed():
    session, _ = play_shipped("errand-sender", "I'll knock 10% off the first month.",
                              "What would you decide once you've read it, and by when?")
    assert tile_captions(session.events)["reciprocity"] == "2 gets · 0 owed"


def test_a_quote_is_whole_words_and_a_cue_too_short_to_say_anything_is_quoted_by_its_sentence():
    _, events = scored(WARM_WITH_EXTRA.replace("a free month on us", "a free onboarding day for your lot"))
    (withheld,) = [event for event in events if event.code == "withheld"]
    assert not withheld.quote.endswith(" onb") and not withheld.quote.endswith(" ")
    _, events = scored("Picture the March tender going in with a year of cover data already in hand.")
    (jumped,) = [event for event in events if event.code == "jumped"]
    assert jumped.quote == "Picture the March tender going in with a year of cover data already in hand"
