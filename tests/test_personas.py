"""The shipped personas reward what the coach rewards (docs/coaching.md) and react like real non-buyers.

Every test drives the core through its public API (the scenario library and
`dojo.engine.Session`) with fixed seeds, exactly as a trainee's replies would.
Three kinds of rep are played against every persona in the library, through
one parametrised helper per kind:

- a doormat, who gives without getting (and usually chases): loses, with low reciprocity;
- a professional, who builds the pathway in order and trades every give for a get: wins;
- a pusher, who opens with urgency: scores low on pathway and puts the prospect on guard.

What differs between personas (how far the professional's pathway goes, whether
the doormat's path counts as chasing) is data in `REPS`, not another copy of a test.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from dojo.engine import Session
from dojo.engine.events import ProspectSaid, ScoreChanged, StateChanged
from dojo.engine.selftest import run_tests
from dojo.scenario.library import load_library, shipped_dir
from dojo.scenario.lint import lint
from dojo.scenario.load import load_scenario, parse_scenario
from dojo.vocab import STAGES
from tests.persona_play import said_to_last

#: The whole library: every persona is checked against a doormat, a professional and a pusher.
LIBRARY = ("errand-sender", "too-nice", "tire-kicker", "discount-hunter", "not-the-decision-maker",
           "eternal-evaluator", "afraid-to-say-no", "third-quote")

URGENT_OPENER = "Every month you wait costs you money, so you need to start before the end of the quarter."


@dataclass(frozen=True)
class Reps:
    doormat: list[str]
    professional: list[str]
    #: The state a persona retreats to when pushed.
    guarded_state: str
    #: The facts the professional's path uncovers.
    uncovers: tuple[str, ...] = ()
    #: The stages the professional's path earns, in order: the whole pathway, or the part this persona needs.
    stages: tuple[str, ...] = STAGES
    #: The professional hands something over, traded for a get in the same breath.
    trades: bool = True
    #: The doormat's path also counts as chasing (an errand run, a check-in), not only as giving for free.
    doormat_chases: bool = True


REPS = {
    "errand-sender": Reps(
        doormat=[
            "Sure, I'll email you an overview and a price list this afternoon.",
            "Just following up: I'll put together a proposal as well, whatever works for you.",
        ],
        professional=[
            "Hi Mags, thanks for taking the call. I'm happy to email you an overview. "
            "What will you decide once you've read it, and by when?",
            "Sorry to hear that. What's getting in the way of finding cover at that hour?",
            "To be honest, we won't fix everything, but customers like yours cut overtime by a third "
            "in six months. Who else would be involved in a decision like this?",
            "Imagine the March tender going in with twelve months of coverage data already in hand. "
            "What would it mean for you?",
            "Every month you wait costs you another four grand in overtime, and the tender is on the 14th. "
            "Could we put Thursday at 10am in the diary with you and Raymond?",
        ],
        guarded_state="bristling",
    ),
    "too-nice": Reps(
        doormat=[
            "Great to hear! I'll send over our brochure right away.",
            "Just checking in, did you get a chance to look at the brochure? I can put together a proposal too.",
            "Just following up, whatever works for you. I'll throw in a free trial as well.",
        ],
        professional=[
            "Hi Beth, lovely to speak to you. How's the new studio treating you?",
            "Tell me about how the architects log their hours today?",
            "I'm happy to write you a proposal. What will the partners decide once they've read it? "
            "It's completely fine if this isn't a fit, though. "
            "I'd rather hear a no now than in three months.",
            "Thank you for telling me, that's really helpful. Who else would sign off on a change like this, "
            "and when does your current contract renew?",
            "Imagine Joanne closing month-end in a day instead of a week. What would it mean for Henrik?",
            "Every month on the old tool costs Joanne a week, so before your September renewal could we put "
            "Thursday at 2pm in the diary with Henrik and Joanne?",
        ],
        guarded_state="flustered",
    ),
    "tire-kicker": Reps(
        doormat=[
            "Sure, it reads handwriting fine, and I'll send over the security whitepaper.",
            "Absolutely, I'll send you our pricing as well.",
            "Just checking in: I can set you up with a free sandbox too, whatever works for you.",
        ],
        professional=[
            "Hi Theo, thanks for making the time. I'm happy to send over our handwriting benchmarks. "
            "Before I do, when do you need something in place, and who else is involved in the decision?",
            "What made you start looking at this now, and have you ever bought a tool like this before?",
            "Thanks for being straight with me. Who else in the business is struggling with a backlog right now?",
            "To be honest, we're not the right fit for every claims team, but customers like yours cut their "
            "backlog by 40% in a quarter. What would you need to see before introducing me to Priya?",
            "Imagine Priya going into June with the backlog cleared and no outsourcer to replace. "
            "What would it mean for her team?",
            "Every week you wait, the backlog grows, and her contract ends on 30 June. "
            "Could you introduce me to Priya? Would Tuesday at 2pm work for a call?",
        ],
        guarded_state="cagey",
        # The benchmarks are promised only after his answers ("Before I do, …"): a give held back, so nothing is
        # traded yet, and nothing is given for free either.
        trades=False,
    ),
    "discount-hunter": Reps(
        doormat=[
            "Sure, I can knock 10% off the list price for you.",
            "Okay, I can take another 5% off on top of that.",
        ],
        professional=[
            "Hi Ingrid, thanks for taking the call. Happy to talk price. Before I quote, what will you do with "
            "our number once you have it, and why are you looking now?",
            "That makes sense. Besides the price, what does the current system get wrong for you?",
            "Who else is involved in choosing the system?",
            "To be honest, we're not the cheapest, but hauliers like yours cut disputed invoices by a third in six months.",
            "Imagine every delivery photo landing first time and invoices paid in days. What would that mean for Marcus?",
            "Could we put Thursday at 10am in the diary with you and Marcus?",
        ],
        guarded_state="stonewall",
        uncovers=("lever", "pain", "signer"),
        stages=STAGES[:4],
        # Two discounts in answer to her own question for a number: free gives, not chasing.
        doormat_chases=False,
    ),
    "not-the-decision-maker": Reps(
        doormat=[
            "Sure, I'll set up a demo for you this week.",
            "Great, I'll send the proposal over tonight.",
            "And I'll send our pricing too.",
        ],
        professional=[
            "Hi Jamie, thanks for calling back. How do you handle missed appointments today?",
            "Who else would be involved in choosing a system like this?",
            "That's great. And who actually signs off on something like this?",
            "Is there a budget for this, and what happened the last time you brought in a new system?",
            "To be honest, we're not right for every group, but clinics like yours cut no-shows by a third in six months.",
            "Imagine forty fewer empty slots a week across the group. What would that mean for Dr Greer?",
            "Could we put Tuesday at 2pm in the diary with you, Dr Greer and your finance director?",
        ],
        guarded_state="deflated",
        uncovers=("pain", "buyer", "history"),
        stages=STAGES[:4],
        trades=False,
    ),
    "eternal-evaluator": Reps(
        doormat=[
            "Sure, I'll fill in the spreadsheet and set up a demo for the panel.",
            "And I'll send over our pricing as well.",
        ],
        professional=[
            "Hi Helen, thanks for taking the call. How will you choose between the platforms, and how long have "
            "you been looking?",
            "That's a long search. What's made it hard to decide so far?",
            "Who else has a say in the final decision?",
            "To be honest, we're not the biggest platform, but hotel groups like yours got new starters trained in a week.",
            "Could we agree the criteria now, and a decision date with Frank, say 12 June at 10am?",
        ],
        guarded_state="defensive",
        uncovers=("history", "blocker", "signer"),
        # Agreeing a decision date is a plan with a date: Urgency, earned after Trust.
        stages=("rapport", "empathy", "trust", "urgency"),
        trades=False,
    ),
    "afraid-to-say-no": Reps(
        doormat=[
            "Great! I'll set you up with a free trial this week.",
            "Brilliant, and I'll send over a proposal too.",
        ],
        professional=[
            "Hi Graham, thanks for taking the call. How are things on campus?",
            "What's room booking like across the buildings at the moment?",
            "It's completely fine if this isn't a fit. I'd rather hear a no now than a maybe for months.",
            "Thank you for telling me. When is their contract up for review?",
            "Could we put a call in the diary for the month before the review, with you and Ruth?",
        ],
        guarded_state="cornered",
        uncovers=("truth", "review"),
        stages=STAGES[:3],
        trades=False,
        # A yes to everything ends it before any chasing: he agrees, he never stalls.
        doormat_chases=False,
    ),
    "third-quote": Reps(
        doormat=[
            "Yes, I can have the quote with you by Friday.",
            "I will price the windows and the carpets separately as well.",
        ],
        professional=[
            "Hi Denise, thanks for thinking of us. Happy to quote. Before I do, what's prompted the tender this time?",
            "How has the current contract gone? Anything that's let you down?",
            "To be honest, we're not the cheapest, but housing associations like yours cut missed cleans to zero "
            "in six months.",
            "Who scores the quotes, and when do they go to the board?",
            "Imagine the board meeting on 12 March with no tenant complaints on the agenda. What would that mean for Tom?",
            "Could we walk the empty flats with Tom on Tuesday at 10am?",
        ],
        guarded_state="cooling",
        uncovers=("rule", "incumbent", "gap", "scorer", "dates"),
        stages=STAGES[:4],
        trades=False,
    ),
}


@pytest.fixture(scope="module")
def library():
    # Only the shipped folder: a trainer's own scenarios must not change these results.
    return load_library([shipped_dir()])


def play(scenario, replies: list[str], seed: int = 1) -> Session:
    session = Session(scenario, seed=seed)
    for reply in replies:
        assert not session.finished, f"the conversation ended before {reply!r} was played"
        session.reply(reply)
    if not session.finished:
        session.end()
    return session


def score_events(session: Session, code: str | None = None) -> list[ScoreChanged]:
    return [e for e in session.events if isinstance(e, ScoreChanged) and (code is None or e.code == code)]


def test_every_persona_in_the_issue_is_shipped(library):
    assert set(LIBRARY) <= set(library.ids())
    assert not library.problems


AGAIN = "Every week you wait costs you more, and prices go up next month, so we need to sign by Friday."


# ---------------------------------------------------------------- (a) the doormat
@pytest.mark.parametrize("persona", LIBRARY)
def test_the_doormat_gives_without_getting_and_loses(library, persona):
    reps = REPS[persona]
    session = play(library.entries[persona].scenario, reps.doormat)
    ended = session.ended
    assert ended.result == "loss", ended
    assert ended.scores.reciprocity <= 30
    # The debrief can point at the moments that cost them.
    assert score_events(session, "gave_without_get")
    if reps.doormat_chases:
        assert ended.scores.chasing <= 70
        assert any(e.dimension == "chasing" for e in score_events(session))


# ---------------------------------------------------------------- (b) the professional
@pytest.mark.parametrize("persona", LIBRARY)
def test_the_professional_wins_uncovers_the_facts_and_scores_clearly_higher(library, persona):
    reps = REPS[persona]
    scenario = library.entries[persona].scenario
    good = play(scenario, reps.professional)
    bad = play(scenario, reps.doormat)
    assert good.ended.result == "win", good.ended
    assert good.ended.scores.overall >= bad.ended.scores.overall + 25
    dimensions = ("reciprocity", "pathway", "chasing") if reps.doormat_chases else ("reciprocity", "pathway")
    for dimension in dimensions:
        good_score, bad_score = getattr(good.ended.scores, dimension), getattr(bad.ended.scores, dimension)
        assert good_score >= bad_score + 20, (dimension, good_score, bad_score)
    assert good.ended.scores.reciprocity >= 55 and good.ended.scores.chasing == 100
    assert set(reps.uncovers) <= set(good.revealed)


@pytest.mark.parametrize("persona", LIBRARY)
def test_the_professional_earns_each_stage_in_order_and_never_gives_for_free(library, persona):
    reps = REPS[persona]
    session = play(library.entries[persona].scenario, reps.professional)
    earned = [e.reason.split()[1].lower() for e in score_events(session, "stage_earned")]
    assert earned == list(reps.stages)
    # The pathway score matches the track: every stage earned shows as a gain, and the pitch a walk-away was
    # never owed shows as its own (`walked_away`).
    excused = sum(e.delta for e in score_events(session, "walked_away"))
    assert session.ended.scores.pathway == 20 * len(reps.stages) + excused
    assert not score_events(session, "jumped")
    assert not score_events(session, "gave_without_get")
    assert bool(score_events(session, "traded")) == reps.trades


# ---------------------------------------------------------------- (c) the pusher
@pytest.mark.parametrize("persona", LIBRARY)
def test_a_pushy_opener_scores_low_puts_them_on_guard_and_pushing_again_loses(library, persona):
    scenario = library.entries[persona].scenario
    session = Session(scenario, seed=1)
    session.reply(URGENT_OPENER)
    assert session.scores().pathway <= 10
    jumps = score_events(session, "jumped")
    assert jumps and jumps[0].turn == 1
    assert session.state == REPS[persona].guarded_state
    good = play(scenario, REPS[persona].professional)
    assert good.ended.scores.pathway - session.scores().pathway >= 50
    session.reply(AGAIN)
    assert session.ended is not None and session.ended.result == "loss"
    assert session.ended.scores.pathway == 0


# ---------------------------------------------------------------- persona-specific behaviour
def test_the_errand_sender_treats_an_unpaired_errand_as_chasing(library):
    session = play(library.entries["errand-sender"].scenario, REPS["errand-sender"].doormat[:1])
    chases = [e for e in score_events(session) if e.dimension == "chasing"]
    assert chases and "errand" in chases[0].reason
    assert [e.to_state for e in session.events if isinstance(e, StateChanged)] == ["errand_run"]


def test_the_too_nice_prospect_tells_the_truth_only_with_permission_to_say_no(library):
    scenario = library.entries["too-nice"].scenario
    warm_up = REPS["too-nice"].professional[:2]
    qualifying = "Who else would be involved in a decision, and is there budget set aside?"
    without = play(scenario, [*warm_up, qualifying, qualifying])
    assert "truth" not in {e.to_state for e in without.events if isinstance(e, StateChanged)}
    with_permission = play(scenario, [*warm_up, "It's completely fine if this isn't a fit. I'd rather hear a no now."])
    said = [e for e in with_permission.events if isinstance(e, ProspectSaid)]
    assert with_permission.state == "truth"
    assert said[-1].tags == ["no"]


def test_the_too_nice_prospects_permission_to_say_no_earns_trust_and_no_get(library):
    """Inviting a no asks her for no commitment: it opens her up and earns Trust, but no get is credited
    for it (once, the persona's own rules booked it as her decision criteria and next steps)."""
    invitations = ["It's completely fine if this isn't a fit. I'd rather hear a no now.",
                   "Please don't say yes just to be polite, it won't hurt my feelings."]
    for invitation in invitations:
        session = play(library.entries["too-nice"].scenario, [*REPS["too-nice"].professional[:2], invitation])
        assert "truth" in {e.to_state for e in session.events if isinstance(e, StateChanged)}
        credited = [e for e in score_events(session) if e.turn == 3 and e.dimension == "reciprocity"]
        assert credited == [], credited
        assert any(e.turn == 3 and e.dimension == "pathway" for e in score_events(session))


@pytest.mark.parametrize("seed", range(4))
def test_the_too_nice_prospect_answers_a_dated_question_without_talking_timesheets(library, seed):
    # The sunny rule catches discovery and every get; its timesheet lines only fit discovery.
    session = Session(library.entries["too-nice"].scenario, seed=seed)
    session.reply("When does your current contract come up for renewal?")
    said = [e for e in session.events if isinstance(e, ProspectSaid)][-1]
    assert said.rule == "states.sunny.rules[1]"
    assert "timesheet" not in said.text.lower() and "finance lady" not in said.text.lower()


def test_the_tire_kicker_can_be_qualified_out_for_a_win(library):
    replies = [
        "Hi Theo, thanks for making the time. Before I answer, when do you need something in place, "
        "and who else is involved in the decision?",
        "What made you start looking at this now, and have you ever bought a tool like this before?",
        "Thanks for being straight with me. Shall we close the file for now? If anything changes, I'm easy to find.",
    ]
    session = play(library.entries["tire-kicker"].scenario, replies)
    assert session.ended.ending == "qualified_out"
    assert session.ended.result == "win"


def test_the_third_quote_can_be_stepped_aside_from_for_a_win(library):
    replies = [
        "Happy to help. Can I ask what's prompted the quotes this time?",
        "It's fine if the answer is no. If BrightClean have it sewn up, I'd rather step aside now.",
    ]
    session = play(library.entries["third-quote"].scenario, replies)
    assert session.ended.ending == "stepped_aside"
    assert session.ended.result == "win"
    assert {"rule", "incumbent"} <= set(session.revealed)


def _answer(library, persona: str, replies: list[str], seed: int = 0) -> ProspectSaid:
    """What the persona says to the last of `replies`."""
    session = Session(library.entries[persona].scenario, seed=seed)
    for reply in replies:
        said = [e for e in session.reply(reply) if isinstance(e, ProspectSaid)]
    return said[0]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("persona", "reply", "words"), [
    ("eternal-evaluator", "I'll fill in the spreadsheet. How long have you been evaluating?", "eighteen months"),
    ("too-nice", "I'll send you our brochure. How do the architects log time?", "timesheets"),
    ("tire-kicker", "I'll send you our benchmarks. What decision does the report feed?", "board"),
    ("afraid-to-say-no", "I'll send you our case study. How are rooms booked today?", "room"),
    ("errand-sender", "I'll email you an overview today. What's been going wrong with the rota?", "cover"),
])
def test_a_freebie_with_a_question_beside_it_gets_the_question_answered_too(library, persona, reply, words, seed):
    # The persona still takes the freebie (and counts it), but no longer ignores the question.
    session = Session(library.entries[persona].scenario, seed=seed)
    said = next(e for e in session.reply(reply) if isinstance(e, ProspectSaid))
    assert words in said.text.lower()
    # Theo also remembers the question about his report he dodged (the third time asked, he comes clean): not a freebie.
    freebies = {name: n for name, n in session.memory.counters.items() if name != "report_dodged"}
    assert sum(freebies.values()) == 1


