"""Judgments about information handed over by the offer frame, heard across writers (session 32).

The offer frame ("I'll send you…", "…is attached", "here's…") hears information in whatever a document of ours is
called. Other writers most often book what it hears there as something else: the notes of a meeting, the link to a
call, a template for an NDA. The learned second opinion reads those as no give, and for
information (not for the offer's other kinds) it may now say so, as it may for information any other rule heard."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.learned import default_model
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from dojo.vocab import LexiconRule
from tests.hearing_help import why


def _rules_alone():
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "Our NDA template is attached in case you need one for your other suppliers.",
    "Pop a time in my calendar for next week, link below.",
    "Legal just sent me our NDA template to update, so that's my afternoon gone.",
    pytest.param("Meeting notes from Tuesday attached, in case your team wasn't there.",
                 marks=pytest.mark.xfail(strict=True, reason="the rules hear the notes handed over and only the second "
                                         "opinion took them back; session 37's retrain, on named customer stories and "
                                         "thanks for their reply relabelled, no longer does")),
])
def test_paperwork_that_only_looks_handed_over_is_no_information_once_the_model_has_heard_it(reply):
    assert "information" in classify(reply, _rules_alone()).gives  # the offer frame still hears it alone
    assert "information" not in classify(reply).gives, why(reply)


@pytest.mark.parametrize("reply", [
    "I'll forward the spec sheet to your team this afternoon.",
    "Datasheet attached, the load tables are on page two.",
    "Happy to send you our installation guide.",
])
def test_a_document_about_the_product_handed_over_is_still_information(reply):
    assert "information" in classify(reply).gives, why(reply)


def test_a_summary_written_up_for_them_to_pass_on_stays_information_not_a_customers_story():
    reply = "I'll write up a short summary you can forward to Alison. Could we get 20 minutes with her on Thursday?"
    assert classify(reply).gives == ["information"], why(reply)


def test_the_offer_frame_stays_sure_of_its_other_kinds_but_not_of_information():
    sure = default_lexicon().sure
    assert {"give.offer:deck", "give.offer:pricing", "give.offer:case_study", "give.offer:trial"} <= sure
    assert "give.offer:information" not in sure and "give.information" not in sure


def test_information_the_model_all_but_rules_out_is_dropped_under_five_percent():
    assert default_model().veto["give:information"] == pytest.approx(0.05)


def test_unsure_kinds_must_name_kinds_of_a_sure_rule():
    with pytest.raises(ValueError, match="unsure_kinds"):
        LexiconRule(id="x.offer", label="give:{kind}", kinds=["information"], unsure_kinds=["information"],
                    patterns=[r"\bsend\b"])
    with pytest.raises(ValueError, match="unsure_kinds"):
        LexiconRule(id="x.offer", label="give:{kind}", kinds=["deck"], sure=True, unsure_kinds=["information"],
                    patterns=[r"\bsend\b"])
