"""Each test names a trainer's judgment about chasing: the rep doing the prospect's work for them (pleading,
over-convincing, handing over every choice, throwing extras in, checking in with nothing new), and what only
looks like it (asking for their step, the give itself offered free, chasing words quoted)."""

from __future__ import annotations

import pytest

from dojo.coach import classify
from dojo.coach.signals import hear


@pytest.mark.parametrize("reply, kind", [
    ("Just trying you again about the kennel flooring, any joy?", "check_in"),
    ("Bumping my earlier message about the ramp hire up your inbox.", "check_in"),
    ("Hope my quote from Monday didn't go astray in your spam folder.", "check_in"),
    ("Reaching back out about the boiler service plan.", "check_in"),
    ("Did you ever get round to looking at the rota app?", "check_in"),
])
def test_getting_in_touch_again_about_the_same_thing_is_a_check_in(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Honestly it'd save me, my manager wants this signed by Friday.",
    "I'm on my knees with targets this month, anything you can sign helps.",
    "Please don't let me down on this one, we've worked so hard on it.",
    "We humbly beg you to choose our firm for the contract.",
    "Just one order, I promise I'll stop pestering you after that.",
    "My bonus is riding on this one, so please sign it this week.",
    "I badly need you to say yes before the month closes.",
])
def test_the_reps_own_stakes_as_the_reason_to_buy_is_pleading(reply):
    assert "pleading" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Whatever you settle on is fine, I'll make it happen.",
    "I'm not fussed which week, you pick.",
    "I'll work myself round your rota, any shift.",
    "Whichever date suits is good for me.",
    "Pay whatever you think the survey is worth.",
    "However many crates you need, we'll get them to you.",
    "Any setup you prefer works, on site or remote.",
    "We're totally flexible on price and dates, just tell me what you want.",
])
def test_fitting_in_with_whatever_they_choose_is_handing_over_control(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Nobody in the region can touch our response times.",
    "Not one of our clubs has regretted switching over.",
    "The savings figures make the case by themselves.",
    "You'd be crazy to carry on with the old paper forms.",
    "There's no better scaffold system in the region, full stop.",
    "I'd stake my reputation on these boilers.",
])
def test_insisting_it_is_the_best_is_convincing_instead_of_asking(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "On top of the order we'll include a spare filter set, complimentary.",
    "I'll extend the warranty another year on the house.",
    "We'll bung a couple of extra tins in with the delivery too.",
])
def test_an_extra_added_on_top_for_nothing_is_a_free_extra(reply):
    assert "free_extra" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We can run the pilot in one ward for free.",
    "Our engineer can look over your compressor free of charge.",
    "I can give you a free trial of the booking app for a fortnight.",
])
def test_the_give_itself_offered_free_is_that_give_not_an_extra(reply):
    found = classify(reply)
    assert found.gives and "free_extra" not in found.chase, found.matches


@pytest.mark.parametrize("reply", [
    "I'll have my boy run over and measure up the piano room for y'all, free of charge.",
    "Our engineer can map the repair in stages, and he'll do that for nothing.",
])
def test_free_trailing_the_give_in_its_sentence_is_that_gives_price_not_an_extra(reply):
    found = classify(reply)
    assert "consulting" in found.gives and found.chase == [], found.matches


def test_an_extra_in_a_sentence_of_its_own_beside_a_free_give_is_still_an_extra():
    found = classify("We'll run the pilot for a month. The spare filters are on the house.")
    assert "trial" in found.gives and found.chase == ["free_extra"], found.matches


def test_thanks_trailing_an_ask_in_its_sentence_is_thanks_in_advance_not_pleading():
    found = classify("A line from you for the website, once the exams are done, would mean a lot.")
    assert found.gets == ["testimonial"] and found.chase == [], found.matches
    assert classify("It would mean a lot to me if you gave us a chance.").chase == ["pleading"]


@pytest.mark.parametrize("reply", [
    "No rush at all, but could I grab the name of whoever signs off on the fit-out?",
    "Whatever suits you, though when is the board likely to decide?",
    "Just following up: when does your committee meet to decide?",
])
def test_a_softener_on_an_ask_still_asks_for_their_step(reply):
    found = classify(reply)
    assert found.gets and found.chase == [], found.matches


