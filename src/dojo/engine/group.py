"""Group role-play: several reps, one prospect, a facilitator (relay, round and hot seat).

A `GroupSession` wraps one `Session`. The team's conversation is the session's;
each player also keeps a ledger of their own, scored over the replies (relay,
hot seat) or drafts (round) they wrote, so everyone's progress is theirs. In a
round, drafts are scored against a copy of the team's coach, so nothing a draft
says reaches the real conversation until the facilitator picks it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import get_args

from dojo.coach import Coach, Lexicon, ScoreEvent, Scores, Signals, classify
from dojo.coach.errands import with_errand_agreed
from dojo.coach.scores import walk_away_words
from dojo.engine.events import (
    AnswerPicked,
    DraftScored,
    Event,
    GroupFormed,
    GroupMode,
    NotePinned,
    PlayerScored,
    PlayerSkipped,
    ScoreOverridden,
    SignalsHeard,
)
from dojo.engine.session import ReplyError, Session, SessionOver, check_reply

MODES: tuple[str, ...] = get_args(GroupMode)
MAX_PLAYERS = 12
#: The prospect's line a reply answers, and its tags.
Answering = tuple[str, tuple[str, ...]]
MAX_NAME_CHARS = 40
MAX_NOTE_CHARS = 300
#: Words the headless script reserves for the facilitator; no player may be called this.
RESERVED_NAMES = frozenset({"pick", "note", "skip", "override"})
OVERRIDABLE = ("reciprocity", "pathway", "chasing", "overall")


class GroupError(ValueError):
    """A group action that cannot be taken now; the message says what to do instead."""


def parse_players(text: str) -> list[str]:
    """`"Ana, Ben,Cy"` → `["Ana", "Ben", "Cy"]`, or a GroupError saying what is wrong."""
    names = [name.strip() for name in text.split(",")]
    names = [name for name in names if name]
    if not names:
        raise GroupError("name at least one player, e.g. --players \"Ana,Ben\"")
    if len(names) > MAX_PLAYERS:
        raise GroupError(f"{len(names)} players is too many for one screen; at most {MAX_PLAYERS}")
    seen: set[str] = set()
    for name in names:
        if len(name) > MAX_NAME_CHARS:
            raise GroupError(f"the name {name[:20]!r}… is too long; keep names under {MAX_NAME_CHARS} characters")
        if not name.isprintable():
            raise GroupError(f"the name {name!r} has control characters; use plain text")
        if name.casefold() in RESERVED_NAMES:
            raise GroupError(f"{name!r} is a facilitator keyword; pick another name for that player")
        if name.casefold() in seen:
            raise GroupError(f"{name!r} is named twice; give every player a different name")
        seen.add(name.casefold())
    return names


@dataclass
class Draft:
    player: str
    text: str
    event: DraftScored


@dataclass
class PlayerLedger:
    """One player's own coach, plus what they did in this session."""

    coach: Coach
    replies: int = 0
    drafts: int = 0
    picked: int = 0
    skipped: int = 0
    history: list[Scores] = field(default_factory=list)


def fork(coach: Coach) -> Coach:
    """A copy of the coach's ledger that can be scored without touching the original.

    The compiled lexicon is shared, not copied: it never changes and is the costly part.
    """
    return copy.deepcopy(coach, memo={id(coach.lexicon): coach.lexicon})


