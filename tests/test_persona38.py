"""Persona lines from session 38: the lines the lead found in play, then batch30's wrong and non lines, each pinned as a
trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)

AGENDA_CHECK = "Before we start, have we still got half an hour, and is it OK if I ask a few questions first?"


# ---------------------------------------------------------------- the lead's play
@pytest.mark.parametrize("prior", [[], ["What's prompted the tender?"]])
def test_denise_offered_the_quote_by_a_date_for_the_scoring_answers_how_the_panel_scores(prior):
    # The rep asked for the scoring in return for the quote: she answers it, not only her reaction to the quote.
    trade = ("If we were to get the quote over to you by Thursday, would you be able to share how the panel will score "
             "the bids?")
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [*prior, trade], seed=seed)
        assert "quality" in line.lower() and "sheet" in line.lower(), (seed, line)
        assert "expect something" not in line.lower() and "still want to quote" not in line.lower(), (seed, line)


@pytest.mark.parametrize("scenario", ["not-the-decision-maker", "tire-kicker"])
def test_jamie_and_theo_asked_for_time_and_leave_to_ask_say_yes_ask_away(scenario):
    # An agenda check asks for time and leave to ask, not a pleasantry back ("Ha, thanks!", "Good to talk!").
    for seed in SEEDS:
        _, line = said_to_last(scenario, [AGENDA_CHECK], seed=seed)
        low = line.lower()
        assert any(w in low for w in ("ask away", "fire away", "ask me anything", "go ahead and ask", "go on")), (seed, line)
        assert "good to talk" not in low and "thanks!" not in low and "so glad you called" not in low, (seed, line)


@pytest.mark.parametrize("question", [
    "Right... and does that... work, mostly...?",
    "Is that givin' anybody grief?",
    "What are the issues you are facing with the present system?",
])
def test_beth_asked_whether_the_way_things_are_works_tells_the_month_end_scramble_not_all_fine(question):
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["Hi Beth. How do the architects log their time today?", question], seed=seed)
        assert "month-end" in line.lower(), (seed, line)
        assert "it'd all be fine" not in line.lower(), (seed, line)


def test_beth_asked_whether_a_date_works_is_not_heard_as_asking_how_things_work():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", ["Does Tuesday work for you?"], seed=seed)
        assert "month-end" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- batch30
@pytest.mark.parametrize(("scenario", "prior", "permission", "bad"), [
    ("afraid-to-say-no", [], "Now listen, if this isn't for ye, you just says so, I won't be one bit put out.", "of course"),
    ("tire-kicker", ["Hello Theo. Handwritten forms we read well, yes. But please tell me, for what purpose is this report for board?"],
     "If it is only research, is okay, you can tell me honestly.", "support model"),
    ("third-quote", ["Morning Denise. What's prompted the tender?"],
     "Marcus would rather be told now if the decision is already made. That's completely fine to say.", "read nicely"),
])
def test_a_no_made_safe_in_new_words_draws_the_straight_answer(scenario, prior, permission, bad):
    for seed in SEEDS:
        _, line = said_to_last(scenario, [*prior, permission], seed=seed)
        assert bad not in line.lower(), (seed, line)


def test_ingrid_told_the_rep_may_be_only_her_lever_says_so_not_an_opening_discount():
    rep = "And if the plan is just to land a lower price with your current supplier, tell me now and we'll both save fuel."
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [rep], seed=seed)
        assert "opening discount" not in line.lower(), (seed, line)
        assert "eighteen" in line.lower() or "renewal" in line.lower(), (seed, line)


@pytest.mark.parametrize("question", [
    "Now you are using which system for the trucks?",
    "do all three hundred trucks need tracking, or just the long-haul fleet?",
])
def test_ingrid_asked_how_the_fleet_is_set_up_answers_the_fleet_not_her_renewal(question):
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [question], seed=seed)
        assert "three hundred" in line.lower() and "eighteen" not in line.lower(), (seed, line)


def test_ingrid_offered_a_sharper_price_for_a_meeting_with_the_signer_hears_a_trade():
    rep = "Straight talk from the cockpit: if we sharpen the price, can we get a meeting with whoever actually signs the contract?"
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [rep], seed=seed)
        assert "asking nicely" not in line.lower() and "Marcus" in line, (seed, line)


def test_mags_asked_who_makes_the_schedule_says_it_is_her_not_who_signs():
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", [
            "Good morning, Mags. I can send, of course, but first please, two minutes: how you are making schedule for four "
            "hundred cleaners now?",
            "I understand. And who is doing this schedule, you yourself or somebody in office?"], seed=seed)
        assert "me" in line.lower().split() or "on me" in line.lower(), (seed, line)
        assert "Raymond" not in line, (seed, line)


@pytest.mark.parametrize("question", [
    "How's the bookin' done across the twelve clinics now, is it all different at each one?",
    "What is happening now with the bookings, is it by phone only?",
])
def test_jamie_asked_how_booking_works_after_naming_her_boss_says_how_not_only_the_no_shows(question):
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", ["Who's the one who makes the call on spending the money?", question],
                               seed=seed)
        assert any(w in line.lower() for w in ("phone", "ring", "online")), (seed, line)


@pytest.mark.parametrize("ask", [
    "Any chance ya could get herself on the demo too? No sense showin' it twice, b'y.",
    "Better we invite the decision maker also for the demo, isn't it? Then no need to do two times.",
])
def test_jamie_asked_to_bring_her_boss_to_the_demo_says_she_will_ask(ask):
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", ["Who's the one who makes the call on spending the money?", ask],
                               seed=seed)
        assert "ask" in line.lower() and "like i said" not in line.lower() and "best way in" not in line.lower(), (seed, line)


def test_theo_asked_when_the_board_reads_the_report_after_saying_what_it_is_for_gives_the_quarter():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [
            "Hello Theo. Handwritten forms we read well, yes. But please tell me, for what purpose is this report for board?",
            "When board is reading the report?"], seed=seed)
        assert "quarter" in line.lower(), (seed, line)


@pytest.mark.parametrize("question", [
    "The partners really want this or not? Or only you want?",
    "is this a priority for partners this yr, or nice-to-have?",
])
def test_beth_asked_whether_the_partners_want_it_says_it_is_her_idea_not_her_fallback(question):
    for seed in SEEDS:
        _, line = said_to_last("too-nice", [question], seed=seed)
        assert "i'd have to think" not in line.lower() and ("keen" in line.lower() or "my" in line.lower()), (seed, line)


@pytest.mark.parametrize(("question", "bad"), [
    ("What's prompted you to look at room booking now?", "some days it's chaos"),
    ("And what does that cost the facilities team, roughly, in hours each week?", "a bit of a muddle"),
    ("Some awful when rooms sits empty and nobody knows, b'y. How many of 'em would ya say goes unused in a week?",
     "some days it's chaos"),
])
def test_graham_asked_why_now_the_hours_or_how_many_rooms_sit_empty_answers_that_not_the_muddle(question, bad):
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [question], seed=seed)
        assert bad not in line.lower() and "forty buildings, lots of rooms" not in line.lower(), (seed, line)
