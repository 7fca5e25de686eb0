"""Turn a hang into a failure: the one guard the test suite and the scenario fuzzer share.

It is a generous limit against runaway work (a backtracking pattern, a loop that
went cubic), never a timing assertion: performance is measured in `benchmarks/`.
It uses SIGALRM, so it only works on the main thread of a POSIX process.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def finishes_within(seconds: float) -> Iterator[None]:
    def stop(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
