"""Each test names a trainer's judgment about a pathway stage that replies written outside the project make and the
coach missed (stages14c): a question about what happens to them if nothing changes is discovery however it opens,
a goal asked at a horizon of theirs is discovery, what they'd do with the time won back is hope, and a guarantee or
a way out put as a condition is trust; the rep's own logistics asked the same way earn nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import classify
from dojo.coach.lexicon import default_lexicon

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "If the grid goes down in July, where does that leave the cold room?",
    "and if the inspector turns up tomorrow, what does he find?",
    "say the supplier lets you down again, who ends up carrying it?",
    "If you had a magic wand, what would you change about dispatch?",
])
def test_a_question_about_their_world_after_a_what_if_is_discovery(reply):
    # A condition put first ("if the grid goes down…,") sets up the question; it is still a question about them.
    for lexicon in (RULES_ALONE, default_lexicon()):
        signals = classify(reply, lexicon)
        assert "empathy" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "What happens if I miss the 10 o'clock train, can we start at half past?",
    "If I come on Tuesday, where do I park?",
    "If you're happy, which of the two dates in March suits for fitting?",
])
def test_a_what_if_about_the_reps_own_plans_is_no_discovery(reply):
    signals = classify(reply)
    assert "empathy" not in signals.stages, signals.matches


def test_what_nothing_changing_costs_them_by_a_holiday_is_discovery_not_small_talk():
    signals = classify("if nothing changes, what does that cost you by Christmas?")
    # Discovery, and since release 29 what standing still costs them, asked, is Urgency as well; never small talk.
    assert "empathy" in signals.stages and "rapport" not in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "Where do you want the clinic to be in two years' time, honestly?",
    "where would you like the practice to be by this time next year?",
    "What would it be worth to you to get that sorted?",
])
def test_asking_their_goal_or_what_fixing_it_is_worth_to_them_is_discovery(reply):
    signals = classify(reply, RULES_ALONE)
    assert "empathy" in signals.stages, signals.matches


def test_asking_where_they_see_themselves_in_a_few_years_is_hope():
    signals = classify("Where do you see the club in three years, with a proper indoor range?", RULES_ALONE)
    assert "hope" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "What would you do with the extra four hours a week?",
    "think about how quiet the phones will be once the portal is live",
])
def test_inviting_them_to_picture_the_time_won_back_is_hope_not_a_get(reply):
    signals = classify(reply, RULES_ALONE)
    assert "hope" in signals.stages and not signals.gets, signals.matches


@pytest.mark.parametrize("reply", [
    "If it doesn't cut your fuel bill we'll take it out, no charge.",
    "If we miss the date, you don't pay for that month.",
    "Nothing's signed until you're happy, and you can walk away at any stage.",
    "Honestly if I were you I'd wait for the spring model.",
    "Tell me straight if we're wasting each other's time.",
])
def test_a_guarantee_a_way_out_or_advice_to_wait_is_trust(reply):
    signals = classify(reply, RULES_ALONE)
    assert "trust" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "yeah and uh how many trucks you running now",
    "um so where does the time go on a changeover day?",
])
def test_a_call_transcripts_filler_before_a_question_about_their_world_leaves_it_discovery(reply):
    signals = classify(reply, RULES_ALONE)
    assert "empathy" in signals.stages, signals.matches


def test_saying_you_cannot_tell_them_it_will_deliver_a_result_is_candour():
    signals = classify("I can't tell you it'll halve your bills, nobody honest can.", RULES_ALONE)
    assert "trust" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "And the customers, have they noticed?",
    "The new rota, what does it mean for the crew?",
    "Has anyone been hurt yet?",
])
def test_a_question_about_their_people_named_first_or_what_it_means_for_them_is_discovery(reply):
    signals = classify(reply, RULES_ALONE)
    assert "empathy" in signals.stages, signals.matches


def test_telling_them_to_buy_elsewhere_if_it_is_cheaper_is_trust():
    signals = classify("If you find it cheaper locally, honestly, go with them.", RULES_ALONE)
    assert "trust" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "Look, I won't blow smoke, the winter tyres wear faster.",
    "It's not cheap, I know, and I'd rather you knew that now.",
    "We got it wrong on the Halifax job and we paid for the fix, you can ask them.",
    "If you're not happy after the first month, you pay nothing.",
    "You don't have to decide anything today.",
])
def test_owning_a_cost_or_a_past_failure_a_no_risk_promise_or_no_pressure_is_trust(reply):
    signals = classify(reply, RULES_ALONE)
    assert "trust" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "If it's cheaper to post it, go with that.",
    "What does that mean for delivery dates on your end?",
    "The invoice, did it arrive okay?",
    "Your address, is it still the one on Mill Lane?",
])
def test_logistics_asked_the_same_way_earn_no_stage(reply):
    signals = classify(reply)
    assert not signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "We would like to understand the impact of the delays on your operations.",
    "Please share with us the pain points your staff is encountering.",
    "Would you say the rota is the bigger headache, or the payroll?",
])
def test_a_formal_request_to_understand_their_troubles_is_discovery(reply):
    signals = classify(reply, RULES_ALONE)
    assert "empathy" in signals.stages, signals.matches


@pytest.mark.parametrize("reply", [
    "We would like to understand your availability for next week.",
    "Please tell me if there are any problems with the link.",
    "Let us know about any problems with the delivery.",
])
def test_asking_after_their_diary_or_our_delivery_is_no_discovery(reply):
    signals = classify(reply)
    assert "empathy" not in signals.stages, signals.matches
