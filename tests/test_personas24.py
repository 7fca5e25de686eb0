"""Persona faults found in session 24's play, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Ingrid: how many drivers complain
def test_ingrid_asked_how_many_drivers_complain_gives_a_count_not_only_the_photos():
    for reply in ("How many drivers complain?", "how many of em moan about the app?"):
        for seed in SEEDS:
            _, lines, facts = play("discount-hunter", "Hi Ingrid, what's behind shopping around this time?", reply,
                                   seed=seed)
            line = lines[0]
            assert "most" in line.lower() or "number" in line, (reply, seed, lines)
            assert "photo" in line and facts == ["pain"], (reply, seed, lines)


def test_ingrid_asked_how_many_drivers_complain_after_naming_the_photos_gives_a_count_not_how_often():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", "Hi Ingrid, what's behind shopping around this time?",
                           "What does the current system get wrong apart from price?", "How many drivers complain?",
                           seed=seed)
        assert "most" in lines[0].lower() and "Every week" not in lines[0], (seed, lines)


def test_ingrid_asked_how_many_drivers_complain_first_says_she_has_no_count_then_her_renewal():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", "Hi Ingrid, how many drivers complain?", seed=seed)
        line = lines[0]
        assert "count" in line or "No idea how many" in line or "Couldn't tell you" in line, (seed, lines)
        assert "eighteen percent" in line and facts == ["lever"], (seed, lines)


# ---------------------------------------------------------------- 2. Helen: how a decision gets made, and calling it a day
def test_helen_asked_how_a_decision_gets_made_says_how_she_chooses_not_the_spreadsheet_demand():
    for before in ((), ("Hi Helen, how long have you been looking?",)):
        for seed in SEEDS:
            _, lines, _ = play("eternal-evaluator", *before, "Hi Helen, how does a decision get made there?",
                               seed=seed)
            line = lines[0]
            assert "scorecard" in line or "Carefully" in line or "row" in line, (before, seed, lines)
            assert "rather not go into that" not in line and "answers in the spreadsheet" not in line, (before, seed, lines)


def test_helen_asked_for_a_decision_this_quarter_or_to_call_it_a_day_answers_both_halves():
    for before in ((), ("Hi Helen, how long have you been looking?",),
                   ("Hi Helen, how long have you been looking?", "What's made it so hard to decide?")):
        for seed in SEEDS:
            _, lines, _ = play("eternal-evaluator", *before,
                               "Can we get a decision this quarter? If not, happy to call it a day.", seed=seed)
            line = lines[0]
            assert "quarter" in line or "deadline" in line or "date" in line, (before, seed, lines)
            assert "call it a day" in line or "walk away" in line or "turning you away" in line \
                or "give up" in line or "Don't go" in line, (before, seed, lines)


def test_helen_told_lets_call_it_a_day_is_not_asked_for_the_demo_or_met_with_yes():
    for before in ((), ("Hi Helen, how long have you been looking?",)):
        for seed in SEEDS:
            session, lines, _ = play("eternal-evaluator", *before, "Honestly, let's call it a day. No hard feelings.",
                                     seed=seed)
            line = lines[0]
            assert line != "Yes?" and "need that demo" not in line and "fill in the spreadsheet" not in line, (before, seed, lines)
            # Either she lets the rep go, or she is surprised and says how long she has been at it.
            assert session.finished or "eighteen months" in line, (before, seed, lines)


def test_helen_offered_permission_to_say_no_on_the_first_turn_answers_it_not_the_spreadsheet():
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", "If this isn't a fit for you, it's fine to say no.", seed=seed)
        assert "no" in lines[0].lower() and "demo" not in lines[0] and facts == ["history"], (seed, lines)


# ---------------------------------------------------------------- 3. Beth: the budget date and would Henrik do a chat
BETH_TO_THE_TRUTH = (
    "Hi Beth, thanks for taking the call. How do the architects log their time today?",
    "It's completely fine if this isn't a fit for you, I'd rather hear a no now. Where do things really stand?",
)


def test_beth_asked_when_the_budget_is_set_and_would_henrik_do_a_chat_says_april_and_whether_he_would():
    for reply in ("When is the budget set, and would Henrik do a chat?",
                  "When is the budget set? And would Henrik do a chat with me?",
                  "When does the budget get set, and would Henrik be open to a quick chat?"):
        for seed in SEEDS:
            _, lines, _ = play("too-nice", *BETH_TO_THE_TRUTH, reply, seed=seed)
            line = lines[0]
            assert "April" in line and "Henrik" in line, (reply, seed, lines)
            assert "robably" in line or "yes" in line or "would" in line.split("Henrik", 1)[1], (reply, seed, lines)
            assert "I could ask him" not in line and "September" not in line, (reply, seed, lines)


def test_beth_asked_only_whether_henrik_would_do_a_chat_answers_it_not_id_have_to_think():
    for seed in SEEDS:
        _, lines, facts = play("too-nice", *BETH_TO_THE_TRUTH, "would Henrik do a chat with me?", seed=seed)
        assert "think about that one" not in lines[0] and "Henrik" in lines[0], (seed, lines)
        assert facts == [], (seed, lines)  # her no has already named Henrik (persona27)


# ---------------------------------------------------------------- 4. Ingrid: chat spelling, and a number tied to signing
def test_ingrid_asked_how_long_the_photos_have_been_goin_on_in_chat_spelling_says_how_long():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", "whats got u shopping around tho?", "whats the currnt lot like otherwise",
                           "yikes, lost photos?? how long has that been goin on", seed=seed)
        assert "year" in lines[0] and "how do I know" not in lines[0], (seed, lines)


def test_ingrid_offered_a_number_if_she_signs_this_month_says_no_deal_not_asks_for_a_real_number():
    for before in ((), ("Fourteen pounds per vehicle per month, ten percent off for three hundred. That's our best.",)):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *before, "Fine, twelve then if you sign this month. Deal?", seed=seed)
            line = lines[0]
            assert "real number" not in line and "still waiting" not in line, (before, seed, lines)
            assert "deal" in line.lower() or "condition" in line or "Sign" in line, (before, seed, lines)


# ---------------------------------------------------------------- 5. Beth: how are things at the practice
def test_beth_asked_how_things_are_at_the_practice_says_how_things_are_not_timesheets():
    for reply in ("aww thank u beth!! how r things at the practice, busy?", "How are things at the practice? Busy?"):
        for seed in SEEDS:
            _, lines, _ = play("too-nice", reply, seed=seed)
            line = lines[0]
            assert "timesheet" not in line and "proposal" not in line and "not sure" not in line, (reply, seed, lines)
            assert "busy" in line.lower() or "whirlwind" in line, (reply, seed, lines)


# ---------------------------------------------------------------- 6. Denise: a visit to the blocks
def test_denise_asked_to_visit_the_blocks_answers_the_visit_not_that_tom_wont_meet_bidders():
    for before in ((), ("hi denise! friday shud be ok, whats prompting the retender?", "who decides in the end? is it u")):
        for reply in ("Can I visit the blocks on Monday?", "cud we pop round and see a couple of the blocks next week"):
            for seed in SEEDS:
                _, lines, _ = play("third-quote", *before, reply, seed=seed)
                line = lines[0]
                assert "Tom" not in line and "meeting" not in line.lower(), (before, reply, seed, lines)
                assert "visit" in line or "caretaker" in line or "see them" in line, (before, reply, seed, lines)


# ---------------------------------------------------------------- 7. Helen: when she will decide, after a demo given away
HELEN_DEMO_GIVEN = ("We have offline mode and gamification. I'll book the panel demo for next week.",)


def test_helen_chased_with_when_will_you_decide_says_when_not_only_that_it_goes_on_the_row():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", *HELEN_DEMO_GIVEN,
                           "Look, we're the best platform on your list. When will you decide?", seed=seed)
        assert "When" in lines[0] and "row" not in lines[0], (seed, lines)


def test_helen_bristling_asked_for_a_decision_this_quarter_or_to_call_it_a_day_answers_both_halves():
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", *HELEN_DEMO_GIVEN,
                               "Look, we're the best platform on your list. When will you decide?",
                               "Can we get a decision this quarter? If not, happy to call it a day.", seed=seed)
        line = lines[0]
        assert "quarter" in line and ("call it a day" in line or "walk away" in line or "give up" in line), (seed, lines)
        assert facts == ["no_deadline"], (seed, lines)


# ---------------------------------------------------------------- 8. Helen: a decision date before she trusts the rep
def test_helen_offered_a_decision_date_with_frank_before_trusting_the_rep_answers_the_date_not_only_no_deadline():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", "Happy to help. Before the spreadsheet, could I ask how long you've been "
                           "evaluating platforms?", "That's a long time. What's made it hard to land on one?",
                           "Who would sign off on the next platform?",
                           "Would it help to agree the criteria now and set a decision date with Frank in the room?",
                           seed=seed)
        line = lines[0]
        assert line not in ("No deadline. I'd rather take longer than choose wrong.",
                            "There's no fixed date. We'll decide when we find the right one."), (seed, lines)
        assert "date" in line and ("2022" in line or "flopped" in line or "last one" in line), (seed, lines)


# ---------------------------------------------------------------- 9. Helen: how long she has been evaluating
def test_helen_asked_how_long_she_has_been_evaluating_says_how_long_not_how_will_i_choose():
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", "Happy to help. Before the spreadsheet, could I ask how long you've "
                               "been evaluating platforms?", seed=seed)
        line = lines[0]
        assert "eighteen months" in line.lower() and "How will I choose" not in line, (seed, lines)
        assert "scorecard" not in line and facts == ["history"], (seed, lines)


# ---------------------------------------------------------------- 10. Jamie: would Dr Greer be up for a chat
def test_jamie_asked_whether_dr_greer_would_be_up_for_a_chat_answers_the_chat_not_who_decides_again():
    for before in (("whats been driving the search?", "who decides?", "who really decides?"), ()):
        for reply in ("would Dr Greer be up for a quick chat at some point?", "wud dr greer be up for a chat?"):
            for seed in SEEDS:
                _, lines, _ = play("not-the-decision-maker", *before, reply, seed=seed)
                line = lines[0]
                assert "Like I said" not in line and "as I said" not in line and "That's me" not in line, (before, reply, seed, lines)
                assert "ask" in line or "diary" in line or "tell her" in line, (before, reply, seed, lines)


# ---------------------------------------------------------------- 11. Mags: a "quick q" in chat, without a question mark
def test_mags_asked_a_quick_q_about_the_biggest_pain_in_chat_answers_it_not_only_email_it_over():
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", "no worries mags!! good luck w the inspection lol. quick q before u go, "
                               "whats the biggest pain w rotas rn", seed=seed)
        assert "show" in lines[0] or "turn up" in lines[0] or "turning up" in lines[0], (seed, lines)
        assert facts == ["pain"], (seed, lines)


def test_helen_asked_is_there_a_deadline_after_the_truth_still_says_no_deadline_not_not_yet():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", "Hi Helen, how long have you been looking?",
                           "What's made it so hard to decide?", "Is there a deadline?", seed=seed)
        assert "deadline" in lines[0].lower() or "date" in lines[0], (seed, lines)
        assert "Not yet" not in lines[0] and "2022" not in lines[0], (seed, lines)


def test_denise_asked_to_walk_the_blocks_with_whoever_scores_them_is_not_told_only_about_the_caretaker():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "Could I walk the blocks with whoever scores them on Monday at 9, before I price it?",
                           seed=seed)
        assert "caretaker" not in lines[0] and "site visit's allowed" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- 12. Graham: what came of it
def test_graham_asked_what_came_of_it_after_the_truth_says_how_it_ended_not_thanks():
    for reply in ("What came of that?", "what happened with that?"):
        for seed in SEEDS:
            _, lines, _ = play("afraid-to-say-no", "Thanks Graham. Before anything else, how do staff book rooms across "
                               "the campus today?", "It's completely fine to say no to me, by the way. Has anything like "
                               "this been looked at before?", reply, seed=seed)
            assert "signed" in lines[0] and "glad it's said" not in lines[0], (reply, seed, lines)


# ---------------------------------------------------------------- 13. Jamie: who else is involved
def test_jamie_asked_who_else_is_involved_says_nobody_else_not_thats_me():
    for reply in ("who else would be looking at this with you?", "Is anyone else involved in choosing?"):
        for seed in SEEDS:
            _, lines, _ = play("not-the-decision-maker", reply, seed=seed)
            line = lines[0]
            assert "That's me" not in line and "talking to the right person" not in line, (reply, seed, lines)
            assert "nobody" in line.lower() or "Just me" in line or "No one else" in line, (reply, seed, lines)
