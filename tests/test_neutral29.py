"""Replies that make no move hear no label (neutral29): the rep's own clock, a third party's errand, nouns in another
sense and gives already made — while the real moves that look like them are still heard."""

from dojo.coach.signals import classify


def test_the_reps_own_absence_before_then_is_no_urgency():
    assert "urgency" not in classify("Our fitter's away till the 20th, so nothing moves before then, sorry.").stages
    assert "urgency" not in classify("Okay, you decide in spring. I do not write before then.").stages


def test_their_date_with_before_then_is_still_urgency():
    assert "urgency" in classify("The kids are back on the 4th, so the floor has to be down before then.").stages


def test_the_reps_closure_then_a_shipping_day_is_no_dated_plan():
    said = "Terima kasih for the purchase order, Bu. Our warehouse closes at noon on Saturday so the desks go out on Monday."
    assert "urgency" not in classify(said).stages
    assert "urgency" not in classify("My diary is full from 3 July, so I would have to start in June.").stages


def test_a_dated_plan_is_still_urgency():
    assert "urgency" in classify("We measure up on the 4th, cut by the 11th, you're trading on the 18th.").stages


def test_someone_elses_errand_before_winter_is_no_urgency():
    assert "urgency" not in classify("He's begging the landlord to fix the boiler before winter.").stages
    assert "urgency" not in classify("Keen to get home before the snow starts, honestly.").stages


def test_whatever_suits_a_third_party_is_not_chasing():
    assert classify("Whatever works for the fire marshal is fine by us, we just need the exits clear.").chase == []
    assert classify("whatever works for ur artist's schedule is between u and them, i just ship the stuff").chase == []


def test_whatever_works_for_the_prospect_is_still_chasing():
    assert "whatever_works" in classify("Whatever works for you is fine by me.").chase
    assert "whatever_works" in classify("whatever works for the co-op, big racks small racks, pay after harvest, anything").chase


def test_your_call_is_important_is_a_phone_line_not_a_choice_handed_over():
    assert classify("Thank you for calling Island Road Rescue, your call is important to us.").chase == []
    assert "whatever_works" in classify("Brushed steel or matt black, your call.").chase


def test_a_colleague_checking_in_with_others_is_not_a_check_in():
    said = "Our dispatcher is checking in with the operators about the radios, nothing for you to do."
    assert classify(said).chase == []
    assert "check_in" in classify("Just checking in on the scaffold quote from Tuesday, pet, any thoughts?").chase


def test_a_broken_screen_share_is_no_demo():
    assert classify("My screen share's not working - can you see anything?").gives == []
    assert "demo" in classify("Happy to screen share the dashboard now.").gives


def test_direct_line_the_insurer_is_no_ask_for_their_number():
    assert classify("My car insurance is with Direct Line and they've just doubled it, the cheek.").gets == []
    assert "direct_line" in classify("What's your direct line?").gets


def test_a_discount_shop_and_a_suppliers_discount_to_the_rep_are_no_discount():
    assert classify("We do the big shop at the discount supermarket on Fridays.").gives == []
    assert classify("My supplier just gave me 10% off trailer parts, which was nice.").gives == []
    assert "discount" in classify("I can give you 10% off.").gives


def test_the_same_price_list_sent_again_as_asked_is_no_pricing():
    assert "pricing" not in classify("I send the same price list as before, because you ask for a copy for your colleague.").gives
    assert "pricing" in classify("I'll send the price list over tonight.").gives


def test_the_way_the_rep_travels_is_no_visit_offered():
    assert classify("The boat jetty near your resort is under repair, I will come by road.").gives == []
    assert "meeting" in classify("Happy to come by on Thursday to go through it.").gives
