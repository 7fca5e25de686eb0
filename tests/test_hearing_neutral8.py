"""Ordinary replies that earn nothing, heard with and without the learned second opinion: each test names the
trainer's judgment that keeps a look-alike quiet, next to the real move it must not silence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import classify
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import hear

#: The same lexicon with the learned second opinion switched on: a rule's guard must silence it too.
SECOND_OPINION = replace(default_lexicon(), second_opinion=True)
BOTH = (replace(default_lexicon(), second_opinion=False), SECOND_OPINION)


def _heard(reply: str) -> list[list[str]]:
    """Everything heard in `reply`, once by the rules alone and once with the second opinion."""
    return [found.gives + found.gets + found.stages + found.chase
            for found in (classify(reply, lexicon) for lexicon in BOTH)]


def _quiet(reply: str) -> None:
    assert _heard(reply) == [[], []], hear(reply, SECOND_OPINION).signals.matches


# ---------------------------------------------------------------- whose offer it is

@pytest.mark.parametrize("reply", [
    "The hotel knocked 20% off because the lift was broken, result.",
    "Funny, the bar had a free pint for anyone in a rugby shirt last night.",
    "Mi hermano is doing a demo at the feria in Ponce, I'm just helping him carry the tables.",
    "My sister gave me a free trial of her meal kit.",
])
def test_an_offer_made_by_a_place_the_rep_buys_from_or_by_the_rep_family_is_not_the_rep_give(reply):
    _quiet(reply)


def test_the_rep_offering_to_a_hotel_is_still_a_give():
    assert classify("I can knock 20% off for the hotel group if you sign this month.").gives == ["discount"]


def test_a_give_that_has_run_out_is_not_offered():
    _quiet("My free trial of that music app ran out and now it's ads every song.")
    assert classify("I'll set you up with a free trial of the app for a month.").gives == ["trial"]


# ---------------------------------------------------------------- the rep's own side

def test_the_rep_own_budget_asked_about_is_not_a_budget_get():
    _quiet("When does our own budget year end again, April?")
    assert classify("What budget have you set aside for the refit?").gets == ["budget"]


@pytest.mark.parametrize("reply", [
    "When's the skip being collected? I'll move the van out of the way.",
    "Who's the plumber you use? I might need one for my own place.",
    "Who's your dentist, by the way? Mine's retiring.",
    "When does the site close for Christmas? I'll make sure the driver doesn't turn up to a locked gate.",
])
def test_a_question_whose_answer_serves_the_rep_own_errand_is_not_discovery(reply):
    _quiet(reply)


def test_a_question_with_the_reason_for_asking_is_still_discovery():
    reply = "How are your nurses logging handovers at the moment? I ask because most wards we see use paper."
    assert "empathy" in classify(reply).stages


def test_a_visit_that_is_only_the_way_to_an_errand_is_not_a_meeting_offered():
    _quiet("will swing by b4 ur site meeting to grab the keys off Tomasz")
    assert classify("I'll swing by your office on Thursday.").gives == ["meeting"]


# ---------------------------------------------------------------- dates that are not a reason to act

@pytest.mark.parametrize("reply", [
    "b4 ur sites open again after the hols can u send me the access rules?",
    "We close at four on Fridays, so any time before then.",
])
def test_their_date_timing_the_rep_own_errand_is_not_urgency(reply):
    _quiet(reply)


def test_their_date_that_the_plan_works_to_is_still_urgency():
    reply = "So the plan: survey on the 4th, design on the 11th, install the week of the 25th, done before your Christmas party."
    assert "urgency" in classify(reply).stages
    assert "urgency" in classify("Your current contract rolls over on the first of June, so we'd want to be live before then.").stages


def test_a_closure_or_a_move_of_the_schedule_is_not_a_dated_plan():
    _quiet("Quick reminder that the yard's shut Friday for the stocktake, so deliveries move to Monday.")


# ---------------------------------------------------------------- chasing look-alikes

@pytest.mark.parametrize("reply", [
    "Whatever you choose for lunch, avoid the canteen's fish pie.",
    "Whatever you choose for the Christmas do, count me in for the karaoke.",
    "Whatever you decide about the hen do, I'm not getting on that pedalo.",
])
def test_whatever_about_their_life_outside_the_deal_is_not_chasing(reply):
    _quiet(reply)


def test_whatever_about_the_deal_still_hands_them_control():
    assert classify("Whatever you choose for the install date works for me.").chase == ["whatever_works"]


@pytest.mark.parametrize("reply", [
    "Just a reminder to bring steel toecaps on Tuesday, site rules.",
    "Have you had a chance to grab lunch? The canteen shuts at two.",
])
def test_a_notice_of_the_arrangements_or_hospitality_is_not_a_check_in(reply):
    _quiet(reply)


def test_a_reminder_about_the_offer_is_still_a_check_in():
    assert classify("Gentle reminder about our proposal for the call centre.").chase == ["check_in"]
    assert classify("Have you had a chance to look at the quote?").chase == ["check_in"]


# ---------------------------------------------------------------- walk-aways

@pytest.mark.parametrize("reply", [
    "Fair enough, we're probably not the right fit for a shop your size. All the best.",
    "Sounds like it's not the right fit right now, so I'll leave it with you. All the best.",
    "I'll take you off the list, no hard feelings at all.",
    "It's been three weeks so I'll assume it's a no and close the file, unless you tell me otherwise.",
])
def test_a_walk_away_is_neither_permission_nor_candour_nor_chasing(reply):
    _quiet(reply)


def test_inviting_a_no_is_still_permission():
    found = classify("If it's not the right fit, just say so, no hard feelings.")
    assert found.permission and found.stages == ["trust"]


# ---------------------------------------------------------------- trigger words in other senses

@pytest.mark.parametrize("reply", [
    "Our pricing changed last year, which annoyed a few people.",
    "Our surveyor's report came back clean, which was a relief for the landlord.",
])
def test_a_relative_which_clause_tells_more_it_does_not_ask(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", [
    "Depending on the weather we might get the van out by ten, otherwise half ten.",
    "Whatever the weather does, I'm wearing shorts, it's a rule.",
    "The weather balloon lot next door have been launching all morning, it's like a fairground.",
])
def test_the_weather_a_plan_hangs_on_or_a_thing_named_after_it_is_not_small_talk(reply):
    _quiet(reply)


def test_small_talk_about_their_weather_is_still_rapport():
    assert classify("Lovely weather your way today? It's chucking it down here.").stages == ["rapport"]


@pytest.mark.parametrize("reply", [
    "The price of diesel at the marina is frankly criminal.",
    "To be honest I've no idea where I left my lanyard.",
    "Honestly, the award-winning bakery by the station is worth a stop if you're passing.",
])
def test_candour_and_proof_words_about_the_rep_own_day_or_a_neighbour_are_not_trust(reply):
    _quiet(reply)


def test_candour_and_proof_about_the_rep_side_are_still_trust():
    assert "trust" in classify("To be honest, our app is a bit clunky on older phones.").stages
    assert "trust" in classify("We're an award-winning installer, 4.9 on Trustpilot.").stages


# ---------------------------------------------------------------- the way in, and gives held back

@pytest.mark.parametrize("reply", [
    "Which entrance do your delivery drivers normally use?",
    "Is the loading bay at the cemetery on the north side by the chapel?",
    "Did the driver find you ok this morning? He said the sat nav sent him round the houses.",
    "Are we still on for half nine, or has the snow put paid to that?",
    "Is it ok if I park in the visitor bay for twenty minutes?",
])
def test_the_way_in_and_the_slot_are_logistics_not_discovery_or_small_talk(reply):
    _quiet(reply)


def test_asking_leave_to_ask_is_still_rapport():
    assert classify("Is it ok if I ask a few questions about the night shift?").stages == ["rapport"]


@pytest.mark.parametrize("reply", [
    "I'll introduce you to our installer once the order's confirmed.",
    "We can send the next steps document once you've signed.",
])
def test_a_give_held_back_until_their_order_or_signature_is_not_a_give_yet(reply):
    _quiet(reply)


def test_a_give_with_the_rep_own_delay_is_still_a_give():
    assert classify("I'll send the deck once I'm back at my desk.").gives == ["deck"]


@pytest.mark.parametrize("reply", [
    "Doing the big shop this week is painful, eggs are £3.40 a dozen now.",
    "Parking was twelve quid, daylight robbery.",
])
def test_the_price_of_something_bought_in_daily_life_is_not_the_rep_price(reply):
    _quiet(reply)


def test_a_treat_for_the_prospect_and_the_rep_own_price_are_still_gives():
    assert classify("coffee's on me next time you're in town").gives == ["favour"]
    assert classify("The unit price is £3.40 a dozen for the free-range boxes.").gives == ["pricing"]


@pytest.mark.parametrize("reply", [
    "I'll follow up with our accounts team about that invoice query.",
    "Circling back to my own notes here, one sec.",
])
def test_following_up_with_the_rep_own_side_is_not_a_check_in(reply):
    _quiet(reply)


def test_following_up_on_the_offer_is_still_a_check_in():
    assert classify("Wanted to follow up on the quote I sent last week.").chase == ["check_in"]


def test_a_time_check_on_their_schedule_is_logistics_not_discovery():
    _quiet("Is the harbour pilot still boarding at six or has that moved?")
    assert classify("Is the new line still running at half speed?").stages == ["empathy"]


@pytest.mark.parametrize("reply", [
    "Hand on heart, I've never seen this much snow in April.",
    "Truth be told, I'm rubbish with directions.",
    "Frankly the traffic on the ring road is a disgrace.",
    "I won't lie, I had two breakfasts.",
    "Full disclosure: I'm a Spurs fan, so go easy on me.",
    "In fairness the satnav did warn me.",
])
def test_saying_it_straight_about_anything_but_the_offer_is_not_candour(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", [
    "Straight up, our mobile app isn't as polished as theirs",
    "It's not cheap, to be honest.",
    "To be honest, I'd wait until spring before you buy.",
    "Truth be told, the reporting module is the weak spot.",
])
def test_saying_it_straight_about_the_offer_is_still_candour(reply):
    assert "trust" in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Are you the Sarah Jones from the dive club or a different one?",
    "Are you the one who ordered the pallets last week?",
    "Who knew a mop bucket could cause so much trouble?",
    "What are the odds, two Kowalskis on the same street?",
    "How many sugars was it again?",
])
def test_asking_who_they_are_or_a_rhetorical_aside_is_not_discovery(reply):
    _quiet(reply)


@pytest.mark.parametrize("reply", [
    "Any update on your knee? Hope the physio's helping.",
    "Just following up on what you said about the damp: it's the gutter, not the wall.",
    "Quick nudge to myself: order more labels.",
    "Circling round the roundabout twice, that's how lost I was.",
    "Checking in on the kids' football results, we won 3-1!",
    "Have you had a chance to eat? We could grab a sandwich after.",
    "Any thoughts on where to eat near your office?",
])
def test_asking_after_their_life_answering_them_or_a_note_to_self_is_not_a_check_in(reply):
    assert "check_in" not in classify(reply, SECOND_OPINION).chase, hear(reply, SECOND_OPINION).signals.matches


def test_a_guard_may_name_a_word_class():
    from dojo.vocab import GuardedPattern, LexiconRule
    rule = LexiconRule(id="trainer.news", label="chase:check_in", patterns=(
        GuardedPattern(re=r"\bany news on\b", not_after=r"^ (?:the|your) {pets}"),))
    lexicon = default_lexicon().extended([rule], classes={"pets": ["dog", "cat"]})
    assert "check_in" not in classify("Any news on the dog?", lexicon).chase
    assert classify("Any news on the quote?", lexicon).chase == ["check_in"]


def test_the_rep_own_approver_is_not_a_decision_maker_get():
    _quiet("Does my manager need to sign this off too? I'll ask him.")
    assert classify("Does your MD need to sign this off too?").gets == ["decision_makers"]
