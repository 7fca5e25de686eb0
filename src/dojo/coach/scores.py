"""Scoring: every change to a score is an event with a reason, the quoted words and a tip.

Each dimension keeps a running score, moved by one event at a time and held
within 0–100 at every step; an event records the change it really made. So a
score is always its base plus the sum of its events' deltas, and a stage
earned after a setback shows its full gain. The rules and weights are
explained in docs/coaching.md; the numbers live in `dojo.coach.weights`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from dojo.coach.chasing import Chase, concedes_effort, favour_on_condition, find_chases, listing, traded_on_condition
from dojo.coach.lexicon import Lexicon, default_lexicon
from dojo.coach.sentences import closing_marks, sentence_around
from dojo.coach.signals import Signals, built_model, says_little
from dojo.coach.tips import Tips, default_tips
from dojo.coach.weights import (
    ASK_CREDIT,
    BASE,
    CLOSE_ASKED_PENALTY,
    CLOSE_UNEARNED_PENALTY,
    EFFORT_GAP,
    EFFORT_PENALTY,
    GIVE_PENALTY,
    GRADES,
    JUMP_PENALTY,
    LATE_GET_CREDIT,
    PREREQUISITES,
    STAGE_CREDIT,
    TRADE_CREDIT,
)
from dojo.vocab import STAGES

Dimension = Literal["reciprocity", "pathway", "chasing"]
DIMENSIONS: tuple[Dimension, ...] = ("reciprocity", "pathway", "chasing")


def grade(overall: int) -> str:
    """The letter grade for an overall score, as the debrief shows it."""
    return next(letter for floor, letter in GRADES if overall >= floor)


def _clamp(value: int) -> int:
    return max(0, min(100, value))


class Scores(BaseModel):
    model_config = ConfigDict(frozen=True)
    reciprocity: int
    pathway: int
    chasing: int
    overall: int


#: The scores before the first reply: the one home of the starting point every screen and export shows.
START_SCORES = Scores(**BASE, overall=round(sum(BASE.values()) / len(BASE)))


class ScoreEvent(BaseModel):
    model_config = ConfigDict(frozen=True)
    turn: int
    dimension: Dimension
    code: str
    #: The label behind `code`, when there is one: `give:deck`, `stage:urgency`, `chase:check_in`.
    label: str | None = None
    delta: int
    #: The dimension's score after this event.
    score: int
    reason: str
    quote: str
    tip: str


@dataclass
class OpenGive:
    kind: str
    turn: int
    quote: str


#: The gives that make one price move, traded together when their condition is a commitment of the prospect's side: a
#: discount and the price it comes off.
PRICE_MOVE = ("discount", "pricing")

#: The stages that present the solution: not owed to a prospect the rep rightly walks away from.
NOT_OWED_ON_WALKING_AWAY = ("trust", "hope", "urgency")

#: Why Rapport is earned by a no invited at the opening (docs/coaching.md, "Inviting a no earns Trust").
INVITED_RAPPORT = "inviting a no at the opening, which makes the call safe to refuse (its Trust waits for discovery)"

STAGE_REASONS = {
    "rapport": "connecting with the person",
    "empathy": "opening discovery into their situation",
    "trust": "offering proof or honesty they can check",
    "hope": "picturing where they will be, tied to their goals",
    "urgency": "giving a real reason to act now",
}


@dataclass
class Coach:
    """The running ledger of one conversation; `score()` is called once per reply."""

    lexicon: Lexicon = field(default_factory=default_lexicon)
    tips: Tips = field(default_factory=default_tips)
    #: Each dimension's running score, always within 0–100.
    values: dict[str, int] = field(default_factory=lambda: dict(BASE))
    open_gives: list[OpenGive] = field(default_factory=list)
    unpaired_gives: int = 0
    gets: int = 0
    #: Whether the rep has given anything so far, repaid or not: a get asked after a repaid give is not asked
    #: "before giving anything".
    gave: bool = False
    #: Stages earned, in the order they were earned.
    earned: list[str] = field(default_factory=list)
    #: Stages reached for before their prerequisites, in order, each once.
    jumped: list[str] = field(default_factory=list)
    #: Stages the last reply reached for before their prerequisites, penalised or not:
    #: the prospect reacts to every push, though the score counts the mistake once.
    reached_early: list[str] = field(default_factory=list)
    concessions: int = 0
    commitments: int = 0
    #: Whether a prospect line so far asked for a price (tagged `price`): a discount after it was asked for.
    price_asked: bool = False
    turn: int = 0
    #: One-off mistakes already explained (asking for the sale), so a repeat costs nothing new.
    _explained: set[str] = field(default_factory=set)
    _events: list[ScoreEvent] = field(default_factory=list)

    # ---- what the TUI and the engine read
    def scores(self) -> Scores:
        overall = round(sum(self.values[dim] for dim in DIMENSIONS) / len(DIMENSIONS))
        return Scores(**{dim: self.values[dim] for dim in DIMENSIONS}, overall=overall)

    def highest_stage(self) -> int:
        """Index in STAGES of the furthest stage reached in unbroken order from Rapport, -1 for none."""
        reached = -1
        for index, stage in enumerate(STAGES):
            if stage not in self.earned:
                break
            reached = index
        return reached

    def next_stage(self) -> str | None:
        """The first stage, in pathway order, not yet earned; None when all five are."""
        return next((stage for stage in STAGES if stage not in self.earned), None)

    def missing_for(self, stage: str) -> list[str]:
        """What `stage` still needs earned first; empty when reaching for it now is no jump."""
        return [needed for needed in PREREQUISITES[stage] if needed not in self.earned]

    def ledger(self, now: int | None = None) -> list[tuple[str, int]]:
        """Open gives as (kind, turns old)."""
        now = self.turn if now is None else now
        return [(give.kind, now - give.turn) for give in self.open_gives]

    # ---- scoring
    def score(self, turn: int, signals: Signals, prospect_tags: tuple[str, ...] = ()) -> list[ScoreEvent]:
        """Score one reply; `prospect_tags` are the tags of the prospect line it answers."""
        self.turn = turn
        self._events = []
        self.reached_early = []
        signals = scored_signals(signals, self.lexicon.unscored)
        chases = find_chases(signals, frozenset(prospect_tags), self.lexicon.classes, self.price_asked)
        self.price_asked = self.price_asked or "price" in prospect_tags
        self._reciprocity(turn, signals)
        self._pathway(turn, signals, chases)
        self._chasing(turn, signals, chases)
        return self._events

    def _emit(self, turn: int, dimension: Dimension, code: str, delta: int, reason: str,
              quote: str, kind: str | None = None) -> None:
        before = self.values[dimension]
        after = _clamp(before + delta)
        if after != before + delta:
            reason += f" ({dimension} was already at {before})"
        self.values[dimension] = after
        tip = self.tips.tip(code, kind)
        # Every value is already of its field's type, so the event is built as validation would build it.
        self._events.append(built_model(ScoreEvent, {
            "turn": turn, "dimension": dimension, "code": code, "label": _label(dimension, code, kind),
            "delta": after - before, "score": after, "reason": reason, "quote": quote, "tip": tip}))

    def _reciprocity(self, turn: int, signals: Signals) -> None:
        gives, gets = list(signals.gives), signals.gets
        if not gives and not gets and "free_extra" not in signals.chase:
            return  # the common reply: nothing given, nothing asked
        give_quote = signals.quote("give") if gives else ""
        if not gives and "free_extra" in signals.chase:
            # An extra thrown in is a give, whether or not the words named what it was.
            gives, give_quote = ["favour"], signals.quote("chase:free_extra")
        self.gets += len(gets)
        self.concessions += len(gives)
        self.commitments += len(gets)
        gave_before, self.gave = self.gave, self.gave or bool(gives)
        if gives and gets:
            self._emit(turn, "reciprocity", "traded", TRADE_CREDIT,
                       f"traded {listing(gives)} for {listing(gets)} in the same reply",
                       signals.quote("give" if signals.gives else "chase:free_extra", "get"))
            return
        waiting = ((PRICE_MOVE if traded_on_condition(signals, self.lexicon.classes) else ())
                   + (("favour",) if favour_on_condition(signals, self.lexicon.classes) else ()))
        if waiting:
            # Only the concession waits on their condition: a demo offered beside it ("I can do a demo tomorrow, and if
            # you sign this month I'll knock 10% off") is handed over whatever they do (play19). The price the discount
            # comes off ("list is 19, commit to three years and I can bring it to 16") is one offer with it (play17). An
            # extra made the price of their order ("if we throw in the install, could your team place the order by
            # Friday?") is traded the same way (gives36), as the chasing judgment already held.
            traded = [kind for kind in gives if kind in waiting]
            self._emit(turn, "reciprocity", "traded", TRADE_CREDIT,
                       f"traded {listing(traded)} for a commitment made its condition in the same reply",
                       signals.quote(*(f"give:{kind}" for kind in traded)))
            gives = [kind for kind in gives if kind not in waiting]
            if not gives:
                return
            give_quote = signals.quote(*(f"give:{kind}" for kind in gives))
        unspent = list(gets)
        while unspent and self.open_gives:
            give = self.open_gives.pop(0)
            get = unspent.pop(0)
            age = turn - give.turn
            credit = max(1, LATE_GET_CREDIT >> age)
            # The gets left over once every open give is repaid earn nothing more: the last repayment says so, and
            # quotes them, so the ledger's count of gets never outruns what the panel explains.
            extra = unspent if not self.open_gives else []
            also = (f"; {listing(extra)} asked too, with nothing left to repay, earn{'s' if len(extra) == 1 else ''} "
                    f"nothing more" if extra else "")
            self._emit(turn, "reciprocity", "late_get", credit,
                       f"asked for {_kind(get)} {age} turn{'s' if age != 1 else ''} after giving "
                       f"{_kind(give.kind)}: late gets earn less{also}",
                       signals.quote(f"get:{get}", *(f"get:{kind}" for kind in extra)))
        if unspent and len(unspent) == len(gets):
            self._emit(turn, "reciprocity", "asked", ASK_CREDIT,
                       f"asked for {listing(unspent)} "
                       f"{'with nothing owed: every give so far is repaid' if gave_before else 'before giving anything'}",
                       signals.quote("get"))
        if gives:
            for kind in gives:
                self.open_gives.append(OpenGive(kind, turn, signals.quote(f"give:{kind}") or give_quote))
            self.unpaired_gives += len(gives)
            self._emit(turn, "reciprocity", "gave_without_get", -GIVE_PENALTY * len(gives),
                       f"gave {listing(gives)} without asking for anything in return",
                       give_quote, kind=gives[0])

    def _pathway(self, turn: int, signals: Signals, chases: list[Chase]) -> None:
        # Stages are taken in pathway order, so one reply can earn Rapport and Empathy,
        # or Trust and then Urgency, together.
        # Each stage's quote is worked out only when an event needs it.
        quotes: dict[str, str | None] = dict.fromkeys(signals.stages)
        first_event = len(self._events)
        invited = False  # Rapport earned by inviting a no at the opening
        if "empathy" in quotes and "rapport" not in quotes and "rapport" not in self.earned:
            acknowledged = acknowledgement(signals)
            if acknowledged:  # discovery that acknowledges the person connects with them too
                quotes["rapport"] = acknowledged
        if ("trust" in quotes and "rapport" not in quotes and "rapport" not in self.earned and not chases
                and self.missing_for("trust") and _only_permission(signals)):
            # Inviting a no at the opening is connection (it makes the call safe), so it earns Rapport there;
            # its Trust waits for discovery, below.
            quotes["rapport"] = signals.quote("permission")
            invited = True
        for stage in STAGES:
            if stage not in quotes or stage in self.earned:
                continue  # going back to an earned stage is fine, and earns nothing new
            if stage == "rapport" and chases:
                # A discount or a plea buys attention, not connection: Rapport is withheld, and said so.
                self._withhold_rapport(turn, signals, quotes[stage], chases)
                continue
            missing = self.missing_for(stage)
            if missing and stage == "trust" and _only_permission(signals):
                # Inviting a no before discovery is not pitching: no jump, and Trust waits, said so (by the Rapport
                # it earned at the opening, else by an event of its own).
                if invited:
                    continue
                self._emit(turn, "pathway", "withheld", 0,
                           f"no Trust yet for inviting a no: before {_stages(missing)} "
                           f"{'is' if len(missing) == 1 else 'are'} earned it is no jump and costs nothing, but "
                           f"candour earns Trust only after discovery",
                           signals.quote("permission") or signals.quote("stage:trust"), kind="trust")
                continue
            quote = quotes[stage]
            if quote is None:
                quote = signals.quote(f"stage:{stage}", telling=True)
            if not missing:
                self.earned.append(stage)
                how = INVITED_RAPPORT if stage == "rapport" and invited else STAGE_REASONS[stage]
                self._emit(turn, "pathway", "stage_earned", STAGE_CREDIT,
                           f"earned {stage.title()} by {how}", quote, kind=stage)
                continue
            self.reached_early.append(stage)
            if stage not in self.jumped:
                self.jumped.append(stage)
                self._emit(turn, "pathway", "jumped", -JUMP_PENALTY,
                           f"jumped to {stage.title()} before earning {_stages(missing)}: "
                           f"{_jump_name(stage, missing)}", quote, kind=stage)
        self._tip_the_way_on(first_event)
        if signals.close_ask:
            missing = [stage for stage in STAGES if stage not in self.earned]
            code = "close_unearned" if missing else "close_asked"
            if code in self._explained:
                return
            self._explained.add(code)
            if missing:
                self._emit(turn, "pathway", code, -CLOSE_UNEARNED_PENALTY,
                           f"asked for the sale without earning {_stages(missing)}",
                           signals.quote("close_ask"))
            else:
                self._emit(turn, "pathway", code, -CLOSE_ASKED_PENALTY,
                           "asked outright for the sale when an assumptive next step would do",
                           signals.quote("close_ask"))

    def _withhold_rapport(self, turn: int, signals: Signals, warm: str | None, chases: list[Chase]) -> None:
        """Warm words in a reply that chases earn no Rapport (a discount or a plea buys attention, not connection):
        a `withheld` event of no points says so, quoting the warm words and the chasing ones, so a point held back is
        never held back in silence."""
        warm = warm if warm is not None else signals.quote("stage:rapport", telling=True)
        chased = signals.quote(*(label for chase in chases for label in chase.quote_labels))
        quote = warm if not chased or chased in warm else chased if warm in chased else f"{warm} … {chased}"
        what = listing([chase.reason for chase in chases])
        self._emit(turn, "pathway", "withheld", 0,
                   f"no Rapport for the warm words, because the same reply {what}: a reply that chases "
                   f"buys attention, not connection", quote, kind="rapport")

    def walked_away(self, turn: int, quote: str) -> list[ScoreEvent]:
        """The rep walked away from a prospect who will not buy (a scenario's `walk_away` ending): the pitch stages
        not earned (Trust, Hope, Urgency) are not owed, since presenting the solution to a non-buyer is chasing.
        They are credited as if earned, in one event; Rapport and Empathy stay as the rep left them. `quote`: the
        reply's walk-away words (`walk_away_words`), else the reply."""
        self.turn = turn
        self._events = []
        owed = [stage for stage in NOT_OWED_ON_WALKING_AWAY if stage not in self.earned]
        if owed:
            verb = "was" if len(owed) == 1 else "were"
            self._emit(turn, "pathway", "walked_away", STAGE_CREDIT * len(owed),
                       f"walked away from a prospect who will not buy: {_stages(owed)} {verb} not owed "
                       f"(presenting the solution to a non-buyer is chasing)", _excerpt(quote))
        return self._events

    def _tip_the_way_on(self, first_event: int) -> None:
        """Each `stage_earned.<stage>` tip says what comes after that stage; this reply's stages are
        tipped from where the reply left the pathway, not from each stage alone. Rapport earned with
        Empathy in one breath (or after discovery started) must not say "now open discovery": the
        last stage earned carries the tip for the stage the pathway waits on, earlier ones the plain one."""
        earned = [index for index in range(first_event, len(self._events))
                  if self._events[index].code == "stage_earned"]
        if not earned:
            return
        waiting = self.next_stage()
        if waiting == STAGES[0]:
            return  # Rapport still to come: each stage's own tip looks ahead from it
        behind = STAGES[STAGES.index(waiting) - 1] if waiting else STAGES[-1]
        tips = [self.tips.tip("stage_earned")] * (len(earned) - 1) + [self.tips.tip("stage_earned", behind)]
        for index, tip in zip(earned, tips, strict=True):
            self._events[index] = self._events[index].model_copy(update={"tip": tip})

    def _chasing(self, turn: int, signals: Signals, chases: list[Chase]) -> None:
        for chase in chases:
            self._emit(turn, "chasing", "chase", -chase.penalty, chase.reason,
                       signals.quote(*chase.quote_labels), kind=chase.kind)
        pitched = concedes_effort(signals)
        if pitched:
            self.concessions += 1
        conceding = bool(signals.gives) or pitched or bool(chases)
        gap = self.concessions - self.commitments
        if gap >= EFFORT_GAP and conceding and not signals.gets and not signals.permission:
            self._emit(turn, "chasing", "effort_imbalance", -EFFORT_PENALTY,
                       f"effort balance: you have conceded {self.concessions} times "
                       f"to their {self.commitments} commitments",
                       _excerpt(signals.text))


def walk_away_words(signals: Signals) -> str:
    """What a `walked_away` event quotes: the reply's walk-away words ("i'll leave you to it - ping me if u ever get
    budget"), not the thanks before them; the whole reply when a scenario's own rule heard the walk-away."""
    return signals.quote("walk_away") or signals.text


# A sentence that asks or requests ("Tell me about…", "Can I ask…") is discovery,
# not acknowledgement, even without a question mark.
# A chat's greeting, "and", "so" or "ok" may open the request, and its question words may lose their apostrophe:
# "and who covers when they dont show up", "hey ingrid, whats the fleet like these days" ask (play16).
_REQUEST = re.compile(r"(?:(?:hi|hey|hiya|hello|morning|afternoon|evening)\W+(?:[a-z]+\W+)?)?"
                      r"(?:(?:and|so|but|ok|okay|right|also|yeah|oh|um|uh|erm|well)\W+){0,2}"
                      r"(?:(?:tell|walk|talk|take|show|help|give) me|i'?d (?:love|like) to|i'?m curious|let'?s"
                      r"|can|could|would|will|do|does|is|are|what|how|why|who|when|where|which"
                      r"|whats|hows|whos|wheres|whens)\b", re.IGNORECASE)


def scored_signals(signals: Signals, unscored: frozenset[str]) -> Signals:
    """`signals` without what only the rules marked `scored = false` heard (words that only steer a scenario's
    persona), and without what the words of a walk-away (the `walk_away` flag) would otherwise earn: a walk-away asks
    nothing of the prospect and earns nothing but the walk-away."""
    if not signals.walk_away and (
            not unscored or not any(match.rule.partition(":")[0] in unscored for match in signals.matches)):
        return signals
    # Words of a walk-away are its own: "let's leave it there, no hard feelings" takes leave, it does not invite a no,
    # so the invitation (and the Trust or opening Rapport it would earn) heard in the same sentence goes with it (play17).
    # A scenario's older walk-away rule, heard as `get:next_steps` with `scored = false`, is read the same way.
    leaving = [_sentence(signals.text, match.span) for match in signals.matches
               if match.label == "walk_away"
               or (match.rule.partition(":")[0] in unscored and match.label == "get:next_steps")]
    kept = [match for match in signals.matches if match.rule.partition(":")[0] not in unscored
            and not (match.label in _LEAVING_WORDS_EARN and _sentence(signals.text, match.span) in leaving
                     and not _THEIR_ANSWER.search(signals.text[match.span[0]:match.span[1]]))]
    dropped = {match.label for match in signals.matches} - {match.label for match in kept}
    return signals.model_copy(update={
        "matches": kept,
        "permission": signals.permission and "permission" not in dropped,
        **{name: [kind for kind in getattr(signals, name) if f"{category}:{kind}" not in dropped]
           for name, category in (("gives", "give"), ("gets", "get"), ("stages", "stage"), ("chase", "chase"))},
    })


#: What the words of a walk-away would otherwise earn: inviting a no, and the Trust heard from it.
_LEAVING_WORDS_EARN = frozenset({"permission", "stage:trust"})


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding `span`'s start, its closing marks left out."""
    start, _ = sentence_around(text, span[0])
    closing = closing_marks(text, span[0])
    return start, closing[0] if closing else len(text)


#: An invitation that names their answer ("if it's a no, no hard feelings", "just say so") still invites it beside
#: a walk-away; the goodbye's own "no hard feelings" does not.
_THEIR_ANSWER = re.compile(r"\b(?:if|say|tell|let me know|either|answer|a no)\b", re.IGNORECASE)


def acknowledgement(signals: Signals) -> str:
    """The words of the first Empathy heard in a statement that is not a request (a reflection such as
    "sounds like you're run off your feet"), or empty when the reply only asks."""
    text = signals.text
    for match in signals.matches:
        if match.label != "stage:empathy":
            continue
        start, end = match.span
        opening, _ = sentence_around(text, start)
        closing = closing_marks(text, max(start, end - 1))
        sentence = text[opening:closing[0] if closing else len(text)].strip()
        asks = closing is not None and text[closing[0]] == "?"
        if sentence and not asks and not _REQUEST.match(sentence):
            # A cue too short to say anything on its own ("Sounds like") is quoted by the statement it opens.
            return sentence if says_little(match.text) else match.text
    return ""


def _only_permission(signals: Signals) -> bool:
    """Whether every Trust heard in the reply is the rep inviting a no.

    Trust heard on the very words that invite the no (a scenario's own rule for candour, say) is that invitation,
    not proof handed over, so it is judged the same way; so is any Trust in a reply that invites a no and hands
    nothing over ("a no is fine with me, I'd rather know straight"), since candour with no proof attached is not
    pitching.
    """
    invited = [match.span for match in signals.matches if match.label == "permission"]
    if invited and not signals.gives:
        return True
    return all(any(start < match.span[1] and match.span[0] < end for start, end in invited)
               for match in signals.matches if match.label == "stage:trust")


def _jump_name(stage: str, missing: list[str]) -> str:
    if "empathy" in missing and stage != "urgency":
        return "pitching before discovery"
    if "empathy" in missing:
        return "pressure before discovery and proof"
    return "pressure before proof"


_CATEGORY = {"reciprocity": "give", "pathway": "stage", "chasing": "chase"}


def _label(dimension: str, code: str, kind: str | None) -> str | None:
    return None if kind is None else f"{_CATEGORY[dimension]}:{kind}"


def _kind(kind: str) -> str:
    return kind.replace("_", " ")


def _stages(stages: list[str]) -> str:
    return listing([stage.title() for stage in stages])


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