@pytest.mark.parametrize("reply", [
    "The 'no brainer' sticker on our old vans has finally come off.",
    "My boss's \"just checking in\" emails are a running joke in the office.",
])
def test_chasing_words_in_quotation_marks_are_mentioned_not_said(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


def test_checking_in_with_the_reps_own_people_is_not_chasing():
    assert classify("I check in with my brother every Friday, he lives alone.").chase == []


@pytest.mark.parametrize("reply", [
    "Just giving you a holler again about the snow-plough blades.",
    "Dropping you another line about the linen order.",
    "This is my third mail regarding the milking robot offer, kindly acknowledge receipt.",
    "Hey, did my last message about the cloth swatches get through at all?",
    "Resending in case the last one went to spam.",
    "Wanted to check whether you'd looked at the figures I sent.",
    "Thought I'd give you a shout and see where we're at.",
    "Pak, how is the progress of our proposal in your side?",
    "Wanted to put this back on your radar.",
    "Checking in once again on the renewal.",
])
def test_contact_made_again_about_the_reps_own_offer_is_a_check_in_in_any_words(reply):
    assert "check_in" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Just checking in with the office, back in two.",
    "Following up as promised with the wiring diagram you asked for.",
    "I'm following up on my own expenses today, three months behind.",
])
def test_the_reps_own_errands_and_a_promised_follow_up_are_not_check_ins(reply):
    assert "check_in" not in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We need the work, to be honest, it's been a quiet winter.",
    "I really, really need this order, please.",
    "Please, we're a small family firm and every order counts.",
    "I've got a lot riding on this one, please say yes.",
    "Help me out here, I'm one sale off my bonus.",
    "If you say no I don't know what I'll tell my boss.",
    "Please don't go with the other lot.",
    "We really can't afford to lose you as a customer.",
    "Can you do me a kindness and just give us one small order?",
])
def test_the_reps_need_said_in_new_words_is_still_pleading(reply):
    assert "pleading" in classify(reply).chase, hear(reply).signals.matches


def test_what_a_yes_means_to_someone_in_the_reps_own_life_is_not_pleading():
    assert classify("It would mean a lot to my mum if I made it to her birthday dinner.").chase == []
    assert classify("It would mean a lot to me if you gave us a chance.").chase == ["pleading"]


