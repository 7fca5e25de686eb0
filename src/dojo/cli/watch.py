"""`dojo play SCENARIO --watch`: reload the file on save and fast-forward to where you were.

Polls the file's modification time (no extra dependency). On a change the
file is loaded again and every reply so far is replayed against the new
version with the same seed, so a trainer sees at once what the edit changed.
A file with errors never ends the session: its diagnostics are printed and
the last good version stays in play until the next save.
"""

from __future__ import annotations

import select
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from dojo.cli.render import events_text, header
from dojo.cli.script import reply_text
from dojo.engine import ReplyError, Session
from dojo.engine.replay import replay
from dojo.scenario.load import check_file
from dojo.scenario.model import Scenario
from dojo.scenario.watching import FileWatch
from dojo.text import visible

POLL_SECONDS = 0.5


class Watcher:
    def __init__(self, path: Path, seed: int | None, player: str | None, show_trace: bool,
                 out: Callable[[str], None] = print):
        self.path = path
        self.player = player
        self.show_trace = show_trace
        self.out = out
        self.replies: list[str] = []
        self.scenario: Scenario | None = None
        self.session: Session | None = None
        self.seed = seed
        self._file = FileWatch(path)
        self.reload()

    def changed(self) -> bool:
        return self._file.changed()

    def reload(self) -> bool:
        """Load the file again; on success replay the replies so far. False if it has errors."""
        self._file.mark()
        scenario, problems, _ = check_file(self.path)
        first = self.scenario is None and self.session is None
        if scenario is None:
            self.out(f"dojo: {self.path} has {len(problems)} error{'s' if len(problems) != 1 else ''}; "
                     + ("fix the file and save it" if first else "still playing the last good version until the next save"))
            for problem in problems:
                self.out(visible(problem.render()))
            return False
        self.scenario = scenario
        replayed = replay(scenario, self.replies, self.seed, self.player)
        self.session = replayed.session
        self.seed = self.session.seed
        if not first:
            self.out(f"\n--- reloaded {self.path}: replayed {replayed.played} of {len(self.replies)} "
                     f"repl{'y' if len(self.replies) == 1 else 'ies'} ---")
        self.out(header(scenario, self.session.seed))
        self._show(self.session.events)
        if replayed.cut_short:
            self.out(f"dojo: the new version ended the conversation after reply {replayed.played}; "
                     f"{replayed.left_over} more will be replayed if a later edit lets it go on")
        elif not self.session.finished:
            self.out(f"[now in state {self.session.state!r}; type a reply]")
        return True

    def reply(self, text: str) -> None:
        if self.session is None:
            self.out("dojo: the file has errors; fix it and save before replying")
            return
        if self.session.finished:
            self.out("dojo: the conversation has ended; edit the file to replay, or press Ctrl-D to stop")
            return
        try:
            events = self.session.reply(text)
        except ReplyError as err:
            self.out(f"dojo: {err}")
            return
        self.replies.append(text.strip())
        self._show(events)
        if not self.session.finished:
            self.out(f"[now in state {self.session.state!r}]")

    def _show(self, events) -> None:
        assert self.scenario is not None
        if self.show_trace:
            # The same trace as `play --trace`, score changes included, read in the context of the session.
            from dojo.cli.play import trace_text

            self.out(trace_text(events, self.scenario, self.session.events if self.session else events))
        else:
            self.out(events_text(events, self.scenario.persona.name))


def watch(watcher: Watcher, stream: TextIO) -> int:
    """Read replies as they arrive while polling the file; runs until Ctrl-C (or end of input and Ctrl-C)."""
    open_input = True
    while True:
        ready = _wait_for_input(stream, POLL_SECONDS) if open_input else False
        if ready:
            line = stream.readline()
            if line == "":
                open_input = False
                watcher.out("[end of replies; still watching the file for edits — Ctrl-C to stop]")
                continue
            text = reply_text(line)
            if text is not None:
                watcher.reply(text)
        if watcher.changed():
            watcher.reload()
        if not open_input:
            time.sleep(POLL_SECONDS)


def _wait_for_input(stream: TextIO, timeout: float) -> bool:
    try:
        ready, _, _ = select.select([stream], [], [], timeout)
    except (ValueError, OSError):  # not a real file (tests, some Windows consoles): read without waiting
        return True
    return bool(ready)
