"""Keep the garbage collector's full passes short while a conversation is on screen.

By the time a conversation starts, the app holds a large heap that lives as long as the process
(Textual, the scenario, the coach's compiled lexicon). Python's full collection walks all of it
every few dozen replies, a pause of 100 ms or more under a reply. Freezing what exists when the
screen mounts takes it out of those passes; unfreezing when the screen goes lets anything of that
screen's that became garbage be collected as usual.

Each turn then adds what it keeps (its events, the log's lines): left to the collector, a full pass
every twenty or so replies walked all of that again (25–60 ms under a reply, the p99). So once a
reply's answer is painted, the turn's young garbage is collected (a young pass: a few milliseconds,
while the rep reads) and what survived is frozen too; a full pass then only ever walks the few
objects made since the last turn.
"""

from __future__ import annotations

import gc

_screens = 0


def freeze_long_lived() -> None:
    """A conversation screen mounted: freeze everything alive now (any garbage among it waits for `thaw`)."""
    global _screens
    _screens += 1
    gc.freeze()


def thaw() -> None:
    """A conversation screen went: let what it left behind be collected, and freeze again for any
    conversation still open (a pause at a change of screen, not under a reply)."""
    global _screens
    _screens = max(0, _screens - 1)
    gc.unfreeze()
    if _screens:
        gc.collect()
        gc.freeze()


def settle_turn() -> None:
    """A turn was answered and painted: collect its young garbage and freeze what it keeps."""
    if _screens:
        gc.collect(1)
        gc.freeze()