@pytest.mark.parametrize("reply", [
    "I can do mornings, afternoons, evenings, whatever.",
    "You just tell me when and where and I'll be there.",
    "I'll fit in with your schedule.",
    "Up to you entirely, I'll make it happen.",
    "Whatever you'd like, we can do.",
    "You tell me what you need and I'll make it happen, whatever it is.",
    "If you want it smaller or another colour just say, we adjust anything for you.",
])
def test_handing_over_every_choice_in_new_words_is_whatever_works(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


def test_no_pressure_that_softens_a_check_in_is_that_check_in():
    assert classify("Ringing again about the ice machine, no pressure, just keeping it warm.").chase == ["check_in"]


@pytest.mark.parametrize("reply", [
    "Take it from me, this will change everything for you.",
    "I can assure you it's the right choice.",
    "Honestly, I wouldn't steer you wrong, this is the one.",
    "This is a deal you can't refuse.",
    "You'll be kicking yourself if you miss this.",
    "There's honestly nothing to think about, it's perfect for you.",
    "Everyone who tries it ends up buying it.",
    "Hear me out one more time, the robots really do pay for themselves.",
    "Sign today, it's now or never.",
    "You're overthinking it. Every smart operator in the city has already switched.",
])
def test_insisting_in_new_words_is_convincing(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


def test_dont_take_my_word_for_it_invites_a_check_and_is_not_convincing():
    reply = "Don't take my word for it: the groundsman at Ebbw Vale has had our turf four winters, ring him."
    assert classify(reply).chase == []
    assert classify("Take my word for it, you won't find better.").chase == ["convincing"]


@pytest.mark.parametrize("reply", [
    "Trust me to leave my laptop charger in the hotel in Riga.",
    "I promise I'll have the car back by five, Dad.",
])
def test_convincing_words_about_the_reps_own_life_are_not_convincing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


def test_an_extra_thrown_in_is_a_favour_given_even_when_no_word_names_it():
    assert classify("Extra box of wax for your shop, gratis, just because.").gives == ["favour"]
    heard = classify("I can add a third training day free; in return, could you introduce me to your sister site?")
    assert "favour" in heard.gives and heard.chase == []


@pytest.mark.parametrize("reply", [
    "Plus you get the carry case thrown in.",
    "As a little extra, the first refill is free.",
])
def test_an_extra_said_in_new_words_is_a_free_extra(reply):
    assert "free_extra" in classify(reply).chase, hear(reply).signals.matches


def test_thrown_in_at_the_deep_end_is_no_extra():
    assert classify("Thrown in at the deep end in my first week here, honestly.").chase == []


@pytest.mark.parametrize("reply, kind", [
    ("Where are we with the quote?", "check_in"),
    ("Just seeing if you've had a think about the offer.", "check_in"),
    ("Hi, me again about the boiler contract.", "check_in"),
    ("Sorry to pester, have you had a look yet?", "check_in"),
    ("Hey, just making sure this didn't get lost!", "check_in"),
    ("One more try on the catering quote before I close it off.", "check_in"),
    ("We're a tiny team and your order would keep the lights on.", "pleading"),
    ("This would really help us hit our numbers this quarter.", "pleading"),
    ("Honestly we need a win this month, can you help?", "pleading"),
    ("Whatever day, whatever time, I'll be there.", "whatever_works"),
    ("Happy with anything you propose.", "whatever_works"),
    ("You simply won't get this quality anywhere else.", "convincing"),
    ("I'd be amazed if you found anything cheaper.", "convincing"),
    ("Honestly you'd regret not taking this up.", "convincing"),
    ("Come on, you know it makes sense.", "convincing"),
    ("It's a steal at that price, you know it is.", "convincing"),
    ("Two spare blades come free with it.", "free_extra"),
])
def test_each_chase_is_heard_by_its_move_not_one_stock_phrase(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Where are we meeting, the café or your office?",
    "It's me again, I forgot to ask where the toilets are.",
    "The generator will keep the lights on during the power cut.",
    "You won't get a signal anywhere else in the building, only by the window.",
    "One more try on the wifi password and I'll give up.",
    "Sorry to pester, which gate is it again?",
    "We need a break, shall we grab a coffee?",
    "If you can find anything cheaper than the canteen, tell me.",
    "Everyone in our office has already switched to the new coffee machine.",
    "I'll have a read of the proposal tonight.",
])
def test_chasing_words_about_everyday_things_are_not_chasing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply, kind", [
    ("Kindly consider our humble request and give us this opportunity sir.", "pleading"),
    ("We are a small company, your support will mean everything to us.", "pleading"),
    ("Sir I am requesting you with folded hands.", "pleading"),
    ("I've bent over backwards on price, please work with me.", "pleading"),
    ("Bro this is literally the best deal ever, don't sleep on it.", "convincing"),
    ("I personally guarantee you will be happy.", "convincing"),
    ("It's a no-lose situation.", "convincing"),
    ("You're leaving money on the table if you don't.", "convincing"),
    ("Your competitors are already ahead, don't fall behind.", "convincing"),
    ("Just sign and let's get going, you won't look back.", "convincing"),
    ("Just tell me what works and I'll make it happen.", "whatever_works"),
    ("Pick whichever package, I'll sort the rest.", "whatever_works"),
    ("Sir, as per your wish we will arrange.", "whatever_works"),
    ("Kindly revert at the earliest.", "check_in"),
    ("And I'll sort you out with a free wall bracket too.", "free_extra"),
    ("Free delivery as well, on top.", "free_extra"),
    ("We'll chuck a couple of spare filters in the box.", "free_extra"),
])
def test_formal_hard_sell_and_chat_voices_chase_in_their_own_words(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Could you do this for me? Sign where the sticker is.",
    "I won't go back to that hotel, the beds were awful.",
    "Please consider the environment before printing this email.",
    "Don't fall behind on the safety training, the inspector's strict.",
])
def test_everyday_requests_and_footers_are_not_chasing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply, kind", [
    ("any update pls", "check_in"),
    ("bump", "check_in"),
    ("hello?? 👀", "check_in"),
    ("Still interested?", "check_in"),
    ("Are you still keen on the dehumidifiers?", "check_in"),
    ("Just wanted to see if this is still on your radar.", "check_in"),
    ("Hi Priya, did you manage to discuss with your team?", "check_in"),
    ("Hope all's well! Any news from your side on the van hire?", "check_in"),
    ("I left you a voicemail earlier, just following through.", "check_in"),
    ("Hello sir, waiting for your kind reply.", "check_in"),
    ("Not sure if you saw my text last night?", "check_in"),
    ("honestly you'd be doing me a massive favour", "pleading"),
    ("It would make a huge difference to our small business.", "pleading"),
    ("Sir we are very much in need of this order.", "pleading"),
    ("Any budget, we'll make it work.", "whatever_works"),
    ("Everyone's raving about it.", "convincing"),
    ("It's a once in a blue moon offer.", "convincing"),
    ("Seriously, what's there to think about?", "convincing"),
    ("Free setup too, my gift to you.", "free_extra"),
    ("Plus a bonus case of wipes.", "free_extra"),
])
def test_short_chat_and_formal_chasing_is_heard(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I left you a message with the address for Thursday.",
    "Are you still interested in the football these days?",
    "Any news on the new baby?",
    "Hello?? Can you hear me?",
    "You'd be doing me a favour if you could introduce me to your neighbour.",
    "My gift to you is a bad joke: why did the forklift blush?",
])
def test_the_same_words_in_everyday_talk_are_not_chasing(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Writing to see if you'd had a chance to think it over.",
    "Morning! Did you get a chance?",
    "So where did we land on the glazing?",
    "Once again following up on the insurance renewal.",
    "Just popping my head round the door about the quote.",
])
def test_asking_whether_they_have_got_to_it_yet_is_a_check_in_in_any_words(reply):
    assert "check_in" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Following up with the wiring diagram you asked for, attached.",
    "It's me again, forgot to ask where to park.",
])
def test_sending_what_they_asked_for_or_getting_in_touch_again_about_something_else_is_no_check_in(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Whatever length of contract suits you, we'll make it work.",
    "Whatever spec you want, we will adapt.",
    "Just tell me the hoops, I'll jump through them.",
])
def test_bending_to_any_choice_they_make_is_whatever_works(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Whatever you pick for the finish, it comes with the same warranty.",
    "I'll close the file this Friday unless you tell me otherwise.",
])
def test_a_product_option_left_to_them_or_a_walk_away_is_not_whatever_works(reply):
    assert classify(reply).chase == [], hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "You'd seriously be mad to pass this up.",
    "There's no better kit in the county, full stop.",
    "I'd sign today if I were you.",
    "I swear on my kids this is the one.",
    "Let me go through the savings one more time.",
    "Give it a week and you'll change your mind.",
])
def test_insisting_or_re_pitching_instead_of_asking_is_convincing(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply, extra", [
    ("And the delivery is on us.", True),
    ("Postage and packing are on me.", True),
    ("Sorry, the mix-up with the invoice, that's on us.", False),
])
def test_the_delivery_on_us_is_an_extra_but_owning_a_mistake_is_not(reply, extra):
    assert ("free_extra" in classify(reply).chase) is extra, hear(reply).signals.matches