class GroupSession:
    """A team conversation. Every method that changes it returns the events it added."""

    def __init__(self, session: Session, players: list[str], mode: str = "relay") -> None:
        if mode not in MODES:
            raise GroupError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        if not players:
            raise GroupError("a group needs at least one player")
        self.session = session
        self.players = list(players)
        self.mode = mode
        self.ledgers = {name: PlayerLedger(fork(Coach(session.lexicon))) for name in self.players}
        self.drafts: list[Draft] = []
        self._seat = 0  # whose turn in the rotation (relay), who is in the seat (hot seat)
        self._skipped_this_round: set[str] = set()
        self._record([GroupFormed(turn=0, mode=mode, players=self.players)])

    # ---- reading
    @property
    def events(self) -> list[Event]:
        return self.session.events

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def scenario(self):
        return self.session.scenario

    @property
    def seed(self) -> int:
        return self.session.seed

    @property
    def player(self) -> str | None:
        return None

    @property
    def turn(self) -> int:
        """The turn the next reply (or the drafts now being written) will be."""
        return self.session.turn + 1

    def whose_turn(self) -> str | None:
        """Who types next; None when the round's drafts are waiting for a pick, or it is over."""
        if self.finished:
            return None
        if self.mode == "round":
            waiting = self.waiting_drafters()
            return waiting[0] if waiting else None
        return self.players[self._seat]

    def waiting_drafters(self) -> list[str]:
        done = {draft.player for draft in self.drafts} | self._skipped_this_round
        return [name for name in self.players if name not in done]

    @property
    def revealing(self) -> bool:
        """Round mode: every draft is in and the facilitator has to pick."""
        return self.mode == "round" and not self.finished and bool(self.drafts) and not self.waiting_drafters()

    def best_draft(self) -> Draft | None:
        """The draft with the best overall score; the first written wins a tie."""
        if not self.drafts:
            return None
        return max(self.drafts, key=lambda d: (d.event.scores.overall, -self.drafts.index(d)))

    def player_scores(self) -> dict[str, Scores]:
        return {name: ledger.coach.scores() for name, ledger in self.ledgers.items()}

    # ---- playing
    def reply(self, text: str, player: str | None = None) -> list[Event]:
        """Relay and hot seat: the player whose turn it is answers the prospect."""
        if self.mode == "round":
            raise GroupError("in a round every player drafts first; the facilitator then picks an answer")
        self._check_open()
        name = self._who(player)
        expected = self.whose_turn()
        if name != expected:
            raise GroupError(f"it is {expected}'s turn, not {name}'s; skip {expected} to pass the turn")
        return self._answer(name, text, rotate=self.mode == "relay")

    def draft(self, text: str, player: str | None = None) -> list[Event]:
        """Round: one player's draft, scored as if the prospect heard it, without advancing."""
        if self.mode != "round":
            raise GroupError(f"drafts are for round mode; in {self.mode} mode the player replies")
        self._check_open()
        name = self._who(player)
        if name not in self.waiting_drafters():
            state = "was skipped" if name in self._skipped_this_round else "has already drafted"
            raise GroupError(f"{name} {state} this round; the facilitator picks an answer next")
        text = check_reply(text)
        session = self.session
        turn = self.turn
        trial = fork(session.coach)
        answering = self._answering()
        signals = self._heard(text, trial.lexicon, answering)
        scored = trial.score(turn, signals, answering[1])
        drafted = DraftScored(turn=turn, player=name, text=text, signals=signals, events=scored,
                              scores=trial.scores())
        self.drafts.append(Draft(name, text, drafted))
        ledger = self.ledgers[name]
        ledger.drafts += 1
        return self._record([drafted, self._score_player(name, text)])

    def pick(self, player: str | None = None) -> list[Event]:
        """Round: the prospect hears `player`'s draft (default: the best scored); the call goes on."""
        if self.mode != "round":
            raise GroupError(f"picking an answer is for round mode, not {self.mode}")
        self._check_open()
        if not self.drafts:
            raise GroupError("nobody has drafted an answer yet; a round needs at least one draft")
        if player is None:
            chosen, chosen_by = self.best_draft(), "best"
        else:
            name = self._who(player)
            chosen = next((d for d in self.drafts if d.player == name), None)
            if chosen is None:
                raise GroupError(f"{name} has no draft this round; pick one of "
                                 f"{', '.join(d.player for d in self.drafts)}")
            chosen_by = "facilitator"
        assert chosen is not None
        # Whoever never drafted this round is recorded as skipped, so the round is complete.
        missing = [PlayerSkipped(turn=self.turn, player=name) for name in self.waiting_drafters()]
        for skipped in missing:
            self.ledgers[skipped.player].skipped += 1
        picked = AnswerPicked(turn=self.turn, player=chosen.player, chosen_by=chosen_by)
        self.ledgers[chosen.player].picked += 1
        added = self._record([*missing, picked])
        added += self.session.reply(chosen.text, player=chosen.player)
        ledger = self.ledgers[chosen.player]
        heard = next((event.signals for event in reversed(added) if isinstance(event, SignalsHeard)), None)
        walked = self._walked_away(ledger, self.session.turn, walk_away_words(heard) if heard else chosen.text)
        if walked:  # the draft was scored before the prospect heard it; the walk-away is credited once it ends the call
            scores = ledger.coach.scores()
            ledger.history.append(scores)
            added += self._record([PlayerScored(turn=self.session.turn, player=chosen.player, events=walked,
                                                scores=scores)])
        self.drafts = []
        self._skipped_this_round = set()
        return added

    def skip(self, player: str | None = None) -> list[Event]:
        """Pass the turn: the next player in the rotation (or the next seat) answers instead."""
        self._check_open()
        name = self._who(player) if player else self.whose_turn()
        if name is None:
            raise GroupError("nobody is waiting to answer; pick an answer for this round first")
        if self.mode == "round":
            if name not in self.waiting_drafters():
                raise GroupError(f"{name} is not waiting to draft this round")
            self._skipped_this_round.add(name)
            if not self.waiting_drafters() and not self.drafts:
                self._skipped_this_round.discard(name)
                raise GroupError("everyone would be skipped; at least one player must draft")
        else:
            if name != self.whose_turn():
                raise GroupError(f"it is {self.whose_turn()}'s turn; only the player on turn can be skipped")
            if len(self.players) == 1:
                raise GroupError("the only player cannot be skipped")
            self._seat = (self._seat + 1) % len(self.players)
        self.ledgers[name].skipped += 1
        return self._record([PlayerSkipped(turn=self.turn, player=name)])

    def end(self) -> list[Event]:
        self.drafts = []
        return self.session.end()

    # ---- the facilitator
    def note(self, text: str, turn: int | None = None, player: str | None = None) -> list[Event]:
        """Pin a note to a turn (default: the last one played), or to one player's answer in it."""
        cleaned = _one_line(text, "the note", "the note is empty; type what the team should remember")
        at = self.session.turn if turn is None else turn
        if not 0 <= at <= self.turn:
            raise GroupError(f"there is no turn {at}; notes go on turns 0 to {self.turn}")
        name = self._who(player) if player else None
        return self._record([NotePinned(turn=at, player=name, text=cleaned)])

    def override(self, player: str, dimension: str, value: int, reason: str,
                 turn: int | None = None) -> list[Event]:
        """The facilitator's score for a player, with a one-line reason; the coach's stays as it was."""
        name = self._who(player)
        if dimension not in OVERRIDABLE:
            raise GroupError(f"unknown score {dimension!r}; choose one of {', '.join(OVERRIDABLE)}")
        if not 0 <= value <= 100:
            raise GroupError(f"a score is 0 to 100, not {value}")
        cleaned = _one_line(reason, "the reason", "say in one line why the score should differ from the coach's")
        at = self.session.turn if turn is None else turn
        return self._record([ScoreOverridden(turn=at, player=name, dimension=dimension,
                                             value=value, reason=cleaned)])

    # ---- internals
    def _check_open(self) -> None:
        if self.finished:
            raise SessionOver("the conversation has ended; start a new group session to play again")

    def _who(self, player: str | None) -> str:
        if player is None:
            current = self.whose_turn()
            if current is None:
                raise GroupError("nobody is on turn; pick an answer for this round first")
            return current
        for name in self.players:
            if name.casefold() == player.strip().casefold():
                return name
        raise GroupError(f"{player!r} is not playing; the players are {', '.join(self.players)}")

    def _answering(self) -> Answering:
        # The prospect's last line and its tags shape how a reply is heard and chasing judged; the session keeps them.
        return self.session._answered_line, tuple(self.session._last_tags)

    @staticmethod
    def _heard(text: str, lexicon: Lexicon, answering: Answering) -> Signals:
        """A player's reply as the coach hears it in answer to the prospect's line (an errand agreed to gives)."""
        return with_errand_agreed(classify(text, lexicon), *answering, lexicon)

    def _answer(self, name: str, text: str, rotate: bool) -> list[Event]:
        text = check_reply(text)
        answering = self._answering()
        added = self.session.reply(text, player=name)
        self.ledgers[name].replies += 1
        added += self._record([self._score_player(name, text, answering)])
        if rotate:
            self._seat = (self._seat + 1) % len(self.players)
        return added

    def _score_player(self, name: str, text: str, answering: Answering | None = None) -> PlayerScored:
        ledger = self.ledgers[name]
        turn = self.session.turn if self.mode != "round" else self.turn
        answering = self._answering() if answering is None else answering
        signals = self._heard(text, ledger.coach.lexicon, answering)
        scored = ledger.coach.score(turn, signals, answering[1])
        if self.mode != "round":
            scored += self._walked_away(ledger, turn, walk_away_words(signals))
        scores = ledger.coach.scores()
        ledger.history.append(scores)
        return PlayerScored(turn=turn, player=name, events=scored, scores=scores)

    def _walked_away(self, ledger: PlayerLedger, turn: int, quote: str) -> list[ScoreEvent]:
        """The walk-away credit for the player whose reply ended the call in a `walk_away` win, as the team's
        coach gave it (`Coach.walked_away`); nothing otherwise."""
        ended = self.session.ended
        if ended is None or ended.turn != self.session.turn or ended.ending is None:
            return []
        if not self.session.scenario.endings[ended.ending].walk_away:
            return []
        return ledger.coach.walked_away(turn, quote)

    def _record(self, events: list[Event]) -> list[Event]:
        # The session's own list, so a recorder wrapping the session saves these too.
        return self.session._record(events)


__all__ = ["MODES", "Draft", "GroupError", "GroupSession", "ReplyError", "SessionOver", "fork", "parse_players"]


def _one_line(text: str, what: str, if_empty: str) -> str:
    """A facilitator's note or reason on one line, with its whitespace collapsed; empty or too long is an error."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise GroupError(if_empty)
    if len(cleaned) > MAX_NOTE_CHARS:
        raise GroupError(f"{what} is {len(cleaned)} characters; keep it under {MAX_NOTE_CHARS}")
    return cleaned
