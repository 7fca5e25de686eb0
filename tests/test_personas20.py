"""Persona faults found after session 19, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
asked is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- a. Ingrid: the rep's hypotheticals
INGRID_NAMED_THE_PHOTOS = (
    "Suppose I gave you a number today, Ingrid. What would you do with it?",
    "Imagine the cheapest quote wins and the drivers won't use the app. What happens then?",
)


def test_ingrid_asked_who_would_notice_it_working_names_who_not_a_doubt():
    for seed in SEEDS:
        session, lines, facts = play("discount-hunter", *INGRID_NAMED_THE_PHOTOS,
                                     "Say we got this right. Who in the business would notice first?", seed=seed)
        line = lines[0]
        assert any(who in line for who in ("Accounts", "Credit control", "Whoever chases")), (seed, lines)
        assert "fleet" in line.lower(), (seed, lines)
        assert "how do I know" not in line and "Keep going" not in line, (seed, lines)
        assert facts == [] and session.state == "beyond_price"


def test_ingrid_asked_what_the_ops_director_would_care_about_says_fleet_picks_and_cares_about_photos():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", *INGRID_NAMED_THE_PHOTOS,
                               "If your ops director had to pick tomorrow, what would they care about?", seed=seed)
        line = lines[0]
        assert "fleet" in line.lower() and ("photos" in line or "invoices" in line), (seed, lines)
        assert "Keep going" not in line, (seed, lines)
        # Fleet picks, but the name is still the rep's to ask for.
        assert "Marcus" not in line and facts == [], (seed, lines)


def test_ingrid_asked_what_marcus_would_care_about_once_named_answers_for_him():
    _, lines, _ = play("discount-hunter", *INGRID_NAMED_THE_PHOTOS, "Who picks the system in the end?",
                       "And what would Marcus care about most?")
    assert "Marcus" in lines[0] and ("photos" in lines[0] or "drivers" in lines[0]), lines


# ---------------------------------------------------------------- b. Helen: who would have to agree, pictured
def test_helen_asked_who_would_have_to_agree_to_a_pictured_choice_names_frank_not_the_vision():
    for seed in SEEDS:
        _, lines, facts = play("eternal-evaluator", "Suppose we have both, Helen. What would happen after the demo?",
                               "Imagine you picked a platform tomorrow. Who would have to agree?", seed=seed)
        assert "Frank" in lines[0] and "vision" not in lines[0], (seed, lines)
        assert facts == ["signer"]


def test_helen_still_answers_a_bare_early_picture_as_a_vision():
    _, lines, _ = play("eternal-evaluator", "Imagine every new starter trained on day one, across all 28 hotels.")
    assert "Frank" not in lines[0], lines


def test_helen_asked_for_a_call_with_the_signer_beside_a_waived_demo_answers_the_call():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", "Suppose we have both, Helen. What would happen after the demo?",
                           "Imagine you picked a platform tomorrow. Who would have to agree?",
                           "Say we skipped the panel demo. Could we sit down with the decision maker next Wednesday at 2?",
                           seed=seed)
        assert "longer conversation" not in lines[0] and "So, about the spreadsheet" not in lines[0], (seed, lines)
        assert any(word in lines[0] for word in ("call", "boss", "dates")), (seed, lines)


# ---------------------------------------------------------------- c. Beth: who named the practice
def test_beth_asked_whether_she_named_the_practice_says_whose_name_it_is():
    reply = ("Beth! Lovely to meet you, I love the name of your practice, did you name it yourself? My sister's an "
             "architect in Leeds and she's always complaining about timesheets haha")
    for seed in SEEDS:
        session, lines, facts = play("too-nice", reply, seed=seed)
        assert "partners" in lines[0] or "founders" in lines[0], (seed, lines)
        assert "whirlwind" not in lines[0] and "busy, busy" not in lines[0], (seed, lines)
        assert facts == [] and session.state == "sunny"


def test_beth_still_answers_how_she_is_as_how_she_is():
    _, lines, _ = play("too-nice", "Hi Beth, lovely to meet you! How are you doing today?")
    assert "partners" not in lines[0] and "founders" not in lines[0], lines


# ---------------------------------------------------------------- d. Mags: a call with whoever decides
MAGS_TOLD_HER_MORNINGS = ("Happy to send it, but what would you be looking for in it?",
                          "How many cleaners do you have on a normal morning?")
MAGS_PICTURED_THE_TENDER = (
    "Hi Mags, thanks for taking the call. Happy to send something. What will you decide once you've read it, and by when?",
    "That sounds like a lot to carry. What happens on a morning when someone doesn't turn up?",
    "To be honest, we won't fix everything, but customers like yours cut overtime by a third in six months.",
    "Imagine the March tender going in with twelve months of coverage data already in hand. What would it mean for you?",
)


def test_mags_asked_for_a_call_with_whoever_decides_names_raymond_and_answers_the_call():
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", *MAGS_TOLD_HER_MORNINGS,
                               "Could we do Thursday at 2 with whoever decides?", seed=seed)
        line = lines[0]
        assert "Raymond" in line and facts == ["signer"], (seed, lines)
        # The call is answered, not only the who: not yet, and why.
        assert "call" in line or "not yet" in line, (seed, lines)


def test_mags_once_she_can_picture_it_takes_a_dated_call_with_whoever_decides():
    for seed in SEEDS:
        session, lines, facts = play("errand-sender", *MAGS_PICTURED_THE_TENDER,
                                     "Could we do Thursday at 2 with whoever decides?", seed=seed + 7)
        assert "Raymond" in " ".join(lines) and "signer" in facts, (seed, lines)
        assert session.finished and session.ended.ending == "booked", (seed, lines)


# ---------------------------------------------------------------- e. Graham: how rooms are booked, and who won (play)
def test_graham_asked_how_rooms_are_booked_says_how_not_we_would_manage():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", "hey graham! quick one, how do ppl book rooms in your buildings atm?",
                           "haha fair. so is it like an outlook calendar thing or paper sheets on doors or what?",
                           seed=seed)
        assert "We'd manage" not in lines[0] and "Hard to say" not in lines[0], (seed, lines)
        assert "spreadsheet" in lines[0] or "booking sheet" in lines[0], (seed, lines)


def test_graham_asked_who_got_the_job_after_his_no_says_who_not_thanks():
    for seed in SEEDS:
        session, lines, _ = play("afraid-to-say-no", "how do ppl book rooms in your buildings atm?",
                                 "be honest with me tho, if this is a no that's totally fine, i'd rather know now",
                                 "ah ok, no worries at all, thanks for telling me. out of interest who'd they go with?",
                                 seed=seed)
        assert session.state == "truth"
        assert "firm" in lines[0] or "competitor" in lines[0], (seed, lines)
        assert "cross" not in lines[0] and "nice about it" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- f. Jamie: how owners book, and why now (play)
def test_jamie_asked_how_patients_book_says_how_before_the_no_shows():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker",
                               "Good afternoon, Jamie. Thank you for your time. Before we arrange anything, may I ask how "
                               "patients currently book appointments across the twelve clinics?", seed=seed)
        assert any(way in lines[0] for way in ("phone", "ring", "online", "website")), (seed, lines)
        assert not lines[0].startswith(("No-shows", "Missed appointments", "The reminders")), (seed, lines)
        assert facts == ["pain"]


def test_jamie_asked_what_prompted_the_search_now_does_not_answer_soon_ish():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker", "How are the no-shows at the moment?",
                               "Could you tell me what prompted you to look into this now, rather than last year?",
                               seed=seed)
        assert "Easter" in lines[0] and not lines[0].startswith("Soon"), (seed, lines)
        assert facts == ["trigger"]


# ---------------------------------------------------------------- g. Denise: the size of the job, and the odds (play)
def test_denise_told_yes_to_the_quote_and_asked_how_many_blocks_says_fourteen_not_the_rule():
    for seed in SEEDS:
        session, lines, facts = play(
            "third-quote", "hiya denise, yeah we can def do a quote by friday no problem!! how many blocks is it roughly?",
            seed=seed)
        assert "Fourteen" in lines[0] and "£25,000" not in lines[0], (seed, lines)
        assert facts == [] and session.state == "drafting"


def test_denise_asked_if_the_rep_only_makes_up_the_numbers_fine_either_way_hears_the_odds():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "who's doing the cleaning for you at the minute then?",
                           "9 yrs is a long time lol. have they been any good?",
                           "ouch. so realistically do we even have a shot or is this a make-up-the-numbers thing? "
                           "honestly fine either way", seed=seed)
        assert "That's for later" not in lines[0], (seed, lines)
        assert "numbers" in lines[0] or "shot" in lines[0], (seed, lines)


# ---------------------------------------------------------------- h. Theo: qualifying beside a claim (play)
THEO_ASKED_TWICE = (
    "Hi Theo, happy to go through the technical side. First though, what's the board report for, and who'll read it?",
    "Data residency is UK-only, happy to put that in writing. Can I ask though, in two years of scanning the market, "
    "what's actually been bought?",
)


def test_theo_asked_what_has_been_bought_dodges_that_not_a_question_he_never_asked():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", *THEO_ASKED_TWICE, seed=seed)
        assert "check and come back" not in lines[0], (seed, lines)
        # Whichever opening he used, he never goes "back to" a question about handwriting he may not have asked.
        assert "back to my question" not in lines[0] and "back to handwriting" not in lines[0], (seed, lines)


def test_theo_asked_a_third_time_beside_a_straight_word_comes_clean_not_after_the_board():
    for seed in SEEDS:
        session, lines, facts = play("tire-kicker", *THEO_ASKED_TWICE,
                                     "Theo, I'll be straight: I'm glad to help, but I'd like to know if there's a real "
                                     "project behind this. Is there a budget or a date anywhere in the business?",
                                     seed=seed)
        assert "After the board sees it" not in lines[0], (seed, lines)
        # The second ask ("what's actually been bought?") may already have drawn the truth, once the first is heard
        # as asking who reads his report as well: then the third hears it again, not a claim noted.
        assert "budget" in lines[0] or "buying" in lines[0], (seed, lines)
        assert "no_project" in session.revealed and "Nice claim" not in lines[0], (seed, lines)
        assert session.state == "exposed"


# ---------------------------------------------------------------- i. Ingrid: after a freebie (play)
INGRID_POCKETED_TEN = ("Hi Ingrid. I can give you a number, but first, how many of the 300 trucks run the driver app today?",
                       "Understood. Look, I can do 10% off list for a fleet your size.")


def test_ingrid_asked_what_she_will_do_with_a_pocketed_discount_says_so():
    for seed in SEEDS:
        session, lines, _ = play("discount-hunter", *INGRID_POCKETED_TEN,
                                 "Hang on, what are you actually going to do with that 10%?", seed=seed)
        assert "renewal" in lines[0] or "eighteen" in lines[0], (seed, lines)
        assert "Ask me that once" not in lines[0]
        assert session.state == "leverage"


def test_ingrid_told_a_customer_story_after_a_pocketed_discount_neither_calls_it_a_number_nor_ends_the_call():
    for seed in SEEDS:
        session, lines, _ = play(
            "discount-hunter", *INGRID_POCKETED_TEN, "Hang on, what are you actually going to do with that 10%?",
            "Fair enough, I walked into that. Setting the price aside, what does the current system get wrong for your drivers?",
            "We work with two hauliers your size; one cut disputed invoices by 40% in the first quarter because every POD "
            "photo syncs before the driver leaves the drop.", seed=seed)
        assert "number" not in lines[0], (seed, lines)
        # A story is no second concession (session 21).
        assert not session.finished, (seed, lines)


# ---------------------------------------------------------------- j. Helen: a learner's English (play)
HELEN_EIGHTEEN_MONTHS = ("Hello Helen, thank you. Before the spreadsheet, I want to understand: since how much time you "
                         "are searching the platform?",)


def test_helen_asked_what_makes_the_decision_so_difficult_opens_up():
    for seed in SEEDS:
        session, lines, facts = play("eternal-evaluator", *HELEN_EIGHTEEN_MONTHS,
                                     "Eighteen months is long. What is making the decision so difficult, if I can ask?",
                                     seed=seed)
        assert "2022" in lines[0] or "last" in lines[0], (seed, lines)
        assert facts == ["blocker"] and session.state == "real_talk"


def test_helen_asked_whether_he_knows_already_says_what_frank_knows():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", *HELEN_EIGHTEEN_MONTHS,
                           "Eighteen months is long. What is making the decision so difficult, if I can ask?",
                           "I understand, this is very heavy. Who is the person who must sign at the end?",
                           "He knows already about the evaluation?", seed=seed)
        assert "knows" in lines[0] or "In principle" in lines[0], (seed, lines)
        assert "Nothing about this has been simple" not in lines[0]


# ---------------------------------------------------------------- k. Beth: a next step with Henrik, not a meeting (play)
BETH_TOLD_THE_RENEWAL = (
    "Hi Beth, can I ask how the architects keep track of their hours at the moment?",
    "I'd hate to send you something that just sits in an inbox. Would you tell me if this isn't really on the cards right "
    "now? A no is completely fine.",
    "Thank you. And when does the current timesheet tool come up for renewal?",
)
BETH_ASKED_FOR_HENRIK = ("Would it make sense for us to speak with Henrik and Joanne a few weeks before that, say the first "
                         "week of August?")


def test_beth_asked_for_a_step_with_henrik_asks_what_to_tell_him_not_what_the_rep_means():
    for seed in SEEDS:
        session, lines, _ = play("too-nice", *BETH_TOLD_THE_RENEWAL, BETH_ASKED_FOR_HENRIK, seed=seed)
        assert session.state == "partner_path"
        assert "not sure what you mean" not in lines[0] and "Henrik" in lines[0], (seed, lines)


def test_beth_once_she_can_picture_it_asks_for_a_day_for_henrik():
    _, lines, _ = play("too-nice", *BETH_TOLD_THE_RENEWAL,
                       "Picture Joanne getting most of that month-end week back, because the hours go straight from "
                       "timesheet to invoice.", BETH_ASKED_FOR_HENRIK)
    assert "day" in lines[0] and "not sure what you mean" not in lines[0], lines


# ---------------------------------------------------------------- l. Mags: the errand with a question beside it (play)
MAGS_SENT_THE_BROCHURE = ("Hi Mags, no problem at all, I'll get a brochure and prices over this afternoon. Quick question "
                          "while I have you: roughly how many sites are we talking?",)


def test_mags_taking_the_errand_with_how_many_sites_beside_it_gives_the_count():
    for seed in SEEDS:
        session, lines, facts = play("errand-sender", *MAGS_SENT_THE_BROCHURE, seed=seed)
        assert "sixty-three" in lines[0].lower() and "What's broken" not in lines[0], (seed, lines)
        assert facts == ["pain"] and session.state == "discovery"


def test_mags_asked_what_the_overtime_comes_to_says_what_it_costs():
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", *MAGS_SENT_THE_BROCHURE,
                               "That sounds exhausting. What does all that overtime come to in a month?", seed=seed)
        assert "four" in lines[0].lower() and facts == ["cost"], (seed, lines)


def test_mags_asked_what_she_will_do_with_the_brochure_says_the_tender():
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", *MAGS_SENT_THE_BROCHURE,
                               "And what'll you do with the brochure once you've read it?", seed=seed)
        assert "Depends on the site" not in lines[0] and "tender" in lines[0], (seed, lines)
        assert facts == ["driver"]


# ---------------------------------------------------------------- m. Graham: a trial asked for (play)
def test_graham_asked_if_he_is_up_for_a_trial_says_yes_to_it_not_lovely_of_you_to_ask():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", "Would you be up for a two-week trial in one of the libraries?", seed=seed)
        assert "trial" in lines[0].lower() or "Yes" in lines[0], (seed, lines)
        assert "Lovely of you to ask" not in lines[0] and "Everyone's keen" not in lines[0], (seed, lines)


def test_graham_collecting_a_second_yes_with_a_trial_asked_for_ends_in_a_false_yes():
    session, _, _ = play("afraid-to-say-no", "Graham, great to hear you're keen! Shall we get a demo booked for next Tuesday at 2?",
                         "Brilliant. And would you be up for a two-week trial in one of the libraries too?")
    assert session.finished and session.ended.ending == "false_yes"


# ---------------------------------------------------------------- n. Jamie: chat spelling (play)
def test_jamie_offered_a_demo_with_a_day_says_yes_to_it_not_when_can_we_do_it():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker",
                           "omg love that ur excited!! yes lets do a demo for all 12 clinics, how does thurs sound?",
                           seed=seed)
        assert "when can we do the demo" not in lines[0].lower(), (seed, lines)
        assert lines[0].startswith(("Yes", "Ooh, yes", "Definitely")), (seed, lines)


def test_jamie_asked_whether_finance_said_no_before_tells_the_veto():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker", "who else is gonna be in on picking this?",
                               "haha ok but like when it comes to actually paying for it, who signs that off?",
                               "has finance said no to stuff like this before?", seed=seed)
        assert "veto" in lines[0].lower() or "last time" in lines[0].lower(), (seed, lines)
        assert facts == ["history"]


# ---------------------------------------------------------------- o. Theo: sales jargon (play)
THEO_DODGED_TWICE = (
    "Great question! Short answer: our model reads handwriting at about 94% field accuracy. Out of curiosity, what's the "
    "board hoping to get out of the scan?",
    "Totally get it. And is this something the board would actually fund, or more of a watching brief?",
)


def test_theo_asked_how_many_scans_became_a_purchase_beside_a_free_answer_comes_clean():
    for seed in SEEDS:
        session, lines, facts = play("tire-kicker", *THEO_DODGED_TWICE,
                                     "Roadmap's public, I can share it. Quick gut check though: in two years, how many of "
                                     "these scans have turned into an actual purchase?", seed=seed)
        assert "pricing" not in lines[0] and facts == ["no_project"], (seed, lines)
        assert session.state == "exposed"


def test_theo_asked_who_is_hurting_points_at_priya():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", *THEO_DODGED_TWICE,
                           "Quick gut check though: in two years, how many of these scans have turned into an actual purchase?",
                           "Appreciate the honesty. Who in the business is actually hurting on claims intake right now?",
                           seed=seed)
        assert "Priya" in lines[0] and "I'll come to that" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- p. Denise: is there a real chance? (play in the app)
def test_denise_asked_if_the_board_is_open_to_change_answers_the_odds_instead_of_saying_goodbye():
    for seed in SEEDS:
        session, lines, facts = play(
            "third-quote", "Friday should be fine. Who cleans the blocks for you at the moment, and how long have they had it?",
            "Nine years is a long run. Is the board actually open to a change, or would you rather I didn't waste your "
            "time? Either answer is fine.", seed=seed)
        assert not session.finished, (seed, lines)
        assert "deep-clean" in lines[0] and facts == ["gap"], (seed, lines)
        assert session.state == "door_ajar"


def test_denise_still_thanks_a_rep_who_steps_aside():
    session, _, _ = play("third-quote", "Who cleans the blocks for you at the moment?",
                         "Then I'll step aside and not waste your time. Thanks for being straight with me.")
    assert session.finished and session.ended.ending == "stepped_aside"


# ---------------------------------------------------------------- q. Helen: what went wrong in 2022 (play in the app)
def test_helen_asked_what_went_wrong_with_the_last_rollout_says_what_happened_not_fear():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", "hi helen! how long has the search been going, roughly?",
                           "wow, ten vendors. and none quite right... what's been the sticking point each time?",
                           "that sounds rough, being the one who took the heat for it. what went wrong with that rollout?",
                           seed=seed)
        assert "Fear" not in lines[0], (seed, lines)
        assert any(what in lines[0] for what in ("Nobody used it", "ignored it", "nobody had time")), (seed, lines)


# ---------------------------------------------------------------- r. Helen: what it would take, would she go ahead (tally)
HELEN_PROBING = ("Let me ask you this, Helen. What happened to the last ten vendors?",)


def test_helen_asked_what_it_would_take_says_certainty_not_rather_not_go_into_it():
    for seed in SEEDS:
        session, lines, _ = play("eternal-evaluator", *HELEN_PROBING,
                                 "I hear you. Now, what would it take to get this done by the summer?", seed=seed)
        assert session.state == "probing"
        assert "rather not go into that" not in lines[0], (seed, lines)
        assert "certain" in lines[0].lower() or "sure" in lines[0].lower(), (seed, lines)


def test_helen_asked_whether_she_would_go_ahead_after_a_demo_says_not_yet():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", *HELEN_PROBING, "Who signs the PO?",
                           "If we showed the signer a demo next week and they liked it, would you go ahead?", seed=seed)
        assert "demo now" not in lines[0] and "longer conversation" not in lines[0], (seed, lines)
        # Heard as asking for the sale (session 35), she may answer with her close-ask line: "We're nowhere near a decision."
        assert any(word in lines[0] for word in ("No", "Not", "can't", "nowhere")), (seed, lines)


def test_helen_proposed_a_room_to_decide_answers_the_proposal_not_the_demo():
    for seed in SEEDS:
        _, lines, _ = play("eternal-evaluator", *HELEN_PROBING,
                           "Tell you what. Let's get the three of us in a room next Thursday and decide. Deal?", seed=seed)
        assert "demo now" not in lines[0] and "spreadsheet" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- s. Beth: a pitch heard as information (play)
def test_beth_told_a_claim_does_not_ask_for_it_to_be_sent():
    for seed in SEEDS:
        _, lines, _ = play("too-nice", "Hello Beth! Our software cuts billing time in half for firms like yours, honestly "
                                       "it's a game changer.", seed=seed)
        assert "send it all over" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- t. Mags: who helps, and walking away after a trade (play)
MAGS_TRADED = ("Hi Mags, I could send something, but honestly most brochures get binned. Can I ask what you'd decide once "
               "you'd read it?", "Right, March. What happens on a morning when someone doesn't show?")


def test_mags_asked_whether_anyone_helps_with_the_cover_says_nobody():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", *MAGS_TRADED,
                           "Sounds brutal. Do you have anyone who helps with the ringing round?", seed=seed)
        assert "handful a week" not in lines[0].lower(), (seed, lines)
        assert any(word in lines[0] for word in ("Not really", "No.", "all on me")), (seed, lines)


def test_mags_told_to_leave_it_there_after_an_offer_holds_the_rep_to_it_not_depends_on_the_site():
    for seed in SEEDS:
        session, lines, _ = play("errand-sender", *MAGS_TRADED,
                                 "Look, I don't think a brochure will help you before March. Let's leave it there, and "
                                 "if it gets worse, give me a ring.", seed=seed)
        assert "Depends on the site" not in lines[0], (seed, lines)
        assert session.finished and session.ended.ending == "brushed_off"


# ---------------------------------------------------------------- u. Jamie: a learner's English (play)
JAMIE_TOLD_THE_FORTY = ("Hello Jamie. Thank you very much. Please, the problem you have now, it is with the reminders or "
                        "with the bookings?",)


def test_jamie_asked_in_a_learners_order_whether_dr_greer_knows_answers_about_the_bosses():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", *JAMIE_TOLD_THE_FORTY,
                           "And Dr Greer, she is knowing about this problem?", seed=seed)
        assert "I'm not sure" not in lines[0] and "good question" not in lines[0].lower(), (seed, lines)


def test_jamie_asked_about_the_budget_does_not_open_with_last_time():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker", *JAMIE_TOLD_THE_FORTY,
                               "Is there a budget for this project already, or not yet?", seed=seed)
        assert facts == ["history"] and not lines[0].startswith(("Oof, last time", "We did try")), (seed, lines)


# ---------------------------------------------------------------- v. Graham: a formal rep (play)
GRAHAM_SAID_NO = (
    "Good morning, Mr Pell. Thank you for replying. Could you tell me which buildings give you the most trouble with room use?",
    "I appreciate that. May I ask whether a decision about room booking has already been made elsewhere in the university? "
    "Please feel free to say so; it would not offend me.",
)


def test_graham_asked_which_buildings_give_trouble_names_them():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", GRAHAM_SAID_NO[0], seed=seed)
        assert "engineering block" in lines[0] or "library" in lines[0], (seed, lines)


def test_graham_asked_what_appealed_to_the_director_says_what_swung_it_not_thanks():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no", *GRAHAM_SAID_NO,
                           "Thank you for your honesty. What was it about their offer that appealed to the Director of Estates?",
                           seed=seed)
        assert "two other" in lines[0] or "done it before" in lines[0], (seed, lines)


def test_graham_asked_to_be_contacted_before_the_review_while_leaving_it_there_agrees_the_date():
    session, _, _ = play("afraid-to-say-no", *GRAHAM_SAID_NO, "When might the university review that contract?",
                         "Then I shall leave it there for now. May I contact you a month before the review, perhaps in "
                         "early June next year?")
    assert session.finished and session.ended.ending == "door_open"


# ---------------------------------------------------------------- w. Ingrid: chat spelling (play)
INGRID_TOLD_THE_LEVER = ("hey ingrid :) before i throw a number at u, whats the current setup? who do u use now?",)


def test_ingrid_asked_how_long_she_has_been_with_them_says_how_long_not_the_photos():
    for seed in SEEDS:
        session, lines, facts = play("discount-hunter", *INGRID_TOLD_THE_LEVER,
                                     "ah ok. and how long have u been with them?", seed=seed)
        assert "years" in lines[0].lower() and facts == [], (seed, lines)
        assert session.state == "leverage"


def test_ingrid_asked_how_many_disputes_once_she_named_the_photos_gives_the_scale():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", *INGRID_TOLD_THE_LEVER,
                           "fair. so if it isnt the price, whats annoying ppl about them day to day?",
                           "oof. how many disputes a month we talking?", seed=seed)
        assert "Keep going" not in lines[0] and "how do I know" not in lines[0], (seed, lines)
        assert "photos?" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- x. Theo: a learner's English (play)
THEO_TOLD_HANDWRITING = ("Good day Theo. For handwritten forms we are reaching around 90 percent. May I know for which "
                         "purpose is the market scan?",)


def test_theo_told_the_handwriting_accuracy_does_not_ask_about_handwriting_next():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", *THEO_TOLD_HANDWRITING, seed=seed)
        assert "handwriting" not in lines[0].lower(), (seed, lines)


def test_theo_asked_in_a_learners_order_whether_they_have_bought_before_dodges_that():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", *THEO_TOLD_HANDWRITING,
                           "I understand. And the company has bought before some tool of this kind, or never?", seed=seed)
        assert "couldn't tell you the details" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- y. Denise: leftovers in the tally's batch17
def test_denise_asked_leave_to_ask_first_lets_the_rep_ask_instead_of_adding_carpets():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "hi denise!! yep can def do a quote by fri :) can i ask a couple things first tho?",
                           seed=seed)
        assert "carpets" not in lines[0] and lines[0].startswith(("Good", "Fine", "Go on")), (seed, lines)


def test_denise_asked_to_see_a_couple_of_blocks_answers_the_visit():
    for seed in SEEDS:
        _, lines, _ = play("third-quote", "Who cleans the blocks for you at the moment?", "have they been any good?",
                           "can i pop round to see a couple of the blocks b4 i price it?", seed=seed)
        assert any(word in lines[0] for word in ("blocks", "flats", "Walk it")), (seed, lines)
        assert "Write it up" not in lines[0], (seed, lines)


def test_denise_asked_whether_the_incumbent_will_keep_it_answers_the_odds():
    for seed in SEEDS:
        _, lines, facts = play("third-quote", "Right, and someone must be cleaning them now. Who's the current contractor?",
                               "So I suppose the question is whether the incumbent's likely to keep it. Are they?",
                               seed=seed)
        assert "Up to you" not in lines[0] and facts == ["gap"], (seed, lines)


# ---------------------------------------------------------------- z. Graham: tried anything before? (the tally's batch17)
def test_graham_asked_if_they_tried_anything_before_squirms_before_his_no_and_says_it_after():
    for seed in SEEDS:
        _, lines, facts = play("afraid-to-say-no", "How do staff book rooms right now?",
                               "Have you - has the university tried anything like this before?", seed=seed)
        assert "muddle" not in lines[0] and "double-booked" not in lines[0], (seed, lines)
        assert facts == []
    _, lines, _ = play("afraid-to-say-no", "If this is a no, that's totally fine, I'd rather know now.",
                       "Had you tried anything like this before?")
    assert "Ruth" in lines[0], lines
