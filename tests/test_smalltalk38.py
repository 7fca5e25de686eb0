"""Judgments about small talk followed up (session 38), each named after what a trainer hears.

Small talk asked after their life and then followed up with a second question about the same thing ("How was the
wedding on Saturday? Did the rain hold off for the photos?") is still small talk: Rapport, not discovery. So is a
question after a detail of their life remembered ("Last time you mentioned your daughter's graduation, did she get the
grade she wanted?"). Ten writers' tuned sets book such replies Rapport alone; the coach heard the follow-up as
Empathy (`stage.their-world`, `stage.empathy`). A follow-up that turns to their work ("How was the long weekend?
What's driving the look at new suppliers?"), or small talk that asks after their work to begin with ("How's the new
yard treating you? Still flooding at the back?"), is discovery still."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify

RULES_ALONE = replace(default_lexicon(), second_opinion=False)
WITH_MODEL = default_lexicon()


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "How was the wedding on Saturday? Did the rain hold off for the photos?",
    "How did the marathon go? Did you beat your time from last year?",
    "How was the long weekend away? Did the kids enjoy the beach?",
    "How was the fishing trip? Catch anything worth bragging about?",
    "Last time you mentioned your daughter's graduation, did she get the grade she wanted?",
])
def test_small_talk_followed_up_is_still_small_talk(reply, lexicon):
    heard = classify(reply, lexicon)
    assert "rapport" in heard.stages
    assert "empathy" not in heard.stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
@pytest.mark.parametrize("reply", [
    "How was the long weekend? What's driving the look at new suppliers?",
    "Hope the holiday was good! How are the team handling the Monday backlog?",
    "How was the trip? What does a bad week cost you in overtime?",
    "How did the match go? Who looks after the tills on a Saturday?",
])
def test_a_question_about_their_work_after_small_talk_is_discovery(reply, lexicon):
    assert {"rapport", "empathy"} <= set(classify(reply, lexicon).stages)


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
def test_small_talk_about_their_work_followed_up_is_discovery(lexicon):
    assert "empathy" in classify("Ey up, Jack! How's the new yard treating you? Still flooding at the back?",
                                 lexicon).stages


@pytest.mark.parametrize("lexicon", [RULES_ALONE, WITH_MODEL], ids=["rules", "model"])
def test_a_question_opening_its_own_sentence_after_thanks_is_discovery(lexicon):
    # Thanks is Rapport, not small talk asked: what follows is heard as what it is.
    assert "empathy" in classify("Thanks for the coffee on Tuesday. What got the board asking about storage now?",
                                 lexicon).stages
