"""Persona faults found after session 18, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios with seed 0 and asserts the prospect's line:
what the rep asked is what the persona answers.
"""

from __future__ import annotations

from dojo.engine import Session
from dojo.engine.events import ScoreChanged
from tests.persona_play import facts_told, play_shipped, prospect_lines, score_changes


def play(scenario: str, *replies: str, seed: int = 0) -> tuple[Session, list[str], list[str], list[ScoreChanged]]:
    """The session, every prospect line of the last reply, the facts it told and its score changes."""
    session, events = play_shipped(scenario, *replies, seed=seed)
    return session, prospect_lines(events), facts_told(events), score_changes(events)


# ---------------------------------------------------------------- a. Mags: does Raymond know what the cover costs?
MAGS_HEARD_OF_RAYMOND = ("Have you tried any software for this before?", "And how did that go?")


def test_mags_says_whether_raymond_knows_the_cost_before_naming_him_as_signer():
    _, lines, facts, _ = play("errand-sender", "Before I send anything, what happens when someone doesn't turn up?",
                              "does Raymond know what all that cover is costing?")
    line = lines[0]
    # Whether he knows, in so many words; not the run-down of who signs ("Me first, then Raymond in finance").
    assert line.startswith(("Raymond's seen", "He knows")), lines
    assert "Me first" not in line and "holds the purse strings" not in line
    # Saying he has seen the bill as the CFO who signs tells who signs.
    assert facts == ["signer"]


def test_asking_whether_raymond_knows_the_cost_is_discovery_not_a_decision_makers_ask():
    _, _, _, scores = play("errand-sender", "does Raymond know what all that cover is costing?")
    assert not any(e.label == "get:decision_makers" for e in scores), scores
    assert any(e.label == "stage:empathy" and e.delta > 0 for e in scores), scores


def test_mags_still_says_raymond_has_seen_it_once_she_has_named_him():
    _, lines, facts, _ = play("errand-sender", "Before I send anything, what happens when someone doesn't turn up?",
                              "Who signs off on something like this?",
                              "does Raymond know what all that cover is costing?")
    assert lines[0].startswith(("Raymond's seen", "Raymond knows")), lines
    assert facts == []


# ---------------------------------------------------------------- b. Helen: does he even know it exists?
HELEN_NAMED_FRANK = (
    "Eleven vendors and a spreadsheet that size. Serious question: how long has this been going on?",
    "What's made it so hard to land on one?",
    "And who's the one person who could force a decision?",
)


def test_helen_says_what_frank_knows_of_the_evaluation_not_her_fear():
    session, lines, _, _ = play("eternal-evaluator", *HELEN_NAMED_FRANK, "Does he even know this evaluation exists?")
    assert session.state == "real_talk"
    line = lines[0]
    assert "Fear" not in line and "2022" not in line, lines
    assert "knows" in line or "In principle" in line, lines
    # Not the line that named him, said again as if the rep had asked who signs.
    assert not line.startswith(("As I mentioned", "As I said", "I did say")), lines


def test_helen_asked_whether_her_boss_knows_names_him_and_says_he_is_not_involved():
    _, lines, facts, _ = play("eternal-evaluator", "How long have you been at this?", "Is your boss aware of all this?")
    assert "Frank" in lines[0] and ("hasn't been involved" in lines[0] or "hasn't seen" in lines[0]), lines
    assert facts == ["signer"]


# ---------------------------------------------------------------- c. Theo: could I talk to them as well?
THEO_NAMED_PRIYA = ("Could I ask what the report is for?", "Is there anyone in the business with this problem right now?")


def test_theo_answers_a_request_to_talk_to_priyas_people_as_an_intro():
    session, lines, _, _ = play("tire-kicker", *THEO_NAMED_PRIYA, "Would it be possible to talk to them as well?")
    assert session.state == "real_project"
    line = lines[0]
    assert "believe you" not in line, lines
    assert "intro" in line or "sell it to her" in line or "show her" in line, lines


def test_theo_answers_an_introduction_asked_for_by_name_as_the_same_ask():
    _, lines, _, _ = play("tire-kicker", *THEO_NAMED_PRIYA, "Could you introduce me to Priya?")
    assert "intro" in lines[0] or "sell it to her" in lines[0] or "show her" in lines[0], lines


