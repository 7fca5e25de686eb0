"""Persona lines from session 30's batch22 and the known faults: each pinned as a trainer would notice it, across seeds
(the scenarios' own [[tests]] pin the same moments at seed 0).

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- Denise
def test_denise_told_fridays_doable_does_not_ask_whether_friday_is_doable():
    for reply in ("Friday's doable.", "Friday's doable. Can you send me the complaint logs?", "Sure, can do Friday."):
        for seed in SEEDS:
            _, line = said_to_last("third-quote", [reply], seed=seed)
            assert "friday?" not in line.lower() and "friday doable" not in line.lower(), (reply, seed, line)


# ---------------------------------------------------------------- Theo
THEO_COMES_CLEAN = "Is there a real project behind this, or is it research? Either answer is fine."


def test_theo_asked_whether_the_scan_feeds_a_decision_or_the_board_says_it_is_for_the_board():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", ["is this scan feeding a decision this year, or is it for the board?"],
                               seed=seed)
        # Since the session 30 retrain the second opinion hears "a decision this year" as a timeline asked, and he
        # deflects the date his way ("we'd work all that out later"): an answer in character, not "I'll come to that".
        assert ("board" in line.lower() or "later" in line.lower()) and "come to that" not in line.lower(), (seed, line)


def test_theo_told_the_rep_will_speak_again_once_there_is_a_defined_project_lets_the_rep_go():
    for reply in ("I appreciate your candour. In that case, it may be better that we speak once there is a defined "
                  "project. Would that be acceptable?",
                  "Thank you for your time, and I wish you well with the report."):
        for seed in SEEDS:
            session, _ = said_to_last("tire-kicker", [THEO_COMES_CLEAN, reply], seed=seed)
            assert session.ended is not None and session.ended.ending == "qualified_out", (reply, seed)


def test_theo_told_the_rep_will_check_back_after_the_board_once_priya_is_named_points_to_her_date():
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", ["Please, who is the person in claims that is feeling the pain with the paper?",
                                               "Thank you, I will check back after the board. Have a good day."], seed=seed)
        assert "30 june" in line.lower() and "go on" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Graham
def test_graham_told_he_can_simply_say_so_if_he_does_not_plan_to_buy_tells_the_truth():
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [
            "I will be very direct. If you do not plan to buy, you can simply say it, I will not be offended. "
            "Is there a real project?"], seed=seed)
        assert "forty buildings" not in line.lower() and "no" in line.lower(), (seed, line)


def test_graham_asked_what_it_would_take_to_come_back_after_his_no_names_the_review():
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [
            "It's honestly fine if the answer is no. Is this something that's really going to go ahead?",
            "I'm grateful you told me. Can I just ask what it would take for it to come back?"], seed=seed)
        assert "review" in line.lower(), (seed, line)


def test_graham_after_his_no_hears_not_wanting_to_steal_more_time_as_the_polite_close():
    for seed in SEEDS:
        session, _ = said_to_last("afraid-to-say-no", [
            "It's honestly fine if the answer is no. Is this something that's really going to go ahead?",
            "Thank you, this is honest and it helps me. Then I do not want to steal more of your time."], seed=seed)
        assert session.ended is not None and session.ended.ending == "true_no", seed


# ---------------------------------------------------------------- Mags
def test_mags_asked_whether_a_brochure_and_prices_would_get_read_says_they_would_sit_there():
    for reply in ("A brochure and some prices. Honestly, if I send them, will they get read?",
                  "Who actually reads the brochure?"):
        for seed in SEEDS:
            _, line = said_to_last("errand-sender", [reply], seed=seed)
            assert "sit" in line.lower() and "lovely" not in line.lower() and "email it" not in line.lower(), \
                (reply, seed, line)


# ---------------------------------------------------------------- Helen
def test_helen_asked_what_made_her_start_looking_says_what_training_is_for_not_how_long():
    for reply in ("Hi Helen... yes, offline mode, we have that... but, um, can I ask... what made you start looking in the "
                  "first place?",
                  "What prompted the group to start looking at training platforms?"):
        for seed in SEEDS:
            _, line = said_to_last("eternal-evaluator", [reply], seed=seed)
            assert "eighteen" not in line.lower() and "starter" in line.lower(), (reply, seed, line)


# ---------------------------------------------------------------- Beth
BETH_TRUTH = "It's completely fine if this isn't a fit for you, I'd rather hear a no now. Where do things really stand?"


def test_beth_asked_when_to_follow_up_after_her_no_gives_the_renewal_not_have_i_missed_something():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", [BETH_TRUTH, "Thanks for your honesty. What would be a good time for me to "
                                                        "follow up?"], seed=seed)
        assert "august" in line.lower() and "missed something" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Ingrid
def test_ingrid_asked_the_shortcomings_of_her_present_system_names_the_photos_not_marcus():
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", [
            "Good afternoon, Ms Vos. May I ask what has prompted this review?",
            "Thank you. Could you kindly outline the shortcomings of your present telematics arrangement?"], seed=seed)
        assert "photo" in line.lower() and "marcus" not in line.lower(), (seed, line)


def test_denise_once_open_asked_to_speak_with_the_scorer_on_thursday_books_tom_in():
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [
            "Good morning. Yes, a quote till Friday is possible. But may I ask first, why do you make a tender now?",
            "I understand. And what is not working good with the company who cleans today?",
            "Thank you. Could we speak on Thursday briefly with the person who makes the scoring, before I send the quote?"],
            seed=seed)
        assert "tom" in line.lower() and any(w in line.lower() for w in ("book", "diary", "make it", "bring", "meet")), \
            (seed, line)


def test_graham_asked_how_people_find_rooms_says_how_rooms_are_booked():
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", ["how do people actually find rooms there at the moment?"], seed=seed)
        assert "sheet" in line.lower() or "book" in line.lower(), (seed, line)


def test_graham_asked_how_many_or_what_share_of_rooms_sit_empty_guesses_rather_than_cheering():
    for reply in ("Hi Graham. To size this properly, roughly what share of your bookable rooms sit empty in a typical week?",
                  "Thanks Graham. You wouldn't happen to know how many rooms sit empty in a typical week, would you?"):
        for seed in SEEDS:
            _, line = said_to_last("afraid-to-say-no", [reply], seed=seed)
            assert "keen" not in line.lower() and "forty buildings" not in line.lower(), (reply, seed, line)
            assert any(w in line.lower() for w in ("nobody counts", "number", "a fair few")), (reply, seed, line)
