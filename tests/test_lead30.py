"""Judgments found by the lead playing the personas as a new rep (session 30), each named after what a trainer
would notice."""

from __future__ import annotations

from dojo.coach.signals import classify


def test_asking_when_their_person_is_free_with_two_days_is_a_meeting_asked_for_beside_a_price() -> None:
    # Played against Ingrid: the price was scored as given for nothing, though she answered the reply as a trade.
    heard = classify("Ha, fair. The number is 14.50 per truck per month on a three year term. That holds once Marcus "
                     "has seen it working on your own trucks, so when's he free - Tuesday or Thursday?")
    assert heard.gives == ["pricing"] and "meeting" in heard.gets
    assert "meeting" in classify("when is Marcus free next week?").gets


def test_putting_a_customers_own_person_on_the_phone_with_them_is_a_reference_call_not_their_decider() -> None:
    # Played against Graham: "their estates manager" is the other university's, and he answered as if asked who decides.
    heard = classify("We put the same kit into Strathclyde's engineering block last year and double bookings dropped "
                     "to near nothing. I could get their estates manager on the phone with you if that'd help?")
    assert heard.gets == [] and "trust" in heard.stages
    # Their own people brought along are still asked for.
    assert "decision_makers" in classify("could you get their finance director on the call too?").gets
    assert "decision_makers" in classify("can you get your CFO on the call with you?").gets
