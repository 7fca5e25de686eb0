"""Session 26: personas answer what the rep said (batch18 of the persona scripts and the faults found in play)."""

from __future__ import annotations

from tests.persona_play import play_and_read as play

SEEDS = range(4)


# ---------------------------------------------------------------- 1. Denise: permission to say no is not stepping aside
def test_denise_given_permission_to_say_no_answers_the_odds_and_does_not_end_the_call():
    for reply in ("If BrightClean are the favourites and this is a formality, it's fine to tell me.",
                  "Right, and if someone's already the favourite, or it's fairly settled, honestly it's fine to tell me, "
                  "I'd much rather know now than spend two days on a quote that's only there to make up the numbers."):
        for seed in SEEDS:
            session, lines, facts = play("third-quote", "What's prompted the three quotes this time?", reply, seed=seed)
            assert not session.finished, (reply, seed, lines)
            assert "straight with me" not in lines[0] and "remember your name" not in lines[0], (reply, seed, lines)
            assert "deep-clean" in lines[0] and facts == ["gap"], (reply, seed, lines)
            assert session.state == "door_ajar", (reply, seed, lines)


def test_denise_told_the_rep_steps_aside_thanks_them_and_the_call_ends_well():
    for reply in ("Then I'll step aside rather than make up the numbers. Thanks for being straight with me.",
                  "Understood. I'd rather bow out than be the third quote, but thank you for telling me."):
        for seed in SEEDS:
            session, lines, _ = play("third-quote", "What's prompted the three quotes this time?", reply, seed=seed)
            assert session.finished and session.ended.ending == "stepped_aside", (reply, seed, lines)


# ---------------------------------------------------------------- 2. Mags: an early "only you, or who else?"
def test_mags_asked_early_whether_the_cover_is_only_her_answers_with_her_mornings_not_raymond():
    for reply in ("Is it only you sorting the cover, or who else?", "Is it only you dealing with the rotas, or who else?",
                  "Who sorts the cover when someone doesn't turn up?"):
        for seed in SEEDS:
            session, lines, facts = play("errand-sender", reply, seed=seed)
            said = " ".join(lines)
            assert "Raymond" not in said and "email" not in said, (reply, seed, lines)
            assert "half five" in said and facts == ["pain"], (reply, seed, lines)


def test_mags_asked_early_whether_she_alone_decides_still_names_raymond():
    for seed in SEEDS:
        _, lines, facts = play("errand-sender", "Is it only you deciding, or who else?", seed=seed)
        assert "Raymond" in lines[0] and facts == ["signer"], (seed, lines)


def test_mags_asked_how_many_sales_calls_she_gets_says_so_without_telling_her_no_shows():
    for seed in SEEDS:
        session, lines, facts = play("errand-sender", "How many sales calls do you get a week?", seed=seed)
        assert facts == [] and "send me something" in lines[0], (seed, lines)


# ---------------------------------------------------------------- 3. Jamie: a summary before any trust
JAMIE_NAMED_THE_DECIDERS = (
    "Hi Jamie, thanks for calling. What's behind the search, what's going wrong with reminders today?",
    "That sounds painful. Who else is involved in the decision besides you?",
    "Honestly, who actually signs off on something like this?",
)
SUMMARY_WITH_A_MEETING = ("I'll write up a short summary you can forward to Alison. Could we get 20 minutes with her and "
                          "finance on Thursday?")


def test_jamie_offered_a_summary_before_any_trust_asks_for_proof_before_promising_the_slot():
    for seed in SEEDS:
        session, lines, _ = play("not-the-decision-maker", *JAMIE_NAMED_THE_DECIDERS, SUMMARY_WITH_A_MEETING, seed=seed)
        line = lines[0]
        assert "ask about" not in line and "ask Alison and finance" not in line, (seed, lines)
        assert "like us" in line or "other vet groups" in line, (seed, lines)
        assert not session.finished, (seed, lines)


