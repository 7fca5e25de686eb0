"""Keep the garbage collector's full passes away from replies while a conversation is on screen.

By the time a conversation starts, the app holds a large heap that lives as long as the process
(Textual, the scenario, the coach's compiled lexicon). Python's full collection walks all of it
every few dozen replies, a pause of 100 ms or more under a reply. Freezing what exists when the
screen mounts takes it out of those passes; unfreezing when the screen goes lets anything of that
screen's that became garbage be collected as usual.

Each turn then adds what it keeps (its events, the log's lines), and a full pass still came every
fifteen or so replies, walking all of that (25–60 ms, under whichever reply triggered it: the p99).
So while a conversation is on screen the collector never starts a full pass by itself; the app runs
one when Python would have considered it due, right after a reply's answer is painted, while the rep
reads it. (Freezing each turn's survivors instead kept replies fast but leaked: Textual's cached
strips refer to themselves, so once frozen they were never freed.)
"""

from __future__ import annotations

import gc

_screens = 0
#: The collector's thresholds before a conversation took the full passes over.
_thresholds: tuple[int, int, int] | None = None
#: Young passes between full passes, as Python counts them (its third threshold).
FULL_PASS_EVERY = 10


def freeze_long_lived() -> None:
    """A conversation screen mounted: freeze everything alive now (any garbage among it waits for `thaw`),
    and leave full passes to `settle_turn`."""
    global _screens, _thresholds
    _screens += 1
    gc.freeze()
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        young, middle, _ = _thresholds
        gc.set_threshold(young, middle, 1_000_000_000)


def settle_turn() -> None:
    """A turn was answered and painted: run the full pass now if one is due, not under the next reply."""
    if _screens and gc.get_count()[2] >= FULL_PASS_EVERY:
        gc.collect()


def thaw() -> None:
    """A conversation screen went: let what it left behind be collected, and freeze again for any
    conversation still open (a pause at a change of screen, not under a reply)."""
    global _screens, _thresholds
    _screens = max(0, _screens - 1)
    gc.unfreeze()
    if _screens:
        gc.collect()
        gc.freeze()
    elif _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
