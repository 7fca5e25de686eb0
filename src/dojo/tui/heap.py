"""Keep the garbage collector's full passes short while a conversation is on screen.

By the time a conversation starts, the app holds a large heap that lives as long as the process
(Textual, the scenario, the coach's compiled lexicon). Python's full collection walks all of it
every few dozen replies, a pause of 100 ms or more under a reply. Freezing what exists when the
screen mounts takes it out of those passes; unfreezing when the screen goes lets anything of that
screen's that became garbage be collected as usual.
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
