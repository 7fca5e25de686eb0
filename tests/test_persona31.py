"""Persona lines from session 31's batch23 and the known faults: each pinned as a trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import pytest

from tests.persona_play import play_and_read, said_to_last

SEEDS = range(4)

EAGER = ("right up our street", "lovely", "marvellous", "absolutely", "sounds great", "impressive")


# ---------------------------------------------------------------- Graham
GRAHAM_SAYS_NO = "Honestly, a no is completely fine. Lots of places told me no first. Is this actually going anywhere for you?"


@pytest.mark.parametrize("reference", [
    "Leeds Uni put our kit in last year and I could get their estates manager on the phone with you.",
    "Thanks for being straight. Sheffield Hallam have had our sensors in for a year, happy to put you in touch with their "
    "estates team if that helps.",
])
def test_graham_offered_a_reference_call_after_his_no_answers_as_the_man_who_said_no(reference):
    for seed in SEEDS:
        session, first = said_to_last("afraid-to-say-no", [GRAHAM_SAYS_NO], seed=seed)
        assert "truth" in session.memory.revealed, (seed, first)
        _, line = said_to_last("afraid-to-say-no", [GRAHAM_SAYS_NO, reference], seed=seed)
        lowered = line.lower()
        assert not any(word in lowered for word in EAGER), (seed, line)
        assert "signed" in lowered or "a no" in lowered, (seed, line)


def test_graham_asked_what_swung_it_their_way_says_why_ruth_chose_them():
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", [GRAHAM_SAYS_NO, "Fair play to you for saying. What was it that swung "
                                                                    "it their way, d'you reckon?"], seed=seed)
        assert "two other" in line.lower() and "where does that leave us" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Theo
THEO_COMES_CLEAN = "Is there a real project behind this, or is it research? Either answer is fine."


@pytest.mark.parametrize("permission", [
    "Let me be sincere, if there is no project yet, it is okay, you can just tell me.",
    "Sir, it is okay if there is no project yet, you can tell me honestly, no problem.",
])
def test_theo_told_it_is_okay_if_there_is_no_project_after_coming_clean_agrees_not_wary_of_a_pitch(permission):
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [THEO_COMES_CLEAN, permission], seed=seed)
        lowered = line.lower()
        assert "wary" not in lowered and "how it works" not in lowered and "case study" not in lowered, (seed, line)
        assert "research" in lowered or "nothing to buy" in lowered or "fit" in lowered, (seed, line)


def test_theo_told_send_me_a_note_if_it_becomes_a_real_project_lets_the_rep_go():
    for seed in SEEDS:
        session, _ = said_to_last("tire-kicker", [THEO_COMES_CLEAN, "Fair enough. Then I'll stop the deep dive here, send "
                                                                      "me a note if it becomes a real project."], seed=seed)
        assert session.ended is not None and session.ended.ending == "qualified_out", seed


# ---------------------------------------------------------------- Denise
@pytest.mark.parametrize("replies", [
    ["Friday's fine. One question.", "Why three quotes?", "Who's got it now? How long?"],
    ["Can do. whos the current cleaner", "how long"],
    ["Why do you need three quotes?", "whos doin the cleaning atm?"],
])
def test_denise_asked_who_has_the_contract_and_how_long_names_brightclean_not_the_missed_deep_cleans(replies):
    for seed in SEEDS:
        _, lines, facts = play_and_read("third-quote", *replies, seed=seed)
        assert "BrightClean" in lines[0] and "deep-clean" not in lines[0], (seed, lines)
        assert "gap" not in facts, (seed, facts)


def test_denise_told_if_they_are_keeping_it_the_rep_would_rather_know_gives_the_odds():
    for seed in SEEDS:
        _, line = said_to_last("third-quote", [
            "Ar, I can do that, bab. Just so I know, why're you after quotes now, like?",
            "Be honest with me, if they're keeping it, I'd rather know than spend me weekend on a quote."], seed=seed)
        assert "so do brightclean" not in line.lower() and "deep-clean" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Jamie
def test_jamie_asked_about_the_no_shows_after_naming_the_deciders_still_takes_a_demo_with_them_as_one():
    replies = ["Before the demo, money: it's £95 a clinic a month. Is that in budget?", "Who holds the budget for that?",
               "OK, and would they be the one to say yes, or is it someone above them?",
               "What's actually going wrong with bookings right now that made you call?",
               "So can we put the demo in for next Wednesday at 10 with whoever signs sitting in?"]
    for seed in SEEDS:
        session, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert session.state == "buyer_known", (seed, session.state)
        assert "take notes for the others" not in line and "it'll just be me" not in line.lower(), (seed, line)


def test_jamie_offered_a_meeting_where_the_rep_will_show_results_does_not_take_it_for_something_to_forward():
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", [
            "Great to hear! What made you get in touch now?", "How are appointments booked across the clinics today?",
            "Who would make the final call for yours?", "And is that the person I'd need at the demo, or someone else really?",
            "Could we get Friday at 2pm with you and them together? I'll show how the Bristol clinics cut no-shows."],
            seed=seed)
        assert "forward" not in line.lower() and "send it" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Helen
def test_helen_given_permission_to_say_it_will_not_land_answers_whether_it_will():
    replies = ["Before the spreadsheet, how long have you been looking?", "What's stopped you deciding up to now?",
               "Wee bit of honesty from me: if this isn't going to land this year, you can say so and I'll get out of "
               "your hair."]
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert "how would i know" not in line.lower() and "date" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Ingrid
def test_ingrid_given_a_price_meets_it_as_a_price_not_as_a_story():
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", ["Straight answer: £14 per vehicle per month, and for three hundred I "
                                                   "can do £12."], seed=seed)
        assert "stories" not in line and "what's the price" not in line.lower(), (seed, line)


def test_ingrid_asked_whether_the_rep_is_only_her_lever_says_so_not_opening_discount():
    for first in ([], ["Why are you looking for a new supplier at this time?"]):
        for seed in SEEDS:
            _, line = said_to_last("discount-hunter", [*first, "Let me be sincere with you, if we are only here to bring "
                                                       "down the price of your current supplier, I would rather know now."],
                                   seed=seed)
            assert "discount" not in line.lower(), (first, seed, line)
            assert "eighteen percent" in line or "incumbent" in line, (first, seed, line)


def test_ingrid_asked_if_the_current_supplier_is_up_for_renewal_does_not_tell_the_photos_unasked():
    for seed in SEEDS:
        _, lines, facts = play_and_read("discount-hunter", "Straight answer: £14 per vehicle, £12 for three hundred.",
                                        "OK, and what are the other two quoting you?",
                                        "Why are you looking at all, though? Is your current supplier up for renewal?",
                                        seed=seed)
        assert "photos" not in lines[0] and "pain" not in facts, (seed, lines)


# ---------------------------------------------------------------- Beth
BETH_ASKED_STRAIGHT = ("Ach, that's very kind, Beth. How do yous keep track of the hours at the minute?",
                       "Look, I'd rather have a straight no than a maybe that drags on. Is this going to happen, or is it "
                       "a no for now?")


def test_beth_told_the_rep_would_rather_have_a_straight_no_tells_the_truth():
    for seed in SEEDS:
        _, _, facts = play_and_read("too-nice", *BETH_ASKED_STRAIGHT, seed=seed)
        assert "truth" in facts, seed


def test_beth_asked_when_is_a_good_moment_to_call_again_after_her_no_says_august():
    for seed in SEEDS:
        _, line = said_to_last("too-nice", [*BETH_ASKED_STRAIGHT, "Okay, thank you for this. When is a good moment to "
                                                                    "call you again?"], seed=seed)
        assert "August" in line, (seed, line)


def test_beth_left_with_a_plain_goodbye_after_her_no_is_not_thanked_for_a_check_back_nobody_offered():
    for seed in SEEDS:
        session, line = said_to_last("too-nice", [*BETH_ASKED_STRAIGHT, "Fair play, thanks for being straight with me. "
                                                  "I'll leave it there so, all the best with the move."], seed=seed)
        assert session.ended is not None and session.ended.ending == "honest_no", seed
        assert "yes, please check back" not in line.lower() and "no proposal" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Mags
def test_mags_asked_who_actually_reads_the_brochure_says_who_does_not_whether_it_would_be_read():
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", ["Who actually reads the brochure?"], seed=seed)
        assert line.startswith(("Me", "Honestly? Me")) and "email" not in line.lower(), (seed, line)


def test_helen_asked_how_many_she_has_seen_and_what_stopped_her_tells_the_2022_flop():
    replies = ["Before I fill in the spreadsheet, what's the actual go-live date you're working to?",
               "How many platforms have you looked at so far, and what stopped you picking one of them?"]
    for seed in SEEDS:
        _, lines, facts = play_and_read("eternal-evaluator", "Sure. Which features matter most to your panel?", *replies,
                                        seed=seed)
        assert "blocker" in facts, (seed, lines)