@pytest.mark.parametrize("reply", ["What's the report for?", "whats the report for tho",
                                   "What's the board going to do with your report?"])
def test_the_tire_kicker_asked_what_his_report_is_for_says_it_is_for_the_board(library, reply):
    said = _answer(library, "tire-kicker", [reply])
    assert "board" in said.text and "long way from that sort of thing" not in said.text


def test_the_eternal_evaluator_asked_to_bring_her_boss_to_a_call_does_not_say_she_answered_that(library):
    said = _answer(library, "eternal-evaluator", ["Who makes the final decision?", "How long has it been going on?",
                                                  "can we get ur boss on a 30 min call tues 2pm"])
    assert said.text not in {"As I said.", "I've answered that one.", "Same as before."}
    assert "not yet" in said.text.lower() or "dates" in said.text.lower() or "call" in said.text.lower()


def test_the_errand_sender_offered_a_template_and_a_meeting_answers_the_meeting(library):
    said = _answer(library, "errand-sender", ["How do you organise the shifts at the moment?",
                                              "I'll send the contract template as well. Can we book Thursday at 8?"])
    assert said.text not in {"Mm-hm. And?", "Depends on the site, honestly. Go on."}
    assert "call" in said.text or "meeting" in said.text or "Diary" in said.text


@pytest.mark.parametrize("seed", range(3))
def test_the_too_nice_prospect_asked_who_chooses_dodges_the_question_rather_than_talking_timesheets(library, seed):
    # "Who actually chooses the software?" sounds like discovery to the coach; her own words name it.
    said = _answer(library, "too-nice", ["So who actually chooses the software at your place?"], seed)
    assert "timesheet" not in said.text.lower() and "finance lady" not in said.text.lower()


def test_the_third_quote_asked_again_who_decides_names_the_scorer_again_rather_than_asking_for_the_quote(library):
    said = _answer(library, "third-quote", ["Who scores the quotes?", "Who's going to decide, a panel or you?"])
    assert "Tom" in said.text and "Friday" not in said.text



@pytest.mark.parametrize("seed", range(3))
def test_graham_asked_what_swung_it_for_ruth_says_why_and_answers_the_next_question_on_time(library, seed):
    # Found in play: "what swung it?" drew "Thank you for being so nice about it", and his "Ruth decided,
    # really" came a turn late, as the answer to the next question.
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=seed)
    session.reply("It's completely fine if this isn't a fit. I'd rather hear a no now.")
    said = [e.text for e in session.reply("Thank you for telling me. What swung it for Ruth?")
            if isinstance(e, ProspectSaid)][0]
    assert "universit" in said or "campus" in said
    assert "nice about it" not in said
    said = [e.text for e in session.reply("When is their contract up for review?") if isinstance(e, ProspectSaid)][0]
    assert "review" in said and "Ruth decided" not in said


