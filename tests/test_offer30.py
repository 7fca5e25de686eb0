"""Judgments about demos, trials and free expert advice offered in the shapes session 30 found unheard (a tip given
right there, a learner's present tense, "let me know if you'd like one", a demo put in the diary, a free workspace,
goods sent for their people to try), each named after what a trainer hears. Heard by the rules alone, so a retrained
second opinion cannot hide a rule lost."""

from __future__ import annotations

import pytest

from tests.hearing_help import rules_alone


@pytest.mark.parametrize("reply", [
    "Handy tip on your fryers: your oil lasts twice as long if you skim it after every batch.",
    "Pro tip: put your slow movers on the bottom shelf, your pickers will thank you.",
    "One tip from me: never stack the tiles more than six high, they crack at the bottom.",
    "I give you a tip now for free: keep the fermenter door shut when you clean.",
])
def test_a_tip_given_right_there_is_consulting(reply):
    signals = rules_alone(reply)
    assert signals.gives == ["consulting"], signals
    assert signals.chase == [], signals


@pytest.mark.parametrize("reply", [
    "My advice? Skip the premium filters, at your volumes you won't notice the difference.",
    "If it's a maybe, what would tip it for you?",
    "The consultant's tip: your staff should log off at night.",
])
def test_advice_against_our_own_extra_and_what_tips_their_decision_are_not_consulting(reply):
    assert "consulting" not in rules_alone(reply).gives


@pytest.mark.parametrize("reply", [
    "If you want, I look at the pictures of your boiler room and tell you where the heat goes.",
    "I can come Friday, then I draw for you where the new racks go.",
])
def test_work_on_their_things_offered_in_a_learners_present_tense_is_consulting(reply):
    assert rules_alone(reply).gives == ["consulting"]


def test_our_lad_sent_round_to_sort_their_settings_is_consulting_not_information():
    assert rules_alone("No stress, I'll send our tech round to set up your printers properly.").gives == ["consulting"]


def test_work_already_reviewed_on_their_thing_and_told_is_consulting():
    reply = "I reviewed your freight invoices last night: three of them charge a fuel surcharge twice."
    assert "consulting" in rules_alone(reply).gives


@pytest.mark.parametrize("reply", [
    "Please advise if your department would like a demonstration of the scanner before the tender closes.",
    "Let me know if the team would like a trial of the app over the holidays.",
    "Is a site survey something you'd even want, or shall I just quote from the drawings?",
])
def test_a_demo_trial_or_survey_offered_by_asking_whether_they_want_one_is_that_give(reply):
    gives = rules_alone(reply).gives
    assert {"demo", "trial", "consulting"} & set(gives), gives


def test_the_rep_putting_the_demo_in_the_diary_gives_the_demo_and_asks_for_the_slot():
    signals = rules_alone("Shall we put the demo in the diary? Monday at 3 or Wednesday at 11?")
    assert "demo" in signals.gives, signals
    assert "meeting" in signals.gets, signals


@pytest.mark.parametrize("reply", [
    "We could show the press running at our Leeds unit any afternoon.",
    "Happy to show your supervisor the dashboard on a quick call.",
    "Would your baristas like to come to our roastery and have a go on the new grinder?",
    "Want me to leave the bikes in your yard for the morning so your riders can try them?",
])
def test_our_thing_shown_or_tried_on_one_occasion_is_a_demo(reply):
    assert rules_alone(reply).gives == ["demo"]


@pytest.mark.parametrize("reply", [
    "I'll set you up a free account for the month so your dispatchers can play with it.",
    "I'll send a case of each blend for your chefs to taste.",
    "We can courier three rolls over for the fitters to test.",
])
def test_a_free_account_or_goods_sent_for_their_people_to_try_is_a_trial_not_information(reply):
    assert rules_alone(reply).gives == ["trial"]


def test_a_demo_refused_is_not_a_demo():
    assert rules_alone("Sorry, I can't show the press running this week, it is being serviced.").gives == []


@pytest.mark.parametrize("reply", [
    "Bring a crate up Friday and we'll run your own apples through the sorter while you watch.",
    "Our engineer will run your own castings through the scanner in front of your QA lead.",
])
def test_their_own_goods_run_through_our_machine_is_a_demo_not_consulting(reply):
    assert rules_alone(reply).gives == ["demo"]


def test_their_next_batch_run_through_our_service_is_a_trial():
    reply = "Happy to run your next fifty invoices through the matching engine free, so you can compare."
    assert rules_alone(reply).gives == ["trial"]


def test_their_figures_run_through_our_model_and_reported_stay_consulting():
    reply = "I'll run your last year's meter readings through our model and send you what it finds."
    assert "consulting" in rules_alone(reply).gives


@pytest.mark.parametrize("reply", [
    "Shall we sit down with your finance director before the board on the 9th?",
    "I can sit down with your solicitor and go through what the council wants. Just a chat.",
])
def test_a_sit_down_with_the_people_who_decide_is_not_consulting(reply):
    assert "consulting" not in rules_alone(reply).gives
