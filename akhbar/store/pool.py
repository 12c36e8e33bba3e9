"""Running a function over chunks of work on all cores with a bounded number of chunks in flight.

`concurrent.futures.ProcessPoolExecutor.map` and `multiprocessing.Pool.imap` both read their whole
input ahead, so memory grows with the input; here at most ``jobs * ahead`` chunks exist at once, and
results come back as they finish while the caller (the single writer) stores them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

# Modules every worker needs, imported once in the fork server rather than in each worker.
_PRELOAD = ["akhbar.store.worker", "akhbar.corpus.refresh"]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    # Not "fork": the writer holds an SQLite connection and rich's refresh thread, and a forked
    # child inheriting either can deadlock. The fork server starts clean and forks cheaply.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def bounded_map(fn: Callable[[In], Out], chunks: Iterable[In], *, jobs: int, ahead: int = 2) -> Iterator[Out]:
    """``fn(chunk)`` for every chunk, in completion order; inline when ``jobs`` is 1."""
    if jobs <= 1:
        yield from map(fn, chunks)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        pending: set[Future[Out]] = set()
        for chunk in chunks:
            pending.add(pool.submit(fn, chunk))
            while len(pending) >= jobs * ahead:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