@pytest.mark.parametrize(("persona", "reply", "words"), [
    ("afraid-to-say-no", "Sorry to be nosy, but who would actually make a decision on something like this?", "Ruth"),
    ("eternal-evaluator", "Who's the decision maker at the end of all this?", "Frank"),
    ("not-the-decision-maker", "Who buys?", "me"),
])
def test_asked_who_makes_the_decision_or_who_buys_the_persona_answers_who_decides(library, persona, reply, words):
    # batch8: "make a decision" and "who buys" were not heard as asking who decides, and drew a fallback
    # ("we'd manage") or the no-show complaint.
    assert words in _answer(library, persona, [reply]).text


def test_a_two_part_question_about_who_picks_and_when_the_decision_is_due_is_answered_in_both_halves(library):
    said = _answer(library, "discount-hunter", ["Who picks the winner, and when does the decision need to be made?"])
    assert "Marcus" in said.text and "March" in said.text


@pytest.mark.parametrize("reply", ["How many clinics?", "ah ok. how many clinics r struggling w it?"])
def test_jamie_asked_how_many_clinics_says_twelve_not_only_the_no_show_count(library, reply):
    said = _answer(library, "not-the-decision-maker", ["Sure. What's the problem?", reply])
    assert "twelve" in said.text


@pytest.mark.parametrize("reply", ["is there budget this yr?", "Sorry, and when does your budget year start?"])
def test_beth_asked_about_budget_after_her_no_says_there_is_none_this_year_before_the_renewal(library, reply):
    said = _answer(library, "too-nice", ["ok. totally fine if its a no btw, just tell me!", reply])
    assert "this year" in said.text and "April" in said.text


@pytest.mark.parametrize("reply", ["You'd tell me if this wasn't going anywhere, wouldn't you?",
                                   "So it sounds like there might be something you're not telling me, and that's fine. "
                                   "Has a decision already been made?",
                                   "If a decision has already been taken elsewhere, that's genuinely fine, I'd just like "
                                   "to know where this sits."])
def test_graham_hears_permission_to_say_no_put_as_a_tag_question_or_an_if_and_tells_the_truth(library, reply):
    said = _answer(library, "afraid-to-say-no", [reply])
    assert "Ruth" in said.text or "Director of Estates" in said.text


def test_ingrid_asked_why_she_is_switching_before_a_promised_price_says_why_and_pockets_nothing(library):
    # "First on my list: …" defers the price behind the question, so no give was made for her to pocket.
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    said = next(e for e in session.reply("Happy to get you a price. First on my list: what's prompting the switch?")
                if isinstance(e, ProspectSaid))
    assert "eighteen percent" in said.text
    assert session.memory.counters["concessions"] == 0
    said = next(e for e in session.reply("Sure, I'll knock 10% off for you.") if isinstance(e, ProspectSaid))
    assert session.memory.counters["concessions"] == 1


def test_ingrid_asked_what_the_drivers_think_of_the_app_talks_about_the_app(library):
    said = _answer(library, "discount-hunter", ["Why are you shopping around now?",
                                                "What do drivers think of the current app?"])
    assert "photo" in said.text.lower()


def test_theo_asked_who_runs_the_buried_team_names_priya(library):
    said = _answer(library, "tire-kicker", ["What is the board hoping to decide?", "Is there any budget attached?",
                                            "Is there a team in claims that's actually feeling pain?",
                                            "So motor claims is buried. Who runs that team?"])
    assert "Priya" in said.text



def test_graham_asked_to_check_in_when_their_first_year_is_up_names_the_review(library):
    said = _answer(library, "afraid-to-say-no", ["It's completely fine if this isn't a fit. I'd rather hear a no now.",
                                                 "Would it be okay if I checked in around the time their first year is up?"])
    assert "review" in said.text


@pytest.mark.parametrize("reply", [
    "Fine if the answer is no, just tell me either way.",
    "It's completely fine if this isn't a fit. I'd rather hear a no now.",
    "Would you tell me if it's not going anywhere?",
])
def test_permission_to_say_no_is_never_a_criteria_get_in_grahams_scenario(library, reply):
    # Session 13: Graham's scenario heard every invitation to say no as "asked for criteria" too; inviting a no asks
    # him for nothing, so it earns Trust and opens him up, and no reciprocity credit for a get.
    from dojo.engine.events import ScoreChanged, SignalsHeard

    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    events = session.reply(reply)
    heard = next(e for e in events if isinstance(e, SignalsHeard)).signals
    assert heard.permission and "trust" in heard.stages
    assert "criteria" not in heard.gets, heard.matches
    assert not [e for e in events if isinstance(e, ScoreChanged) and e.dimension == "reciprocity"]
    said = next(e for e in events if isinstance(e, ProspectSaid))
    assert session.state == "truth", said.text


def test_helen_told_a_story_she_hears_as_a_favour_still_answers_what_has_held_things_up(library):
    # batch8: "A spa group I worked with took two years… What's held things up for you?" is heard as a favour,
    # and got only "That goes into the comparison".
    session = Session(library.entries["eternal-evaluator"].scenario, seed=0)
    session.reply("How long has your search been going on?")
    said = next(e for e in session.reply("Wow. A spa group I worked with took two years and then picked in a week "
                                         "once the CEO got involved. What's held things up for you?")
                if isinstance(e, ProspectSaid))
    assert "2022" in said.text or "rollout" in said.text
    assert session.memory.counters["freebies"] == 1



def test_mags_asked_just_cost_after_the_no_shows_says_what_the_overtime_costs(library):
    said = _answer(library, "errand-sender", ["Won't send a brochure. What's broken?", "How often?", "Cost?"])
    assert "four thousand" in said.text.lower()


def test_denise_asked_what_the_cleaners_have_been_getting_wrong_names_the_missed_deep_cleans(library):
    said = _answer(library, "third-quote", ["I can quote. A few checks first. One: who cleans the blocks now?",
                                            "Three: anything they've been getting wrong?"])
    assert "deep-clean" in said.text


@pytest.mark.parametrize(("replies", "words"), [
    (["The rotas aren't in some clever system already, are they?"], "spreadsheets"),
    (["Sorry Mags, I know you're busy. Before I send anything, what would you want to decide from it?"], "re-tender"),
    (["How do you organise the shifts at the moment?", "That's not cheap, is it, all that overtime?"], "four"),
])
def test_mags_answers_tag_questions_and_questions_behind_apologies(library, replies, words):
    # batch8/batch9: tag questions and apologies hid the question; she brushed the rep off, then hung up.
    assert words in _answer(library, "errand-sender", replies).text


@pytest.mark.parametrize("replies", [["We handle both. Why ask?", "Research or buying?"],
                                     ["We handle both. You're not actually buying anything this year, are you?"]])
def test_theo_asked_whether_he_is_buying_says_it_is_research_for_the_board(library, replies):
    said = _answer(library, "tire-kicker", replies)
    assert "board" in said.text


@pytest.mark.parametrize(("persona", "replies", "words"), [
    ("afraid-to-say-no", ["I'd honestly rather know. Has this already gone to someone else?"], "Ruth|Estates"),
    ("discount-hunter", ["Price depends. Why switching?", "Who decides?", "Contract end date?"], "March"),
    ("eternal-evaluator", ["How long has the evaluation been running?", "What's stopped a decision so far?",
                           "Is there anything forcing a date?"], "date|deadline"),
    ("not-the-decision-maker", ["What's the problem?",
                                "There's been a system that got turned down before, hasn't there?"], "[Ff]inance"),
])
def test_questions_in_the_persona_s_own_terms_get_its_fact_not_a_shrug(library, persona, replies, words):
    # batch8/batch9 non-answers: each of these drew "not answering questions for free", "I don't know yet",
    # "I don't know all the ins and outs" or a dodge although the persona holds the answer.
    assert re.search(words, _answer(library, persona, replies).text)

# ---------------------------------------------------------------- determinism
@pytest.mark.parametrize("persona", LIBRARY)
def test_same_replies_and_seed_give_identical_events(library, persona):
    scenario = library.entries[persona].scenario
    replies = REPS[persona].professional
    first = [event.model_dump() for event in play(scenario, replies, seed=20261122).events]
    second = [event.model_dump() for event in play(scenario, replies, seed=20261122).events]
    assert first == second


@pytest.mark.parametrize("persona", LIBRARY)
def test_the_seed_changes_wording_never_the_outcome(library, persona):
    scenario = library.entries[persona].scenario
    results = set()
    for seed in range(5):
        session = play(scenario, REPS[persona].professional, seed=seed)
        ended = session.ended
        results.add((ended.ending, ended.scores))
    assert len(results) == 1


# ---------------------------------------------------------------- every shipped scenario
SHIPPED_FILES = sorted(shipped_dir().glob("*.toml"))


def test_scenarios_are_shipped():
    assert SHIPPED_FILES


#: Known faults the session 22 retrain brought, kept visible: each turns into a failure once fixed (strict).
@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_shipped_scenario_loads_lints_clean_and_passes_its_pinned_tests(path):
    scenario = load_scenario(path)
    assert scenario.id == path.stem
    assert lint(scenario) == []
    assert scenario.tests, "a shipped scenario pins its behaviour with [[tests]]"
    failures = [f"{result.name}: {failure}" for result in run_tests(scenario) for failure in result.failures]
    assert failures == []


# ---------------------------------------------------------------- the authoring guide's example
GUIDE = Path(__file__).resolve().parents[1] / "docs" / "authoring.md"


