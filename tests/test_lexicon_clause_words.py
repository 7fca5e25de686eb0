"""The words that only defer a give, only soften an ask, or decline a give are the lexicon's data, which a trainer
can read and extend (`[negation] deferrals` and `hedges`, `[clause] refusal` and `refusal_opens`)."""

from __future__ import annotations

from dojo.coach import default_lexicon
from dojo.coach.lexicon import parse_lexicon
from dojo.coach.signals import classify, hear
from tests.test_lexicon_load import TINY

ASKING = TINY.replace('id = "give.deck"\nlabel = "give:deck"',
                      'id = "get.timeline"\nlabel = "get:timeline"\nnegatable = true').replace(
    "PATTERN", "'\\bwhen does it renew\\b'")


def _gets(lexicon_text: str, reply: str) -> list[str]:
    return list(classify(reply, parse_lexicon(lexicon_text, "mine.toml")).gets)


def test_a_hedge_a_trainer_adds_no_longer_cancels_the_ask_after_it():
    reply = "I won't rush you so when does it renew"
    hedged = ASKING.replace("[classes]", "hedges = [\"won't rush\"]\n\n[classes]")
    assert _gets(ASKING, reply) == []
    assert _gets(hedged, reply) == ["timeline"]


def test_a_deferral_a_trainer_adds_no_longer_cancels_the_ask_after_it():
    reply = "until I know more when does it renew"
    waiting = ASKING.replace('cues = ["\\\\bwon\'t\\\\b"]', 'cues = ["\\\\bwon\'t\\\\b", "\\\\buntil i know\\\\b"]')
    assert waiting != ASKING
    deferring = waiting.replace("[classes]", "deferrals = [\"until \"]\n\n[classes]")
    assert _gets(waiting, reply) == []
    assert _gets(deferring, reply) == ["timeline"]


def test_the_shipped_refusal_words_keep_a_declined_give_from_earning_trust_or_a_give():
    lexicon = default_lexicon()
    for reply in ("I'd rather not send a brochure you won't have time to read", "Won't send a brochure"):
        hearing = hear(reply, lexicon)
        assert not hearing.signals.gives and "trust" not in hearing.signals.stages
    assert lexicon.clauses.refusal is not None and lexicon.clauses.refusal_opens is not None
    assert b"before " in lexicon.clauses.deferrals and b"not sure" in lexicon.clauses.hedges
