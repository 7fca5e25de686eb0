"""Persona lines from session 33's batch25, batch24's non lines and the leftovers of batch9 and batch13: each pinned as a
trainer would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended.
"""

from __future__ import annotations

import pytest

from tests.persona_play import said_to_last

SEEDS = range(4)

INGRID_PRICE_FIRST = ("Good morning Ingrid. Price is £21 per vehicle per month, is list price. Discount I can discuss, but "
                      "first tell me, why you are looking now?")


# ---------------------------------------------------------------- Ingrid
def test_ingrid_offered_a_percent_off_for_a_meeting_with_who_decides_takes_it_as_a_trade_not_asking_nicely():
    replies = [INGRID_PRICE_FIRST, "I understand. And who is current provider, and when contract is finishing?",
               "Okay. If I give you 10 percent, you give me meeting with person who decides, yes?"]
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", replies, seed=seed)
        lowered = line.lower()
        assert "asking nicely" not in lowered, (seed, line)
        assert "marcus" in lowered and "signer" in session.memory.revealed, (seed, line)


def test_ingrid_asked_if_the_rep_is_only_there_to_push_the_incumbent_down_says_the_quote_is_her_lever():
    replies = ["Ingrid, I'll be straight with you, I'm not going to throw a number at you before I know what you need. "
               "What's broken with what you have today?",
               "Listen, be honest with me. Are you really going to switch, or am I here to push your current guy down on "
               "price?"]
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", replies, seed=seed)
        assert "eighteen percent" in line.lower(), (seed, line)
        assert "lever" in session.memory.revealed, (seed, line)


def test_ingrid_asked_when_marcus_is_free_answers_for_his_diary_not_the_contract_end():
    replies = ["Okay, so who actually signs? You or someone above you?",
               "Fine. Here's my offer: I'll give you a real number, but I want 20 minutes with him. Deal?",
               "Tell me what date he's free and we'll lock it in."]
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", replies, seed=seed)
        lowered = line.lower()
        assert "31st" not in lowered and "march" not in lowered, (seed, line)
        assert "diary" in lowered or "calendar" in lowered, (seed, line)
        assert "deadline" not in session.memory.revealed, (seed, line)


def test_ingrid_promised_results_with_no_number_answers_the_promise_not_im_listening():
    replies = ["Ingrid, I promise you we'll beat whatever is on your desk, guaranteed, no question about it.",
               "Honestly we can have all 300 trucks live by Monday, our drivers' app is the best on the planet, zero "
               "training needed."]
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", replies, seed=seed)
        assert line not in ("I'm listening.", "Mm. Go on.", "Right."), (seed, line)
        assert "price" in line.lower() or "number" in line.lower(), (seed, line)


def test_ingrid_asked_what_the_other_bidders_offered_keeps_their_numbers_and_asks_for_the_reps():
    replies = ["Ingrid, I promise you we'll beat whatever is on your desk, guaranteed, no question about it.",
               "Whatever discount the others have given you, I'll double it. What did they offer?"]
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", replies, seed=seed)
        lowered = line.lower()
        assert "ask properly" not in lowered, (seed, line)
        assert "number" in lowered, (seed, line)


# ---------------------------------------------------------------- Helen
@pytest.mark.parametrize("problem", [
    "Happy to, Helen, though I don't want to plant seeds in the wrong bed. What's the problem this platform needs to fix "
    "for your hotels?",
    "Hello Helen, thank you very much. Yes, we have a spreadsheet answer ready, no problem. But please tell me, why you "
    "started to look for a new platform?",
])
def test_helen_asked_why_she_started_looking_or_what_it_needs_to_fix_names_the_problem_not_her_eighteen_months(problem):
    for seed in SEEDS:
        _, line = said_to_last("eternal-evaluator", [problem], seed=seed)
        lowered = line.lower()
        assert "eighteen months" not in lowered, (seed, line)
        assert "new starter" in lowered, (seed, line)


# ---------------------------------------------------------------- Theo
@pytest.mark.parametrize("leave", [
    "Good. I'll call you after that meeting, and if there's a real project, we talk. Fair?",
    "Would it make sense to talk again once the board has read your report (rather than me sending more now)?",
])
def test_theo_told_the_rep_will_talk_again_after_the_board_lets_the_rep_go(leave):
    replies = ["Handwriting we do fine, about 95 percent on printed capitals. But tell me straight, Theo, is there a "
               "project here or is this research?",
               "Okay, so who gets your report, and what do they decide with it?",
               "Look, it's fine if it's just research. I'm not going to chase you. When does the board meet?",
               leave]
    for seed in SEEDS:
        session, line = said_to_last("tire-kicker", replies, seed=seed)
        assert session.ended is not None and session.ended.ending == "qualified_out", (seed, line)


def test_theo_asked_who_would_own_a_real_project_once_priya_is_named_says_it_is_hers():
    replies = ["We handle both. You're not actually buying anything this year, are you?",
               "There isn't a budget behind the report, is there?",
               "Nobody in claims is screaming for this, are they?",
               "You don't happen to know who'd own a real project, do you?"]
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "priya" in line.lower(), (seed, line)
        assert "believe you" not in line.lower(), (seed, line)


