"""Persona lines from session 35's batch27 and the wrong lines that recurred in earlier batches: each pinned as a trainer
would notice it, across seeds.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts what the trainee sees: the prospect's
line, the facts it told, or how the call ended. The last tests pin the hearing changes the lines needed.
"""

from __future__ import annotations

from dojo.coach.signals import classify
from tests.persona_play import said_to_last

SEEDS = range(4)


# ---------------------------------------------------------------- Ingrid
def test_ingrid_asked_how_many_trucks_gives_the_count_not_her_renewal_lever():
    for reply in ["hi ingrid! price depends a lot on the setup tbh, how many trucks r on the road daily?",
                  "Good morning madam. Actually before giving price, kindly tell me how many vehicles are having "
                  "trackers currently?"]:
        for seed in SEEDS:
            session, line = said_to_last("discount-hunter", [reply], seed=seed)
            assert "three hundred" in line.lower(), (seed, line)
            assert "lever" not in session.memory.revealed, (seed, line)


def test_ingrid_asked_if_she_only_wants_the_number_to_push_her_vendor_down_says_so():
    replies = ["Price we can discuss, no issue. But who is your current supplier, and when their contract is finishing?",
               "I will be frank madam, if you only want our number to push down your present vendor, kindly tell me "
               "now itself."]
    for seed in SEEDS:
        session, line = said_to_last("discount-hunter", replies, seed=seed)
        assert "lever" in session.memory.revealed, (seed, line)


def test_ingrid_offered_a_discount_for_a_meeting_with_the_signer_hears_the_trade():
    replies = ["I will be frank madam, if you only want our number to push down your present vendor, kindly tell me "
               "now itself.",
               "Ok. Our list price is £21 per vehicle per month. For 300 trucks I can give 8% if you get me meeting "
               "with the person who signs, isn't it fair?"]
    for seed in SEEDS:
        _, line = said_to_last("discount-hunter", replies, seed=seed)
        assert "marcus" in line.lower(), (seed, line)
        assert "asking nicely" not in line.lower() and "doesn't take vendor calls" not in line.lower(), (seed, line)
        assert "we don't overpay" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Mags
def test_mags_asked_what_she_would_do_with_it_names_the_re_tender_without_the_no_shows():
    for reply in ["Aye, I can send summat, no bother. But what would you actually do with it when it lands, love?",
                  "hi mags! can def send stuff 📩 but what wd u actually do with it?",
                  "Help me understand: what would a brochure tell you that a five-minute chat wouldn't?"]:
        for seed in SEEDS:
            session, line = said_to_last("errand-sender", [reply], seed=seed)
            assert "driver" in session.memory.revealed, (seed, reply, line)
            assert "pain" not in session.memory.revealed, (seed, reply, line)


def test_mags_given_leave_to_say_no_does_not_answer_real_numbers_nobody_offered():
    opening = ["Mags, I'll happily send something, but let's do a little homework first so it's the right something. "
               "How do you build the rotas for 400 cleaners today?"]
    for reply in ["If it doesn't, that's a perfectly acceptable answer too. Would you rather I just didn't send anything?",
                  "Ok. If you prefer I do not call again, please just tell me, is fine."]:
        for seed in SEEDS:
            _, line = said_to_last("errand-sender", [*opening, reply], seed=seed)
            assert "real numbers" not in line.lower(), (seed, reply, line)


