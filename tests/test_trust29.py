"""Judgments about Trust as outside writers hear it (session 29), each named after what a trainer hears.

Proof is Trust whether it is said or handed over: a certificate, an audit, a test or inspection report, an outside
sign-off or a licence attached, enclosed, shared or put in the drive earns Trust beside the document given. Someone
else's certificate asked for, a report on their own things, and a certificate held back until after the job are not
proof handed over."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify
from tests.hearing_help import why


def _rules_alone():
    """The rules without the learned second opinion, so a test shows the rule's own judgment."""
    return replace(default_lexicon(), second_opinion=False)


@pytest.mark.parametrize("reply", [
    "attaching our ISO 9001 certificate as u asked, valid till march 2028",
    "Please find enclosed the independent fire-door audit report from the Kingsmead school job.",
    "I've put the inspection photos from our last three glazing jobs in the shared drive.",
    "Hi Annika, the fire-stopping test certificate from Warringtonfire is in the folder I shared.",
    "Here's the engineer's report from the Portree job.",
    "Fire shutter certification PDF attached. Your insurer will ask.",
    "Happy to send the ISO cert. What's the best email for your procurement lead?",
])
def test_proof_handed_over_is_trust(reply):
    for lexicon in (default_lexicon(), _rules_alone()):
        assert "trust" in classify(reply, lexicon).stages, why(reply)


@pytest.mark.parametrize("reply", [
    "kindly share your ISO certificate for our vendor file",
    "Can you send me your insurance certificate before we start?",
    "I'll have the engineer email you the certificate after the install on the 14th",
    "the inspection report on your boiler from last week showed two faults",
])
def test_their_paper_or_paper_held_back_is_not_proof_handed_over(reply):
    assert "trust" not in classify(reply, _rules_alone()).stages, why(reply)