@pytest.mark.parametrize("reply, kind", [
    ("Further to my previous emails, I have had no reply.", "check_in"),
    ("May I follow up regarding our quotation?", "check_in"),
    ("We are very hopeful to work with you this year.", "pleading"),
    ("I would be grateful for even a short reply.", "pleading"),
    ("I'll bring the demo van round any time, even weekends.", "whatever_works"),
    ("Honest, there's nothing better out there.", "convincing"),
    ("Would be great to hear where you are with the kiln.", "check_in"),
    ("Ha. Any thoughts on the saunas?", "check_in"),
    ("Go on, I'll even cover the delivery.", "free_extra"),
    ("Knock a bit off, whatever, I just want to work with you.", "pleading"),
])
def test_formal_and_spoken_chasing_is_heard_by_what_the_rep_does(reply, kind):
    assert kind in classify(reply).chase, hear(reply).signals.matches


# A promise about the rep's own asking (keeping it short, this being the last question) apologises for the
# imposition; it is not the rep insisting the product is right. Found in play: personas read it as convincing.
@pytest.mark.parametrize("reply", [
    "Sorry, last one, I promise. When do they review that contract?",
    "One more question, I promise: who signs?",
    "I promise this is the last one - who else is involved?",
    "Sorry, one more and I'll leave you be, I promise. Who else sits on the panel?",
    "Won't keep you long, I promise.",
])
def test_a_promise_that_the_asking_will_end_is_an_apology_not_convincing(reply):
    assert "convincing" not in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I promise you'll love it.",
    "It pays off, I promise.",
])
def test_a_promise_about_the_product_is_still_convincing(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply, give", [
    # "Free" trailing the give after a comma or a joining word is still the give's price, not an extra on top.
    ("Our surveyor will inspect the whole roof next Tuesday, all free of charge.", "consulting"),
    ("Our engineer can audit your compressors on Friday, and he will do that for nothing.", "consulting"),
])
def test_free_said_in_the_sentence_of_the_give_is_its_price_not_an_extra(reply, give):
    signals = classify(reply)
    assert give in signals.gives and "free_extra" not in signals.chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We'll put a second set of cushions in the van for nothing.",
    "The engineer will look at your boiler free of charge, and we'll throw in a year's worth of filters too.",
])
def test_an_extra_beside_a_give_offered_free_is_still_an_extra(reply):
    assert "free_extra" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We leave two tablets with your reception for a fortnight, then you decide.",
    "Take the demo van for the week while you decide.",
    "The installer will fit whichever bracket you pick.",
    "Why the switch now? Whatever it is, I'll have our chemist test your water this week.",
])
def test_a_decision_after_a_trial_or_a_choice_inside_a_give_hands_nothing_over(reply):
    assert "whatever_works" not in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Any day, any time, you pick.",
    "You decide, and we'll make it happen.",
    "I'll make it work for you, whatever it is.",
])
def test_handing_them_every_choice_is_still_whatever_works(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


def test_thanks_said_of_a_get_across_its_sentence_is_not_pleading():
    reply = "A short review from you on Google, once the first batch has shipped, would mean a great deal."
    signals = classify(reply)
    assert "testimonial" in signals.gets and "pleading" not in signals.chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Sorry to hear about your dad. No rush at all on any of this.",
    "No rush at all on our side.",
    "My manager's asking which of our two reps you spoke to first, no pressure, just for our records.",
    "Sending the inspection checklist we use on fire doors, it's yours to keep whatever you decide.",
    "We send one box of boots, your team wear them a week. After, you tell me which size is good.",
    "For the first two weeks we propose a test sprint on one module, free, so you see the quality. After that, you decide.",
])
def test_time_given_a_give_kept_whatever_they_decide_or_a_verdict_asked_hands_over_no_control(reply):
    assert "whatever_works" not in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "We got an offer on the house at last, so the move's in March.",
    "With 140 cows you need two robots, not three; the third is money for nothing.",
    "Ring Maria at the Fall River pharmacy. I've told her not to go easy on us.",
])
def test_a_house_an_offer_in_vain_or_going_easy_on_us_is_no_extra(reply):
    assert "free_extra" not in classify(reply).chase, hear(reply).signals.matches