def test_mags_asked_who_finds_the_replacement_says_she_does_not_the_wards():
    replies = ["Hello Mags. I can send, of course. But first one question please: how many sites you are cleaning "
               "every day?", "And when cleaner is not coming, who is finding replacement? You personally?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        assert "wards" not in line.lower(), (seed, line)
        assert "on me" in line.lower(), (seed, line)


def test_mags_asked_what_happens_when_someone_phones_in_sick_does_not_say_it_depends_on_the_site():
    replies = ["Mags, I'll happily send something, but let's do a little homework first so it's the right something. "
               "How do you build the rotas for 400 cleaners today?",
               "Okay, so step one, the rota. Step two: when somebody phones in sick at 6am, what happens next?"]
    for seed in SEEDS:
        _, line = said_to_last("errand-sender", replies, seed=seed)
        assert "depends on the site" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Helen
def test_helen_given_leave_to_say_no_after_bristling_stays_on_the_call():
    replies = ["Helen, what a pleasure. I imagine you have walked through a whole garden of platforms by now; how many "
               "have you seen, and what has kept you from picking a bloom?",
               "Ah, the eternal search. And if the season passes with no platform chosen, what does that cost your "
               "hotels, in truth?",
               "Before I pour our answers into your spreadsheet, might I ask who holds the final key to this decision?",
               "Then let us not wander forever: would you and whoever holds that key give me forty minutes next Tuesday "
               "at three, and decide yes or no by the end of the month?",
               "And should the answer be no, I would far rather hear it plainly than wait on the wind."]
    for seed in SEEDS:
        session, line = said_to_last("eternal-evaluator", replies, seed=seed)
        assert not session.finished, (seed, line)
        assert "no" in line.lower() and "go on" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Denise
def test_denise_asked_how_she_will_decide_between_quotes_first_names_the_scoring_sheet():
    for reply in ["Hello Denise. Yes, quote by Friday is possible. But please, tell me, how you will decide between the "
                  "quotes? Only price?",
                  "Denise, we'd love to be in the game! What's the scoring system for the quotes?"]:
        for seed in SEEDS:
            _, line = said_to_last("third-quote", [reply], seed=seed)
            assert "quality" in line.lower(), (seed, reply, line)


def test_denise_asked_what_would_make_her_move_away_from_the_incumbent_names_the_deep_cleans():
    replies = ["Thanks so much for thinking of us, Denise. Can I ask what's prompted the tender this time?",
               "Thank you, that's useful. How will the quotes be scored?",
               "Really appreciate that. Who's doing the cleaning at the moment?",
               "Thanks for being straight with me. What would have to happen for you to move away from them?"]
    for seed in SEEDS:
        session, line = said_to_last("third-quote", replies, seed=seed)
        assert "gap" in session.memory.revealed, (seed, line)


# ---------------------------------------------------------------- Jamie
def test_jamie_asked_if_the_deciders_would_join_the_demo_names_her_boss():
    replies = ["Jamie, love the enthusiasm, kid. Before we do a demo though, what's the problem ya tryin' to fix ovah "
               "there?", "Gotcha. And who makes the call on buyin' somethin' like this for all twelve clinics?",
               "Wicked. Would they wanna be on the demo, so ya don't have to sell it for me aftah?"]
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert "ask around" not in line.lower(), (seed, line)


def test_jamie_asked_a_good_day_for_her_bosses_offers_to_check_the_diary():
    replies = ["Jamie, happy to cook up a demo, but first let me check the ingredients: what's going wrong with "
               "bookings at the clinics right now?", "Who's the head chef here, the one who decides whether you buy?",
               "No point serving the meal to half the table. Can we get them on the demo too?",
               "What's a good day for them next week?"]
    for seed in SEEDS:
        _, line = said_to_last("not-the-decision-maker", replies, seed=seed)
        assert "what would you need from me" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Theo
def test_theo_asked_when_the_board_reads_his_report_says_the_quarter_not_why_he_is_looking():
    replies = ["Good afternoon sir. Handwritten forms we are handling, no problem. But kindly tell me, this scan is for "
               "which project actually?", "Ok. And the board, when they are reading your report?"]
    for seed in SEEDS:
        _, line = said_to_last("tire-kicker", replies, seed=seed)
        assert "quarter" in line.lower(), (seed, line)
        assert "curiosity" not in line.lower(), (seed, line)


# ---------------------------------------------------------------- Beth
def test_beth_asked_how_the_firm_tracks_hours_in_second_language_english_answers_timesheets_not_how_she_is():
    for reply in ["Hello Beth, thank you. Tell me please, how your firm is tracking hours of architects now?",
                  "Thank you. I want to ask, how your firm record the time now for the projects?"]:
        for seed in SEEDS:
            _, line = said_to_last("too-nice", [reply], seed=seed)
            assert "busy, busy" not in line.lower() and "whirlwind" not in line.lower(), (seed, reply, line)


# ---------------------------------------------------------------- the hearing
def test_permission_to_say_no_is_heard_in_a_writers_own_words():
    for reply in ["My friend, be honest with me please: if you already choose other company, is no problem, you can say.",
                  "If it doesn't, that's a perfectly acceptable answer too.",
                  "Ok. If you prefer I do not call again, please just tell me, is fine.",
                  "If the honest answer is 'not now', that's a perfectly good answer and I'd much prefer it. Is it?",
                  "And should the answer be no, I would far rather hear it plainly than wait on the wind."]:
        assert classify(reply).permission, reply


def test_a_call_again_asked_for_or_an_unclear_answer_is_not_permission():
    for reply in ["If you prefer I call again on Monday, just tell me.", "The answer is not yet clear to me.",
                  "I would rather hear it from Ruth directly."]:
        assert not classify(reply).permission, reply


def test_leave_to_ask_in_second_language_english_keeps_the_question_discovery():
    for reply in ["Tell me please, how your firm is tracking hours of architects now?",
                  "I want to ask, how your firm record the time now for the projects?"]:
        assert "empathy" in classify(reply).stages, reply
    assert "empathy" not in classify("I want to ask, how are you today?").stages
