"""Persona lines from session 37: the lines the lead found in play, then batch29's wrong and non lines, each pinned as a
trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, or the facts it told.
"""

from __future__ import annotations

import pytest

from dojo.engine.again import after_lead
from tests.persona_play import play_and_read, said_to_last

SEEDS = range(4)

BETH_TO_THE_TRUTH = "It's completely fine if this isn't a fit for you, I'd rather hear a no now. Where do things really stand?"


# ---------------------------------------------------------------- the lead's play
@pytest.mark.parametrize("check", [
    "Before we dive in, can I check we've got 20 minutes and that you're OK if I ask a few questions?",
    "Have we still got half an hour?",
])
def test_graham_asked_for_time_and_leave_to_ask_says_yes_ask_away(check):
    # An agenda check asks for time, not how the project is going: no "I'm sure it'll all be fine!", no rooms.
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [check], seed=seed)
        assert any(w in line.lower() for w in ("ask away", "fire away", "ask me anything")), (seed, line)
        assert "room" not in line.lower() and "keen" not in line.lower(), (seed, line)


def test_graham_asked_how_the_summer_was_answers_small_talk_not_the_project():
    for seed in range(8):
        _, line = said_to_last("afraid-to-say-no", ["how was the summer?"], seed=seed)
        assert "fine" not in line.lower() and "keen" not in line.lower() and "positive" not in line.lower(), (seed, line)


@pytest.mark.parametrize("prior", [
    ["How are bookings handled across the clinics today?"],
    ["How are bookings handled across the clinics today?", "Who really decides, though?",
     "Could we get the people who sign off on the demo too?"],
])
def test_jamie_told_alison_is_needed_at_the_demo_says_she_will_ask_her(prior):
    # Their decider wanted in the room ("we really need Alison in the room for the demo, don't we?") is a decision-maker
    # get: she answers for asking Alison, not with her fallback, nor her confession again.
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [*prior, "So we really need Alison in the room for the demo, don't we?"],
                               seed=seed)
        assert "ask" in line.lower() and "like i said" not in line.lower() and "as i said" not in line.lower(), (seed, line)


THEO_TO_PRIYA = (
    "Hi Theo, thanks for making the time. I'm happy to send over our handwriting benchmarks. Before I do, when do you need "
    "something in place, and who else is involved in the decision?",
    "What made you start looking at this now, and have you ever bought a tool like this before?",
    "Thanks for being straight with me. Who else in the business is struggling with a backlog right now?",
)


def test_theo_asked_introduce_me_this_week_answers_the_introduction_not_his_fallback():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [*THEO_TO_PRIYA, "Introduce me this week?"], seed=seed)
        assert "Priya" in line or "her" in line, (seed, line)
        assert "implementation" not in line.lower(), (seed, line)


@pytest.mark.parametrize("prior", [[], ["Hi Beth. How do the architects log their time today?"]])
def test_beth_asked_how_many_other_proposals_she_has_answers_the_pile_not_the_timesheets(prior):
    for seed in SEEDS:
        _, line = said_to_last("too-nice", [*prior, "How many other proposals have you got sitting in your inbox?"], seed=seed)
        assert "timesheet" not in line.lower() and "finance lady" not in line.lower(), (seed, line)
        assert any(w in line.lower() for w in ("pile", "stack", "three or four", "a few")), (seed, line)


def test_beth_asked_how_many_other_proposals_after_the_truth_says_none_goes_anywhere():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", [BETH_TO_THE_TRUTH, "How many other proposals have you got sitting in your inbox?"],
                               seed=seed)
        assert "Henrik" in line and "Joanne" not in line, (seed, line)


@pytest.mark.parametrize("prior", [[], ["Hi Beth. How do the architects log their time today?"]])
def test_beth_asked_when_the_billing_contract_runs_out_and_what_happens_before_gives_the_date(prior):
    reply = "When does the old billing contract run out, and what needs to happen before then?"
    for seed in SEEDS:
        _, lines, facts = play_and_read("too-nice", *prior, reply, seed=seed)
        assert "September" in lines[0] and "Henrik" in lines[0], (seed, lines)
        assert "renewal" in facts, (seed, facts)


