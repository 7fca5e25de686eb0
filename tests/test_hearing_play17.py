"""Each test names a trainer's judgment found by playing the personas (session 17): a walk-away earns nothing but the
walk-away, small talk about their term is rapport, what their pain costs them is discovery, a give promised only
after a get is held back, a prospect taken aback by a chase has not stalled, and a case study handed over in return
for a meeting is no testimonial asked."""

from __future__ import annotations

import pytest

from dojo.coach import Coach, classify
from dojo.coach.signals import hear
from dojo.engine import lexicon_for
from dojo.scenario.library import load_library, shipped_dir


@pytest.fixture(scope="module")
def library():
    return load_library([shipped_dir()])


def _lexicon(library, scenario: str):
    return lexicon_for(library.entries[scenario].scenario)


def _earned(coach: Coach, turn: int, reply: str, lexicon=None, tags: tuple[str, ...] = ()) -> list[str]:
    signals = classify(reply, lexicon) if lexicon is not None else classify(reply)
    return [event.label for event in coach.score(turn, signals, tags) if event.code == "stage_earned"]


# ---------------------------------------------------------------- 1. a walk-away earns nothing but the walk-away

@pytest.mark.parametrize("scenario", ["errand-sender", "too-nice", "tire-kicker", "afraid-to-say-no"])
@pytest.mark.parametrize("reply", [
    "No worries at all, let's leave it there, no hard feelings.",
    "Fair enough. Let's leave it there for now, no hard feelings.",
    "No hard feelings, I'll close the file for now.",
    "Fair enough, let's leave it there. Thanks for your time.",
])
def test_a_polite_walk_away_earns_no_rapport_for_its_manners(library, scenario, reply):
    lexicon = _lexicon(library, scenario)
    coach = Coach(lexicon)
    assert _earned(coach, 1, reply, lexicon) == [], hear(reply, lexicon).signals.matches


@pytest.mark.parametrize("reply", [
    "No hard feelings if you go with the local firm, just let me know.",
    "If it's not the right fit, just say so, no hard feelings.",
    "If the answer's no, no hard feelings, I'll close the file.",
])
def test_no_hard_feelings_about_a_no_they_might_give_still_invites_it(reply):
    assert classify(reply).permission, hear(reply).signals.matches


# ---------------------------------------------------------------- 2. small talk about their term is rapport

@pytest.mark.parametrize("reply", [
    "How's term going?",
    "hows term been so far",
    "How's half term treating you?",
    "how's week going",
    "How was Easter?",
])
def test_how_their_term_or_week_is_going_is_small_talk_not_discovery(reply):
    assert classify(reply).stages == ["rapport"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "How's term been for cover?",
    "How's term going for the supply staff?",
])
def test_how_term_has_been_for_their_work_is_still_discovery(reply):
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


# ---------------------------------------------------------------- 3. what their pain costs them is discovery

@pytest.mark.parametrize("reply", [
    "wats that costing u in overtime",
    "What's that costing you in overtime?",
    "how much is all that overtime costing ya",
    "wots the overtime bill like",
])
def test_what_their_pain_costs_them_is_discovery_in_chat_spelling_too(reply):
    signals = classify(reply)
    assert signals.stages == ["empathy"] and signals.gets == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", ["wats that costing u in overtime", "how much is all that overtime costing ya"])
def test_mags_answers_the_cost_question_but_the_coach_books_discovery_not_a_budget_asked(library, reply):
    lexicon = _lexicon(library, "errand-sender")
    signals = classify(reply, lexicon)
    assert "budget" in signals.gets, "Mags hears it as her budget asked, so that she answers with the cost"
    coach = Coach(lexicon)
    coach.earned.append("rapport")
    events = coach.score(1, signals)
    assert [event.label for event in events if event.code == "stage_earned"] == ["stage:empathy"], events
    assert not any(event.code == "asked" for event in events), events


# ---------------------------------------------------------------- 4. a give promised only after a get is held back

@pytest.mark.parametrize("reply", [
    "Happy to talk numbers. Before I do, what will you do with our number?",
    "Happy to share the pricing. First though, can I ask who else is comparing?",
    "sure can do pricing. b4 i do tho, who's it going to?",
    "Happy to send a quote. Before that, could you tell me how many sites?",
])
def test_a_give_deferred_by_the_next_sentence_until_they_answer_is_held_back(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'll send the deck. Before I do, I'll update the figures.",
    "Happy to talk numbers. What will you do with our number?",
])
def test_a_give_followed_by_the_reps_own_step_or_a_plain_question_is_still_given(reply):
    assert classify(reply).gives, hear(reply).signals.matches


# ---------------------------------------------------------------- 5. taken aback by a chase is no stall

def test_jamie_taken_aback_by_a_chase_has_not_stalled(library):
    scenario = library.entries["not-the-decision-maker"].scenario
    chased = [rule for rule in scenario.rules if rule.id == "chase"]
    assert chased and "stall" not in chased[0].tags
    coach = Coach(lexicon_for(scenario))
    events = coach.score(1, classify("I could knock 10% off if that helps?"), tuple(chased[0].tags))
    assert not any(event.label == "chase:discount_after_stall" for event in events), events


