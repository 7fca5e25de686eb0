"""Gives where our person does the work (session 38), each named after what a trainer hears.

Our person as the one who acts is the give, whatever frame offers it: one of ours (`our_people`, "our man", a colleague
named) putting our thing to work for them, or running their own goods through it, shows it (a demo, rule
`give.our-person-runs-it`); one of ours going over their place or their things, coming to them first or not, said with a
modal, "to", or in the present as a plan, does work on their setup (consulting, rule `give.our-person-works`). Our
person's own logistics, their person acting and a promise already owed (an install, a delivery, a repair) give nothing
new."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Our baker will come up to Tromsø and bake your own sourdough in the new deck oven, you taste the crust yourself.",
    "Our technician comes to the co-op on Monday and mills your own sorghum, the ladies see the flour.",
    "Our trainer Kahu can pop round Friday and take your pickers through how the scanner logs a crate.",
    "Our installer Wiremu can pop over and set the heat pump up in your garage for a weekend.",
])
def test_our_person_running_our_thing_for_them_is_a_demo(reply):
    assert "demo" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Our hydrologist Ana passes through Mendoza on Thursday and looks at your channels, free.",
    "Our arborist checks the limbs of your old oaks while he is in the village and tells you which ones are safe.",
    "Our acoustician can do a noise study for the chapel, no charge.",
    "I can send our man Tevita over Saturday to have a look at the pump, no strings.",
    "Our electrician will come to the barn Tuesday to check the board and tell you whether it can take the chargers.",
])
def test_our_person_working_on_their_things_is_consulting(reply):
    assert "consulting" in classify(reply, RULES_ALONE).gives


@pytest.mark.parametrize("reply", [
    "Our technician is away next week, so the delivery moves to the 14th.",
    "Your engineer can check the wiring of our trailers.",
    "Our arborist checks every sapling before it leaves the nursery.",
])
def test_our_persons_logistics_or_their_person_acting_gives_nothing(reply):
    gives = classify(reply, RULES_ALONE).gives
    assert "consulting" not in gives and "demo" not in gives
