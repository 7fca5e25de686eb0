"""Work over many files in worker processes, results in the order given: `dojo score` and `dojo validate`.

Files are handed out in consecutive chunks, so each worker keeps what it has already built
(scenarios, compiled lexicons) across a chunk, and only a few chunks run ahead of the one
being printed, so memory stays flat however many files there are. Output order and exit
codes do not depend on the number of workers.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Chunks each worker may have queued beyond the one it is on.
AHEAD = 2


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def jobs_count(text: str) -> int:
    """An argparse type: a whole number of worker processes, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too few; use 1 to work in this process alone")
    return value


def add_jobs_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--jobs", "-j", type=jobs_count, default=None, metavar="N",
                        help=f"{what} in N worker processes (default: one per core, {default_jobs()} here); "
                             f"the output is the same for any N")


def workers_for(items: int, jobs: int | None, chunk: int) -> int:
    """How many worker processes `items` are worth: none (0) when one chunk's work is all there is."""
    wanted = default_jobs() if jobs is None else jobs
    if wanted <= 1 or items <= chunk:
        return 0
    return min(wanted, -(-items // chunk))


def settle() -> None:
    """Take everything built so far (modules, compiled lexicons, scenarios) out of the garbage
    collector's sight. A batch keeps it all to the end, yet the collector would walk it again and
    again as each file's short-lived objects come and go (and, in a forked worker, touch every
    page of it, copying memory the worker could have shared). Call it once the long-lived
    things are built.

    It also makes the collector's youngest generation much larger: each file's objects are freed
    by reference counting as soon as it is done (nothing a file builds refers back to itself), so
    the frequent young collections, ~8% of a re-score, found nothing to free."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(BATCH_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


#: Allocations between two young-generation collections during a batch (Python's default is 700).
BATCH_YOUNG_THRESHOLD = 50_000


def ordered_map(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], workers: int,
                chunk: int) -> Iterator[Result]:
    """`work(chunk)` over consecutive chunks of `items`, in worker processes unless `workers` is 0;
    results come out in the items' order. `work` must be a module-level function (or a partial of
    one): where processes fork, workers start with a copy of everything this process has built."""
    starts = range(0, len(items), chunk)
    if workers == 0:
        for start in starts:
            yield from work(items[start:start + chunk])
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Result]]] = deque()
        queue = iter(starts)
        for start in queue:
            pending.append(pool.submit(work, items[start:start + chunk]))
            if len(pending) >= workers * (1 + AHEAD):
                break
        while pending:
            done = pending.popleft().result()
            following = next(queue, None)
            if following is not None:
                pending.append(pool.submit(work, items[following:following + chunk]))
            yield from done
