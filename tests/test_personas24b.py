"""Persona lines from session 24's play that did not answer the rep, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Jamie: the grief, the shortlist, Dr Greer at the demo
JAMIE_TOLD_THE_NO_SHOWS = ("hi jamie! whats going wrong with the current reminders?",)


def test_jamie_asked_who_gets_the_grief_says_who_takes_it_not_the_forty_a_week_again():
    for reply in ("oof 40 a week is a lot. who gets the grief when that happens?",
                  "Who takes the flak when an owner doesn't turn up?"):
        for seed in SEEDS:
            _, lines, facts = play("not-the-decision-maker", *JAMIE_TOLD_THE_NO_SHOWS, reply, seed=seed)
            assert "receptionist" in lines[0].lower() or "front desk" in lines[0].lower(), (reply, seed, lines)
            assert "forty" not in lines[0] and facts == [], (reply, seed, lines)


def test_jamie_asked_who_gets_the_grief_before_the_no_shows_says_who_and_how_many():
    for seed in SEEDS:
        _, lines, facts = play("not-the-decision-maker", "Who gets the grief when an owner doesn't turn up?", seed=seed)
        assert "receptionist" in lines[0].lower() or "front desk" in lines[0].lower(), (seed, lines)
        assert "forty" in lines[0].lower() and facts == ["pain"], (seed, lines)


def test_jamie_asked_who_her_shortlist_goes_to_says_dr_greer_not_that_they_live_with_it():
    for before in ((), JAMIE_TOLD_THE_NO_SHOWS):
        for reply in ("when u say ur pulling together a shortlist, who's it going to?", "Who's the shortlist going to?"):
            for seed in SEEDS:
                _, lines, _ = play("not-the-decision-maker", *before, reply, seed=seed)
                assert "Greer" in lines[0] or "Alison" in lines[0], (before, reply, seed, lines)
                assert "live with it" not in lines[0] and "right person" not in lines[0], (before, reply, seed, lines)


def test_jamie_asked_if_dr_greer_would_join_the_demo_answers_for_her_diary_not_the_missed_appointments():
    for before in ((), JAMIE_TOLD_THE_NO_SHOWS):
        for reply in ("would dr greer be up for joining the demo? even just the last 10 min",
                      "Could Alison come along to the demo, even for ten minutes?"):
            for seed in SEEDS:
                _, lines, facts = play("not-the-decision-maker", *before, reply, seed=seed)
                line = lines[0]
                lower = line.lower()
                assert ("ask" in lower or "see if" in lower) and ("her" in lower or "she" in lower), (before, reply, seed, lines)
                assert "missed appointments" not in line and "right person" not in line, (before, reply, seed, lines)
                assert facts == [], (before, reply, seed, lines)


# ---------------------------------------------------------------- 2. Mags: how many it affects, a call instead of paperwork
MAGS_TOLD_HER_MORNINGS = ("Totally get it Mags, I'll be quick. What happens when someone doesn't turn up for a shift?",)


def test_mags_asked_how_many_cleaners_the_no_shows_affect_says_how_many_not_her_headcount():
    for before in ((), MAGS_TOLD_HER_MORNINGS):
        for reply in ("how many of your cleaners would you say that affects in a typical week?",
                      "How many of your people does that affect each week?"):
            for seed in SEEDS:
                _, lines, _ = play("errand-sender", *before, reply, seed=seed)
                assert "two or three" in lines[0].lower() or "fifteen" in lines[0].lower(), (before, reply, seed, lines)
                assert "sixty-three" not in lines[0], (before, reply, seed, lines)


def test_mags_offered_a_screen_share_instead_of_the_brochure_does_not_ask_what_the_meeting_is_for():
    reply = ("rather than a brochure, how about a 20 min screen share where I show you exactly how we'd handle your night "
             "shifts? Thursday at 3 work?")
    for before in ((), MAGS_TOLD_HER_MORNINGS):
        for seed in SEEDS:
            _, lines, _ = play("errand-sender", *before, reply, seed=seed)
            line = lines[0]
            assert "to do what" not in line and "Send it" not in line and "Paperwork's fine" not in line, (before, seed, lines)
            assert "brochure" in line.lower() or "pdf" in line.lower(), (before, seed, lines)


# ---------------------------------------------------------------- 3. Ingrid: a pilot traded for the Head of Fleet
INGRID_PILOT_FOR_FLEET = ("I would propose a pilot on thirty trucks for one month, at no cost, if you can arrange for the "
                          "Head of Fleet to review the results with us.")


def test_ingrid_offered_a_pilot_for_the_head_of_fleets_review_answers_the_trade_not_asking_nicely():
    for before in ((), ("Good morning Ingrid. Before we talk price, who else is involved in choosing a telematics provider?",)):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *before, INGRID_PILOT_FOR_FLEET, seed=seed)
            line = lines[0]
            assert "asking nicely" not in line and "I'll answer that" not in line, (before, seed, lines)
            assert "pilot" in line.lower() and "Marcus" in line, (before, seed, lines)
            assert "put it to him" in line or "ask him" in line or "take to him" in line, (before, seed, lines)


# ---------------------------------------------------------------- 4. Played again as a new rep
def test_jamie_asked_what_dr_greer_would_want_to_see_once_she_decides_says_what_not_what_would_you_need():
    told = ("Is it just you deciding, or does someone else sign off in the end?",
            "Be straight with me: who signs this off?")
    for reply in ("What would Dr Greer want to see from us?", "What would finance need to see?"):
        for seed in SEEDS:
            _, lines, _ = play("not-the-decision-maker", *told, reply, seed=seed)
            assert "What would you need from me" not in lines[0] and "how do we do this" not in lines[0], (reply, seed, lines)
            assert "number" in lines[0].lower() or "proof" in lines[0].lower(), (reply, seed, lines)


def test_mags_asked_what_her_coverage_data_looks_like_says_spreadsheets_not_only_her_mornings():
    told_the_tender = ("Hi Mags, no problem, I can send something. Before I do, what would you be looking to decide once "
                       "you've read it?",)
    for reply in ("Right, the council tender. What does the coverage data look like today?",
                  "How do you track who covered which shift?"):
        for seed in SEEDS:
            _, lines, _ = play("errand-sender", *told_the_tender, reply, seed=seed)
            assert "spreadsheet" in lines[0], (reply, seed, lines)


def test_ingrid_asked_if_price_is_the_only_thing_wrong_with_the_incumbent_names_the_photos():
    told_why = ("Morning Ingrid. Happy to get you a number. So I price it right, what will you be comparing it against?",)
    for reply in ("Eighteen percent is a big jump. Is price the only thing that's wrong with them?",
                  "Is there anything else wrong with their system?"):
        for seed in SEEDS:
            _, lines, facts = play("discount-hunter", *told_why, reply, seed=seed)
            assert "photo" in lines[0].lower() and facts == ["pain"], (reply, seed, lines)


def test_jamie_offered_a_cost_case_if_she_forwards_it_to_the_deciders_agrees_to_pass_it_on():
    told = ("Is it just you deciding, or does someone else sign off in the end?",
            "Be straight with me: who signs this off?")
    # Other wordings ("a summary if you'd pass it on to Dr Greer?") are heard as a give with nothing asked back, or as a
    # pitch, and a guard answers them first: the coach's hearing, not hers.
    for reply in ("OK, I'll send a one-page cost case if you'll forward it to them. Fair?",
                  "I'll send a one-page cost case. Could you forward it to Alison and finance?"):
        for seed in SEEDS:
            _, lines, _ = play("not-the-decision-maker", *told, reply, seed=seed)
            assert "What would you need from me" not in lines[0], (reply, seed, lines)
            assert "forward" in lines[0] or "in front of" in lines[0] or "send it" in lines[0], (reply, seed, lines)


def test_ingrid_asked_what_photos_landing_would_do_for_cash_flow_answers_it_not_what_would_you_do():
    to_the_photos = ("Morning Ingrid. Happy to get you a number. So I price it right, what will you be comparing it against?",
                     "Eighteen percent is a big jump. Is price the only thing that's wrong with them?")
    for reply in ("If those photos arrived first time and invoices went out the same day, what would that do for your "
                  "cash flow?", "Say every photo landed first time. What would that mean for the depots?"):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *to_the_photos, reply, seed=seed)
            assert "what would you actually do" not in lines[0], (reply, seed, lines)
            assert "if" in lines[0] and ("invoice" in lines[0].lower() or "money" in lines[0].lower()), (reply, seed, lines)


def test_mags_asked_what_raymond_makes_of_the_overtime_says_what_he_knows_not_the_wards_story():
    to_raymond = ("no worries mags, i'll keep it short. whats the main thing u want to fix?",
                  "Who signs off on something like this?")
    for reply in ("what does raymond make of all the overtime?", "And what does Raymond think about all that overtime?"):
        for seed in SEEDS:
            _, lines, _ = play("errand-sender", *to_raymond, reply, seed=seed)
            assert "Raymond" in lines[0] and "wards" not in lines[0], (reply, seed, lines)


def test_ingrid_asked_whether_marcus_knows_she_is_out_to_quote_answers_about_him_not_earn_it():
    to_marcus = ("Straight answer: I won't quote blind. What's the number going to be used for?",
                 "And who picks the system, you or ops?")
    for reply in ("Does Marcus know you're out to quote?", "Is Marcus aware you're getting quotes?"):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *to_marcus, reply, seed=seed)
            assert "earn" not in lines[0] and "know" in lines[0], (reply, seed, lines)


def test_jamie_asked_how_many_clinics_will_use_it_says_twelve_not_the_no_shows():
    for reply in ("Hello Jamie, thank you. Before the demo, may I understand how many clinics will use it?",
                  "How many clinics would be on it?"):
        for seed in SEEDS:
            _, lines, facts = play("not-the-decision-maker", reply, seed=seed)
            assert "welve" in lines[0] and "forty" not in lines[0] and facts == [], (reply, seed, lines)
