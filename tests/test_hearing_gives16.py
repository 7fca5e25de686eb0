"""Gives heard by the move (session 16): the kind decided by what is handed over. A thing left with them for a span of
use is a trial whatever it is called; a call offered by our side is a meeting; running our own thing in front of their
people is a demo, not work on theirs; a visit whose point is examining their people or things is consulting; their
things gone over with the advice told is consulting; another customer's story told in words is a case study. And what
only looks like one of those. Each test names the trainer's judgment."""

from __future__ import annotations

import pytest

from dojo.coach import classify


def gives(reply: str) -> set[str]:
    return set(classify(reply).gives)


def rules_alone(reply: str) -> set[str]:
    from dataclasses import replace

    from dojo.coach.lexicon import default_lexicon
    return set(classify(reply, replace(default_lexicon(), second_opinion=False)).gives)


# ---------------------------------------------------------------- trial: a span of use, whatever the thing is called

@pytest.mark.parametrize("reply", [
    "We can lend your lab the demo centrifuge for three weeks so your techs get used to it.",
    "i can drop off the demo scooter for the weekend, bring it back monday",
    "Happy to leave a demo unit with your kitchen for a fortnight.",
])
def test_a_demo_unit_left_with_them_for_weeks_is_a_trial_not_a_demo(reply: str) -> None:
    assert rules_alone(reply) >= {"trial"}
    assert "demo" not in rules_alone(reply)


def test_a_demo_shown_on_one_day_stays_a_demo() -> None:
    assert "demo" in rules_alone("Happy to run a demo for your team on Thursday afternoon.")


# ---------------------------------------------------------------- meeting: a call offered from our side

@pytest.mark.parametrize("reply", [
    "We can ring you on Friday once the drawings are done, no problem.",
    "Leila, our planner, can phone you tomorrow morning if that suits.",
    "Our fitter Tomasz will call you on Wednesday to talk through the access.",
    "we can do a quick zoom call tomorrow to go over the delivery",
    "A short call on Monday to walk through the invoice schedule would be no problem at all for us.",
])
def test_a_call_offered_by_our_side_is_a_meeting_given(reply: str) -> None:
    assert "meeting" in rules_alone(reply)
    assert "consulting" not in rules_alone(reply)


@pytest.mark.parametrize("reply", [
    "I'll ring you on Thursday at 3 to hear what the committee decided.",
    "I'll ring you on the landline, the mobile signal is bad out there.",
    "When can we do a quick call this week?",
    "We can call you back once the factory confirms.",
])
def test_a_call_to_hear_their_verdict_or_a_way_to_reach_them_is_no_give(reply: str) -> None:
    assert "meeting" not in rules_alone(reply)


# ---------------------------------------------------------------- demo: our thing run in front of them

def test_our_technician_running_our_machine_in_front_of_their_staff_is_a_demo_not_consulting() -> None:
    heard = rules_alone("Our engineer can come over and run the press in front of your operators so they see it stamp a sheet.")
    assert "demo" in heard
    assert "consulting" not in heard


# ---------------------------------------------------------------- consulting: the visit is the way to examine theirs

def test_a_visit_to_assess_some_of_their_people_is_consulting_not_a_meeting() -> None:
    heard = rules_alone("Our dietitian can come to your care home and assess four of your residents.")
    assert "consulting" in heard
    assert "meeting" not in heard


@pytest.mark.parametrize("reply", [
    "Let me have a look at how your drivers load the vans and I'll suggest which van takes the heavy drops.",
    "Send over the kitchen plan and our designer will suggest where each station goes.",
    "I'll go through your last year's meter readings and work out whether the bigger tank pays.",
])
def test_their_things_gone_over_with_the_advice_told_is_consulting(reply: str) -> None:
    assert "consulting" in rules_alone(reply)


def test_suggesting_a_time_is_no_consulting() -> None:
    assert "consulting" not in rules_alone("Let me check with the office and suggest a time for the call.")


# ---------------------------------------------------------------- case study: another customer's story told in words

@pytest.mark.parametrize("reply", [
    "A dairy in Tipperary had the same foaming problem; I can forward you what they wrote after the first season.",
    "The school in Leeds started with two of our boards; I can share what their teachers reported after a term.",
    "A bakery in Lille had the same trouble, and we wrote up how they fixed it with the proofer.",
])
def test_another_customers_story_told_and_handed_over_is_a_case_study(reply: str) -> None:
    assert "case_study" in rules_alone(reply)


def test_forwarding_what_their_own_people_said_is_no_case_study() -> None:
    assert "case_study" not in rules_alone("I can forward you what your own engineer wrote about the leak.")


# ---------------------------------------------------------------- case study: a document about another named customer

@pytest.mark.parametrize("reply", [
    "Attached is the report from Galway harbour: fouling down by half in the first season.",
    "I enclose a summary of our work for the Halden Group, eleven depots over three years.",
    "Want me to send the evaluation from the Tromsø clinic where they stopped the double bookings?",
])
def test_a_document_about_another_named_customer_is_a_case_study_not_information(reply: str) -> None:
    heard = rules_alone(reply)
    assert "case_study" in heard
    assert "information" not in heard


