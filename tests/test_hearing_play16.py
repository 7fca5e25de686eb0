"""Each test names a trainer's judgment found by playing the personas (session 16): how it is going with whoever
serves them now is discovery, when their day starts is not when they will decide, and a chat's question without a
question mark is still a question."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear
from dojo.engine import lexicon_for
from dojo.scenario.library import load_library, shipped_dir


@pytest.fixture(scope="module")
def library():
    return load_library([shipped_dir()])


def _heard(reply: str, lexicon=None):
    return classify(reply, lexicon) if lexicon is not None else classify(reply)


@pytest.mark.parametrize("reply", [
    "How's it going with your current supplier?",
    "How's your current supplier been?",
    "How has your current provider been treating you?",
    "Are you happy with your current supplier?",
    "What's the old system like to work with?",
])
def test_how_it_is_going_with_their_current_supplier_is_discovery_not_small_talk(reply):
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How's it going with BrightClean?",
    "How has BrightClean been treating you?",
    "Are you happy with BrightClean?",
    "What's BrightClean like to work with?",
    "how r things with brightclean lately",
    "Are BrightClean doing a good job?",
])
def test_a_question_to_denise_about_brightclean_is_discovery_not_rapport(library, reply):
    lexicon = lexicon_for(library.entries["third-quote"].scenario)
    assert classify(reply, lexicon).stages == ["empathy"], hear(reply, lexicon).signals.matches


@pytest.mark.parametrize("reply", [
    "How's it going?",
    "How's it going with the new baby?",
    "How's the weekend treating you?",
    "How's your day going?",
])
def test_how_it_is_going_in_their_life_stays_small_talk(reply):
    assert classify(reply).stages == ["rapport"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "When do the half five calls usually start?",
    "When do you start ringing round for cover?",
    "When do your shifts start?",
])
def test_when_their_working_day_starts_is_discovery_not_a_timeline(library, reply):
    lexicon = lexicon_for(library.entries["errand-sender"].scenario)
    signals = classify(reply, lexicon)
    assert signals.gets == [] and signals.stages == ["empathy"], hear(reply, lexicon).signals.matches


@pytest.mark.parametrize("reply", [
    "When are you looking to start?",
    "When could you start?",
    "When do you usually decide on suppliers?",
    "When would you want the new system to start?",
])
def test_when_they_will_start_or_decide_is_still_a_timeline(reply):
    assert "timeline" in classify(reply).gets, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "and who covers when they dont show up",
    "so how many sites have you got",
    "ok what does a bad morning look like",
])
def test_a_chat_question_opened_by_and_so_or_ok_is_still_a_question(reply):
    assert classify(reply).question, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "and who covers when they dont show up at half 5",
    "hey ingrid, whats the fleet like these days",
    "so how r u handling the night shift",
])
def test_a_chat_question_without_a_question_mark_is_discovery_not_an_acknowledgement_that_earns_rapport(reply):
    """Rapport comes with discovery only when the reply acknowledges them in a statement ("sounds like you're run
    off your feet"); a question typed without its question mark asks, and earns Empathy alone."""
    coach = Coach()
    events = coach.score(1, classify(reply))
    earned = [event.label for event in events if event.code == "stage_earned"]
    assert earned == ["stage:empathy"], events


def test_an_acknowledgement_before_discovery_still_earns_rapport():
    coach = Coach()
    events = coach.score(1, classify("Sounds like you're run off your feet. How many no-shows a week?"))
    assert {event.label for event in events if event.code == "stage_earned"} == {"stage:rapport", "stage:empathy"}


@pytest.mark.parametrize("reply", ["How're you finding the current system?", "how're they finding it"])
def test_how_youre_finding_it_with_the_contraction_is_discovery(reply):
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "could we do thursday 8am with you and raymond?",
    "Can we do Tuesday at 10 with you and the partners?",
])
def test_a_slot_proposed_with_them_is_a_meeting_asked_for_not_a_favour_done_for_them(reply):
    """"Could we do Thursday 8am with you and Raymond?" asks for their diary; it is not a chore done with them, so it
    is not traded for itself (play16: +15 "traded favour for meeting")."""
    signals = classify(reply)
    assert signals.gives == [] and "meeting" in signals.gets, hear(reply).signals.matches


def test_a_chore_done_with_them_is_still_a_favour():
    assert classify("I'll fill in the grant paperwork with you on a call").gives == ["favour"]