# ---------------------------------------------------------------- 6. a case study handed over is no testimonial asked

@pytest.mark.parametrize("reply", [
    "I'll send you our case study on a 400-cleaner firm. In return for the case study, we put 30 mins in with you "
    "and Raymond?",
    "In return we go through the case study with you and Raymond for 30 mins?",
    "I'll send the case study; in exchange, a quick review of it with you and Raymond on Thursday?",
])
def test_a_case_study_given_in_return_for_a_meeting_is_no_testimonial_asked(library, reply):
    lexicon = _lexicon(library, "errand-sender")
    assert "testimonial" not in classify(reply, lexicon).gets, hear(reply, lexicon).signals.matches


@pytest.mark.parametrize("reply", [
    "In return for a case study we'd knock 10% off.",
    "In return, would you be our case study once you're live?",
    "I'll take 5% off in exchange for a short review on Google.",
])
def test_their_case_study_or_review_asked_in_return_is_still_a_testimonial(reply):
    assert "testimonial" in classify(reply).gets, hear(reply).signals.matches


# ---------------------------------------------------------------- found by playing: a traded discount Ingrid asked for

def test_a_discount_ingrid_asked_for_traded_for_her_commitment_after_a_stall_is_no_chase():
    """Ingrid asked for her best discount at the opening; her contract date, tagged a stall, came between. "If you
    can commit to all 300 for three years, I can bring it to 16" is a trade, not a price cut to chase her."""
    coach = Coach()
    coach.score(1, classify("Hello Ingrid, thanks for making the time."), ("question", "price"))
    events = coach.score(2, classify("Our list price is 19 pounds per vehicle per month. If you can commit to all 300 "
                                     "for three years, I can bring it to 16."), ("stall",))
    assert not [event for event in events if event.dimension == "chasing"], events
    assert [event.code for event in events if event.dimension == "reciprocity"] == ["traded"], events


def test_a_discount_with_nothing_asked_back_after_a_stall_is_still_chasing_though_they_asked_for_a_price():
    coach = Coach()
    coach.score(1, classify("Hello Ingrid, thanks for making the time."), ("question", "price"))
    events = coach.score(2, classify("I can knock 15% off if that helps."), ("stall",))
    assert any(event.label == "chase:discount_after_stall" for event in events), events


def test_a_traded_discount_after_a_no_is_still_chasing():
    coach = Coach()
    coach.score(1, classify("Hello Ingrid, thanks for making the time."), ("question", "price"))
    events = coach.score(2, classify("If you sign for three years, I can take 20% off."), ("no",))
    assert any(event.label == "chase:discount_after_stall" for event in events), events


# ---------------------------------------------------------------- found by playing: Helen's no invited in other words

@pytest.mark.parametrize("reply", [
    "If it turns out none of us are right, that's completely ok, I'd sooner know.",
    "If none of the vendors are right, that's ok, I'd rather know.",
])
def test_none_of_us_being_right_made_welcome_invites_a_no(reply):
    signals = classify(reply)
    assert signals.permission and signals.stages == ["trust"], hear(reply).signals.matches


def test_none_of_us_said_of_their_own_product_is_no_invitation():
    assert not classify("None of us are right for the night shift, so we built a separate app.").permission


# ---------------------------------------------------------------- found by playing: discovery asked politely

@pytest.mark.parametrize("reply", [
    "Kindly tell me how the reminders are being sent presently?",
    "Would it be possible for you to share roughly how many appointments are being missed?",
    "could u walk me through what happens when a vet's off sick",
    "pls let me know how many sites u have",
])
def test_a_question_about_their_side_wrapped_in_a_polite_request_is_discovery(reply):
    assert classify(reply).stages == ["empathy"], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Would you mind telling me who signs off on this?",
    "Could you please share when the contract ends?",
])
def test_a_commitment_asked_politely_is_still_a_get_not_discovery(reply):
    signals = classify(reply)
    assert signals.gets and signals.stages == [], hear(reply).signals.matches


# ---------------------------------------------------------------- found by playing: an ask in return, a no about money

@pytest.mark.parametrize("reply", [
    "My mate in onboarding, Kerry, can set you up a pilot on two sites. Would you put us in front of Raymond next week "
    "in return?",
    "Can you get me in front of Dr Greer?",
])
def test_being_put_in_front_of_their_named_decider_is_asked_for(reply):
    assert "decision_makers" in classify(reply).gets, hear(reply).signals.matches


def test_putting_something_in_front_of_a_named_person_oneself_asks_nothing():
    assert classify("I'll put it in front of Raymond myself.").gets == []


@pytest.mark.parametrize("reply", [
    "Honestly mate, if there's no budget this year I'd rather know, no dramas.",
    "if ur not interested no dramas, just say",
])
def test_no_budget_or_no_interest_made_welcome_invites_a_no(reply):
    assert classify(reply).permission, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "If there's no budget we do a cheaper plan.",
    "If you can't be there on Tuesday, that's fine, just let me know.",
])
def test_a_plan_for_no_budget_or_a_missed_slot_invites_no_no(reply):
    assert not classify(reply).permission, hear(reply).signals.matches
