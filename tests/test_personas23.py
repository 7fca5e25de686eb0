"""Persona faults found in session 23, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from dojo.engine.events import SessionEnded
from tests.persona_play import play_and_read as play
from tests.persona_play import play_shipped, prospect_lines

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Beth: after the truth
BETH_TO_THE_TRUTH = (
    "Hi Beth, thanks for taking the call. How do the architects log their time today?",
    "It's completely fine if this isn't a fit for you, I'd rather hear a no now. Where do things really stand?",
)


def test_beth_asked_when_the_tool_renews_gives_the_date_without_april_budget_nobody_asked_about():
    for reply in ("Thanks for being straight with me. When does the current tool renew?",
                  "Appreciate that. When's the renewal date on the old tool?"):
        for seed in range(6):
            _, lines, facts = play("too-nice", *BETH_TO_THE_TRUTH, reply, seed=seed)
            assert "September" in lines[0] and "April" not in lines[0] and "budget" not in lines[0], (reply, seed, lines)
            assert facts == ["renewal"], (reply, seed, lines)


def test_beth_asked_for_a_meeting_what_henrik_needs_and_whether_joanne_comes_answers_all_three():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", *BETH_TO_THE_TRUTH,
                           "Thanks for being straight with me. When does the current tool renew?",
                           "Could we get 30 minutes with Henrik next Tuesday at 10? What would he need to see, and should "
                           "Joanne come too?", seed=seed)
        line = lines[0]
        assert "Joanne should come" in line or "bring Joanne" in line or "she should come" in line, (seed, lines)
        assert "need to see" in line or "want to see" in line or "saves Joanne" in line, (seed, lines)
        assert "ask him" in line, (seed, lines)


# ---------------------------------------------------------------- 2. Ingrid: how long, and the drivers before her lever
def test_ingrid_asked_how_long_the_photos_have_gone_missing_says_how_long_not_a_doubt_nobody_raised():
    for reply in ("Ouch. How long has that been going on?", "How long have the photos been going missing?"):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", "Before any number, what's made you go out to quote now?",
                               "Understood. Apart from the price, what does the current system get wrong?", reply, seed=seed)
            assert "lose them too" not in lines[0] and "year" in lines[0], (reply, seed, lines)


def test_ingrid_asked_how_many_drivers_complain_before_her_lever_says_thats_fleets_worry_and_gives_her_reason():
    for seed in SEEDS:
        session, lines, facts = play("discount-hunter", "How many drivers use the app today, and how many of them complain?",
                                     seed=seed)
        assert "fleet" in lines[0].lower() and "eighteen percent" in lines[0], (seed, lines)
        assert facts == ["lever"] and session.state == "leverage", (seed, lines)


# ---------------------------------------------------------------- 3. Denise: is the incumbent quoting too?
DENISE_CANDID = ("Thanks Denise. Before I write anything, is there a real chance here, or is this a box-ticking third "
                 "quote? Either answer is fine.",)


def test_denise_asked_if_brightclean_are_bidding_again_says_they_are_not_do_you_still_want_to_quote():
    for reply in ("Is BrightClean bidding again?", "Are they putting a quote in as well?"):
        for seed in SEEDS:
            _, lines, facts = play("third-quote", *DENISE_CANDID, reply, seed=seed)
            assert "still want to quote" not in lines[0] and "put something in" not in lines[0], (reply, seed, lines)
            assert "quote" in lines[0] or "putting one in" in lines[0], (reply, seed, lines)
            assert facts == [], (reply, seed, lines)


# ---------------------------------------------------------------- 4. Graham: a call before the review, after his no
GRAHAM_TO_THE_REVIEW = (
    "Hi Graham, how do rooms get booked at the moment?",
    "It'd be totally okay if this just isn't happening. Has it gone to someone else?",
    "Thank you for telling me. When might it be looked at again?",
)


def test_graham_asked_to_pop_a_call_in_before_the_review_says_a_real_yes_not_ruth_decided():
    for reply in ("Could we maybe, possibly, pop something in for a month or so before that?",
                  "Perhaps it might not be the worst idea to have a brief word nearer that time?"):
        for seed in SEEDS:
            session, events = play_shipped("afraid-to-say-no", *GRAHAM_TO_THE_REVIEW, reply, seed=seed)
            lines = prospect_lines(events)
            assert "Ruth decided" not in lines[0] and "review" in lines[0], (reply, seed, lines)
            ended = [event for event in events if isinstance(event, SessionEnded)]
            assert session.finished and ended[0].ending == "door_open", (reply, seed, lines)


def test_graham_asked_the_best_next_step_after_his_no_names_the_review_not_an_apology():
    for seed in SEEDS:
        _, lines, facts = play("afraid-to-say-no", *GRAHAM_TO_THE_REVIEW[:2],
                               "OK, so what's the best next step, if any?", seed=seed)
        assert "review" in lines[0] and facts == ["review"], (seed, lines)


def test_graham_asked_to_talk_in_august_before_his_no_says_yes_as_he_does_to_everything():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", "hi graham, how do ppl book rooms atm?", "fair. talk in aug then?", seed=seed)
        assert lines[0].startswith("Yes") and "Hard to say" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- 5. Helen: what would have to be true
def test_helen_asked_what_would_have_to_be_true_says_what_it_takes_not_the_scorecard_again():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", "Hi Helen, before the spreadsheet, how long have you been looking at platforms?",
                           "Eighteen months is a long time. How will you actually choose between them?",
                           "What would have to be true to pick one this quarter?", seed=seed)
        assert "rows" not in lines[0] and "weighted" not in lines[0], (seed, lines)
        assert "sure" in lines[0] or "certainty" in lines[0].lower(), (seed, lines)


# ---------------------------------------------------------------- 6. Theo: a budget asked in two words
def test_theo_asked_any_budget_without_a_question_mark_dodges_the_budget_not_id_have_to_check():
    for reply in ("any budget", "ok so any money for it"):
        for seed in SEEDS:
            _, lines, _ = play("tire-kicker", "handwriting: decent. whats the report for", reply, seed=seed)
            assert "have to check" not in lines[0] and "Not one I can answer" not in lines[0], (reply, seed, lines)
            assert "budget" in lines[0].lower() or "money" in lines[0].lower(), (reply, seed, lines)


# ---------------------------------------------------------------- found in play: how long has that been going on?
def test_denise_asked_how_long_the_missed_deep_cleans_have_gone_on_says_this_winter():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", *DENISE_CANDID, "And how have they been, honestly, over the last year or so?",
                           "Ouch. How long has that been going on?", seed=seed)
        assert "winter" in lines[0] or "autumn" in lines[0], (seed, lines)
        assert "how you'd stop" not in lines[0], (seed, lines)


def test_mags_asked_how_long_the_no_shows_have_gone_on_says_since_september():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "Sorry, what's been going wrong with the current cleaners?",
                           "How long has that been going on, sorry?", seed=seed)
        assert "September" in lines[0] and "wherever you poke" not in lines[0], (seed, lines)


def test_beth_asked_to_put_a_call_in_for_the_renewal_says_yes_and_when_not_the_date_alone():
    for seed in SEEDS:
        _, lines, facts = play("too-nice", *BETH_TO_THE_TRUTH,
                               "Appreciated. Shall we put a call in for when it comes up again?", seed=seed)
        assert "September" in lines[0] and "August" in lines[0] and "Henrik signs it" not in lines[0], (seed, lines)
        assert facts == ["renewal"], (seed, lines)


# ---------------------------------------------------------------- found by the lead after the retrain
def test_graham_asked_whether_he_can_hear_the_rep_says_so_instead_of_calling_it_a_good_question():
    for reply in ("Hi Graham, sorry, I'm on the train, you might lose me. Can you hear me OK?",
                  "sorry am I breaking up?"):
        for seed in SEEDS:
            _, lines, _ = play("afraid-to-say-no", reply, seed=seed)
            assert "good question" not in lines[0].lower() and "manage" not in lines[0], (reply, seed, lines)
            assert any(word in lines[0] for word in ("hear you", "loud and clear", "Perfectly")), (reply, seed, lines)