def test_a_line_said_again_after_a_lead_in_drops_the_interjections_it_opened_with():
    # "Oh, like I said: Oh, well, if that's really all right: honestly…" stutters; the reminder starts at the content.
    said = after_lead("Oh, like I said:", "Oh, well, if that's really all right: honestly, I can't buy anything.")
    assert said == "Oh, like I said: Honestly, I can't buy anything."
    assert after_lead("Like I said:", "Henrik decides.") == "Like I said: Henrik decides."


# ---------------------------------------------------------------- batch29
@pytest.mark.parametrize("reply", ["Like, how long has it been like that?", "And this problem, since when it is happening?"])
def test_graham_asked_how_long_it_has_been_like_that_says_how_long(reply):
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", ["How are rooms booked at the moment?", reply], seed=seed)
        assert any(w in line.lower() for w in ("years", "forever", "as long as")), (seed, line)


def test_graham_asked_how_the_university_decides_which_room_goes_where_says_how_rooms_are_booked():
    reply = "Please, may I ask, how does the university decide today which room goes to which class?"
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [reply], seed=seed)
        assert any(w in line.lower() for w in ("sheet", "spreadsheet", "outlook")), (seed, line)


@pytest.mark.parametrize("permission", [
    "it's like, one hundred percent fine if you end up saying no to this, I'd way rather hear it now, okay?",
    "It is fine if only research, no problem for me. I just want know true situation.",
])
def test_a_no_made_safe_in_new_words_is_heard_as_permission(permission):
    from dojo.coach import classify, default_lexicon
    assert classify(permission, default_lexicon()).permission, permission


def test_theo_given_permission_in_second_language_words_comes_clean_and_then_says_nothing_was_ever_bought():
    prior = ["Hi Theo. First I want to ask, this report for board, is real project or only research?",
             "It is fine if only research, no problem for me. I just want know true situation."]
    for seed in SEEDS:
        _, lines, facts = play_and_read("tire-kicker", *prior, seed=seed)
        assert facts == ["no_project"], (seed, lines)
        _, line = said_to_last("tire-kicker", [*prior, "Your company buy this kind of system before?"], seed=seed)
        assert "Priya" not in line and ("never" in line.lower() or line.startswith("No")), (seed, line)


def test_ingrid_asked_what_happens_if_they_do_nothing_says_nothing_breaks():
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", ["What happens if you do nothing? Does anything actually break?"], seed=seed)
        assert "Nothing" in line, (seed, line)


@pytest.mark.parametrize("reply", ["How long has that been happening then?", "This problem happen how long already?"])
def test_jamie_asked_how_long_the_no_shows_have_gone_on_says_since_easter(reply):
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", ["How do your clinics do bookings now?", reply], seed=seed)
        assert "Easter" in line and "forty" not in line.lower(), (seed, line)


def test_denise_asked_how_many_quotes_she_is_getting_says_three_not_the_deep_cleans():
    for prior in ([], ["What's made you look for new cleaners?"]):
        for seed in SEEDS:
            _, line = said_to_last("third-quote", [*prior, "And how many quotes are you getting?"], seed=seed)
            assert "three" in line.lower() and "deep-clean" not in line, (prior, seed, line)


def test_denise_asked_if_she_will_just_pick_the_cheapest_says_how_they_choose():
    # The board's sheet, or what would win it (the deep-cleans done); her fallback ("I'd rather hear how you'd stop…") said
    # nothing about how they pick.
    prior = ["Can I ask what's going on with your current cleaners first?",
             "So why are you going out to quote right now, like what kicked it off?"]
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [*prior, "And how are you guys actually gonna pick, is it literally just the cheapest one?"],
                               seed=seed)
        assert "rather hear" not in line and ("method statement" in line or "deep-clean" in line), (seed, line)


def test_helen_in_real_talk_offered_a_demo_for_a_yes_or_no_in_two_weeks_says_frank_signs_not_thanks():
    prior = ["You are evaluating how long time already?", "Why until now still no decide?", "Who will decide finally, you or your boss?",
             "When is the deadline for the decide?"]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [*prior, "Okay, I can do demo, but after demo you give me answer yes or no in two weeks, can?"],
                               seed=seed)
        assert "Frank" in line and "regional managers" not in line, (seed, line)
