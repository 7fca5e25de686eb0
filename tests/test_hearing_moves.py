"""Each test names a trainer's judgment the grammar encodes: what counts as a give, a get, a stage or chasing,
however it is worded, and what only looks like one."""

from __future__ import annotations

import pytest

from dojo.coach import classify, default_lexicon
from dojo.coach.normalise import normalise
from dojo.coach.signals import hear

# ---------------------------------------------------------------- offers however they are framed

@pytest.mark.parametrize("reply, kind", [
    ("What we could do is put together a costed plan for the three sites.", "proposal"),
    ("We'd be glad to run a soil assessment across the north paddocks.", "consulting"),
    ("You'll have the revised quotation from us by Friday noon.", "proposal"),
    ("Please find enclosed our rate card for next season.", "pricing"),
    ("I've put together a short summary of the options we discussed.", "information"),
    ("Let me get the sample contract over to you this afternoon.", "proposal"),
    ("Dear Mrs Okafor, further to our call, I attach the tender response.", "proposal"),
    ("will mail across the tariff sheet shortly", "pricing"),
    ("Quote's attached, valid for 30 days.", "proposal"),
    ("I've uploaded the deck to the shared folder.", "deck"),
    ("let me walk the practice manager through the booking flow on Thursday", "demo"),
    ("ok so um i can show you the rostering screen now", "demo"),
    ("We would be pleased to arrange a site visit for your engineers.", "meeting"),
    ("no stress, I'll shout you a coffee when I'm next in town", "favour"),
])
def test_an_offer_is_a_give_whatever_frame_it_comes_in(reply, kind):
    assert kind in classify(reply).gives, hear(reply).signals.matches


def test_a_second_thing_handed_over_in_the_same_breath_is_a_second_give():
    found = classify("Kindly find attached the proforma invoice and the product catalogue.")
    assert set(found.gives) == {"proposal", "information"}


def test_a_walkthrough_of_the_numbers_is_pricing_not_also_a_demo():
    assert classify("I'd be happy to run you through the numbers on a call.").gives == ["pricing"]


def test_one_of_our_specialists_working_on_their_problem_is_consulting():
    assert classify("Our solicitor can look over your existing lease terms for you.").gives == ["consulting"]
    # …but their own architect doing it is not a give at all.
    assert classify("Your architect can review the drawings before we quote.").gives == []


# ---------------------------------------------------------------- amounts written any way

@pytest.mark.parametrize("reply", [
    "I can knock 25 percent off the first year.",
    "we can do twenty five % off if you commit to two years",
    "can offer 15pc off the install fee",
    "We are offering a 12% early payment discount on this order.",
])
def test_a_discount_is_heard_however_the_percentage_is_written(reply):
    assert "discount" in classify(reply).gives


def test_normalising_an_amount_keeps_the_quote_in_the_reps_own_words():
    lexicon = default_lexicon()
    read = normalise("can offer 15pc off", lexicon.shorthand, lexicon.shorthand_finder)
    assert read.text == "can offer 15% off"
    found = classify("can offer 15pc off the install fee")
    assert found.quote("give:discount").endswith("15pc off")


@pytest.mark.parametrize("reply", [
    "The list price is 1,200 a month per site.",
    "For the three depots it'd come to about R45 000 a year.",
])
def test_a_price_stated_without_a_dollar_sign_is_pricing(reply):
    assert "pricing" in classify(reply).gives


def test_an_extra_thrown_in_on_top_is_a_favour_whatever_it_is():
    assert classify("and I'll add the extra scanner for free on top").gives == ["favour"]
    assert classify("And I'll throw in onboarding for free.").gives == ["favour"]
    # Free work that is the offer itself stays consulting.
    assert classify("We can do a free site survey next week.").gives == ["consulting"]


def test_waiving_a_fee_is_a_discount():
    assert "discount" in classify("reckon we could knock the install fee on the head").gives


# ---------------------------------------------------------------- asks without a question mark

@pytest.mark.parametrize("reply, kind", [
    ("keen to know your budget for the fit-out", "budget"),
    ("would be good to lock in a time next week with your head chef", "meeting"),
    ("What's the ballpark you're working with for the new fleet", "budget"),
    ("whens the board signing off on this one", "timeline"),
    ("is it just yourself making the call on this or are there others", "decision_makers"),
    ("What matters most to you when you pick a logistics partner?", "criteria"),
    ("ok and roughly how much were you looking to spend on this", "budget"),
    ("so if youve got twenty minutes on friday morning we could go through it", "meeting"),
])
def test_an_ask_for_a_commitment_is_a_get_however_it_is_worded(reply, kind):
    assert kind in classify(reply).gets, hear(reply).signals.matches


def test_laying_out_both_sides_next_steps_is_a_next_steps_get():
    found = classify("So on my side I'll send the pack, and on yours could you book the session with the ward managers?")
    assert {"next_steps", "meeting"} <= set(found.gets)
    assert found.gives == ["information"]


def test_sending_some_testimonials_is_a_give_not_asking_for_one():
    found = classify("Im gonna send over a few testimonials from other dental practices")
    assert found.gives == ["case_study"]
    assert found.gets == []