def test_theo_asked_how_close_the_business_is_to_buying_beside_a_free_answer_dodges_that_question():
    reply = "Handwriting's fine, yes. On a scale of one to ten, how close is the business to buying anything?"
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", [reply], seed=seed)
        lowered = line.lower()
        assert "the report?" not in lowered and "what's it for?" not in lowered, (seed, line)
        assert "board" in lowered, (seed, line)


# ---------------------------------------------------------------- Jamie
@pytest.mark.parametrize("invite", [
    "Dead good. I'll send an invite to you and her, yeah?",
    "Okay, Tuesday 3 o'clock. You can send her invitation, or I send?",
])
def test_jamie_asked_who_sends_the_invite_once_dr_greer_is_named_answers_the_invite_not_like_i_said(invite):
    replies = ["Hello Jamie, thank you. Demo is possible, of course. But first, how clinics are booking appointments now?",
               "And who is making decision about budget for this? Is you?",
               "Then I think is better we do demo when this person can also join. Which day she is free?",
               invite]
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        lowered = line.lower()
        assert "like i said" not in lowered and "i should have said" not in lowered, (seed, line)
        assert "send it" in lowered, (seed, line)


def test_jamie_promised_results_answers_the_promise_not_a_favour():
    replies = ["Jamie, absolutely, I can do a demo today, tomorrow, whenever you like, and I guarantee it'll blow you away.",
               "We'll have all twelve clinics live in a week, no-shows will basically disappear, I promise."]
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert "all that for me" not in line.lower(), (seed, line)
        assert "promise" in line.lower(), (seed, line)


# ---------------------------------------------------------------- Graham
def test_graham_asked_who_went_with_the_other_lot_after_his_no_names_ruth_not_himself():
    replies = ["Ah sound, cheers Graham. Before I bang on about sensors, how are you lot booking rooms at the minute?",
               "Look, I'm a big lad, you won't hurt my feelings. If this is a no, just say it's a no, yeah?",
               "Fair play, proper appreciate that. Who's the one who went with the other lot then?"]
    for seed in SEEDS:
        _, line = said_to_last("afraid-to-say-no", replies, seed=seed)
        lowered = line.lower()
        assert "ruth" in lowered, (seed, line)
        assert "just me" not in lowered and "mostly just me" not in lowered and not lowered.startswith("me,"), (seed, line)


# ---------------------------------------------------------------- Denise
def test_denise_asked_how_the_quotes_are_scored_once_she_has_named_the_incumbent_gives_the_scoring_sheet():
    replies = ["YES WE CAN GET YOU A QUOTE BY FRIDAY. SORRY FOR THE CAPS. CAN I ASK WHY YOU'RE GOING OUT TO TENDER NOW?",
               "WHO'S DOING THE CLEANING FOR YOU AT THE MOMENT?",
               "HOW WILL THE QUOTES BE SCORED? IS IT MOSTLY PRICE?"]
    for seed in SEEDS:
        session, line = said_to_last("third-quote", replies, seed=seed)
        lowered = line.lower()
        assert "deep-clean" not in lowered, (seed, line)
        assert "price" in lowered and "quality" in lowered, (seed, line)
        assert "gap" not in session.memory.revealed, (seed, line)


def test_denise_asked_if_it_is_already_someone_elses_patch_gives_the_odds():
    replies = ["Can do, Denise. Before I start digging, what's made you turn the soil on this contract now?",
               "Who's tending the blocks for you at the moment, and how long have they had the plot?",
               "What's withered about their work? Where are the weeds coming through?",
               "And what does the ground look like for a newcomer, honestly? Is this already someone else's patch?"]
    for seed in SEEDS:
        _, line = said_to_last("third-quote", replies, seed=seed)
        lowered = line.lower()
        assert "rather hear how you'd stop" not in lowered, (seed, line)
        assert any(word in lowered for word in ("chance", "open", "decided", "favourite")), (seed, line)


def test_denise_asked_for_twenty_minutes_with_her_on_the_spec_answers_the_call_and_names_tom():
    reply = ("If I've got maybe a 1 in 3 chance at best, I'd rather spend 20 minutes with you on the spec first. Could we "
             "do 20 minutes Thursday?")
    for seed in SEEDS:
        session, line = said_to_last("third-quote", [reply], seed=seed)
        lowered = line.lower()
        assert "twenty minutes" in lowered or "short call" in lowered, (seed, line)
        assert "tom ashby" in lowered and "scorer" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Mags
def test_mags_asked_whos_sorting_the_cover_says_it_is_her():
    replies = ["Alright my lover, I won't keep you long. Before I send anything, what's the biggest headache with the rotas "
               "right now?",
               "Proper job. And when someone don't turn up for a shift, who's sorting the cover, you?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        lowered = line.lower()
        assert "hospital wards" not in lowered, (seed, line)
        assert "me" in lowered.split() or "me," in lowered or "on me" in lowered, (seed, line)


def test_mags_asked_if_a_whatsapp_group_is_roughly_how_she_does_it_says_how_the_rotas_are_done():
    replies = ["Oh between sites, I know the feeling. Anyway, how do you handle your rotas at the minute?",
               "Funny, my sister-in-law runs a cleaning crew in Leeds, she swears by her WhatsApp group. Is that roughly "
               "how you do it, or something else?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        lowered = line.lower()
        assert "hospital wards" not in lowered, (seed, line)
        assert "spreadsheet" in lowered and "whatsapp" in lowered, (seed, line)