def test_a_price_move_on_a_condition_their_side_meets_is_traded_not_given_away():
    # Play finding (session 12): "if fleet meets us on the volume" makes the concession a trade for their
    # commitment, so neither a give without a get nor an unasked discount.
    from dojo.coach.scores import Coach

    coach = Coach()
    events = coach.score(1, classify("I can sharpen the number if fleet meets us on the volume"), ())
    codes = [event.code for event in events]
    assert "traded" in codes and "gave_without_get" not in codes, codes
    assert not [event for event in events if event.dimension == "chasing"], codes


@pytest.mark.parametrize("reply", [
    "I can sharpen the number if fleet meets us on the volume",
    "We'll credit the pilot fee against year one if you go ahead.",
    "Knock the install fee on the head if you go for the three-year deal.",
    "For you 38 leva each if you take 20, normal price is 42.",
    "We can offer 5% discount for a first order of 10,000 pcs or more.",
    "Once the theatre signs, we'll knock a tenth off the wig fittings.",
])
def test_a_concession_on_their_commitment_is_traded_by_one_rule(reply):
    # One rule for every concession (class on_their_commitment): a discount whose sentence makes their commitment its
    # price is traded, the same test that makes an extra whose price is the order a favour (session 13 unified the
    # two: "go ahead", "go for" and "for a first order of" were heard for extras only, "fleet meets us" for discounts).
    from dojo.coach.chasing import traded_on_condition
    from dojo.coach.signals import on_their_commitment

    signals = classify(reply)
    assert traded_on_condition(signals), signals.matches
    assert on_their_commitment(reply, (0, len(reply)))


