"""Keep the garbage collector's passes away from replies while a conversation is on screen.

By the time a conversation starts, the app holds a large heap that lives as long as the process
(Textual, the scenario, the coach's compiled lexicon). Python's full collection walks all of it
every few dozen replies, a pause of 100 ms or more under a reply. Freezing what exists when the
screen mounts takes it out of those passes; unfreezing when the screen goes lets anything of that
screen's that became garbage be collected as usual.

Each turn then adds what it keeps (its events, the log's lines), and a full pass still came every
fifteen or so replies, walking all of that (25–60 ms, under whichever reply triggered it). The
young passes were the rest of the tail: drawing a frame keeps a few thousand short-lived objects
alive at once (every row Textual composes carries its own small caches), so Python started six to
eight young passes and one middle pass inside every reply, 2–6 ms of it, more when the middle pass
fell on a turn that had kept a lot. So while a conversation is on screen the collector starts no
pass by itself unless a turn allocates far more than a reply does; the app runs the passes Python
would have run, right after a reply's answer is painted, while the rep reads it, when most of what
the frame built is gone and a young pass has little to walk. (Freezing each turn's survivors instead
kept replies fast but leaked: Textual's cached strips refer to themselves, so once frozen they were
never freed.)

Building that heap also frees a lot: compiling the coach's lexicon works in ≈ 30 MB of memory it
lets go once done, and glibc keeps ≈ 20 MB of it resident for the life of the process unless asked
to hand free pages back. The screen asks once, as it mounts. At its peak, that compile held ≈ 100 MB
more than it keeps (the app's highest moment by far, ≈ 190 MB after a 1,000-turn session); the app
compiles lexicons in smaller pieces (`lean_lexicons`), which lowers that moment to ≈ 140 MB.
"""

from __future__ import annotations

import gc
import sys

_screens = 0
#: The collector's thresholds before a conversation took the passes over.
_thresholds: tuple[int, int, int] | None = None
#: Young passes between middle passes and middle passes between full passes, as Python counts them.
MIDDLE_PASS_EVERY = 10
FULL_PASS_EVERY = 10
#: Objects a turn may keep alive before the collector steps in by itself: a reply's frame keeps a
#: few thousand at its peak; a screen laid out from scratch or a long log wrapped again keeps more,
#: and there a pass mid-frame is the smaller cost than the memory.
YOUNG_LIMIT = 50_000


#: RE2 sets the app's lexicons compile their word-start patterns into (see `lexicon.split_anchored_set`):
#: compiled one after the other, three peak ≈ 50 MB lower than one, for ≈ 30–50 µs more a reply heard before
#: (nothing beside a frame; nothing measurable for a new reply).
APP_ANCHORED_SETS = 3


def lean_lexicons() -> None:
    """Before the app's first session is built: lexicons compiled from now on keep their peak low."""
    from dojo.coach.lexicon import split_anchored_set

    split_anchored_set(APP_ANCHORED_SETS)


def freeze_long_lived() -> None:
    """A conversation screen mounted: freeze everything alive now (any garbage among it waits for `thaw`),
    and leave the passes to `settle_turn`."""
    global _screens, _thresholds
    _screens += 1
    gc.freeze()
    release_free_memory()
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        gc.set_threshold(YOUNG_LIMIT, 1_000_000_000, 1_000_000_000)


def before_turn() -> None:
    """A reply is about to be played: if what the rep did since the last turn (typing, scrolling) left
    many young objects, pass over them now, while that is still cheap, rather than let Python start
    one in the middle of drawing the answer."""
    if _screens and gc.get_count()[0] >= YOUNG_LIMIT // 5:
        gc.collect(0)


def settle_turn() -> None:
    """A turn was answered and painted: run the passes now, not under the next reply. One young pass a
    turn, the middle and full passes when Python's own counts say they are due."""
    if not _screens:
        return
    _, young_passes, middle_passes = gc.get_count()
    if middle_passes >= FULL_PASS_EVERY:
        gc.collect()
    elif young_passes >= MIDDLE_PASS_EVERY:
        gc.collect(1)
    else:
        gc.collect(0)


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


def release_free_memory() -> bool:
    """Hand the C heap's free pages back to the system (glibc's `malloc_trim`); False where the C
    library has no such call (not Linux, or not glibc), which costs nothing but the memory."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