def guide_toml_blocks() -> list[str]:
    return re.findall(r"```toml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)


def test_the_authoring_guide_example_is_a_valid_scenario():
    example = guide_toml_blocks()[0]
    scenario = parse_scenario(example, "docs/authoring.md example")
    assert lint(scenario) == []
    failures = [f"{result.name}: {failure}" for result in run_tests(scenario) for failure in result.failures]
    assert failures == []


def test_every_toml_snippet_in_the_authoring_guide_parses():
    blocks = guide_toml_blocks()
    assert len(blocks) >= 5
    for block in blocks:
        tomllib.loads(block)


# ---------------------------------------------------------------- the whole library
@pytest.mark.parametrize("persona", LIBRARY)
def test_the_library_meets_the_authoring_bar(library, persona):
    scenario = library.entries[persona].scenario
    assert scenario.schema_ == 2 and scenario.choose_rule == "most_specific"
    assert len(scenario.facts) >= 3
    assert len(scenario.endings) >= 3
    assert {"win", "loss", "neutral"} <= {ending.outcome for ending in scenario.endings.values()}
    wins = [name for name, ending in scenario.endings.items() if ending.outcome == "win"]
    assert len(wins) >= 2, "a polite walk-away is a win alongside the sale"
    lines = [("opening", scenario.opening.say)]
    lines += [(f"rules[{i + 1}]", rule.say) for i, rule in enumerate(scenario.rules)]
    for name, state in scenario.states.items():
        assert state.hint.strip(), name
        lines += [(f"states.{name}.rules[{i + 1}]", rule.say) for i, rule in enumerate(state.rules)]
        lines.append((f"states.{name}.fallback", state.fallback.say))
    lines += [(f"endings.{name}", ending.say) for name, ending in scenario.endings.items()]
    assert [where for where, say in lines if len(say) < 3] == [], "every prospect line needs at least three variants"
    persona_card = scenario.persona
    assert persona_card.name and persona_card.role and persona_card.company
    assert persona_card.backstory.strip() and persona_card.traits
    assert scenario.objectives and scenario.summary and scenario.on_max_turns
    assert len(scenario.tests) >= 4
    assert lint(scenario) == []


@pytest.mark.parametrize("persona", LIBRARY)
def test_hints_and_lessons_never_name_a_fact_before_it_is_uncovered(library, persona):
    scenario = library.entries[persona].scenario
    for test in scenario.tests:
        session = Session(scenario, seed=test.seed)
        texts = [session.hint(), *session.objectives()]
        for reply in test.replies:
            if session.finished:
                break
            session.reply(reply)
            hidden = [fact.text for name, fact in scenario.facts.items() if name not in session.revealed]
            texts = [session.hint(), *session.objectives()]
            if session.ended:
                texts.append(session.ended.lesson)
            leaks = [text for text in texts for secret in hidden if secret in text]
            assert leaks == [], (test.name, leaks)


@pytest.mark.parametrize("persona", LIBRARY)
def test_a_persona_never_repeats_itself_while_it_has_other_words(library, persona):
    scenario = library.entries[persona].scenario
    # Three fillers: every line has at least three variants, so none may come back yet.
    for replies in (REPS[persona].professional, ["Okay.", "Right.", "Mm."]):
        session = play(scenario, replies, seed=3)
        said = [e.text for e in session.events if isinstance(e, ProspectSaid)]
        assert len(said) == len(set(said)), said


def test_harder_personas_reveal_less_per_question_and_punish_sooner(library):
    by_difficulty = {pid: library.entries[pid].scenario for pid in LIBRARY}
    hard = [s for s in by_difficulty.values() if s.difficulty >= 4]
    easy = [s for s in by_difficulty.values() if s.difficulty <= 2]
    assert hard and easy
    # Hard personas answer only real questions; easy ones answer the right kind of reply.
    assert all(fact.needs_question for s in hard for fact in s.facts.values())
    assert not any(fact.needs_question for s in easy for fact in s.facts.values())
    # Two free gives end a hard conversation; an easy persona gives the rep a third chance.
    for scenario in hard:
        session = play(scenario, REPS[scenario.id].doormat[:2])
        assert session.ended.result == "loss", scenario.id
    for scenario in easy:
        session = play(scenario, REPS[scenario.id].doormat[:2])
        assert session.ended.result == "unfinished", scenario.id


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("quoted_first", [False, True])
def test_the_discount_hunter_hears_no_refusal_in_asking_for_the_next_steps(library, seed, quoted_first):
    """"What are the next steps?" asks for next steps but turns nothing down: she must not thank the
    rep for saying no ("the first supplier who's said no"), nor tell them to walk away."""
    replies = ["I can do 12 pounds per vehicle per month."] if quoted_first else []
    replies += ["What will you do with our number once you have it?", "Makes sense. What are the next steps from here?"]
    session = play(library.entries["discount-hunter"].scenario, replies, seed=seed)
    assert session.ended is not None and session.ended.ending is None  # ended by the test, not by her
    last = [e for e in session.events if isinstance(e, ProspectSaid)][-1].text
    assert "said no" not in last and "Walk away" not in last and "principles" not in last


def test_the_too_nice_prospect_asked_for_time_with_the_partners_answers_the_meeting_ask(library):
    said = _answer(library, "too-nice", [
        "hey beth thanks for making time, hows the new office treating u all?",
        "so whats got you looking at time tracking right now, is something not working with how the architects log hours?",
        "ok that sounds painful. i could do a quick writeup of how other practices handle it, in return could you get "
        "me 20 mins with one of the partners next week?"])
    assert "Month-end" not in said.text
    assert any(yes in said.text for yes in ("whatever you think is best", "a call would be super", "how nice"))
@pytest.mark.parametrize(("persona", "replies"), [
    ("discount-hunter", ["Why are you going out to market now?", "Okay. What are the next steps from here?"]),
    ("errand-sender", ["How do you sort the rotas at the moment?", "Ouch. What happens then?"]),
    ("afraid-to-say-no", ["It's completely fine if this isn't a fit. I'd rather hear a no now.",
                          "Thank you. So what happens next?"]),
])
def test_asking_what_happens_next_does_not_end_the_call_as_if_the_rep_had_walked_away(library, persona, replies):
    # Found in play and batch10: "what happens then?" drew "the first supplier this year who's said no to me"
    # and a polite goodbye: the walk-away endings heard any next-steps question as walking away.
    session = Session(library.entries[persona].scenario, seed=0)
    for reply in replies:
        session.reply(reply)
    assert session.ended is None


@pytest.mark.parametrize("persona", ["discount-hunter", "errand-sender", "afraid-to-say-no"])
def test_walking_away_politely_in_the_persona_s_words_still_ends_the_call(library, persona):
    replies = {"discount-hunter": ["Why are you going out to market now?"],
               "errand-sender": ["What would you decide once you have it?"],
               "afraid-to-say-no": ["It's completely fine if this isn't a fit. I'd rather hear a no now."]}[persona]
    session = Session(library.entries[persona].scenario, seed=0)
    for reply in [*replies, "Then let's leave it there for now, no hard feelings."]:
        session.reply(reply)
    assert session.ended is not None and session.ended.result == "win"


def test_heard_by_naming_a_lexicon_rule_the_scenario_lacks_is_an_error():
    text = (shipped_dir() / "discount-hunter.toml").read_text(encoding="utf-8").replace(
        'when.all = ["walk_away"]\n', 'when.all = ["walk_away"]\nwhen.heard_by = ["discount-hunter.walkaway"]\n', 1)
    assert "discount-hunter.walkaway" in text
    with pytest.raises(Exception, match=r"D119|unknown lexicon rule 'discount-hunter.walkaway'"):
        parse_scenario(text, "discount-hunter.toml")


@pytest.mark.parametrize("reply", ["Please be frank with me, no is also okay. Is the requirement still open or closed?",
                                   "Forgive my candour, but I should much prefer an honest refusal to a courteous "
                                   "acceptance. Is the matter settled?",
                                   "Would it be a ridiculous idea to say this isn't going to happen?"])
def test_graham_hears_no_made_safe_in_formal_non_native_or_no_oriented_words_and_tells_the_truth(library, reply):
    # batch10: each drew "Mm, good question! We'd manage" or a line about the rooms.
    said = _answer(library, "afraid-to-say-no", [reply])
    assert "Ruth" in said.text or "Director of Estates" in said.text


@pytest.mark.parametrize("reply", ["When is their contract coming for renewal?", "What would it take for this to be looked at again?"])
def test_graham_asked_when_it_could_change_before_the_truth_is_vague_about_dates_not_offering_a_meeting(library, reply):
    # batch10: "whenever suits you! We're flexible" answered a meeting nobody proposed.
    for seed in range(3):
        said = _answer(library, "afraid-to-say-no", [reply], seed)
        assert "suits you" not in said.text and "Any time" not in said.text


@pytest.mark.parametrize("reply", ["And what'll the quotes be scored on?", "On what basis will the tenders be assessed?"])
def test_denise_asked_what_the_quotes_are_scored_on_says_price_and_quality_not_do_you_still_want_to_quote(library, reply):
    said = _answer(library, "third-quote", ["Why is this out to tender?", reply])
    assert "quality" in said.text and "still want to quote" not in said.text


def test_denise_asked_and_by_whom_names_the_scorer(library):
    said = _answer(library, "third-quote", ["Why is this out to tender?", "How will the quotes be judged?", "And by whom?"])
    assert "Tom" in said.text


@pytest.mark.parametrize(("persona", "replies", "words"), [
    ("errand-sender", ["How do you sort the rotas now?", "It seems like there's a deadline behind this. What's driving it?"],
     "re-tender"),
    ("not-the-decision-maker", ["What's going wrong?", "Any previous procurement that fell over? What killed it?"],
     "inance"),
    ("too-nice", ["It's completely fine if this isn't a fit. Is it going anywhere?", "Thanks. When's that up for review?"],
     "September"),
    ("discount-hunter", ["Quick one before price: is this mainly about cost, about service, or something else?"],
     "eighteen percent"),
    ("discount-hunter", ["I'll give you a number, but not for free. Tell me why you're going out to market."],
     "eighteen percent"),
])
def test_questions_batch10_put_in_other_words_get_the_fact_the_persona_holds(library, persona, replies, words):
    # batch10: each drew a fallback, the pain again, thanks, or "that's a very useful number".
    assert words in _answer(library, persona, replies).text


@pytest.mark.parametrize(("persona", "replies", "words"), [
    ("errand-sender", ["What would you decide once you've read it?", "And by when?"], "March"),
    ("errand-sender", ["What would you decide once you've read it?", "How do you do the rotas now?",
                       "What would make it worth the twenty minutes to you?"], "re-tender"),
    ("discount-hunter", ["If that's a no, no hard feelings, let's leave it there."], "eighteen percent"),
    ("afraid-to-say-no", ["It's completely fine if this isn't a fit, I'd rather hear a no.",
                          "Understood. And their contract gets reviewed after a year, is that right?"], "review"),
    ("eternal-evaluator", ["How long have you been looking?", "What's made it hard to land on one?",
                           "And if there isn't really a date, would that be okay to say?"], "dates|deadline"),
    ("third-quote", ["What's driving the quote request?", "How's it going with the current vendor, honestly?"],
     "deep-clean"),
])
def test_questions_batch11_put_in_other_words_get_the_fact_the_persona_holds(library, persona, replies, words):
    # batch11: "I've told you that already" without the date, "numbers on paper, please" to a polite goodbye,
    # "Ruth decided, really", "I don't know yet", "you'd be the third quote".
    assert re.search(words, _answer(library, persona, replies).text)


def test_graham_offered_a_call_before_the_review_in_hedged_words_agrees_for_real(library):
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    for reply in ["It's completely fine if this isn't a fit, I'd rather hear a no.",
                  "Would it be worth chatting again at some point when it comes up?",
                  "Could we maybe pop something in for a month or so before that?"]:
        session.reply(reply)
    assert session.ended is not None and session.ended.ending == "door_open"


def test_beth_offered_a_choice_after_her_no_picks_leaving_it_there_rather_than_i_would_have_to_think(library):
    session = Session(library.entries["too-nice"].scenario, seed=0)
    session.reply("Honestly, is this a yes, a maybe, or a polite no? Any of them is fine.")
    assert session.state == "truth"
    session.reply("Should I send a proposal, book a call with the partners, or leave it there?")
    assert session.ended is not None and session.ended.ending == "honest_no"


def test_helen_asked_about_previous_evaluations_says_how_long_she_has_been_looking(library):
    said = _answer(library, "eternal-evaluator", ["What has happened with previous evaluations?"])
    assert "eighteen months" in said.text.lower()


def test_ingrid_offered_a_price_in_trade_for_a_room_with_fleet_answers_the_room_and_stays_on_the_line(library):
    # batch10: "If I get you a price by Friday, will you put me in a room with them?" was heard as a bare
    # give: "Thank you. That's a very useful number. We'll let you know." and the call ended.
    session = Session(library.entries["discount-hunter"].scenario, seed=0)
    session.reply("Who picks the system at the end of this?")
    said = next(e for e in session.reply("Okay. If I get you a price by Friday, will you put me in a room with them?")
                if isinstance(e, ProspectSaid))
    assert session.ended is None and "useful number" not in said.text
    assert "Fleet" in said.text or "room" in said.text


def test_questions_put_as_a_numbered_list_are_answered_beyond_the_first_point(library):
    # batch11: "three things: 1) what's the problem, 2) who decides, 3) by when?" got only "That's me, really":
    # a numbered point was not where a second question starts.
    said = _answer(library, "not-the-decision-maker",
                   ["Happy to demo! Before I do, three things: 1) what's the problem, 2) who decides, 3) by when?"])
    assert "me, really" in said.text and "end of the month" in said.text


def test_helen_asked_for_her_decision_criteria_after_the_history_describes_the_scorecard(library):
    said = _answer(library, "eternal-evaluator", ["What's the compelling event? Why now?",
                                                  "Got it. What are the decision criteria, and how are they weighted?"])
    assert "rows" in said.text or "scorecard" in said.text
    assert "rather not go into that" not in said.text


def test_asked_what_she_would_do_with_the_info_mags_stops_brushing_you_off():
    # personas10: the scenario-wide answer told the March tender but left her in the brush-off, so the next
    # question about the rotas met "Sorry, I've not got time for a chat".
    session = Session(load_library([shipped_dir()]).entries["errand-sender"].scenario, seed=0)
    session.reply("what would you do with the info?")
    assert "driver" in session.revealed and session.state == "discovery"


def test_told_it_is_fine_if_it_is_only_research_theo_comes_clean():
    # personas10 (batch12): Theo had no answer to permission before he had come clean, only another product question.
    session, said = said_to_last("tire-kicker", ["Which other vendors are you looking at?",
                                                 "If this is research with no project behind it, I'd rather know now, honestly. Is it?"])
    assert "no_project" in session.revealed and session.state == "exposed", said


def test_asked_whether_anyone_in_claims_has_the_problem_theo_names_priya():
    session, said = said_to_last("tire-kicker", ["Okay. And is there any budget for this project yet?",
                                                 "In the claims team, somebody has really the problem with the documents?"])
    assert "real_project" in session.revealed and "Priya" in said


def test_asked_how_the_current_cleaners_are_doing_denise_says_what_went_wrong():
    session, said = said_to_last("third-quote", ["Help me understand why you need three quotes.",
                                                 "And the current guys, are they doing a good job or not really?"])
    assert "gap" in session.revealed and "deep-clean" in said


def test_asked_what_happens_after_the_three_quotes_denise_gives_the_board_date():
    session, said = said_to_last("third-quote", ["Going back to Friday: what happens after you have the three quotes?"])
    assert "dates" in session.revealed and "12 March" in said


def test_after_the_no_asked_how_long_their_contract_runs_graham_names_the_review():
    session, said = said_to_last("afraid-to-say-no", ["It's fine if this has already been decided elsewhere. Has it?",
                                                      "You mentioned the contract. How long does it run?"])
    assert "review" in session.revealed, said


def test_after_the_truth_asked_when_it_comes_up_again_beth_gives_the_renewal_date():
    session, said = said_to_last("too-nice", ["Are we sure this is actually going ahead? It's fine if not.",
                                              "Thank you for telling me. When does that come up again?"])
    assert "renewal" in session.revealed and "September" in said


def test_asked_what_the_pricing_is_for_ingrid_says_it_is_her_lever():
    session, said = said_to_last("discount-hunter", [
        "For the avoidance of doubt, Ingrid, I will provide pricing. What is the purpose for which the pricing will be used?"])
    assert "lever" in session.revealed and "eighteen percent" in said


def test_asked_how_it_went_last_time_in_formal_words_jamie_says_finance_said_no():
    session, said = said_to_last("not-the-decision-maker", ["Which individual has authority to approve the expenditure?",
                                                            "Has the group previously attempted to procure a comparable system?"])
    assert "history" in session.revealed and "finance" in said.lower()


def test_asked_the_present_method_of_allocating_shifts_mags_describes_her_mornings():
    session, said = said_to_last("errand-sender", ["Certainly. For clarity, what decision will the material inform?",
                                                   "What is the present method of allocating shifts?"])
    assert "pain" in session.revealed, said


def test_asked_whether_the_quote_is_only_leverage_ingrid_says_so():
    # personas10 (batch12): she answered the invitation to say no as if it were proof of a limit.
    session, said = said_to_last("discount-hunter", ["Is it the price your current supplier put up, then?",
                                                     "What does their system get wrong apart from the price?",
                                                     "If we're just the third quote to keep them honest, I'd rather know now. Are we?"])
    assert session.state == "beyond_price" and ("number" in said or "leverage" in said), said


def test_asked_what_it_would_take_for_fleet_to_meet_ingrid_says_not_a_discount():
    session, said = said_to_last("discount-hunter", ["Before price, what's made you go out to quote?",
                                                     "Fair enough. What'd it take for him to give us twenty minutes?"])
    assert session.state == "leverage" and ("discount" in said.lower() or "price" in said.lower()), said


# ---------------------------------------------------------------- personas11 (batch14)
@pytest.mark.parametrize("reply", ["when did you last change your telematics?",
                                   "who looks after your fleet day to day"])
def test_asked_who_or_when_ingrid_does_not_answer_with_what_the_app_gets_wrong(reply):
    # The coach hears both as discovery, which Ingrid's lost photos are told to: a who asks for a person
    # and a when for a time, and "their driver app loses proof-of-delivery photos" is neither.
    session, said = said_to_last("discount-hunter", ["Before any numbers: what made you start looking this year?", reply])
    assert "pain" not in session.revealed and "photos" not in said, said


def test_asked_who_decides_in_chat_spelling_ingrid_names_marcus_not_the_lost_photos():
    session, said = said_to_last("discount-hunter", ["hi ingird, price per vechile depnds a bit. whats promted the reveiw",
                                                     "ok and whos the one makeing the final decison"])
    assert "signer" in session.revealed and "Marcus" in said, said


def test_asked_when_the_contract_finishes_in_chat_spelling_ingrid_gives_the_date():
    session, said = said_to_last("discount-hunter", ["hi ingird, price per vechile depnds a bit. whats promted the reveiw",
                                                     "when dose the curent contract finsh"])
    assert "deadline" in session.revealed and "March" in said, said


@pytest.mark.parametrize("reply", ["Yes, I can do a demo, happy to! What's made you start looking now?",
                                   "What's made you start looking now?", "hi jamie!! so glad u like it. what made u start looking?"])
def test_asked_what_made_her_start_looking_jamie_says_easter_not_the_no_shows(reply):
    session, said = said_to_last("not-the-decision-maker", [reply])
    assert "trigger" in session.revealed and "pain" not in session.revealed and "Easter" in said, said


def test_asked_in_chat_spelling_whether_they_tried_anything_before_jamie_says_finance_said_no():
    session, said = said_to_last("not-the-decision-maker", ["Why look at this now?", "have you tryed anything like this befor"])
    assert "history" in session.revealed and "finance" in said.lower(), said


def test_offered_a_trial_with_who_would_agree_beside_it_graham_says_yes_and_names_ruth():
    session, said = said_to_last("afraid-to-say-no", [
        "Yes, a trial is possible, we run them for a month. Before we set one up though, who'd need to agree to it?"])
    assert "signer" in session.revealed and "Ruth" in said, said


def test_asked_about_money_beside_a_price_graham_answers_rather_than_ending_the_call():
    session, said = said_to_last("afraid-to-say-no", [
        "Yes, a trial is possible. Before we set one up though, who'd need to agree to it?",
        "Pricing is per building, a few thousand a year. Is there money for something like this at the moment?"])
    assert not session.finished and "Speak soon" not in said, said


@pytest.mark.parametrize(("replies", "fact"), [
    (["Let me guess, you've already bought something and you're too polite to tell me. Am I close? Genuinely fine if so.",
      "Ha. Knew it. So how long are you stuck with them?"], "review"),
])
def test_asked_how_long_they_are_stuck_with_the_rival_graham_names_the_review(replies, fact):
    session, said = said_to_last("afraid-to-say-no", replies)
    assert fact in session.revealed and "review" in said, said


def test_offered_a_call_a_month_before_the_review_graham_agrees_and_the_door_stays_open():
    session, _ = said_to_last("afraid-to-say-no", [
        "Honestly, and no is a perfectly good answer here, has the university already gone with another supplier?",
        "Okay, that's really helpful. When does that contract get reviewed?",
        "Would it be useful if I called you a month before that review, or would you rather I left it?"])
    assert session.ended is not None and session.ended.ending == "door_open"


def test_asked_again_who_signs_helen_names_frank_rather_than_saying_same_as_before():
    session, said = said_to_last("eternal-evaluator", [
        "How long have you been evaluating?", "Who signs off at the end?",
        "If I do the spreadsheet, would you agree to a decision meeting with the person who signs, on a fixed date, say the 14th?"])
    assert "Frank" in said, said


@pytest.mark.parametrize("reply", ["Who reads the answers once they're in?",
                                   "Sure. And does anyone with a budget ever see these demos?"])
def test_asked_who_reads_her_answers_or_holds_the_budget_helen_names_frank(reply):
    session, said = said_to_last("eternal-evaluator", ["How long have you been looking?", reply])
    assert "signer" in session.revealed and "Frank" in said, said


def test_asked_how_the_contractor_is_doing_after_a_boast_denise_names_the_missed_deep_cleans():
    session, said = said_to_last("third-quote", ["Yes, we can have a quote with you by Friday. What's prompted the tender?",
                                                 "We clean about sixty blocks for other housing associations. How's your current contractor doing?"])
    assert "gap" in session.revealed and "deep-clean" in said, said


def test_asked_about_the_quotes_rule_again_denise_says_it_again_rather_than_asking_for_the_quote():
    session, said = said_to_last("third-quote", ["Why are you going out for quotes now?",
                                                 "Is there a rule about how many quotes you need, and is that why you're asking us?"])
    assert "three quotes" in said and "Friday" not in said, said


@pytest.mark.parametrize("reply", ["Tell you what, let's stop here, and ring me when there's money. Fair?",
                                   "ok no project, lets leave it ther, thats fine"])
def test_told_to_ring_when_there_is_money_theo_takes_the_polite_walk_away(reply):
    session, _ = said_to_last("tire-kicker", ["What's the board report for?", "Is there a budget?", "Who decides?",
                                              "Is there a timeline?", reply])
    assert session.ended is not None and session.ended.ending == "qualified_out"


def test_asked_what_is_driving_the_timing_in_chat_spelling_mags_repeats_the_re_tender():
    session, said = said_to_last("errand-sender", ["sure can send sum info. wat will u do with it once u have it",
                                                   "whats driveing the timming on this"])
    assert "re-tender" in said and "pain" not in session.revealed, said


def test_asked_who_runs_the_buried_team_again_theo_names_priya_and_her_date_not_just_the_backlog():
    session, said = said_to_last("tire-kicker", [
        "Photos and invoices run through separate models. Before I go further: is there a project behind this, or is it research?",
        "What happens after the board reads the report?",
        "Is anyone in the business actually feeling this pain right now?",
        "Who runs that team, and is there a date they're working to?"])
    assert "Priya" in said and "June" in said, said


def test_asked_twice_whether_it_is_just_her_jamie_names_dr_greer_and_finance():
    session, said = said_to_last("not-the-decision-maker", [
        "A demo's no problem at all! Before I set it up: what's behind the call, and why now?",
        "Got it. And who else would need to say yes before anything gets bought?",
        "Really? Just you? Nobody in finance or the clinical side?"])
    assert "buyer" in session.revealed and "Greer" in said, said


@pytest.mark.parametrize("idiom", ["under the pump", "snowed under", "up against it"])
def test_asked_whether_anyone_in_claims_is_under_the_pump_theo_names_priya(idiom):
    session, said = said_to_last("tire-kicker", ["What's the board keen to get out of your report?",
                                                 "Is there any budget behind it, or is it more a look-see?",
                                                 f"Fair enough. Is anyone in the claims side actually {idiom} right now?"])
    assert "real_project" in session.revealed and "Priya" in said, said


@pytest.mark.parametrize("reply", ["Yeah, handwriting's sweet, we handle it. What's the board keen to get out of your report, eh?",
                                   "Copy, we handle handwriting. Request: what's the purpose of your board report, over."])
def test_answered_and_asked_what_his_report_is_for_theo_takes_the_answer_and_deflects_the_question(reply):
    session, said = said_to_last("tire-kicker", [reply])
    assert "pricing" not in said and "sandbox" not in said, said


@pytest.mark.parametrize("reply", ["Copy. What's their deadline?", "When do they need something sorted by?"])
def test_asked_for_priyas_date_once_she_is_named_theo_gives_the_date(reply):
    session, said = said_to_last("tire-kicker", ["Is there budget allocated, yes or no?",
                                                 "Understood. Which team has a live problem right now?", reply])
    assert "June" in said, said


def test_asked_in_civil_service_english_about_performance_issues_denise_names_the_missed_deep_cleans():
    session, said = said_to_last("third-quote", [
        "A quotation can be provided by Friday. Could it be confirmed why the requirement is being tendered at this point?",
        "Is the incumbent provider being invited to resubmit?",
        "Have any performance issues been recorded against the current contract?"])
    assert "gap" in session.revealed and "deep-clean" in said, said


@pytest.mark.parametrize("seed", range(3))
def test_ingrid_asked_why_she_is_shopping_after_a_push_answers_rather_than_saying_as_before(library, seed):
    # Found in play: after "Sign by Friday or the price goes up", "What's driving the search for a new supplier?"
    # drew "Same answer as before." She had never said. A straight question after a push gets a straight answer.
    session = Session(library.entries["discount-hunter"].scenario, seed=seed)
    session.reply("Sign by Friday or the price goes up.")
    events = session.reply("What's driving the search for a new supplier this time?")
    said = next(e for e in events if isinstance(e, ProspectSaid)).text
    assert "eighteen percent" in said
    assert not re.search(r"before|told you|asked and answered", said, re.IGNORECASE)
    assert "lever" in session.revealed and session.state == "leverage"


@pytest.mark.parametrize("seed", range(3))
def test_ingrid_asked_again_who_chooses_names_marcus_again_rather_than_a_bare_as_before(library, seed):
    said = _answer(library, "discount-hunter", ["Who picks the system in the end?", "And who chooses the system?"],
                   seed=seed)
    assert "Marcus" in said.text


@pytest.mark.parametrize("seed", range(3))
def test_graham_given_permission_again_after_his_no_says_it_is_still_a_no_not_as_news(library, seed):
    # Found in play: pushed after the truth was out, then told it was fine to say no, Graham confessed again
    # ("Honestly? Ruth signed with someone else last month") as if the rep had never heard it.
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=seed)
    session.reply("It's completely fine if this isn't a fit, I'd rather hear a no now.")
    session.reply("Sign by Friday or the price goes up.")
    assert session.state == "cornered"
    events = session.reply("Honestly, it's fine to say no to me. I won't be offended.")
    said = next(e for e in events if isinstance(e, ProspectSaid)).text
    assert re.search(r"still a no|as before|like i said|did say", said, re.IGNORECASE)
    assert not [e for e in events if e.kind == "fact"]
    assert session.state == "truth"