def test_theo_asked_to_talk_to_them_before_there_is_a_project_says_there_is_nothing_to_meet_about():
    session, lines, facts, _ = play("tire-kicker", "Could I ask what the report is for?",
                                    "Would it be possible to speak with them as well?")
    assert "Priya" not in lines[0] and facts == [], lines


# ---------------------------------------------------------------- faults found in play (session 19)
def test_beth_asked_about_month_end_talks_about_month_end_not_the_truth_nobody_invited():
    session, lines, facts, _ = play("too-nice", "Anyway, how are you finding things now the studio's grown?",
                                    "Oh that sounds like a lot to juggle. What happens at the end of a month when the "
                                    "hours don't add up?")
    assert "truth" not in facts and session.state != "truth", (lines, facts)
    assert "budget" not in lines[0] and "finance lady" in lines[0], lines


def test_beth_still_comes_clean_when_offered_a_kind_way_out():
    _, lines, facts, _ = play("too-nice", "Sounds like now's not the moment, so shall we leave it there for now?")
    # Her no names Henrik, so it tells who decides as well (persona27).
    assert facts == ["truth", "signer"], lines


def test_jamie_asked_again_how_many_do_not_come_gives_the_number():
    _, lines, _, _ = play("not-the-decision-maker",
                          "Hello Jamie, thank you for take my call. What is the main problem with the patients not coming?",
                          "How many patient is not coming each week, approximately?")
    assert "forty" in lines[0].lower() and "learned to live with it" not in lines[0], lines


def test_jamie_asked_what_the_problem_costs_in_non_native_word_order_works_it_out():
    _, lines, _, _ = play("not-the-decision-maker", "What is the main problem with the patients not coming?",
                          "And this problem, it is costing how much for the practice?")
    assert "ask around" not in lines[0] and ("costed" in lines[0] or "added it up" in lines[0] or "quid" in lines[0]), lines


def test_mags_asked_politely_what_it_all_costs_says_what_it_costs():
    _, lines, facts, _ = play("errand-sender", "Sorry, can I ask what you'd be looking for in it?",
                              "How many no-shows do you get on a bad week?",
                              "Right, and who sorts out the cover?",
                              "gosh that sounds stressful",
                              "would it be ok if I asked what it all costs you?")
    assert facts == ["cost"] and "four" in lines[0].lower(), (lines, facts)


def test_theo_takes_a_backlog_result_to_priya_instead_of_asking_for_pricing_for_his_report():
    session, lines, _, scores = play("tire-kicker", *THEO_NAMED_PRIYA,
                                     "we did help another insurer clear a backlog of 7,000 in ten weeks, if that's useful")
    assert session.state == "real_project", lines
    assert "pricing" not in lines[0] and "report" not in lines[0], lines
    assert any(e.label == "stage:trust" and e.delta > 0 for e in scores), scores


# The case study alone is no concession to her (session 21): a number handed over beside it is what she pockets.
INGRID_HEARD_THE_CASE = ("Depends on spec. What are you running now?", "Why change?", "Who picks?",
                         "Worth a call with Marcus. Thursday 3pm, 30 min?",
                         "Fair. Customer your size cut disputed invoices 60% in a quarter. Can send the case, and we can "
                         "do it for 18 a truck a month.")


def test_ingrid_does_not_call_a_picture_of_the_change_a_price():
    # The picture hands nothing over ("photo attached" describes the product to come, play19), so the meeting is asked
    # before any number: she holds out for the real one, and never answers as if the picture had been a price.
    for seed in range(4):
        _, lines, _, _ = play("discount-hunter", *INGRID_HEARD_THE_CASE,
                              "Picture it: every POD photo attached to the invoice automatically, disputes closed the "
                              "same day. Thursday 3pm with Marcus?", seed=seed)
        assert "real number" in lines[0], (seed, lines)
        assert not any(words in lines[0] for words in ("better on that", "cheaper", "sharper", "best number")), lines