@pytest.mark.parametrize("reply", [
    "Attached is the report from the Council on the noise levels.",
    "I'll send the report from Monday's inspection tonight.",
])
def test_a_report_from_an_authority_or_a_day_is_no_customer_story(reply: str) -> None:
    assert "case_study" not in rules_alone(reply)


# ---------------------------------------------------------------- consulting: a document of work on their situation

@pytest.mark.parametrize("reply", [
    "I'll send the layout for your stockroom on Thursday.",
    "Attached is the comparison of your current contract against ours, line by line.",
    "Please find the report on your cold store attached.",
    "Here's the business case we built on your last two years of figures.",
])
def test_a_document_of_work_on_their_own_situation_handed_over_is_consulting(reply: str) -> None:
    assert "consulting" in rules_alone(reply)


@pytest.mark.parametrize("reply", [
    "I'll send the maintenance schedule for the pumps tonight.",
    "I've attached the method statement for the install.",
])
def test_a_document_about_our_own_product_stays_information(reply: str) -> None:
    heard = rules_alone(reply)
    assert "consulting" not in heard


# ---------------------------------------------------------------- trial: free so they can try it

@pytest.mark.parametrize("reply", [
    "I can pour twenty samples of the new blend at no charge so your baristas test it on customers.",
    "We'll give you a month's supply free to prove it holds up.",
    "You can have one mower free of charge for three weeks to use on the fairways.",
])
def test_something_of_ours_given_free_to_try_is_a_trial_not_an_extra(reply: str) -> None:
    heard = rules_alone(reply)
    assert "trial" in heard
    assert "favour" not in heard


@pytest.mark.parametrize("reply", [
    "We put one extra container at your place for free during the festival.",
    "Our machine at the trade show was free to try, folk loved it.",
])
def test_an_extra_for_an_occasion_or_a_free_try_in_the_past_is_no_trial(reply: str) -> None:
    assert "trial" not in rules_alone(reply)


# ---------------------------------------------------------------- demo: shown how our thing does its job, or filmed doing it

@pytest.mark.parametrize("reply", [
    "I can show you on a video call how the scanner reads a torn label.",
    "Our head brewer will gladly show you in the brewhouse how the mash is stirred.",
    "You can sit in on a Saturday session and see how our coach runs the drills.",
    "ok sending a 1 min video of the bagger sealing, see how tight it closes",
])
def test_showing_how_our_thing_does_its_job_is_a_demo_not_information(reply: str) -> None:
    heard = rules_alone(reply)
    assert "demo" in heard
    assert "information" not in heard


def test_a_talk_through_how_it_works_told_in_the_reply_is_no_demo_of_this_shape() -> None:
    from dojo.coach.signals import hear
    heard = hear("Lemme walk you through how the sensors flag damp, each probe reads every hour.", keep_cancelled=True)
    assert not any(c.pattern.rule.id == "give.show-how" for c in heard.candidates)


# ---------------------------------------------------------------- favour: done with their things or name, beyond the sale

@pytest.mark.parametrize("reply", [
    "I'll gladly pass your name to the growers' association, they buy for forty farms.",
    "I can mention your bakery to the hotel buyers I see on Mondays.",
    "My van goes to Cork on Friday, I can take your crates to the market for you, no charge.",
    "I'll pick up your spare parts from the depot on my way, save you the drive.",
])
def test_something_done_with_their_things_or_name_beyond_the_sale_is_a_favour(reply: str) -> None:
    assert "favour" in rules_alone(reply)


@pytest.mark.parametrize("reply", [
    "Thanks, I'll pass your details to our accounts team.",
    "I'll pass on your feedback to the product team.",
    "I'll take your order to the warehouse myself.",
])
def test_passing_their_details_to_our_own_side_or_moving_their_order_is_no_favour(reply: str) -> None:
    assert "favour" not in rules_alone(reply)


# ---------------------------------------------------------------- information: what the product does, whatever the doing

@pytest.mark.parametrize("reply", [
    "The roaster roasts 12 kilos a batch and the drum is cast iron.",
    "Aloha, the press bottles 900 an hour on one operator.",
    "Ajá, the sorter sorts olives into four sizes at 2 tonnes an hour.",
])
def test_what_the_product_does_in_numbers_is_information_whatever_the_verb(reply: str) -> None:
    assert "information" in rules_alone(reply)


def test_a_car_wash_or_a_sound_is_not_the_product_doing_its_job() -> None:
    assert "information" not in rules_alone("It sounds like three different people have asked for three different things.")


# ---------------------------------------------------------------- whose offer: "if you want, I …" is the rep offering

@pytest.mark.parametrize("reply", [
    "If you want I come to the bakery and look at your ovens and tell you which one wastes the most gas.",
    "if u like I'll leave the demo hoist with you for two weeks",
])
def test_if_you_want_before_the_reps_offer_is_the_rep_offering_not_the_prospects_errand(reply: str) -> None:
    assert rules_alone(reply) & {"consulting", "trial"}


def test_a_condition_on_the_prospect_alone_is_no_offer() -> None:
    assert rules_alone("If you want a discount you'll need to ask your boss.") == set()
