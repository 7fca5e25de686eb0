"""Each test names a trainer's judgment about a pathway stage that the coach's rules missed or misheard (stages15):
greetings in the prospect's own language, belated birthday wishes, their things wished through a hard spell, their
festival, common ground and their news noticed are rapport; "how are you today?" is a pleasantry, not discovery; a
problem or its cause named back is discovery, and so is a question about how he or she feels; the rep's own travel,
quizzing them about our brand and an acknowledgement that only opens our pitch are not discovery; a past or wished
date is not urgency; a failure owned whatever went wrong, a fix at our cost, a fair word before our weakness, years
in the trade, our people's training and "you're better off with someone else" are trust; hope is painted in more
shapes ("that could be your top field by next summer", "without anybody's shoulder giving out", "dry through the next
three winters", "how would it feel to walk in and find it already done?"); and the rep's own growth is news, not
proof."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach import classify
from dojo.coach.lexicon import default_lexicon

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


def stages(reply: str) -> list[str]:
    return classify(reply, RULES_ALONE).stages


@pytest.mark.parametrize("reply", [
    "Góðan daginn Rúni!",
    "buorre iđit Máret, hope the calves are all on their feet",
    "Tansi Gerald, how was the hockey tournament?",
    "Boozhoo auntie!",
    "Nyob zoo Tub!",
])
def test_a_greeting_in_their_own_language_standing_alone_is_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Belated happy birthday, Sigrun!",
    "Happy sixtieth, Lars, hope the party was a good one.",
    "Happy Tsagaan Sar to you and the whole family.",
    "Hope the storm left the boat sheds standing.",
    "hope the road to the farm is open again now",
    "Saw the piece in the Shetland Times about your new smokehouse, cracking build.",
    "I'm from Kirkwall myself, so I know that wind.",
    "You went to Anderson High too?",
])
def test_wishes_for_their_day_their_things_and_common_ground_are_rapport(reply):
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "How are you today, Mr Halvorsen?",
    "how are you doing this morning?",
])
def test_how_are_you_today_is_a_pleasantry_not_discovery(reply):
    assert "empathy" not in stages(reply)
    assert "rapport" in stages(reply)


@pytest.mark.parametrize("reply", [
    "mm so the trouble is the boats sit idle while the ice is in",
    "So the salt air is what's eating the hinges, right?",
    "And your son who keeps the books now, how does he feel about going paperless?",
])
def test_their_problem_named_back_or_how_he_or_she_feels_is_discovery(reply):
    assert "empathy" in stages(reply)


@pytest.mark.parametrize("reply", [
    "If I miss the last ferry back, is there anywhere to stay on the island?",
    "Have you heard of Nordvik Sawmills before?",
    "Have you seen our new blade range?",
    "Do you know how a band saw differs from a circular one?",
    "I understand. Our package includes delivery and set-up.",
    "I can see why that would be annoying. Our platform has 40 integrations.",
])
def test_the_reps_own_travel_quizzing_them_on_our_brand_or_a_pitch_after_a_nod_is_not_discovery(reply):
    assert "empathy" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "So sorry the glaze crazed the night before your open studio, that's gutting.",
    "hope the ewes came down off the hill ok before the snow",
    "Sorry to hear that. Anyway, our new panels arrive next month.",
])
def test_a_past_or_wished_date_and_sympathy_brushed_aside_earn_no_urgency_or_rapport(reply):
    heard = stages(reply)
    assert "urgency" not in heard
    if reply.startswith("Sorry to hear that. Anyway"):
        assert "rapport" not in heard


@pytest.mark.parametrize("reply", [
    "We got the moisture reading wrong on the Lerwick job and paid for the new boards ourselves.",
    "If the roof leaks in the first five years, we come back and put it right at our cost.",
    "We paid the claim in full when a pallet arrived damp.",
    "To be fair to you, our resin takes longer to cure in the cold.",
    "Our joiner trained at the Orkney chair works and has been at it forty years.",
    "For a shed that small you're better off with a kit from the builders' merchant.",
    "I'd rather say that now than have you find out later.",
    "I'm not going to oversell it: the coating still needs redoing every five years.",
])
def test_a_failure_owned_a_fix_at_our_cost_a_fair_word_years_in_trade_or_talking_them_down_is_trust(reply):
    assert "trust" in stages(reply)


@pytest.mark.parametrize("reply", [
    "Our team went from four fitters to nine this year.",
    "Picture the yard in May and not a single board warped.",
    "To be fair, the traffic on the bridge was awful this morning.",
    "I trained at the gym before work.",
])
def test_our_own_growth_a_picture_of_their_future_or_our_own_day_is_not_trust(reply):
    assert "trust" not in stages(reply)


@pytest.mark.parametrize("reply", [
    "Crofts like yours in Unst doubled the hay cut; that could be your in-bye field by next summer.",
    "The pickers will be able to clear the whole tunnel without anybody's back giving out.",
    "You'd be warm through the next three winters without touching the thermostat.",
    "How would it feel to walk into the shop at seven and find the ovens already up to heat?",
    "Once the new drains are in, nobody's bailing out the cellar on a Sunday night again.",
    "Picture no more 5 a.m. calls about the freezer.",
])
def test_their_better_future_painted_in_more_shapes_is_hope(reply):
    assert "hope" in stages(reply)


@pytest.mark.parametrize("reply", [
    "You'll wonder how you ever ran the shop without it.",
    "You can cancel without any penalty.",
    "Imagine my face when the hire van turned out to be electric.",
])
def test_a_boast_a_way_out_of_the_deal_or_the_reps_own_day_is_not_hope(reply):
    assert "hope" not in stages(reply)