@pytest.mark.parametrize("seed", range(3))
def test_jamie_asked_what_the_owners_would_need_to_see_says_she_does_not_know_rather_than_sorry_what(library, seed):
    # Found in play: a plain question about what the others would need got "Sorry, what was that?", as if it
    # had not been asked.
    said = _answer(library, "not-the-decision-maker", [
        "What's prompting the look at booking systems right now?",
        "Who else would weigh in on a change like this, beyond yourself?",
        "Makes sense. What would the clinic owners need to see to say yes?"], seed=seed)
    assert "what was that" not in said.text.lower()
    assert re.search(r"not sure|don't really know|guessing", said.text)


@pytest.mark.parametrize("seed", range(3))
def test_jamie_asked_what_a_result_would_be_worth_after_errands_does_not_answer_what_happens_with_them(library, seed):
    # Found in play: "what would that be worth to the partners?" got "What happens with it? I'll show it to
    # people", the answer to a question nobody had asked.
    said = _answer(library, "not-the-decision-maker", [
        "Happy to send a demo video and a price list today.",
        "Imagine each clinic getting back most of those empty slots. What would that be worth to the partners?"],
        seed=seed)
    assert "What happens with it" not in said.text


@pytest.mark.parametrize("close", ["Fair enough. Thanks for being straight with me, I won't take more of your time.",
                                   "Understood, I'll let you get on with your day.",
                                   "ok cheers, all the best with the new system"])
