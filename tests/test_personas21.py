"""Persona faults found in session 21, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- a. Ingrid: a case study is no concession
def test_ingrid_handed_a_case_study_after_a_free_price_does_not_end_the_call_as_squeezed():
    for seed in SEEDS:
        session, lines, _ = play("discount-hunter", "I can do 20 a truck a month.",
                                 "Our customer Nordfrakt cut disputed invoices by a third with us, I can send you the case "
                                 "study.", seed=seed)
        assert not session.finished, (seed, lines)
        assert session.memory.counters["concessions"] == 1, (seed, lines)
        assert "number" in lines[0] or "price" in lines[0].lower(), (seed, lines)


def test_ingrid_handed_a_discount_after_a_free_price_still_ends_the_call_as_squeezed():
    session, _, _ = play("discount-hunter", "I can do 20 a truck a month.", "Okay, I can take another 5% off on top of that.")
    assert session.ended is not None and session.ended.ending == "squeezed"


def test_ingrid_told_how_the_product_works_still_has_a_first_concession_to_come():
    # Facts about the product are sales talk to her, not something to take to the incumbent.
    for seed in SEEDS:
        session, lines, _ = play("discount-hunter", "We integrate with most TMS systems and the app works offline.",
                                 "I can do 20 a truck a month.", seed=seed)
        assert not session.finished and session.state == "squeezing", (seed, lines)


# ---------------------------------------------------------------- b. Ingrid: her facts asked in typos and officialese
INGRID_TOLD_THE_LEVER = ("hi ingird, price per vechile depnds a bit. whats promted the reveiw",)


def test_ingrid_asked_about_a_misspelt_budget_refuses_it_instead_of_a_leverage_stall():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", *INGRID_TOLD_THE_LEVER, "is there a bugdet set for this allready", seed=seed)
        assert any(word in lines[0] for word in ("budget", "Your number first")), (seed, lines)


def test_ingrid_asked_who_makes_the_cal_names_marcus():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", *INGRID_TOLD_THE_LEVER, "Who makes the cal on the system at the end?",
                               seed=seed)
        assert "Marcus" in lines[0] and facts == ["signer"], (seed, lines)


def test_ingrid_asked_in_officialese_why_it_is_retendered_and_who_determines_it_answers_both():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", "A price will be provided. Could clarification first be given as to the "
                               "reason the contract is being retendered?", seed=seed)
        assert "eighteen percent" in lines[0] and facts == ["lever"], (seed, lines)
        _, lines, facts = play("discount-hunter", "A price will be provided. Could clarification first be given as to the "
                               "reason the contract is being retendered?",
                               "Is the final determination to be made by procurement or by the fleet function?", seed=seed)
        assert "Marcus" in lines[0] and facts == ["signer"], (seed, lines)


def test_ingrid_asked_if_the_exercise_is_about_getting_the_incumbent_to_drop_their_price_says_so():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter",
                               "I can get you a per-vehicle price, Ingrid, but it depends on a few things: why are you "
                               "shopping now, what's wrong with what you've got, and who picks the winner at the end?",
                               "Understood. And is there a budget figure already in mind, when does your current contract "
                               "end, and what happens if you miss that date?",
                               "What would make you stay with your current supplier, and is this exercise "
                               "partly about getting them to drop their price?", seed=seed)
        assert "eighteen percent" in lines[0] and facts == ["lever"], (seed, lines)


# ---------------------------------------------------------------- c. Beth: when to come back to it
def test_beth_asked_when_to_revisit_before_the_truth_says_whenever_not_that_the_old_tool_rolls_over():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", "Good morning, Beth. May I ask how the practice currently records time?",
                           "Understood. When would be a sensible time to revisit this?", seed=seed)
        assert "whenever" in lines[0].lower() or "any time" in lines[0].lower(), (seed, lines)
        assert "old one" not in lines[0] and "Month-end" not in lines[0], (seed, lines)


def test_beth_asked_when_to_pick_it_back_up_after_the_truth_names_september():
    for seed in SEEDS:
        _, lines, facts = play("too-nice", "So how are we tracking time at the firm today?",
                               "Are we sure this is actually going ahead? It's fine if not.",
                               "So when should we pick this back up?", seed=seed)
        assert "September" in lines[0] and facts == ["renewal"], (seed, lines)


# ---------------------------------------------------------------- d. Ingrid: who would select the system
def test_ingrid_asked_who_would_select_the_system_names_marcus_not_a_doubt_about_the_photos():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter",
                               "Good morning, Ms Vos. I shall certainly provide pricing. May I first ask what has prompted "
                               "Halvorsen to seek alternative quotations at this time?",
                               "I appreciate your candour. Setting the price to one side, what shortcomings, if any, do you "
                               "experience with the present system?",
                               "That is a considerable burden. Who within the organisation would ultimately select the system?",
                               seed=seed)
        assert "Marcus" in lines[0] and facts == ["signer"], (seed, lines)


# ---------------------------------------------------------------- e. Graham: a dated call after his no
GRAHAM_TOLD_THE_REVIEW = ("hi graham, good to speak. how are rooms booked today, is it one system or lots?",
                          "totally get it. look, if this has already been decided somewhere else, thats honestly fine, id "
                          "just rather know",
                          "thanks for being straight. when might that contract come up again?")


def test_graham_asked_to_put_a_dated_call_in_with_ruth_says_yes_instead_of_where_does_that_leave_us():
    for seed in SEEDS:
        session, lines, _ = play("afraid-to-say-no", *GRAHAM_TOLD_THE_REVIEW,
                                 "great, can i put a call in for early next spring with you and ruth, say the first tuesday "
                                 "of march at 10?", seed=seed)
        assert "Where does that leave us" not in lines[0], (seed, lines)
        assert session.ended is not None and session.ended.ending == "door_open", (seed, lines)


# ---------------------------------------------------------------- f. Denise: the odds, once she has told what went wrong
def test_denise_asked_whether_the_board_will_change_or_keep_brightclean_answers_the_odds():
    for seed in SEEDS:
        _, lines, _ = play("third-quote",
                           "Yes, we can get a written quote to you by Friday. Before I price it, who's cleaning the blocks "
                           "at the moment?",
                           "Got it, nine years is a long time. Has anything gone wrong with them lately?",
                           "Ouch, empty flats twice. Is the board expecting to change supplier or keep BrightClean?", seed=seed)
        assert "rather hear how you'd stop" not in lines[0] and "Go on" not in lines[0], (seed, lines)
        assert any(word in lines[0] for word in ("open", "decided", "chance")), (seed, lines)


def test_denise_asked_the_budget_after_friday_is_agreed_says_she_gives_none_instead_of_asking_about_friday():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "Friday's fine. What's the budget?", seed=seed)
        assert "Friday" not in lines[0] and ("budget" in lines[0].lower() or "figure" in lines[0]), (seed, lines)


# ---------------------------------------------------------------- g. Mags: how the rotas are done
def test_mags_asked_how_she_does_the_rotas_names_the_spreadsheets():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender",
                           "Oh hi Mags, yes sure I can send, um, but can I just, what would you be hoping to see in it?",
                           "Right right. And the March thing, what is it exactly, like a tender?",
                           "ok wow. And how do you do the rotas now, is it like excel or?", seed=seed)
        assert "spreadsheet" in lines[0].lower(), (seed, lines)


def test_mags_asked_in_consultant_english_how_shift_schedules_are_produced_names_the_spreadsheets():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "Good afternoon, Ms Osei. I will certainly send materials; may I first understand "
                           "your situation to ensure they are relevant?",
                           "Could you outline how shift schedules are currently produced across your sites?", seed=seed)
        assert "spreadsheet" in lines[0].lower(), (seed, lines)


def test_ingrid_asked_her_criteria_before_naming_marcus_does_not_say_his_name_as_if_the_rep_had():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", "A price will be provided. Could clarification first be given as to the "
                           "reason the contract is being retendered?",
                           "Could an indication be given of the criteria against which the submissions will be assessed?",
                           seed=seed)
        assert "Marcus" not in lines[0], (seed, lines)


def test_beth_asked_how_long_month_end_takes_gives_a_length_of_time():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", "Good morning, Beth. May I ask how the practice currently records time?",
                           "I see. And how long does month-end billing take as a result?", seed=seed)
        assert any(words in lines[0] for words in ("days", "week", "longer than")), (seed, lines)
        assert "marvel" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- found by the lead in play: a list price with money off
def test_ingrid_offered_a_list_price_and_a_price_off_it_answers_the_discount_not_the_list():
    # "That's the list price. Everyone discounts from list" to a rep who has just taken four off the list tells the
    # rep they said nothing; the line for a price and money off it together is the narrower fit.
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", "what's got you looking at other telematics suppliers this year?",
                           "our list is 21 a van a month. if you sign for all 300 for 3 yrs i can bring it to 17",
                           seed=seed)
        assert "list price" not in lines[0] and "discount" in lines[0], (seed, lines)
