"""The history index: an SQLite file (WAL) summarising every transcript in the data dir.

The transcript files are the truth; this index is a cache of them for fast
listing, trends and reports. `index(path)` adds one file after a session,
`sync()` picks up files the index has not seen (a crashed session, files
copied in), and `rebuild()` recreates it from the files. All three give the
same rows for the same files.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from dojo.coach import Scores
from dojo.engine.events import RepReplied, ScoreChanged
from dojo.paths import data_dir as default_data_dir
from dojo.paths import history_db, transcripts_dir
from dojo.text import from_edge
from dojo.transcript.store import Transcript, TranscriptError, list_transcripts, load_transcript

#: Bumped when the tables change; an index from another schema is rebuilt from the files.
INDEX_SCHEMA = 2
#: Where a damaged index is moved, beside the new one, for anyone who wants to look at it.
DAMAGED_SUFFIX = ".damaged"
#: SQLite integers are signed 64-bit; a seed past that is stored as its decimal text.
_MAX_INTEGER = 2**63 - 1
_T = TypeVar("_T")

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS transcripts (
    name TEXT PRIMARY KEY,          -- file name inside <data dir>/transcripts
    id TEXT NOT NULL,
    scenario TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    started TEXT NOT NULL,          -- ISO-8601 UTC
    result TEXT NOT NULL,           -- win | loss | neutral | unfinished
    ending TEXT,
    title TEXT NOT NULL,
    reciprocity INTEGER, pathway INTEGER, chasing INTEGER, overall INTEGER,
    turns INTEGER NOT NULL,         -- replies the rep sent
    ended INTEGER NOT NULL,         -- 1 once the session has a SessionEnded event
    truncated INTEGER NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS players (
    name TEXT NOT NULL REFERENCES transcripts(name) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    player TEXT NOT NULL,
    PRIMARY KEY (name, position)
);
CREATE TABLE IF NOT EXISTS coaching (
    name TEXT NOT NULL REFERENCES transcripts(name) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    turn INTEGER NOT NULL,
    player TEXT,
    dimension TEXT NOT NULL,
    code TEXT NOT NULL,
    delta INTEGER NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (name, seq)
);
CREATE INDEX IF NOT EXISTS transcripts_by_scenario ON transcripts (scenario, started);
CREATE INDEX IF NOT EXISTS players_by_player ON players (player COLLATE NOCASE);
"""

_DROP = """
DROP TABLE IF EXISTS coaching; DROP TABLE IF EXISTS players; DROP TABLE IF EXISTS transcripts;
"""

#: What counts as an attempt, everywhere a number of attempts or a score trend is shown: the rep
#: sent at least one reply and the session ended, by reaching an ending or by the rep ending it.
#: Restarts before the first reply, and sessions still in progress (or cut off), are not attempts.
ATTEMPT = "t.turns >= 1 AND t.ended = 1"


def player_matches(name: str | None, query: str | None) -> bool:
    """`alex` finds "Alex Newbie": each word of the query starts a word of the name, in order,
    ignoring case. An exact name always matches."""
    if name is None or query is None:
        return False
    words, wanted = name.casefold().split(), query.casefold().split()
    if not wanted:
        return False
    at = 0
    for part in wanted:
        while at < len(words) and not words[at].startswith(part):
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


#: What a coaching code means, in the words a report uses. Codes whose reason is a fixed
#: phrase per kind (chasing, pathway jumps) are grouped by that reason instead.
TOPICS = {
    "traded": "traded a give for a get in the same breath",
    "late_get": "asked for something back, but turns after giving",
    "asked": "asked for a commitment before giving anything",
    "gave_without_get": "gave something without asking for anything in return",
    "stage_earned": "earned a pathway stage in order",
    "close_unearned": "asked for the sale before earning it",
    "close_asked": "asked outright for the sale instead of proposing a next step",
    "walked_away": "walked away politely from a prospect who will not buy",
    "withheld": "warm words in a reply that chased: no Rapport",
    "effort_imbalance": "conceded far more than the prospect committed",
}


def topic(event: ScoreChanged) -> str:
    if event.code in TOPICS:
        return TOPICS[event.code]
    return event.reason or event.code


class HistoryError(Exception):
    """The index cannot be opened or written; the message says what to do."""


class _Damaged(Exception):
    """The index file is not one this dojo can read; it is only a cache, so it is set aside."""


def _db_error(path: Path, err: sqlite3.Error) -> HistoryError:
    """Say what a database error means for the user: busy, not writable, or damaged."""
    text = str(err).lower()
    if "locked" in text or "busy" in text:
        return HistoryError(f"the history index {path} is busy (another dojo is writing to it); try again")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        return HistoryError(f"cannot write the history index {path} ({err})")
    return HistoryError(f"the history index {path} is damaged ({err}); run `dojo history --rebuild`")