# ---------------------------------------------------------------- what only looks like a move

@pytest.mark.parametrize("reply", [
    "I'll take a look at the contract you sent.",
    "I'll have a read of the proposal tonight.",
    "Can I get a copy of your current contract?",
    "Thanks for sending the spec over.",
    "You mentioned you'd send me the current contract.",
    "We're getting a lot of demo requests this month.",
    "Could we find 20 minutes on Thursday to go through the figures?",
    "Have you got the link for the call?",
    "I'll have to check whether we can offer a trial.",
])
def test_reading_asking_for_or_mentioning_a_thing_is_not_giving_it(reply):
    assert classify(reply).gives == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "When does our team arrive on site?",
    "What's our process for refunds again?",
    "How long does our onboarding usually take?",
])
def test_a_question_about_the_reps_own_side_is_not_discovery(reply):
    assert "empathy" not in classify(reply).stages


def test_missing_their_call_is_not_leaving_it_up_to_them():
    assert classify("Sorry I missed your call.").chase == []


def test_to_be_honest_closing_a_question_is_filler_not_candour():
    found = classify("how are you finding the current supplier to be honest")
    assert found.stages == ["empathy"]
    assert "trust" in classify("Straight up, our mobile app isn't as polished as the competition's.").stages


# ---------------------------------------------------------------- stages and chasing in other voices

@pytest.mark.parametrize("reply, stage", [
    ("Mōrena Hemi, hope the lambing season's been kind to you.", "rapport"),
    ("What happens on the farm when the milk vat alarm goes off at 2am?", "empathy"),
    ("What's got the partners thinking about a new practice system now?", "empathy"),
    ("I'm hearing that the handover gap is costing you sleep as much as money.", "empathy"),
    ("We look after about 240 vet practices across the UK and Ireland.", "trust"),
    ("A practice in Cork your size cut no-shows by 30% in the first quarter.", "trust"),
    ("By harvest your crew would have every bin tracked without a single phone call.", "hope"),
])
def test_a_stage_is_heard_in_other_voices(reply, stage):
    assert stage in classify(reply).stages, hear(reply).signals.matches


@pytest.mark.parametrize("reply, kind", [
    ("Just following on from my last email, any thoughts?", "check_in"),
    ("circling round again on the proposal, did it land ok", "check_in"),
    ("honestly any day next week is fine by me, you choose", "whatever_works"),
])
def test_chasing_is_heard_in_other_words(reply, kind):
    assert kind in classify(reply).chase


# ---------------------------------------------------------------- more voices

@pytest.mark.parametrize("reply, kind", [
    ("Ok lah, I send you the floor plan and unit prices later tonight.", "pricing"),
    ("I'll get the lads to price up the extension and have it to you Monday.", "proposal"),
    ("I'm going to hold the venue for you until Friday at no charge.", "favour"),
    ("Attached you'll find the updated cost schedule.", "pricing"),
    ("I can do you the first three months at cost.", "discount"),
])
def test_a_give_in_plain_present_tense_or_trade_idiom_is_still_a_give(reply, kind):
    assert kind in classify(reply).gives, hear(reply).signals.matches


def test_a_demo_kit_lent_is_a_trial_not_a_demo():
    assert classify("we could loan you a demo kit for the conference").gives == ["trial"]


@pytest.mark.parametrize("reply, kind", [
    ("When is the tender closing date?", "timeline"),
    ("Is there a date you need the new system bedded in by?", "timeline"),
    ("What's going to make or break this for the board?", "criteria"),
    ("Let's lock in the 14th for the walkthrough with your principal?", "decision_makers"),
])
def test_an_ask_in_another_industrys_words_is_a_get(reply, kind):
    assert kind in classify(reply).gets, hear(reply).signals.matches


def test_a_rating_with_a_number_is_proof():
    assert "trust" in classify("Our claims team is rated 4.8 on Trustpilot from over 3,000 reviews.").stages


def test_being_easy_to_find_is_an_open_door_not_chasing():
    assert classify("Shall we close the file for now? If anything changes, I'm easy to find.").chase == []
    assert classify("whenever suits u honestly, im easy").chase == ["whatever_works"]


@pytest.mark.parametrize("reply", [
    "I understand the API supports SSO already.",
    "It supports third-party integrations via Zapier.",
    "I saw your email about the invoice.",
])
def test_a_trigger_word_in_another_sense_is_not_a_stage(reply):
    assert classify(reply).stages == [], hear(reply).signals.matches


def test_asking_them_to_send_something_is_not_a_give():
    assert classify("Before your meeting, can you send the agenda?").gives == []


@pytest.mark.parametrize("reply, kind", [
    ("I've got a great case study on that, want me to send it?", "case_study"),
    ("I'll cc you on the technical docs.", "information"),
    ("Let me knock together a quick ROI for you.", "consulting"),
    ("we'll comp the first month", "discount"),
    ("Tell you what, I'll do it for 900 instead of 1,100.", "discount"),
    ("I'll match whatever they quoted you.", "discount"),
    ("Will drop you a line with the figures.", "pricing"),
    ("Let me line up a call with one of our customers in Perth.", "favour"),
])
def test_an_offer_in_trade_talk_is_a_give(reply, kind):
    assert kind in classify(reply).gives, hear(reply).signals.matches