def test_once_graham_has_said_no_any_polite_leave_taking_is_the_true_no_and_costs_nothing(library, close):
    # Found in play: the thanks-and-goodbye a trainer wants after a true no was heard as candour ("I won't"), scored
    # a re-pitch after a no, and Graham answered "Marvellous" instead of the call ending.
    session = Session(library.entries["afraid-to-say-no"].scenario, seed=0)
    for reply in ["It's completely fine if this isn't a fit. I'd rather hear a no now.", close]:
        session.reply(reply)
    assert session.ended is not None and session.ended.ending == "true_no"
    lost = [e for e in session.events if isinstance(e, ScoreChanged) and e.delta < 0]
    assert not lost, [(e.code, e.quote) for e in lost]


@pytest.mark.parametrize("ask", ["right so if I send the brochure, what would you do with it once you have it?",
                                 "What would you need to see to decide?"])
def test_asked_what_she_would_decide_mags_says_rather_than_depends_on_the_site(ask):
    # Found in play: in discovery the errand-sender's cure ("what will you decide once you have it?") drew her
    # fallback, "Depends on the site, honestly. Go on.", leaving the question a trainer most wants asked unanswered.
    _, said = said_to_last("errand-sender", ["morning Mags! how's things at the depot?",
                                             "what's got you looking at rota software now?", ask])
    assert "re-tender" in said and "Depends on the site" not in said, said


# ---- small talk, a clarify after nothing, and Ingrid's price (play15)

SMALL_TALK = ("Did you watch the match last night?", "What's the weather like there?", "How's the new term treating you?")


@pytest.mark.parametrize("persona", LIBRARY)
def test_small_talk_off_the_business_is_answered_as_small_talk_not_as_discovery(library, persona):
    """"Did you watch the match?" a turn into discovery: the persona answers it as small talk, in its own words,
    and stays where it was; "good question" or a line about the business would treat it as a question about it."""
    scenario = library.entries[persona].scenario
    session = Session(scenario, seed=4)
    session.reply("What made you look at this now?")
    for reply in SMALL_TALK:
        if session.finished:
            break
        state = session.state
        said = [e for e in session.reply(reply) if isinstance(e, ProspectSaid)]
        assert said and said[-1].rule == "small_talk", (reply, said)
        assert said[-1].text in scenario.small_talk
        assert "good question" not in said[-1].text.lower()
        assert session.state == state


def test_ingrid_answers_talk_of_the_match_in_character_and_her_question_still_stands(library):
    session = Session(library.entries["discount-hunter"].scenario, seed=1)
    session.reply("Why are you shopping around now?")
    tags = session._last_tags
    said = next(e for e in session.reply("Did you watch the match last night?") if isinstance(e, ProspectSaid))
    assert said.rule == "small_talk"
    assert session._last_tags == tags


@pytest.mark.parametrize("persona", ["errand-sender", "too-nice", "discount-hunter"])
def test_asked_what_a_fallback_meant_the_persona_asks_what_the_rep_wants(library, persona):
    """"What do you mean?" after "Mm-hm. And?" or "Sorry, I was checking a delivery. Say that again?": the line meant
    nothing more, so it is not put again after "I mean:"; the persona says so and asks what the rep wants."""
    session = Session(library.entries[persona].scenario, seed=3)
    session.reply("Our office is in Leeds.")
    said = next(e for e in session.reply("Sorry, what do you mean?") if isinstance(e, ProspectSaid))
    assert said.rule == "clarify"
    assert said.text in {"Nothing more than that. What did you want to ask me?", "Just that. Go on.",
                         "Only that I'm listening. What is it you wanted?"}


