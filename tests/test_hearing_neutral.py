"""Replies that make no move: each test names the trainer's judgment that keeps a look-alike quiet,
next to the real move it must not silence."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


def _heard(reply: str) -> list[str]:
    found = classify(reply)
    return found.gives + found.gets + found.stages + found.chase


# ---------------------------------------------------------------- gives that are not handed over now

@pytest.mark.parametrize("reply", [
    "Sadly we're unable to offer a trial on the hydraulic lifts.",
    "We no longer lend out the sample kegs, too many came back empty.",
    "We stopped running free audits when the accountants complained.",
])
def test_a_give_declined_is_not_a_give(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "The framework agreement says the supplier will provide free training in year one.",
    "Your brief asked for our best price on the two kilns.",
    "Clause 4 requires a demonstration before the award.",
])
def test_a_give_reported_from_a_document_is_not_the_rep_offering_it(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


def test_a_give_inside_quotation_marks_is_quoted_not_offered():
    assert classify("The tender wording is, and I quote, 'bidders will supply a full demo'.").gives == []


@pytest.mark.parametrize("reply", [
    "I already sent you the spec sheet on Monday, it should be in your inbox.",
    "You've already got our price list from the trade show.",
])
def test_a_give_already_in_their_hands_is_not_a_new_give(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I got a free upgrade on the hire car, lovely surprise.",
    "We had a test drive of the new ferry last week, smooth as anything.",
])
def test_a_give_the_rep_received_is_not_a_give(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'm running a demo for another customer at eleven, so I'll be offline till one.",
    "Drafting a quote for a different client tonight, so replies will be slow.",
])
def test_a_give_done_for_someone_else_is_not_a_give_to_them(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


def test_the_rep_fetching_their_own_notes_is_call_filler_not_a_give():
    assert classify("Hang on, let me grab my notes from the site visit.").gives == []
    # Sending them over is still the give.
    assert classify("I'll send you my notes from the site visit tonight.").gives == ["information"]


def test_the_prospect_errand_restated_stays_theirs():
    # "is" and "inspection" both start with an "i": neither is the rep speaking.
    assert classify("So what you need is the free inspection the insurer mentioned, right?").gives == []
    assert classify("I can do a free inspection of the boiler house on Friday.").gives == ["consulting"]


def test_a_real_give_next_to_a_declined_one_is_still_heard():
    found = classify("We're unable to offer a trial, but I'll send you the case study from Bergen tonight.")
    assert found.gives == ["case_study"]


# ---------------------------------------------------------------- questions about the meeting, not their world

@pytest.mark.parametrize("reply", [
    "Which road is quicker from the ring road, the north one or the bypass?",
    "Is the delivery entrance the one next to the bins?",
    "Is the training room on the third floor or the fourth?",
    "Which one of you is Marta? I've got two names on the invite.",
    "Did you say half ten or half eleven? You cut out.",
    "What was the name of your office manager again?",
    "Just checking: is it Siobhan with a b-h?",
    "What does your Wednesday look like?",
    "What's the wifi like in the meeting room?",
])
def test_a_logistics_question_is_about_the_meeting_not_discovery(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Has the damp in the cold store been getting worse since the summer?",
    "Which part of the rota eats most of your Monday?",
    "Are the returns coming from the new shops or the old ones?",
])
def test_a_question_about_their_world_is_still_discovery(reply):
    assert "empathy" in classify(reply).stages, hear(reply).signals.matches


# ---------------------------------------------------------------- pleasantries, proof and chasing look-alikes

@pytest.mark.parametrize("reply", ["Have a good one!", "Enjoy the rest of your day.", "Have a lovely weekend, all."])
def test_a_sign_off_wish_is_not_rapport(reply):
    assert classify(reply).stages == []


def test_a_wish_about_their_trip_is_still_rapport():
    assert classify("Enjoy your trip to Lisbon!").stages == ["rapport"]


@pytest.mark.parametrize("reply", [
    "To be honest, I'm shattered after the early ferry.",
    "Truth be told I've never been to Dundee before.",
    "To be fair, the parking round here is a nightmare.",
])
def test_candour_about_the_rep_own_day_is_not_trust(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


def test_candour_about_the_rep_side_is_still_trust():
    assert "trust" in classify("To be fair, we're not the cheapest in the valley.").stages
    assert "trust" in classify("To be honest, our app isn't as polished as theirs.").stages


@pytest.mark.parametrize("reply", [
    "My cat's an award-winning nuisance, he sat on the keyboard.",
    "I've lived in Swansea since 1996, so I know the docks.",
])
def test_someone_else_award_or_the_rep_own_years_are_not_proof(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Following up on your question about the hinges: they're rated for 200,000 cycles.",
    "My manager keeps following up with me about the Derby order.",
    "Just touching base with head office before we start.",
    "Checking in at the hotel now, I'll ring you from the room.",
    "I was wondering if you'd like a coffee before we start?",
])
def test_a_check_in_that_chases_nobody_is_not_chasing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


def test_chasing_their_answer_is_still_a_check_in():
    assert classify("Just following up on the quote I sent — any thoughts?").chase == ["check_in"]


def test_handing_over_the_floor_in_a_meeting_is_not_whatever_works():
    assert classify("Whenever you're ready, we can start.").chase == []
    assert classify("Whenever suits you, honestly, I'll fit around it.").chase == ["whatever_works"]


def test_their_nda_received_is_not_an_nda_asked_for():
    assert classify("Got the NDA back from your legal team, all signed, thanks.").gets == []
    assert classify("Could we get a mutual NDA signed before the site visit?").gets == ["nda"]


@pytest.mark.parametrize("reply", [
    "Sorry, I'm stuck behind a tractor, ten minutes late.",
    "Cheers, got it.",
    "You're on mute, Priya.",
])
def test_filler_and_acknowledgements_earn_nothing(reply):
    assert _heard(reply) == []


def test_the_weather_as_a_condition_of_the_work_is_not_small_talk():
    assert classify("I checked the weather and Friday's too wet for the roof.").stages == []
    assert classify("How's the weather treating you up there?").stages == ["rapport"]


def test_promising_to_write_again_later_is_not_chasing():
    assert classify("Noted, I'll write again once I'm back from the trade fair.").chase == []
    assert classify("Writing again about the estimate, any thoughts?").chase == ["check_in"]


def test_writing_about_a_proposal_is_not_writing_one():
    assert classify("Writing again about the proposal, any thoughts?").gives == []
    assert classify("I'll write up the proposal for the north site tonight.").gives == ["proposal"]


def test_sorry_to_bother_you_before_a_question_about_the_way_in_is_not_chasing():
    assert classify("Sorry to bother you again, where do I park the van?").chase == []


def test_a_price_repeated_from_before_is_not_a_new_give():
    assert classify("It's £90 a month per van, same as the quote.").gives == []
    assert classify("The rate is still £30 an hour, that hasn't changed.").gives == []
    assert classify("It's £90 a month per van, all in.").gives == ["pricing"]


def test_hello_as_a_question_checks_the_line_and_is_not_a_greeting():
    assert classify("Hello? Can you hear me now?").stages == []
    assert classify("Hello Maria, good to finally meet you!").stages == ["rapport"]


def test_tell_me_about_it_agrees_and_asks_nothing():
    assert classify("Oh, tell me about it.").stages == []
    assert classify("Tell me about the night shift.").stages == ["empathy"]


@pytest.mark.parametrize("reply", [
    "Any update on the diversion by your yard?",
    "Any joy finding the spare keys?",
    "Just a quick reminder to myself to bring the tape measure.",
    "Give the back gate a nudge, it sticks.",
    "The car park's being resurfaced, so park on the street.",
])
def test_news_of_the_day_and_notes_to_self_are_not_chasing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


def test_asking_after_the_deal_is_still_a_check_in():
    assert classify("Any update on the contract?").chase == ["check_in"]
    assert classify("Just a gentle nudge on the estimate.").chase == ["check_in"]


@pytest.mark.parametrize("reply", [
    "Sounds like the timing's wrong. I'll leave it with you, and good luck with the new site.",
    "Sounds like we're not the right fit for now, so I'll close the file and leave you be.",
])
def test_a_walk_away_is_neither_discovery_nor_candour(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


def test_sounds_like_their_pain_is_still_heard():
    assert classify("Sounds like the night shift has been brutal.").stages != []


@pytest.mark.parametrize("reply", [
    "Is there somewhere to charge a laptop in the boardroom?",
    "When's the ferry back from the island, do you know? I might be a bit late.",
    "Who's the best person to ask about the keys for the hall?",
    "Is the warehouse the building with the blue doors?",
    "How many people are coming to the meeting, roughly?",
    "Are you still ok for 10 tomorrow?",
])
def test_a_question_about_the_meetings_own_arrangements_is_not_discovery(reply):
    assert "empathy" not in classify(reply).stages, hear(reply).signals.matches


def test_a_second_pair_of_hands_freeing_up_time_is_no_free_extra():
    reply = "Fair play for running that forecourt on your own. What would a second pair of hands free up for you?"
    assert classify(reply).chase == [] and classify(reply).gives == []


@pytest.mark.parametrize("reply", [
    "Hi Tom, the invoice is attached.",
    "Morning, just to say the van's loaded and leaving now.",
    "Hi Dai, this is the follow-up we set for the 14th.",
])
def test_a_greeting_that_only_opens_an_errand_is_manners_not_rapport(reply):
    assert "rapport" not in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Is it Kowalczyk with a 'cz' or just a 'z'?",
    "Who doesn't want fewer leaks, right?",
    "Honestly, who reads the small print on pet insurance?",
    "Who's driving the van up on Thursday, me or Kev?",
    "Can you tell me where to park the van on Tuesday at 8am?",
])
def test_spelling_checks_rhetorical_questions_and_the_reps_own_logistics_are_not_discovery(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


def test_a_call_centre_is_no_call_handed_over():
    assert classify("We offer end-to-end solutions for all your call centre needs.").chase == []
    assert classify("Entirely your call.").chase == ["whatever_works"]


def test_the_prospects_nda_come_back_is_not_asked_for():
    assert classify("The NDA came back from your legal team with both signatures, thanks.").gets == []


def test_promising_nothing_yet_is_not_convincing():
    assert classify("Before I promise anything on delivery dates, I'd need to check with the warehouse.").chase == []


@pytest.mark.parametrize("reply", [
    "My GP finally sent the referral to the physio, so I'm off Thursday afternoon.",
    "Did the hospital referral come through for your mum?",
])
def test_a_medical_referral_is_no_introduction_asked_for(reply):
    assert classify(reply).gets == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "What's the budget hotel near you called?",
    "What's the best number for the delivery driver to call on arrival?",
    "Can I get your wifi password?",
    "Can we do the call at 3 instead of 2? My train's late.",
])
def test_commitment_and_price_words_about_the_day_itself_are_not_moves(reply):
    heard = classify(reply)
    assert (heard.gets, heard.gives, heard.stages) == ([], [], []), hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "It'll cost you £5 to park there all day.",
    "The sandwiches are £4.50 in the canteen.",
    "Tickets for the match are £30 each, if you fancy it.",
])
def test_the_price_of_everyday_things_is_not_our_price(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Where's the nearest cash machine to you?",
    "How's the signal on your end?",
    "Is the meeting room booked for two hours or one?",
    "Do you take milk?",
    "Great, thanks so much, have a good one!",
])
def test_call_filler_meeting_logistics_and_sign_offs_earn_nothing(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Imagine that - the printer jammed halfway through our stand demo at the show, ha.",
    "Picture's frozen on my end, can you turn your camera back on?",
])
def test_imagine_that_and_a_frozen_picture_paint_no_future(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


def test_a_price_quoted_before_and_unchanged_is_not_a_new_give():
    assert classify("Yes, that's the £4,100 I quoted you last week - nothing's changed.").gives == []


def test_a_question_about_the_reps_own_side_is_not_discovery():
    assert classify("How long have we been supplying you, five years?").stages == []


def test_the_prospects_nda_sent_back_wrong_is_not_an_nda_asked_for():
    assert classify("The NDA you sent back is missing page 4, could you resend it?").gets == []
    assert classify("Could we get a mutual NDA signed?").gets == ["nda"]


def test_work_for_a_client_and_what_something_costs_the_rep_are_no_gives():
    assert classify("I'm writing up the proposal for a client in Norwich tonight.").gives == []
    assert classify("It'll cost me £200 to get the van fixed, typical.").gives == []
    assert classify("It'll cost you £200 a month, all in.").gives == ["pricing"]


def test_an_event_the_rep_will_be_at_is_not_their_deadline():
    assert classify("The balloon festival's on the 12th, I'll be on the field all day.").stages == []
    assert classify("Your audit is on the 14th, so the sensors need to be in by the 1st.").stages == ["urgency"]