def test_looping_them_in_on_our_draft_is_not_asking_for_their_people():
    found = classify("I'll loop you in on the proposal draft.")
    assert found.gets == []
    assert found.gives == ["proposal"]


# ---------------------------------------------------------------- inviting a no, however it is worded

@pytest.mark.parametrize("reply", [
    "Honestly you can just tell me no, it won't hurt my feelings.",
    "I'd much rather get a straight no from you than a maybe.",
    "A clear no is genuinely useful to me.",
    "If the answer's no, that's completely okay.",
    "you're welcome to give me a flat no",
    "Totally fine if your answer's a no.",
    "if it turns out we're not the right fit, just let me know, I won't mind",
    "If there's nothing happening this year, that's okay, tell me and I'll step back.",
    "I'd rather a straight no than a polite maybe.",
    # The condition can be anything that makes it a no, before or after the invitation.
    "if the trustees were never going to sign off on it, it's perfectly fine to tell me",
    "It's alright to let me know if this isn't on the cards.",
])
def test_making_no_an_answer_the_prospect_may_give_is_permission_and_never_chasing(reply):
    heard = classify(reply)
    assert heard.permission, reply
    assert heard.chase == [], reply


@pytest.mark.parametrize("reply", [
    "No worries, I can send it Tuesday.",
    "There is no deadline, right?",
    "Tell me no if Tuesday doesn't work.",
    "We have no plans to raise prices.",
    "I'd rather have no meetings on Friday.",
    "Feel free to give me a no-obligation quote request.",
    "I'd prefer to say no to the extra modules.",
    "If you can't make the Tuesday slot it's fine to tell me and we'll move it.",
    "It's fine to tell me your budget if you have one.",
])
def test_the_word_no_in_passing_is_not_permission(reply):
    assert not classify(reply).permission, reply


# ---------------------------------------------------------------- asking for the sale

@pytest.mark.parametrize("reply", [
    "if you loved it, could you sign the contract yourself, or would finance need to approve the spend?",
    "Could you sign the agreement on your own, or does the board have to see it first?",
    "Who would sign the contract at your end?",
])
def test_asking_who_may_sign_is_about_who_decides_not_asking_for_the_sale(reply):
    assert not classify(reply).close_ask, reply


@pytest.mark.parametrize("reply", [
    "Are you ready to sign the contract today?",
    "Can you sign the agreement this week so we can start on the 1st?",
])
def test_asking_them_to_sign_is_still_asking_for_the_sale(reply):
    assert classify(reply).close_ask, reply


# Found playing the personas (personas10): a no made safe in shapes the rules above missed.
@pytest.mark.parametrize("reply", [
    "Coming back to something: it's fine if this has already been decided elsewhere. Has it?",
    "I rather get the feeling this might not be a goer, and that would be perfectly all right. Am I wrong?",
    "If it is not possible, please tell me. Is it possible?",
    "Please do not worry about my feelings.",
    "Are we sure this is actually going ahead? It's fine if not.",
    "if we are only for compare the price, you can tell me, no problem.",
    "To be clear, a negative answer is entirely acceptable.",
    "One to ten, how likely is this to go anywhere? A one is a perfectly fine answer.",
    "Be straight with us, it's sound if it's a no.",
])
def test_a_no_made_safe_in_the_words_of_play_is_permission(reply):
    assert classify(reply).permission, reply


@pytest.mark.parametrize("reply", [
    "If you're not sure about anything, just let me know.",
    "Let me know if the invite doesn't come through.",
    "If you can't make the call, please tell me and I'll move it.",
    "I'm fine if not today, Thursday works too.",
    "A one is the lowest score on the form.",
])
def test_help_offered_or_a_slot_moved_is_not_permission(reply):
    assert not classify(reply).permission, reply


def _soup_rule_lexicon():
    from dojo.vocab import GuardedPattern, LexiconRule
    rule = LexiconRule(id="trainer.soup", label="chase:check_in", patterns=(
        GuardedPattern(re=r"\bparsnip soup\b", not_before=r"\bfund\b[^.?!]*$"),))
    return default_lexicon().extended([rule])


def test_a_guard_reads_the_words_next_to_the_move_not_one_said_earlier_in_a_long_clause():
    lexicon = _soup_rule_lexicon()
    assert classify("The fund pays for the parsnip soup.", lexicon).chase == []
    assert classify("The fund pays for the whole of the first two terms, and then the parsnip soup.",
                    lexicon).chase == ["check_in"]


def test_a_guard_reads_whole_words_so_the_tail_of_a_longer_word_is_not_its_word():
    # The 40 bytes before "parsnip" begin inside "refund": its tail "fund" is not the guard's word.
    reply = "We refund each bowl you leave, so do try the parsnip soup."
    assert reply[reply.index("parsnip") - 40:].startswith("fund")
    assert classify(reply, _soup_rule_lexicon()).chase == ["check_in"]