def test_asked_what_a_real_line_meant_the_persona_still_puts_it_plainly(library):
    session = Session(library.entries["discount-hunter"].scenario, seed=1)
    session.reply("Before I quote, what will you do with our number once you have it?")
    said = next(e for e in session.reply("Sorry, what do you mean?") if isinstance(e, ProspectSaid))
    assert said.rule == "clarify" and "eighteen percent" in said.text


def test_a_discount_to_ingrid_who_asked_for_one_at_the_opening_is_not_an_unasked_discount(library):
    """She asks for her best discount at turn 0; after she has said why she is shopping, a discount with nothing
    asked back is a give without a get (and squeezes her), never "a discount nobody asked for"."""
    session = play(library.entries["discount-hunter"].scenario,
                   ["Before I quote, what will you do with our number once you have it?",
                    "Understood. We can do 10% off our list price for a fleet your size."])
    codes = [e.label or e.code for e in score_events(session) if e.turn == 2]
    assert "chase:unasked_discount" not in codes and "give:discount" in codes


def test_a_number_given_to_ingrids_price_first_stall_is_not_chasing_after_a_stall(library):
    session = play(library.entries["discount-hunter"].scenario,
                   ["Hi Ingrid, how's your day going?", "Sure, we can do 10% off list for three hundred trucks."])
    assert not [e for e in score_events(session) if e.dimension == "chasing"]


@pytest.mark.parametrize(("persona", "replies", "ending"), [
    ("errand-sender", ["I'd rather not send a brochure you won't have time to read. Let's leave it there "
                       "for now, no hard feelings, and if anything changes you know where I am."],
     "declined"),
    ("afraid-to-say-no", ["It's completely fine if this isn't a fit. I'd rather hear a no now than a maybe for months.",
                          "Thank you for being honest with me. Let's close the file for now, no hard feelings."],
     "true_no"),
])
def test_a_polite_walk_away_wins_but_earns_no_get(library, persona, replies, ending):
    """Leaving asks nothing of the prospect: the persona still hears the walk-away and ends the call well, but the
    coach books no "asked for next steps" (+5) for it (play16: Mags's declined errand scored +5 next steps)."""
    session = play(library.entries[persona].scenario, replies)
    assert session.ended.ending == ending
    last = len(replies)
    assert not [e for e in score_events(session) if e.turn == last and e.dimension == "reciprocity"]
    assert session.coach.scores().reciprocity == 50


def test_walking_away_after_running_the_errand_is_no_late_get(library):
    """Mags holds the rep to the brochure promised; leaving is not the return for it, so no late get repays it."""
    session = play(library.entries["errand-sender"].scenario,
                   ["Sure, I'll send the brochure over now.",
                    "Actually, let's leave it there for now, no hard feelings, and if anything changes you know "
                    "where I am."])
    assert session.ended.ending == "brushed_off"
    assert not score_events(session, "late_get")


@pytest.mark.parametrize(("persona", "question"), [
    ("errand-sender", "Before I send anything, what will you decide once you've read it?"),
    ("third-quote", "Happy to quote. Before I do, what's prompted the tender this year?"),
])
def test_a_discount_to_mags_or_denise_who_asked_for_prices_is_not_one_nobody_asked_for(library, persona, question):
    """Both open by asking for prices (a quote, "some prices"), tagged `price`: a discount two turns later is still
    a give without a get, never "a discount nobody asked for" (play16: their price lines had no `price` tag)."""
    session = play(library.entries[persona].scenario, [question, "We can knock 10% off for an outfit your size."])
    codes = [e.label or e.code for e in score_events(session) if e.turn == 2]
    assert "chase:unasked_discount" not in codes and "give:discount" in codes


@pytest.mark.parametrize("seed", range(3))
def test_beth_asked_a_discovery_question_after_her_no_says_who_feels_it_not_thanks_for_a_kindness(library, seed):
    """After the truth, "how are you finding the spreadsheets day to day?" is answered with Joanne's month-end, not
    "You're kind. Most people would be cross with me." (play16: an answer to a kindness nobody offered)."""
    said = _answer(library, "too-nice", [
        "It's completely fine if this isn't a fit, honestly; would you tell me if it isn't?",
        "How are you finding the spreadsheets day to day?",
    ], seed=seed)
    assert "Joanne" in said.text and "kind" not in said.text


@pytest.mark.parametrize("reply", ["How's it going with BrightClean?", "What's BrightClean like to work with?",
                                   "how r things with brightclean lately"])
def test_denise_asked_how_brightclean_are_doing_tells_what_went_wrong(library, reply):
    """A question about the incumbent is discovery (play16: it was heard as small talk, or as nothing)."""
    session = play(library.entries["third-quote"].scenario,
                   ["Happy to quote. Before I do, what's prompted the tender this year?", reply])
    assert "gap" in session.revealed  # the empty flats' missed deep-cleans, not "So, do you still want to quote?"


@pytest.mark.parametrize("seed", range(3))
def test_graham_told_goodbye_after_the_review_date_does_not_agree_to_a_call_nobody_proposed(library, seed):
    """Once he has said when their contract is reviewed, "I'll leave it there for now, all the best with it" takes
    leave: a true no, not "Put it in for the review, and I'll bring Ruth" (play16)."""
    session = play(library.entries["afraid-to-say-no"].scenario, [
        "Honestly, it's fine if this isn't a fit, would you tell me if it isn't?",
        "Thanks for being straight. When is their contract up for review?",
        "I'll leave it there for now then, all the best with it.",
    ], seed=seed)
    assert session.ended.ending == "true_no"
    said = [e for e in session.events if isinstance(e, ProspectSaid)]
    assert "review" not in said[-2].text.lower() + said[-1].text.lower()


def test_graham_asked_for_the_next_steps_after_the_review_date_still_agrees_a_dated_call(library):
    session = play(library.entries["afraid-to-say-no"].scenario, [
        "Honestly, it's fine if this isn't a fit, would you tell me if it isn't?",
        "Thanks for being straight. When is their contract up for review?",
        "Could we book a call for the month before the review, with you and Ruth?",
    ])
    assert session.ended.ending == "door_open"


@pytest.mark.parametrize("seed", range(3))
def test_theo_invited_to_say_no_beside_a_reflection_comes_clean_rather_than_dodging(library, seed):
    """"Sounds like it's early days, totally fine if this isn't a live project: would you tell me?" is permission to
    say no, which draws the truth, not the state's answer to discovery ("That's more the business's side than mine")
    (play16)."""
    session = play(library.entries["tire-kicker"].scenario, [
        "Happy to help. Before I answer, what's the report for?",
        "tbh it sounds like its early days, totally fine if this isnt a live project, would u tell me if it isnt?",
    ], seed=seed)
    assert "no_project" in session.revealed


# ---------------------------------------------------------------- persona16: specific asks get specific answers
def _last_said(scenario, replies: list[str], seed: int = 0) -> ProspectSaid:
    session = Session(scenario, seed=seed)
    for reply in replies:
        assert not session.finished, f"the conversation ended before {reply!r} was played"
        events = session.reply(reply)
    return [e for e in events if isinstance(e, ProspectSaid)][0]


MAGS_DRIVER = "Hi Mags, happy to send something. What will you decide once you've read it?"


@pytest.mark.parametrize("reply", ["When is that all dew?", "when's all that due?", "when do you need it by?"])
def test_asked_when_it_is_all_due_mags_gives_the_march_re_tender(library, reply):
    """Her fallback "Depends on the site, honestly. Go on." answered "when is that all dew?" (persona16)."""
    said = _last_said(library.entries["errand-sender"].scenario, [MAGS_DRIVER, reply])
    assert "March" in said.text and "fallback" not in said.rule


@pytest.mark.parametrize("reply", [
    "So that's a few grand a month. Does anyone above you know that number?",
    "Is anyone upstairs aware of the cost?",
    "does the CFO know what it costs?",
])
def test_asked_whether_anyone_above_her_knows_the_number_mags_names_raymond(library, reply):
    said = _last_said(library.entries["errand-sender"].scenario,
                      [MAGS_DRIVER, "Who signs off on the spend?", reply])
    assert "Raymond" in said.text and "fallback" not in said.rule


@pytest.mark.parametrize("reply", [
    "Right. Changing tack again, have you looked at any other scheduling tools?",
    "Have you tried any software for this before?",
    "What other systems have you tried?",
])
def test_asked_what_she_has_tried_before_mags_tells_of_the_system_raymond_binned(library, reply):
    said = _last_said(library.entries["errand-sender"].scenario,
                      [MAGS_DRIVER, "What's the biggest headache with shifts?", reply])
    assert "spreadsheets" in said.text.lower() and "fallback" not in said.rule


@pytest.mark.parametrize("earlier", [[], ["What's the biggest headache with shifts?"]])
@pytest.mark.parametrize("reply", [
    "how do the cleanners get there rotas now",
    "How do the rotas get built at the moment?",
    "How are shifts planned right now?",
])
def test_asked_how_the_rotas_are_done_mags_describes_the_spreadsheets_and_whatsapp(library, earlier, reply):
    """Before she has said what hurts, and after: not the no-shows alone, nor "Depends on the site"."""
    said = _last_said(library.entries["errand-sender"].scenario, [MAGS_DRIVER, *earlier, reply])
    assert "whatsapp" in said.text.lower()


@pytest.mark.parametrize("reply", [
    "Brilliant. And let me guess, it's costing a fortune and nobody's counted. How much, roughly?",
    "oh wow and how much is that costing you do you reckon",
    "how much are we talking, ballpark?",
])
def test_asked_how_much_the_cover_costs_mags_gives_the_overtime_figure(library, reply):
    said = _last_said(library.entries["errand-sender"].scenario,
                      [MAGS_DRIVER, "What's actually going wrong with the rotas?", reply])
    assert "four" in said.text.lower()


BETH_NO = "It's completely fine if this isn't a fit. I'd rather hear a no now."


@pytest.mark.parametrize("reply", [
    "Ah, fair play. When's your current thing up?",
    "When does the current system run out?",
    "When's yer current thing up for renewal?",
])
def test_asked_when_her_contract_is_up_beth_gives_the_renewal_date(library, reply):
    """After her no, "when's your current thing up?" drew Joanne's month-end, not 1 September (persona16)."""
    said = _last_said(library.entries["too-nice"].scenario, [BETH_NO, reply])
    assert "September" in said.text and "Joanne" not in said.text


@pytest.mark.parametrize("reply", [
    "Yes, the proposal's no trouble. Before I write it, who reads it at the end?",
    "Happy to write the proposal. Who'll read it after you?",
    "Sure, I'll put a proposal together. Who else reads it?",
])
def test_offered_a_proposal_and_asked_who_reads_it_beth_dodges_the_who_rather_than_repeating_the_timesheets(
        library, reply):
    said = _last_said(library.entries["too-nice"].scenario, ["What do you use for time tracking?", reply])
    assert "partners" in said.text and "timesheet" not in said.text.lower()


