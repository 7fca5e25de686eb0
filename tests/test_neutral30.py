"""Replies that make no move hear no label (neutral30): money off already on the invoice, their proposal received,
their NDA signed and sent back, samples going back, the door opened for a visitor already on the way, a hotel checked
into, a shrug, paperwork with no rush on it and someone else doing whatever it takes — while the real moves that look
like them are still heard."""

from dojo.coach.signals import classify


def test_a_discount_already_on_the_invoice_gives_nothing():
    assert classify("Yes, I know — the 15% trade discount is already on the invoice, I applied it on the 3rd.").gives == []
    assert classify("The 15% discount is already applied on the invoice.").gives == []
    assert classify("No — I can't knock any more off, the 15% was already the lot.").gives == []
    assert classify("As agreed, the 10% is already in the price you have.").gives == []


def test_a_discount_offered_now_is_still_a_discount():
    assert "discount" in classify("I can give you 10% off if you order two.").gives
    assert "discount" in classify("The 10% discount is yours if you sign this month.").gives


def test_their_proposal_received_is_not_ours_given():
    assert classify("I've received your proposal for the joint stand, I'll read it tonight.").gives == []
    assert classify("We're writing a proposal for a grant at the moment, busy week.").gives == []


def test_our_proposal_being_written_for_them_is_still_a_proposal():
    assert "proposal" in classify("I'm writing a proposal for you now, it'll be with you tonight.").gives
    assert "proposal" in classify("I'm drafting a proposal for a phased rollout, you'll have it Friday.").gives


def test_their_nda_signed_and_sent_back_asks_nothing():
    assert classify("Yes, the NDA is the one your lawyer sent, I signed it and send back today.").gets == []


def test_our_nda_asked_for_is_still_a_get():
    assert "nda" in classify("Could you sign our NDA before Thursday's call?").gets


def test_samples_going_back_or_a_trial_they_had_are_no_trial():
    assert classify("Tá bem, I note it. Sample panels go back to the quarry on Monday like you want.").gives == []
    assert classify("The samples you sent back arrived today, thanks.").gives == []
    assert classify("The free trial you had ended on the 30th, as you know.").gives == []


def test_samples_left_with_them_are_still_a_trial():
    assert "trial" in classify("I'll leave the sample panels with you for a fortnight.").gives
    assert "trial" in classify("Your free trial starts Monday, I've set it up.").gives


def test_coming_down_to_let_them_in_is_no_visit_offered():
    assert classify("There's parking behind the studio, just buzz flat 2 and I'll come down.").gives == []
    assert classify("There's parking round the back, I'll come down and let you in.").gives == []


def test_coming_down_to_see_them_is_still_a_visit():
    assert "meeting" in classify("I'll come down to Bristol next week and walk the site with you.").gives
    assert "meeting" in classify("Happy to come down and meet the team on Thursday.").gives


def test_checking_into_a_hotel_is_no_check_in():
    assert classify("I check in the hotel in Vienna at 6, after I can answer the emails.").chase == []
    assert "check_in" in classify("Just checking in on the quote I sent Tuesday.").chase


def test_a_shrug_a_form_with_no_rush_and_a_third_partys_effort_are_not_chasing():
    assert classify("Whatever, the traffic's just mad today.").chase == []
    assert classify("There's no urgency on the paperwork, whenever suits.").chase == []
    said = "Reckon the county'll do whatever it takes to fix that siren by spring, it's been busted since May."
    assert classify(said).chase == []


def test_handing_them_the_timing_or_the_effort_is_still_whatever_works():
    assert "whatever_works" in classify("We'll do whatever it takes to get you live by March.").chase
    assert "whatever_works" in classify("Mornings, evenings, weekends, whatever.").chase
    assert "whatever_works" in classify("Whenever suits you for the call, I'm flexible.").chase


def test_a_price_said_again_as_agreed_or_their_payment_received_gives_no_pricing():
    assert classify("It stays at 38 euros the metre, that's what we agreed.").gives == []
    assert classify("Your payment of $1,500 came through, thanks.").gives == []


def test_a_price_told_now_is_still_pricing():
    assert "pricing" in classify("It's 38 euros the metre, delivered to the site.").gives
    assert "pricing" in classify("The price is 64 euros the square metre, as I said before.").gives