@pytest.mark.parametrize("reply", [
    "We'll knock 10% off the tank, to see if the kids take to it.",
    "I can do 10% off if it takes a while to get the board together.",
    "Happy to do 10% off if that moves it.",
    "We'll do 10% off. If you sign up for our newsletter you'll hear about the next sale.",
])
def test_a_condition_that_commits_them_to_nothing_or_sits_in_another_sentence_is_no_trade(reply):
    # Taking to it, a wait or a nudge is no commitment of theirs; a condition in another sentence prices nothing here.
    from dojo.coach.chasing import traded_on_condition

    signals = classify(reply)
    assert "discount" in signals.gives, signals.matches
    assert not traded_on_condition(signals), signals.matches


@pytest.mark.parametrize("reply", [
    "If you order the whole run of banners, we'll add the eyelets at no extra cost.",
    "If you sign for the year, the window decals are on the house.",
    "We'll add a spare hose free of charge with a first order of fifty.",
    "Should the trust award us the contract, the staff training is thrown in.",
    "We'd lend you the fridge and tap for free as long as you take four kegs a month.",
    "Provided you renew for three seasons, we'll throw in the spare shears at no charge.",
])
def test_an_extra_whose_price_is_the_order_is_a_favour_traded_not_chasing(reply):
    signals = classify(reply)
    assert "favour" in signals.gives and "free_extra" not in signals.chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "I'll throw in a spare set of brushes, no charge.",
    "Delivery's free with every order, and I'll chuck in a bag of grit too.",
    "if you sign this week I'll chuck in the stand free, please don't go with the other lot",
])
def test_an_extra_with_no_order_asked_for_is_still_thrown_in(reply):
    assert "free_extra" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Any rate you say, we'll make it happen.",
    "Just tell me what you want the contract to cost.",
    "Any colour, any size, any quantity, you just tell me and it's done.",
])
def test_the_deals_own_terms_handed_over_to_be_named_is_whatever_works(reply):
    assert "whatever_works" in classify(reply).chase, hear(reply).signals.matches


@pytest.mark.parametrize("reply", [
    "Fit these once and you'll wonder how you ever coped without them.",
    "Fresh bread at six every morning. Who says no to that?",
    "Do you want to be the last one on the high street without card payments?",
])
def test_insisting_through_a_question_nobody_answers_is_convincing(reply):
    assert "convincing" in classify(reply).chase, hear(reply).signals.matches


def test_an_ultimatum_on_the_reps_own_price_is_convincing_not_urgency():
    # Found by the full suite after the session-12 merge: once the rep's own price rise stopped being Urgency, "sign
    # by Friday or the price goes up" was heard as nothing at all, and a guarded persona answered it.
    heard = classify("Sign by Friday or the price goes up. Who picks, and when is the deadline?")
    assert "convincing" in heard.chase and "urgency" not in heard.stages
