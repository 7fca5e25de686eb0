"""Which chasing a reply does, read with the prospect line it answers.

Pure: from the reply's signals, the tags of the prospect's last line and the
running effort counts, the list of chases to score. The coach turns each into
an event; the pathway reads the list too (a reply that chases earns no rapport).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dojo.coach.signals import PERMISSION_LOOKALIKES, Signals, on_their_commitment
from dojo.coach.weights import CHASE_PENALTY, CONTEXT_CHASE_PENALTY

#: Prospect lines that mean "not now" or "no": conceding after one is chasing.
STALLS = frozenset({"stall", "no"})
#: Prospect lines that ask for something: a price move in answer was prompted.
ASKS = frozenset({"question", "objection"})
PITCH_STAGES = ("trust", "hope", "urgency")
WORD_REASONS = {
    "check_in": "checked in with nothing new to offer or ask",
    "pleading": "pleaded for the business",
    "whatever_works": "handed the prospect all control of the next step",
    "convincing": "tried to convince instead of asking",
    "free_extra": "threw in an extra nobody asked for",
}


@dataclass(frozen=True)
class Chase:
    kind: str
    penalty: int
    reason: str
    #: The labels whose words the event quotes.
    quote_labels: tuple[str, ...]


def find_chases(signals: Signals, tags: frozenset[str],
                classes: Mapping[str, tuple[str, ...]] | None = None, price_asked: bool = False) -> list[Chase]:
    """Chasing in this reply, in the order it is scored: words first, then context. `classes` are the word
    classes of the lexicon the reply was heard with (a scenario's own, `Lexicon.classes`); the default
    lexicon's when None. `price_asked`: an earlier line of the prospect's asked for a price (tagged `price`),
    so a discount now answers a request they made, though not the line just said."""
    if not signals.chase and not tags and "discount" not in signals.gives:
        return []  # the common case: nothing in the words, no context to read
    words = [kind for kind in signals.chase
             if not (signals.permission and kind in PERMISSION_LOOKALIKES)]
    context: list[Chase] = []
    discounting = "discount" in signals.gives or "free_extra" in words
    price_words = ("give:discount", "chase:free_extra")
    # A price they asked for earlier, now traded for their commitment after a stall (not a no): "If you can commit
    # all 300 for three years, I can bring it to 16" answers Ingrid's opening ask with a trade, whatever her last
    # line put off: she said price was the problem, and the rep asked something back. A give, below (play17).
    traded_as_asked = price_asked and "no" not in tags and bool(
        signals.gets or traded_on_condition(signals, classes))
    if discounting and "price" in tags:
        # Their own line asks for a price or a better one ("price first, per vehicle per month"): a number given
        # in answer was asked for, whatever else the line does. Nothing asked back still costs reciprocity.
        words = [kind for kind in words if kind != "free_extra"]
    elif discounting and tags & STALLS and not traded_as_asked:
        # One concession, one chase: the stall is what makes it chasing, so it replaces free_extra.
        words = [kind for kind in words if kind != "free_extra"]
        said = "said no" if "no" in tags else "stalled"
        unasked = "" if price_asked else ", without being asked"
        context.append(Chase("discount_after_stall", CONTEXT_CHASE_PENALTY,
                             f"cut the price or threw in an extra when the prospect {said}{unasked}",
                             price_words))
    elif discounting and (signals.gets or tags & ASKS or price_asked or traded_on_condition(signals, classes)):
        # Traded for a commitment, answering their own question, or a price they asked for earlier in the call
        # (Ingrid's "what's your best discount?" at the opening): a give, not a chase.
        words = [kind for kind in words if kind != "free_extra"]
    elif "discount" in signals.gives and "free_extra" not in words:
        context.append(Chase("unasked_discount", CHASE_PENALTY,
                             "offered a discount nobody asked for, with nothing asked back",
                             ("give:discount",)))
    # Running the errand while inviting a no hands the prospect their 10%, so it is not chasing. Nor is a reply
    # whose discount is made the price of their commitment ("20% off if you sign before Friday"): reciprocity books
    # it traded, so the debrief must not also say it asked nothing back (play18).
    if "errand" in tags and signals.gives and not signals.gets and not signals.permission \
            and not traded_on_condition(signals, classes):
        # Said as it happened: the give, named, whether or not it was the errand they asked for. An extra that is the
        # reply's only give is one concession, one chase, as after a stall: the errand replaces free_extra (play18).
        if set(signals.gives) <= {"favour"}:
            words = [kind for kind in words if kind != "free_extra"]
        if set(signals.gives) <= {"discount"}:  # likewise a discount that is the only give: not also unasked
            context = [chase for chase in context if chase.kind != "unasked_discount"]
        context.append(Chase("errand_without_get", CONTEXT_CHASE_PENALTY,
                             f"gave {listing(signals.gives)} with nothing asked back, after the prospect's errand",
                             ("give",)))
    if "no" in tags and not signals.permission and repitches(signals):
        context.append(Chase("repitch_after_no", CHASE_PENALTY,
                             "re-pitched after a no instead of asking what changed",
                             tuple(f"stage:{stage}" for stage in PITCH_STAGES)))
    found = [Chase(kind, CHASE_PENALTY, WORD_REASONS.get(kind, f"chased ({kind.replace('_', ' ')})"),
                   (f"chase:{kind}",)) for kind in words]
    return found + context


def listing(kinds: list[str]) -> str:
    """Kinds as a trainer says them: "deck, case study and pricing"."""
    words = [kind.replace("_", " ") for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def traded_on_condition(signals: Signals, classes: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether a discount is conceded only on a condition the prospect's side meets in its sentence ("I can sharpen
    the number if fleet meets us on the volume", "5% off provided you commit to three years"): a trade, not a give
    for nothing, though the condition names no commitment the coach counts as a get. The same test
    (`on_their_commitment`) turns an extra made the price of the order into a favour. `classes`: as for `find_chases`,
    so a scenario's own `on_their_commitment` words count here as they do for extras."""
    return _given_on_their_commitment(signals, "discount", classes)


def favour_on_condition(signals: Signals, classes: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether an extra is thrown in only on a condition the prospect's side meets in its sentence ("if you order the
    full floor, we'll embroider your logo at no extra cost", "if we throw in the install, could your team place the
    order by Friday?"): the same test (`on_their_commitment`) that trades a discount, so a favour made the price of
    their order is traded for it, in the reciprocity score as in the chasing judgment. Beside begging or insisting the
    extra stays one more lever of the chase (`chase:free_extra` is still heard), and is no trade."""
    return "free_extra" not in signals.chase and _given_on_their_commitment(signals, "favour", classes)


def _given_on_their_commitment(signals: Signals, kind: str, classes: Mapping[str, tuple[str, ...]] | None) -> bool:
    """Whether a give of this kind is made only on a condition the prospect's side meets in its sentence."""
    return kind in signals.gives and any(on_their_commitment(signals.text, match.span, classes)
                                         for match in signals.matches if match.label == f"give:{kind}")


def repitches(signals: Signals) -> bool:
    """Painting the future or pressing to act is pitching; proof is pitching unless it comes with a question."""
    stages = set(signals.stages)
    return bool(stages & {"hope", "urgency"}) or ("trust" in stages and not signals.question)


def concedes_effort(signals: Signals) -> bool:
    """A pitch with no question is effort the rep spends that the prospect does not match; inviting a no
    (Trust by permission) hands the next step to the prospect, so it is not one."""
    return bool(set(PITCH_STAGES) & set(signals.stages)) and not signals.question and not signals.permission