def test_jamie_offered_a_summary_once_shown_proof_takes_it_and_asks_the_deciders():
    proof = "We do this for thirty vet groups; one cut no-shows by a third in two months."
    for seed in SEEDS:
        _, lines, _ = play("not-the-decision-maker", *JAMIE_NAMED_THE_DECIDERS, proof, SUMMARY_WITH_A_MEETING, seed=seed)
        assert "Send it" in lines[0] or "forward" in lines[0], (seed, lines)
        assert "like us" not in lines[0], (seed, lines)


# ---------------------------------------------------------------- 4. Helen: agreeing the date quotes only what was said
HELEN_TRUSTS_AND_NAMED_FRANK = (
    "How long have you been looking?",
    "What's made it hard to decide?",
    "That sounds awful, and honestly, if we're not right, tell me. Who signs?",
)


def test_helen_agreeing_a_date_with_frank_does_not_quote_criteria_nobody_proposed():
    for seed in SEEDS:
        session, lines, _ = play("eternal-evaluator", *HELEN_TRUSTS_AND_NAMED_FRANK,
                                 "Could we set a decision date with Frank, say 12 June at 10am?", seed=seed)
        assert session.ended.ending == "decision_date", (seed, lines)
        assert "criteria" not in lines[0] and "what good looks like" not in lines[0], (seed, lines)
        assert "Frank" in lines[0], (seed, lines)


def test_helen_agreeing_criteria_and_a_date_names_both_back():
    for seed in SEEDS:
        session, lines, _ = play("eternal-evaluator", *HELEN_TRUSTS_AND_NAMED_FRANK,
                                 "Could we agree the criteria now, and a decision date with Frank, say 12 June at 10am?",
                                 seed=seed)
        assert session.ended.ending == "decision_date", (seed, lines)
        assert "criteria" in lines[0] or "what good looks like" in lines[0], (seed, lines)


# ---------------------------------------------------------------- 5. batch18's faults, fixed in the scenarios
def test_mags_asked_again_why_now_once_told_the_re_tender_says_it_again_not_her_mornings():
    told = ("Sure, but before I send anything, what would you want the information to help you decide?",
            "What's the biggest headache with your shifts at the moment?")
    for reply in ("Why now, rather than six months ago?",
                  "Is there something happening soon, a contract or a busy season, that's making this urgent?"):
        for seed in SEEDS:
            _, lines, _ = play("errand-sender", *told, reply, seed=seed)
            assert "tender" in lines[0] and "Depends on the site" not in lines[0], (reply, seed, lines)


def test_graham_asked_who_the_final_decision_person_is_after_his_no_names_ruth_without_thanking_again():
    for seed in SEEDS:
        _, lines, _ = play("afraid-to-say-no",
                           "Arre, no tension at all, if this is not happening you can simply tell me no, I will not mind.",
                           "And who is the final decision person for this, is it you or someone above?", seed=seed)
        assert "Ruth" in lines[0] and "thank you" not in lines[0].lower(), (seed, lines)


def test_ingrid_told_the_rep_will_bow_out_rather_than_be_the_benchmark_hears_the_walk_away():
    told = ("Three hundred trucks? Before any number, what's making you look at telematics right now?",)
    for seed in SEEDS:
        _, lines, _ = play("discount-hunter", *told,
                           "Fair enough: if you only need a third number for the file, I'll bow out politely rather than "
                           "be the benchmark.", seed=seed)
        assert "Do I get one" not in lines[0] and "number" not in lines[0].split(".")[0], (seed, lines)


def test_helen_asked_what_the_decision_will_be_based_on_says_how_she_chooses_not_who_signs():
    for seed in SEEDS:
        session, lines, facts = play("eternal-evaluator", "What criteria will the final decision be based on?", seed=seed)
        assert "Frank" not in lines[0] and facts == ["history"], (seed, lines)


def test_theo_asked_what_the_report_is_about_says_so_while_he_dodges_who_decides():
    for seed in SEEDS:
        _, lines, _ = play("tire-kicker", "What's the report going to the board about?", seed=seed)
        assert "board" in lines[0] and ("landscape" in lines[0] or "exploratory" in lines[0]), (seed, lines)