@dataclass(frozen=True)
class Attempt:
    """One saved session as the index knows it."""

    path: Path
    id: str
    scenario: str
    scenario_hash: str
    seed: int
    players: tuple[str, ...]
    started: str
    result: str
    ending: str | None
    title: str
    scores: Scores | None
    turns: int
    truncated: bool
    ended: bool = True

    @property
    def player(self) -> str:
        return ", ".join(self.players)

    @property
    def counted(self) -> bool:
        """Whether this session is an attempt (see ATTEMPT)."""
        return self.turns >= 1 and self.ended


@dataclass(frozen=True)
class ScenarioSummary:
    scenario: str
    attempts: int
    first: Scores | None
    best: Scores | None
    last: Scores | None
    last_result: str
    last_started: str

    @property
    def improvement(self) -> int | None:
        if self.first is None or self.best is None:
            return None
        return self.best.overall - self.first.overall


def _storable(value):
    """SQLite takes any text that is valid UTF-8 and integers that fit 64 bits; make every value so."""
    if isinstance(value, str):
        return from_edge(value)
    if isinstance(value, int) and not isinstance(value, bool) and not -_MAX_INTEGER - 1 <= value <= _MAX_INTEGER:
        return str(value)
    return value


def _rows_for(transcript: Transcript, name: str, size: int, mtime_ns: int):
    played = transcript.film()
    ended = played.ended
    scores = played.scores
    header = transcript.header
    row = {
        "name": name, "id": header["id"], "scenario": header["scenario"], "scenario_hash": header["scenario_hash"],
        "seed": header["seed"], "started": header["started"],
        "result": ended.result if ended else "unfinished",
        "ending": ended.ending if ended else None,
        "title": ended.title if ended else "Interrupted",
        "reciprocity": scores.reciprocity if scores else None,
        "pathway": scores.pathway if scores else None,
        "chasing": scores.chasing if scores else None,
        "overall": scores.overall if scores else None,
        "turns": sum(1 for turn in played.turns if turn.reply),
        "ended": int(ended is not None),
        "truncated": int(transcript.truncated), "size": size, "mtime_ns": mtime_ns,
    }
    players = [(name, position, player) for position, player in enumerate(transcript.players)]
    default = transcript.players[0] if transcript.players else None
    who: dict[int, str | None] = {}
    coaching: list[tuple] = []
    for event in transcript.events:
        if isinstance(event, RepReplied):
            who[event.turn] = event.player or default
        elif isinstance(event, ScoreChanged):
            coaching.append((name, len(coaching), event.turn, who.get(event.turn, default), event.dimension,
                             event.code, event.delta, topic(event)))
    return ({key: _storable(value) for key, value in row.items()},
            [tuple(_storable(value) for value in item) for item in players],
            [tuple(_storable(value) for value in item) for item in coaching])


def _scores(row) -> Scores | None:
    if row["overall"] is None:
        return None
    return Scores(reciprocity=row["reciprocity"], pathway=row["pathway"], chasing=row["chasing"],
                  overall=row["overall"])


