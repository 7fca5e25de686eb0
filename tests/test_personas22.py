"""Persona faults found in session 22, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Beth: asked whether she would buy
def test_beth_asked_if_gorgeous_ever_gets_bought_answers_about_buying_not_her_busy_day():
    for reply in ("Gorgeous website, thanks. Does gorgeous ever get bought at your place?",
                  "Gorgeous, thank you. Does gorgeous mean you'd buy it?"):
        for seed in SEEDS:
            session, lines, facts = play("too-nice", reply, seed=seed)
            assert "busy" not in lines[0] and "kitchen" not in lines[0], (reply, seed, lines)
            assert any(word in lines[0].lower() for word in ("buy", "yes", "might")), (reply, seed, lines)
            assert facts == [] and session.state == "gushing", (reply, seed, lines)


# ---------------------------------------------------------------- 2. Ingrid: what she was asked, on the turn it was asked
STORY_THEN_WHY_NOW = ("I'll get to price, promise. Last year a haulier up in Carlisle took the cheapest tracking quote and "
                      "six months later half their drivers had stopped scanning deliveries. What's made you go out to "
                      "quote now?")


def test_ingrid_asked_why_she_is_quoting_after_a_story_says_why_not_that_keen_vendors_discount():
    for seed in SEEDS:
        session, lines, facts = play("discount-hunter", STORY_THEN_WHY_NOW, seed=seed)
        assert "Keen" not in lines[0] and "eighteen percent" in lines[0] and facts == ["lever"], (seed, lines)


def test_ingrid_asked_how_drivers_prove_delivery_answers_the_photos_not_last_turns_renewal():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", STORY_THEN_WHY_NOW,
                               "That's familiar. I once watched a driver sign a delivery on a phone with a cracked screen "
                               "in the rain, took him four goes. How do your drivers get proof of delivery today?", seed=seed)
        assert "eighteen" not in lines[0] and "photo" in lines[0] and facts == ["pain"], (seed, lines)


def test_ingrid_asked_who_in_operations_will_live_with_it_names_marcus():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter",
                               "Before I throw a number at you, what's made you look at this now?",
                               "Makes sense. I know procurement get handed these things at the last minute, so who in "
                               "operations is actually going to live with whatever you choose?", seed=seed)
        assert "Keen" not in lines[0] and "Marcus" in lines[0] and facts == ["signer"], (seed, lines)


def test_ingrid_offered_three_ways_forward_picks_one_rather_than_calling_it_a_fair_exchange():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter",
                           "Quick one before price: is this mainly about cost, about service, or about something the current "
                           "system doesn't do?",
                           "Would you rather I send a number now, meet your fleet lead first, or step aside if you've "
                           "already decided?", seed=seed)
        assert "exchange" not in lines[0] and "trade" not in lines[0].lower(), (seed, lines)
        assert "number" in lines[0].lower() or "Number" in lines[0], (seed, lines)


# ---------------------------------------------------------------- 3. Beth: a call asked for after her no
def test_beth_asked_for_a_call_with_the_partners_after_her_no_answers_the_call_not_joannes_month_end():
    for seed in SEEDS:
        session, lines, facts = play("too-nice", "Thanks! Who decides on software there?", "What's the current system?",
                                     "Renewal date?", "Straight up: any real chance?", "Call with the partners Tues 9am?",
                                     seed=seed)
        assert "Henrik" in lines[0] and "Month-end" not in lines[0] and "month-end" not in lines[0], (seed, lines)
        # Her no has already named Henrik (persona27): the call tells nothing new, and still not Joanne's month-end.
        assert facts == [] and "signer" in session.revealed and "pain" not in session.revealed, (seed, lines)


# ---------------------------------------------------------------- 4. Mags: an offer with questions, a dated call, candour
def test_mags_offered_prices_with_two_questions_about_her_mornings_answers_and_stays_on_the_call():
    for seed in SEEDS:
        session, lines, _ = play("errand-sender", "I'll email you a brochure this afternoon. What made you take the call, "
                                 "and what's the biggest problem with rotas?",
                                 "I'll add our prices too. How many cleaners call in sick in a week, and who covers?",
                                 seed=seed)
        assert not session.finished and "Bye" not in lines[0], (seed, lines)
        assert "cover" in lines[0] or "ringing round" in lines[0], (seed, lines)


def test_mags_offered_a_call_on_monday_at_eight_does_not_hear_a_deadline():
    for reply in ("OK, how about this: I send the overview tonight, you look at it, and we speak Monday at 8 for ten "
                  "minutes?", "Can we get a proper blether on Monday at 8, before your first site?"):
        for seed in SEEDS:
            session, lines, _ = play("errand-sender", "Sure, I can send it if you get me 15 min with whoever decides.",
                                     reply, seed=seed)
            assert "deadline" not in lines[0] and "rush" not in lines[0], (reply, seed, lines)
            assert session.state != "bristling", (reply, seed, lines)


def test_mags_told_honestly_the_product_might_not_fit_hears_honesty_not_real_numbers():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "I'll send it. What's the biggest headache with rotas?",
                           "Honestly, we might not be right for you, we're not great with agency staff yet.", seed=seed)
        assert "numbers" not in lines[0] and "firm like ours" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- 5. Theo: asked what his report is for
def test_theo_asked_what_his_report_is_meant_to_decide_answers_for_the_report_not_pricing():
    for reply in ("We read handwriting at 97% accuracy. What's the report meant to decide?",
                  "Are you buying, or am I writing your report for you?",
                  "So is this report leading to a purchase?"):
        for seed in SEEDS:
            _, lines, _ = play("tire-kicker", reply, seed=seed)
            assert "board" in lines[0] and "pricing" not in lines[0], (reply, seed, lines)


# ---------------------------------------------------------------- 6. Jamie: who asked, Alison asked along, a fact told, a close
def test_jamie_asked_who_wanted_the_three_options_names_dr_greer_not_herself():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", '"Exactly what we need." Love it. What\'s going wrong right now?',
                           '"Forty a week." Ouch. Why now, though, what happened?',
                           '"Three options by month end." Who asked for them?', seed=seed)
        assert "Greer" in lines[0] and "That's me" not in lines[0], (seed, lines)


def test_jamie_offered_a_demo_with_alison_asked_along_answers_for_alison():
    for seed in SEEDS:
        session, lines, _ = play("not-the-decision-maker", "I'll happily do the demo. Would you get Alison along to it?",
                                 seed=seed)
        assert "That's me" not in lines[0] and ("Alison" in lines[0] or "Greer" in lines[0]), (seed, lines)
        assert session.state != "deflated", (seed, lines)


def test_jamie_told_what_the_product_does_does_not_say_yes_please():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", "Yes, I can do a demo, happy to! What's made you start looking now?",
                           "We do text reminders and online booking, yes. How are bookings handled today?", seed=seed)
        assert "Yes please" not in lines[0] and "forty" in lines[0], (seed, lines)


def test_jamie_asked_to_sign_up_with_twenty_percent_off_says_she_cannot_sign():
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", "Great to hear. So, ready to sign up? There's 20% off this month.",
                           seed=seed)
        assert "sign" in lines[0].lower() and "comparison" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- play: Ingrid, who would notice; a number for Marcus's time
INGRID_TOLD_THE_PHOTOS = ("Morning Ingrid. Happy to talk price, but can I ask what you're comparing us against?",
                          "Got it. And apart from the renewal, is the current kit actually doing the job?")


def test_ingrid_asked_if_the_current_kit_does_the_job_names_the_photos():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", *INGRID_TOLD_THE_PHOTOS, seed=seed)
        assert "photo" in lines[0] and facts == ["pain"], (seed, lines)


def test_ingrid_asked_who_would_notice_the_photos_fixed_says_who_not_how_many():
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", *INGRID_TOLD_THE_PHOTOS,
                           "Who would notice most if the photos stopped going missing?", seed=seed)
        assert "Dozens" not in lines[0] and any(w in lines[0] for w in ("Accounts", "Credit", "fleet", "Fleet")), (seed, lines)


def test_ingrid_offered_a_price_for_time_with_marcus_answers_the_meeting_as_well_as_who_he_is():
    for seed in SEEDS:
        _, lines, facts = play("discount-hunter", INGRID_TOLD_THE_PHOTOS[0],
                               "If I send you a per-vehicle price, could we get twenty minutes with Marcus next Wednesday "
                               "at 11?", seed=seed)
        assert "Marcus" in lines[0] and facts == ["signer"], (seed, lines)
        assert any(w in lines[0] for w in ("time", "ask him", "put it to him", "I'll ask")), (seed, lines)


def test_ingrid_pushed_with_a_price_ultimatum_beside_who_picks_still_goes_cold():
    for seed in SEEDS:
        session, lines, facts = play("discount-hunter", "Sign by Friday or the price goes up. Who picks, and when is the "
                                     "deadline?", seed=seed)
        assert facts == [] and session.state == "stonewall", (seed, lines)


# ---------------------------------------------------------------- play: Mags, what happens when someone doesn't turn up
def test_mags_asked_unpunctuated_what_happens_when_someone_doesnt_turn_up_says_what_she_does():
    for seed in SEEDS:
        _, lines, _ = play("errand-sender", "hi mags, quick one, what sort of sites do you look after?",
                           "ok and when someone doesnt turn up what happens", seed=seed)
        assert "Depends on the site" not in lines[0] and "Same as I said" not in lines[0], (seed, lines)
        assert "half five" in lines[0].lower() or "before six" in lines[0], (seed, lines)
