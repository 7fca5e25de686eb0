"""The team report from a learning record store: statements back into the history index's records.

dojo's attempt statements carry everything the report counts (scores, outcome,
players, coaching topics), so they are folded into a throw-away history index
in the same rows `History.index` writes for a transcript, and the usual report
builder runs on it. The same attempts give the same report, wherever they came from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from dojo.transcript.history import History, HistoryError
from dojo.transcript.xapi import (
    EXT_CHASING,
    EXT_COACHING,
    EXT_ENDING,
    EXT_ENDING_TITLE,
    EXT_OUTCOME,
    EXT_PATHWAY,
    EXT_PLAYERS,
    EXT_RECIPROCITY,
    EXT_SCENARIO_HASH,
    EXT_SEED,
    EXT_STARTED,
    EXT_TRANSCRIPT,
    EXT_TURNS,
    attempts_only,
)


class StatementError(Exception):
    """A statement that claims to be dojo's but lacks what the report needs."""


def _scenario(statement: dict[str, Any]) -> str:
    return unquote(str(statement["object"]["id"]).rsplit("/", 1)[-1])


def _rows(statement: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    context = statement["context"]["extensions"]
    result = statement["result"]
    extensions = result["extensions"]
    transcript = context[EXT_TRANSCRIPT]
    row = {
        "name": transcript["name"], "id": transcript["id"], "scenario": _scenario(statement),
        "scenario_hash": context[EXT_SCENARIO_HASH], "seed": context[EXT_SEED], "started": context[EXT_STARTED],
        "result": extensions[EXT_OUTCOME], "ending": extensions.get(EXT_ENDING),
        "title": extensions.get(EXT_ENDING_TITLE) or "", "reciprocity": extensions[EXT_RECIPROCITY],
        "pathway": extensions[EXT_PATHWAY], "chasing": extensions[EXT_CHASING],
        "overall": result["score"]["raw"], "turns": extensions[EXT_TURNS],
    }
    return row, list(context[EXT_PLAYERS])


def history_from_statements(items: Iterable[dict[str, Any]], folder: Path) -> History:
    """A history index in `folder` (a fresh, empty dir) holding the attempts these statements describe."""
    history = History(folder)
    attempts: dict[str, tuple[dict[str, Any], list[str], list[tuple]]] = {}
    for statement in attempts_only(items):
        try:
            row, players = _rows(statement)
            coaching = statement["result"]["extensions"].get(EXT_COACHING) or []
            who = statement["actor"].get("name") if players else None
            attempts.setdefault(row["name"], (row, players, []))[2].extend((m["turn"], who, m["dimension"], m["code"], m["delta"], m["topic"]) for m in coaching)
        except (KeyError, TypeError, AttributeError) as err:
            raise StatementError(f"statement {statement.get('id')}: not a complete dojo statement "
                                 f"(missing {err})") from None
    try:
        with closing(history._connect()) as db, db:
            columns = [column[1] for column in db.execute("PRAGMA table_info(transcripts)")]
            for name, (found, players, moments) in attempts.items():
                # Every statement is a finished attempt; columns the index gains later get their finished value.
                row = {column: found.get(column, FINISHED.get(column)) for column in columns}
                db.execute(f"INSERT INTO transcripts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                           tuple(row.values()))
                db.executemany("INSERT INTO players VALUES (?, ?, ?)",
                               [(name, position, player) for position, player in enumerate(players)])
                db.executemany("INSERT INTO coaching VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(name, seq, *moment) for seq, moment in enumerate(sorted(moments, key=_turn))])
    except sqlite3.Error as err:
        raise HistoryError(f"cannot build the report index in {folder} ({err})") from None
    return history


#: Index columns a statement does not carry, as they are for any finished attempt.
FINISHED = {"ended": 1, "truncated": 0, "size": 0, "mtime_ns": 0}


def _turn(moment: tuple) -> int:
    return moment[0]