def test_ingrid_may_still_weigh_a_price_traded_for_a_room_with_fleet_as_a_number():
    said = set()
    for seed in range(4):
        _, lines, _, _ = play("discount-hunter", *INGRID_HEARD_THE_CASE,
                              "It's 14 a vehicle a month. Could we get 30 minutes with Marcus on Thursday at 3?", seed=seed)
        assert "Fleet" in lines[0], (seed, lines)
        said.add(lines[0])
    assert any("number" in line or "price" in line for line in said), said


def test_mags_answers_the_question_under_a_pasted_overview():
    session, lines, facts, _ = play("errand-sender",
                                    "Hi Mags, as discussed, please find below a short overview of our rota tool. Before I "
                                    "send the full pack, could you let me know which sites give you the most trouble?")
    assert facts == ["pain"] and "No-shows" in lines[0], (lines, facts)


def test_mags_asked_what_the_council_needs_to_see_names_the_tender():
    _, lines, facts, _ = play("errand-sender", "What happens when someone doesn't turn up?",
                              "What would you need the coverage reports to show the council?")
    assert facts == ["driver"] and "Depends on the site" not in lines[0], (lines, facts)


def test_denise_asked_how_it_is_scored_says_how():
    _, lines, _, _ = play("third-quote", "Before I quote: who's the incumbent?", "What's wrong with them?",
                          "How is it scored?")
    assert "price" in lines[0].lower() and "quality" in lines[0], lines


def test_helen_asked_in_statement_form_whether_frank_is_informed_says_what_he_knows():
    _, lines, _, _ = play("eternal-evaluator", *HELEN_NAMED_FRANK,
                          "He is informed about the problem of the new workers who wait the training?")
    assert "not sure" not in lines[0] and ("knows" in lines[0] or "In principle" in lines[0]), lines


def test_mags_asked_what_the_signer_needs_to_see_names_him_rather_than_saying_he_knows():
    _, lines, facts, _ = play("errand-sender", "Who signs, and what does he need to see?")
    assert "Raymond" in lines[0] and not lines[0].startswith(("He knows", "Raymond's seen")), lines
    assert "signer" in facts


def test_denise_asked_for_a_walk_round_the_block_answers_the_visit_not_a_meeting_with_her():
    _, lines, _, _ = play("third-quote", "Before I quote: who's the incumbent?", "What's wrong with them?",
                          "Can I walk the block Tuesday 10am?")
    assert "seeing me" not in lines[0] and "Meeting me" not in lines[0], lines
    assert "score" in lines[0], lines


def test_mags_asked_how_many_cleaners_she_has_gives_the_count():
    session, lines, facts, _ = play("errand-sender", "sorry if this is a dumb question but how many cleaners do you have "
                                    "on a normal morning?")
    assert "four" in lines[0].lower() and "sixty-three" in lines[0].lower(), lines
    assert facts == ["pain"] and session.state == "discovery"


def test_mags_asked_the_count_again_later_gives_it_without_the_mornings_again():
    _, lines, facts, _ = play("errand-sender", "What happens when someone doesn't turn up?", "How many sites do you cover?")
    assert "sixty-three" in lines[0].lower() and facts == [], lines


def test_jamie_asked_whether_her_boss_knows_answers_that_in_her_way_then_names_dr_greer():
    session, lines, facts, _ = play("not-the-decision-maker", "So what's going wrong with the reminders at the moment?",
                                    "Does your boss know how bad it's got?")
    assert "forty" not in lines[0] and "know" in lines[0].lower() and facts == [], lines
    session.reply("And is the clinical director aware of it?")
    assert "buyer" in session.revealed and session.state == "buyer_known"


def test_helen_told_a_rep_is_the_best_hears_no_case_study_nobody_offered():
    for seed in range(4):
        _, lines, _, _ = play("eternal-evaluator",
                              "Helen, we're the best platform on the market, honestly, you can stop looking now.", seed=seed)
        assert "case study" not in lines[0], (seed, lines)


def test_mags_asked_how_many_call_in_sick_is_not_given_the_headcount():
    _, lines, _, _ = play("errand-sender", "I'll add our prices too. How many cleaners call in sick in a week, and who covers?")
    assert "four hundred" not in lines[0].lower() and "four-twenty" not in lines[0].lower(), lines
