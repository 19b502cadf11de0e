"""Judge a batch of points of a space, on any :class:`concurrent.futures.Executor`.

The batch is cut into chunks; each chunk goes to the executor as one task
(:func:`evaluate_chunk`, a plain module-level function, so a process pool or a
distributed executor, e.g. a Dask client's ``get_executor()``, can run it). Whoever
hands in the executor says how many tasks it runs at once (``workers``: a pool's
size, a Dask cluster's threads; by default this machine's CPUs, as
:func:`default_executor`). Without an executor the batch is judged in this process.

:func:`default_executor` is a process pool sized to the machine. Pools start their
processes with ``spawn`` (no copy of a parent's threads or Qt state, the same on
every platform).

Cancel: a :class:`threading.Event`. Once it is set, chunks not yet started are
cancelled, so the workers stop within one chunk (a few milliseconds of work).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED as _FIRST
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from typing import Final

from keiconfig.core.explore_problem import Outcome, Problem

# Points per task: large enough that sending a task costs little next to judging it
# (about 0.3 ms a point), small enough that Cancel and the progress bar answer quickly.
CHUNK: Final = 64
# Tasks kept queued per worker, so no worker waits while the next chunk is sent.
QUEUED_PER_WORKER: Final = 4


class Cancelled(Exception):
    """The batch was cancelled; ``done`` holds the outcomes judged before that."""

    def __init__(self, done: list[Outcome]) -> None:
        super().__init__("cancelled")
        self.done = done


def machine_workers() -> int:
    """Worker processes for this machine: one per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def default_executor(workers: int | None = None) -> ProcessPoolExecutor:
    """A process pool of ``workers`` (default: one per CPU) started with ``spawn``."""
    n = machine_workers() if workers is None else max(1, int(workers))
    return ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"))


def evaluate_chunk(problem: Problem, xs: Sequence[Sequence[float]]) -> list[Outcome]:
    """Judge every point of a chunk (runs in a worker)."""
    return [problem.evaluate(x) for x in xs]


def evaluate_batch(
    problem: Problem,
    xs: Sequence[Sequence[float]],
    executor: Executor | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
    chunk: int = CHUNK,
    workers: int | None = None,
) -> list[Outcome]:
    """Outcomes of ``xs``, in order. ``progress(n)`` after each chunk with the number
    judged so far. Raises :class:`Cancelled` (with what was done) once ``cancel`` is set.
    ``workers``: how many tasks ``executor`` runs at once (None: one per CPU of this
    machine); :data:`QUEUED_PER_WORKER` chunks per worker are kept in flight.
    """
    points = [tuple(float(v) for v in x) for x in xs]
    chunks = [points[i : i + chunk] for i in range(0, len(points), max(1, chunk))]
    results: list[list[Outcome] | None] = [None] * len(chunks)
    done = 0
    if executor is None:
        for i, c in enumerate(chunks):
            if cancel is not None and cancel.is_set():
                raise Cancelled(_flatten(results))
            results[i] = evaluate_chunk(problem, c)
            done += len(c)
            if progress is not None:
                progress(done)
        return _flatten(results)

    limit = max(1, workers if workers is not None else machine_workers()) * QUEUED_PER_WORKER
    pending: dict[Future[list[Outcome]], int] = {}
    next_chunk = 0
    try:
        while next_chunk < len(chunks) or pending:
            while next_chunk < len(chunks) and len(pending) < limit:
                if cancel is not None and cancel.is_set():
                    break
                fut = executor.submit(evaluate_chunk, problem, chunks[next_chunk])
                pending[fut] = next_chunk
                next_chunk += 1
            if cancel is not None and cancel.is_set():
                raise Cancelled(_flatten(results))
            finished, _ = wait(pending, timeout=0.1, return_when=_FIRST)
            for fut in finished:
                i = pending.pop(fut)
                results[i] = fut.result()
                done += len(chunks[i])
            if finished and progress is not None:
                progress(done)
    finally:
        for fut in pending:
            fut.cancel()
    return _flatten(results)


def _flatten(results: list[list[Outcome] | None]) -> list[Outcome]:
    return [o for r in results if r is not None for o in r]