class History:
    """The index for one data dir. Every call opens and closes its own connection."""

    def __init__(self, data_dir: Path | str | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path = history_db(self.data_dir)
        self.folder = transcripts_dir(self.data_dir)
        #: Set when a damaged index was set aside and rebuilt: one line to show the user.
        self.warning: str | None = None

    # ---- connections
    def _connect(self) -> sqlite3.Connection:
        try:
            return self._open()
        except _Damaged as why:
            self._set_aside(str(why))
        db = self._open_or_fail()
        try:
            self._sync_into(db)
        except BaseException:
            db.close()
            raise
        return db

    def _open_or_fail(self) -> sqlite3.Connection:
        try:
            return self._open()
        except _Damaged as why:
            raise HistoryError(f"the history index {self.path} cannot be recreated ({why})") from None

    def _open(self) -> sqlite3.Connection:
        if self.path.is_symlink():
            # Following it would read and write a file outside the data dir.
            raise HistoryError(f"the history index {self.path} is a symbolic link; dojo only uses an index "
                               f"inside its data dir: remove the link and run `dojo history --rebuild`")
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10)
        except (OSError, sqlite3.Error) as err:
            raise HistoryError(f"cannot open the history index {self.path} ({err})") from None
        try:
            db.row_factory = sqlite3.Row
            db.create_function("player_matches", 2, player_matches, deterministic=True)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.executescript(_TABLES)
            version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version is None:
                with db:
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(INDEX_SCHEMA),))
            elif not str(version["value"]).isdigit():
                db.close()
                raise _Damaged(f"its format {str(version['value'])[:20]!r} is not this dojo's ({INDEX_SCHEMA})")
            elif int(version["value"]) != INDEX_SCHEMA:
                # The index is only a cache of the transcript files: start it afresh.
                with db:
                    db.executescript(_DROP)
                db.executescript(_TABLES)
                with db:
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(INDEX_SCHEMA),))
        except sqlite3.Error as err:
            db.close()
            problem = _db_error(self.path, err)
            if "is damaged" in str(problem):
                raise _Damaged(str(err)) from None
            raise problem from None
        return db

    def _set_aside(self, why: str) -> None:
        aside = Path(f"{self.path}{DAMAGED_SUFFIX}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            pass  # another dojo set it aside first
        except OSError as err:
            raise HistoryError(f"the history index {self.path} is damaged ({why}) and cannot be moved aside "
                               f"({err.strerror}); delete it and run `dojo history --rebuild`") from None
        for suffix in ("-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink()
            except OSError:
                pass
        self.warning = (f"the history index {self.path} was damaged ({why}); it was moved to {aside.name} "
                        f"and rebuilt from the transcripts")

    def _recovering(self, read: Callable[[], _T]) -> _T:
        """Run `read`; if the index holds values this dojo never writes, set it aside, rebuild, read again."""
        try:
            return read()
        except _Damaged as why:
            self._set_aside(str(why))
        with closing(self._open_or_fail()) as db:
            self._sync_into(db)
        return read()

    def _query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with closing(self._connect()) as db:
            try:
                return db.execute(sql, params).fetchall()
            except sqlite3.Error as err:
                raise _db_error(self.path, err) from None

    # ---- writing
    def _name(self, path: Path) -> str | None:
        path = Path(path)
        try:
            if path.resolve().parent == self.folder.resolve():
                return path.name
        except OSError:
            pass
        return None

    def index(self, path: Path | str) -> bool:
        """Add or refresh one transcript file. Files outside the data dir are not indexed."""
        path = Path(path)
        name = self._name(path)
        if name is None:
            return False
        transcript = load_transcript(path)
        with closing(self._connect()) as db:
            self._store(db, transcript, name, path.stat())
        return True

    def _store(self, db: sqlite3.Connection, transcript: Transcript, name: str, stat) -> None:
        row, players, coaching = _rows_for(transcript, name, stat.st_size, stat.st_mtime_ns)
        try:
            with db:
                db.execute("DELETE FROM transcripts WHERE name = ?", (name,))
                db.execute(f"INSERT INTO transcripts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                           tuple(row.values()))
                db.executemany("INSERT INTO players VALUES (?, ?, ?)", players)
                db.executemany("INSERT INTO coaching VALUES (?, ?, ?, ?, ?, ?, ?, ?)", coaching)
        except sqlite3.Error as err:
            raise _db_error(self.path, err) from None

    def sync(self) -> list[str]:
        """Index files that are new or changed since last time; forget files that are gone.

        Returns one line per transcript that could not be read."""
        with closing(self._connect()) as db:
            return self._sync_into(db)

    def _sync_into(self, db: sqlite3.Connection) -> list[str]:
        problems: list[str] = []
        try:
            known = {row["name"]: (row["size"], row["mtime_ns"])
                     for row in db.execute("SELECT name, size, mtime_ns FROM transcripts")}
        except sqlite3.Error as err:
            raise _db_error(self.path, err) from None
        on_disk = set()
        for path in list_transcripts(self.data_dir):
            on_disk.add(path.name)
            try:
                stat = path.stat()
                if known.get(path.name) == (stat.st_size, stat.st_mtime_ns):
                    continue
                self._store(db, load_transcript(path), path.name, stat)
            except TranscriptError as err:
                problems.append(str(err))
            except OSError as err:
                problems.append(f"{path}: cannot read file ({err.strerror})")
        gone = [(name,) for name in known if name not in on_disk]
        if gone:
            try:
                with db:
                    db.executemany("DELETE FROM transcripts WHERE name = ?", gone)
            except sqlite3.Error as err:
                raise _db_error(self.path, err) from None
        return problems

    def rebuild(self) -> list[str]:
        """Recreate the index from the transcript files; a damaged index file is set aside first."""
        with closing(self._connect()) as db:
            try:
                with db:
                    db.execute("DELETE FROM transcripts")
            except sqlite3.Error as err:
                raise _db_error(self.path, err) from None
            return self._sync_into(db)

    # ---- reading
    def _attempts(self, where: str, params: tuple) -> list[Attempt]:
        rows = self._query(f"SELECT * FROM transcripts t {where} ORDER BY started DESC, name DESC", params)
        players: dict[str, list[str]] = {}
        for row in self._query("SELECT name, player FROM players ORDER BY name, position"):
            players.setdefault(row["name"], []).append(row["player"])
        try:
            return [self._attempt(row, tuple(players.get(row["name"], ()))) for row in rows]
        except (TypeError, ValueError, ValidationError) as err:
            raise _Damaged(f"a row holds a value dojo never writes: {str(err).splitlines()[0][:80]}") from None

    def _attempt(self, row: sqlite3.Row, players: tuple[str, ...]) -> Attempt:
        texts = ("name", "id", "scenario", "scenario_hash", "started", "result", "title")
        if not all(isinstance(row[key], str) for key in texts) or not all(isinstance(p, str) for p in players):
            raise TypeError("text expected")
        return Attempt(path=self.folder / row["name"], id=row["id"], scenario=row["scenario"],
                       scenario_hash=row["scenario_hash"], seed=int(row["seed"]), players=players,
                       started=row["started"], result=row["result"], ending=row["ending"], title=row["title"],
                       scores=_scores(row), turns=int(row["turns"]), truncated=bool(row["truncated"]),
                       ended=bool(row["ended"]))

    @staticmethod
    def _filters(player: str | None, scenario: str | None, since: str | None,
                 every_session: bool = False) -> tuple[str, tuple]:
        clauses: list[str] = [] if every_session else [ATTEMPT]
        params: list[object] = []
        if player == "":
            clauses.append("NOT EXISTS (SELECT 1 FROM players p WHERE p.name = t.name)")
        elif player is not None:
            clauses.append("EXISTS (SELECT 1 FROM players p WHERE p.name = t.name "
                           "AND player_matches(p.player, ?))")
            params.append(player)
        if scenario is not None:
            clauses.append("t.scenario = ?")
            params.append(scenario)
        if since is not None:
            clauses.append("t.started >= ?")
            params.append(since)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(map(_storable, params))

    def attempts(self, player: str | None = None, scenario: str | None = None,
                 since: str | None = None, every_session: bool = False) -> list[Attempt]:
        """Attempts (see ATTEMPT), newest first; with `every_session`, unfinished sessions too.
        `player=""` means sessions with no player name, else see `player_matches`;
        `since` is an ISO-8601 UTC time or date: sessions started at or after it."""
        return self._recovering(lambda: self._attempts(*self._filters(player, scenario, since, every_session)))

    def best(self, player: str | None, scenario: str) -> Scores | None:
        scored = [a.scores for a in self.attempts(player, scenario) if a.scores is not None]
        return max(reversed(scored), key=lambda s: s.overall) if scored else None

    def summary(self, player: str | None = None, since: str | None = None) -> list[ScenarioSummary]:
        """Per scenario: attempts, first, best and last scores (scenarios sorted by id)."""
        by_scenario: dict[str, list[Attempt]] = {}
        for attempt in reversed(self.attempts(player, since=since)):  # oldest first
            by_scenario.setdefault(attempt.scenario, []).append(attempt)
        result = []
        for scenario in sorted(by_scenario):
            attempts = by_scenario[scenario]
            scored = [a.scores for a in attempts if a.scores is not None]
            result.append(ScenarioSummary(
                scenario=scenario, attempts=len(attempts),
                first=scored[0] if scored else None,
                best=max(scored, key=lambda s: s.overall) if scored else None,
                last=scored[-1] if scored else None,
                last_result=attempts[-1].result, last_started=attempts[-1].started,
            ))
        return result

    def trend(self, player: str | None = None, scenario: str | None = None) -> list[Attempt]:
        """Scored attempts oldest first: the series a sparkline draws."""
        return [a for a in reversed(self.attempts(player, scenario)) if a.scores is not None]

    def players(self) -> list[str]:
        return [row["player"] for row in self._query(
            "SELECT player FROM players GROUP BY player COLLATE NOCASE ORDER BY player COLLATE NOCASE")]

    def coaching(self, player: str | None = None, since: str | None = None, negative: bool = True,
                 limit: int = 5) -> list[tuple[str, int]]:
        """The most frequent coaching topics as (topic, count), most frequent first."""
        # A point withheld (`withheld`: warm words in a reply that chased) moved nothing, but it is a mistake to learn from.
        clauses = ["(c.delta < 0 OR c.code = 'withheld')" if negative else "c.delta > 0", ATTEMPT]
        params: list[object] = []
        if player == "":
            clauses.append("c.player IS NULL")
        elif player is not None:
            clauses.append("player_matches(c.player, ?)")
            params.append(player)
        if since is not None:
            clauses.append("t.started >= ?")
            params.append(since)
        rows = self._query(
            "SELECT c.topic AS topic, COUNT(*) AS n FROM coaching c JOIN transcripts t ON t.name = c.name "
            f"WHERE {' AND '.join(clauses)} GROUP BY c.topic ORDER BY n DESC, c.topic LIMIT ?",
            (*map(_storable, params), limit))
        return [(row["topic"], row["n"]) for row in rows]

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: for comparing two indexes."""
        out = {}
        for table in ("transcripts", "players", "coaching"):
            out[table] = sorted(tuple(row) for row in self._query(f"SELECT * FROM {table}"))
        return out
