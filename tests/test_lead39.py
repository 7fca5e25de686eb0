"""What the lead found playing session 39's scenarios as a new rep, pinned as a trainee would notice it."""

from __future__ import annotations

import dataclasses

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from dojo.engine import Session
from dojo.engine.events import FactMissed
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from tests.persona_play import play_shipped, said_to_last, score_changes


@pytest.mark.parametrize("reply", [
    "Would you be up for 15 minutes on Thursday?",
    "Do you have 15 mins Tues?",
    "could you spare ten minutes tomorrow?",
])
def test_a_short_stretch_of_their_time_asked_beside_a_day_is_a_meeting_asked_for(reply):
    assert classify(reply).gets == ["meeting"]


@pytest.mark.parametrize("reply", [
    "It takes 15 minutes on a Monday to fill in.",
    "Do you spend 15 minutes on Monday mornings on the rota?",
])
def test_how_long_something_takes_on_a_day_asks_for_no_meeting(reply):
    assert "meeting" not in classify(reply).gets


def test_mags_offered_the_send_for_fifteen_minutes_first_scores_the_trade():
    # The second opinion's meeting veto took the slot ("so what I send" weighed against a meeting), so the reply
    # lost 10 as information given for nothing.
    _, events = play_shipped("errand-sender", "Hi Mags, thanks for picking up, I know you're on the road",
                             "I'm happy to send something over, sure. Would you be up for 15 minutes on Thursday first "
                             "so what I send actually fits how you run things?", seed=2)
    last = [change for change in score_changes(events) if change.dimension == "reciprocity"][-1]
    assert last.turn == 2 and last.delta > 0, last


def test_denise_asked_what_is_not_working_with_her_contractor_was_asked_what_has_gone_wrong():
    # The debrief told a rep who had asked exactly that to "ask how the current contract has gone".
    session = Session(load_scenario(shipped_dir() / "third-quote.toml"), seed=6)
    session.reply("Hi Denise, thanks for the invite to quote. Happy to get something to you by Friday.")
    session.reply("So I price the right thing, can you talk me through what's not working with the current contractor?")
    session.end()
    gap = {event.fact: event for event in session.events if isinstance(event, FactMissed)}.get("gap")
    assert gap is not None and gap.asked_at == [2]


def test_beth_offered_the_proposal_for_time_with_henrik_after_her_no_answers_the_time():
    # Her fallback ("I'm not sure I'm the right person to ask") answered neither the offer nor the time asked.
    replies = ["Beth, lovely to meet you. Thanks for the kind words about the demo",
               "Look, it's completely fine to tell me this isn't a priority. I'd much rather a straight no than a maybe. "
               "Where does this really sit for the partners?",
               "I'll write the proposal for the partners meeting, happy to. In return could you get me 20 minutes with "
               "the managing partner beforehand so it answers what she actually cares about?"]
    for seed in range(4):
        _, line = said_to_last("too-nice", replies, seed=seed)
        assert "Henrik" in line and "right person" not in line, (seed, line)


def test_graham_asked_who_must_be_comfortable_before_the_university_commits_names_ruth_not_himself():
    replies = ["Hi Graham, thanks for having me. How's the new term treating you?",
               "You've said yes to a lot today, which I appreciate, but I'd honestly rather hear a no now than find out "
               "in six months. What might stop this going ahead?",
               "Who besides you would need to be comfortable before the university commits?"]
    for seed in range(4):
        _, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        assert "Ruth" in line and not line.startswith(("Me,", "Mostly just me", "Just me")), (seed, line)


def test_a_question_whether_something_is_attached_hands_nothing_over():
    # Session 39's give.attached heard information in it when the rules heard alone.
    rules_alone = dataclasses.replace(default_lexicon(), second_opinion=False)
    heard = classify("Is there budget attached?", rules_alone)
    assert heard.gives == [] and heard.gets == ["budget"]
    assert classify("the load calcs you asked for, attached", rules_alone).gives == ["information"]