@pytest.mark.parametrize("reply", [
    "Good morning, Helen. What would a successful outcome of this evaluation look like for you?",
    "What does success look like for you?",
    "How will you know this has worked?",
])
def test_asked_what_success_looks_like_helen_says_what_success_is_not_her_scorecard(library, reply):
    said = _last_said(library.entries["eternal-evaluator"].scenario, [reply])
    assert "scorecard" not in said.text and "How will I choose" not in said.text
    assert any(words in said.text for words in ("two years", "regrets", "never doing"))


@pytest.mark.parametrize("reply", [
    "Theo, that's a brilliant question and I could talk about handwriting all day, honestly, but I'd love to understand"
    " the bigger picture first, because research projects sometimes turn into real ones and sometimes don't, so what"
    " happens after the board sees your report?",
    "Honestly, we've helped lots of insurers like you. What happens once the board has read your report?",
    "Happy to talk photos, my own car got keyed last month and the claims process was honestly a comedy. But what's"
    " the board going to do with your report?",
])
def test_asked_what_happens_after_the_board_sees_his_report_theo_answers_not_nice_claim(library, reply):
    said = _last_said(library.entries["tire-kicker"].scenario, [reply])
    assert "claim" not in said.text.lower() and "board" in said.text


# ---------------------------------------------------------------- persona17: a told fact asked again in other words
@pytest.mark.parametrize("reply", [
    "When's all that got to be sorted by?",
    "To clarify, when must the new arrangement be operational?",
    "And when does it all need sorting?",
])
def test_asked_the_date_again_in_new_words_mags_says_march_again_not_depends_on_the_site(library, reply):
    """Once March is told, a when-question in words her fact doesn't list still asks for it (its label does)."""
    said = _last_said(library.entries["errand-sender"].scenario,
                      [MAGS_DRIVER, "How do you do the rotas now?", reply])
    assert "March" in said.text and "Depends on the site" not in said.text


@pytest.mark.parametrize("reply", [
    "When the number's in, do you decide alone or does fleet weigh in?",
    "When you've got the three quotes, who makes the call?",
])
def test_a_when_that_sets_the_scene_for_a_who_does_not_get_ingrids_deadline_again(library, reply):
    said = _last_said(library.entries["discount-hunter"].scenario,
                      ["Is price the only thing, or is there a deadline driving this too?", reply])
    assert "March" not in said.text


@pytest.mark.parametrize("reply", [
    "And when this gets decided, who signs, and have they been involved yet?",
    "When you have made your choice, who signs it off?",
    "when it comes to the crunch, who has the final say?",
])
def test_a_when_that_only_sets_the_scene_for_who_signs_gets_frank_not_helens_no_deadline(library, reply):
    said = _last_said(library.entries["eternal-evaluator"].scenario,
                      ["How long have you been looking, roughly?", reply])
    assert "Frank" in said.text and "deadline" not in said.text.lower()


@pytest.mark.parametrize("reply", [
    "Since when are you looking for a new platform?",
    "since when have you been at this?",
    "How long ago did you start looking?",
])
def test_asked_since_when_she_has_been_looking_helen_gives_the_eighteen_months_not_no_deadline(library, reply):
    said = _last_said(library.entries["eternal-evaluator"].scenario, [reply])
    assert "eighteen months" in said.text.lower() and "deadline" not in said.text.lower()


THEO_THREE_GETS = ["Is there a budget for this?", "Who would sign off on it?", "What's the timeline?"]


@pytest.mark.parametrize("reply", [
    "Is there anyone in claims who's actually drowning in the stuff?",
    "Say claims got buried in paper next month. Who would be shouting first?",
    "Nobody in claims is screaming for this, are they?",
])
def test_asked_who_feels_the_pain_theo_names_priya_not_his_empty_project(library, reply):
    said = _last_said(library.entries["tire-kicker"].scenario, [*THEO_THREE_GETS, reply])
    assert "Priya" in said.text and "no budget" not in said.text.lower()


@pytest.mark.parametrize("reply", [
    "Tidy question, we handle handwriting fine. What's it all for, though, the report?",
    "Handwriting is fine, about 95% on clear forms. What's prompting the market scan?",
    "We handle both. Why ask?",
])
def test_answered_and_asked_what_his_research_is_for_theo_says_the_board_report_not_only_pricing(library, reply):
    said = _last_said(library.entries["tire-kicker"].scenario, [reply])
    assert "board" in said.text


@pytest.mark.parametrize("earlier", [[], ["Who makes the final call on the system?"]])
@pytest.mark.parametrize("reply", [
    "What does your decision process look like, from RFQ to PO?",
    "How does it go from a quote to a purchase order on your side?",
    "What's the buying process at Halvorsen?",
])
def test_asked_how_a_purchase_goes_through_ingrid_says_who_picks_not_what_fleet_wants(library, earlier, reply):
    said = _last_said(library.entries["discount-hunter"].scenario,
                      ["Happy to price it. What will you do with my number?", *earlier, reply])
    assert "Marcus" in said.text and "want" not in said.text


@pytest.mark.parametrize(("persona", "reply", "names"), [
    ("discount-hunter", "kk 👍 so is it just about the cheapest or is there more to it", ""),
    ("third-quote", "honestly is there a real chance for a new supplier or is it sorta decided lol", "BrightClean"),
    ("third-quote", "👍 👍 who's cleaning the blocks at the moment", "BrightClean"),
])
def test_a_question_opened_by_chat_or_an_emoji_is_answered_not_met_with_a_bare_mm(library, persona, reply, names):
    """"kk 👍", "honestly", "tbh" open a spoken question as "so" and "um" do: no "Mm. Go on." to a real ask."""
    said = _last_said(library.entries[persona].scenario, [reply])
    assert said.rule != "acknowledge" and not said.text.startswith("Mm") and names in said.text


MAGS_PAIN = "What's the biggest headache with shifts?"


@pytest.mark.parametrize(("reply", "words"), [
    ("What would get it down to a three?", "cover"),
    ("What would fix it for you?", "cover"),
    ("I'm guessing the coverage data is the awkward bit, or is it more about the day-to-day juggling?", "both"),
    ("Is it more the no-shows or the paperwork?", "both"),
    ("Do people usually get back to you after they send you stuff?", "send"),
    ("How many sales calls do you get?", "send"),
])
def test_an_open_ask_mags_has_no_fact_for_is_answered_not_met_with_depends_on_the_site(library, reply, words):
    said = _last_said(library.entries["errand-sender"].scenario, [MAGS_DRIVER, MAGS_PAIN, reply])
    assert "fallback" not in said.rule and "Depends on the site" not in said.text and words in said.text.lower()


def test_a_whenever_question_still_gets_mags_march_not_her_troubles(library):
    said = _last_said(library.entries["errand-sender"].scenario,
                      [MAGS_DRIVER, MAGS_PAIN, "Is there a deadline you're working to, or is it more of a whenever?"])
    assert "March" in said.text


@pytest.mark.parametrize("reply", [
    "Could you describe how a purchase of this nature is approved within the group?",
    "Talk me through how a purchase like this gets approved in the group.",
    "What's the sign-off process for new software?",
])
def test_asked_how_a_purchase_is_approved_jamie_answers_who_decides_not_the_no_shows(library, reply):
    said = _last_said(library.entries["not-the-decision-maker"].scenario, [reply])
    assert "vets moan" not in said.text and "no-show" not in said.text.lower()
    assert any(words in said.text for words in ("Me", "me", "Alison", "Greer"))


@pytest.mark.parametrize("reply", [
    "So, um, where do things really stand with the partners?",
    "What would the partners say if you showed them this?",
    "Is this actually going anywhere, then?",
])
def test_asked_again_where_things_stand_after_her_no_beth_says_the_truth_again_not_joanne(library, reply):
    said = _last_said(library.entries["too-nice"].scenario, [BETH_NO, reply])
    assert "Joanne" not in said.text and "Henrik" in said.text


@pytest.mark.parametrize("reply", [
    "Shall I talk to fleet directly, or go through you?",
    "Could I have a quick call with your head of fleet?",
    "Would it help if I spoke to them directly?",
])
def test_asked_to_talk_to_fleet_ingrid_names_who_chooses_not_with_me(library, reply):
    said = _last_said(library.entries["discount-hunter"].scenario,
                      ["Happy to price it. What will you do with my number?", reply])
    assert "With me?" not in said.text and "Marcus" in said.text


HELEN_WHY_HARD = ["How long have you been looking, roughly?", "What's stopped you deciding so far?"]


@pytest.mark.parametrize("reply", [
    "Which means the real question is how you'll choose. How will you decide?",
    "How are you going to pick in the end? Is there a scoring sheet?",
    "What are the decision criteria?",
])
def test_asked_how_she_will_choose_after_the_2022_story_helen_names_her_scorecard(library, reply):
    said = _last_said(library.entries["eternal-evaluator"].scenario, [*HELEN_WHY_HARD, reply])
    assert "I don't know yet" not in said.text and any(
        words in said.text.lower() for words in ("scorecard", "spreadsheet"))


@pytest.mark.parametrize("earlier", [[], ["Who's cleaning the blocks at the moment?"]])
@pytest.mark.parametrize("reply", [
    "So I'm thinking the quote will be better if I understand the buildings. How many blocks are there?",
    "how many buildings is it?",
])
def test_asked_how_many_blocks_denise_says_fourteen_not_the_procurement_rule(library, earlier, reply):
    said = _last_said(library.entries["third-quote"].scenario, [*earlier, reply])
    assert "Fourteen" in said.text and "£25,000" not in said.text


@pytest.mark.parametrize("reply", [
    "What happens to your report once it's done?",
    "And your report, what's it for?",
    "Where does your report go once it's written?",
])
def test_asked_about_his_own_report_once_priya_is_named_theo_answers_for_it_not_priya(library, reply):
    said = _last_said(library.entries["tire-kicker"].scenario,
                      ["Happy to cover photos. Who's feeling the pain on claims intake right now?", reply])
    assert "board" in said.text and "Priya could" not in said.text


@pytest.mark.parametrize("reply", [
    "I'd guess there's a rule about quotes. How many do you need?",
    "How many do you need, then?",
])
def test_asked_how_many_she_needs_denise_says_three_quotes_not_the_missed_deep_cleans(library, reply):
    said = _last_said(library.entries["third-quote"].scenario, ["Who's the current contractor?", reply])
    assert "three" in said.text and "deep-clean" not in said.text
