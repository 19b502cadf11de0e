"""Runs an exploration off the window's thread, with progress and Cancel.

:class:`SearchThread` is a ``QThread`` that runs one job (a function of the cancel
event and a progress callback) and reports through queued signals, so the window
stays responsive. The builds themselves are judged on an executor (a process pool,
made once and kept: starting processes costs about a second); Cancel sets the event,
the batch cancels its queued chunks and the running ones end within a chunk.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from keiconfig.core.explore_search import Progress

Job = Callable[[threading.Event, Callable[[Progress], None]], Any]

# The window hears of progress at most this often (a chunk ends every few milliseconds).
PROGRESS_INTERVAL_S = 0.1


class SearchThread(QThread):
    """One job in a thread. ``progress(Progress)`` now and then; ``done(result)`` or
    ``failed(message)`` at the end (after Cancel too: the result says it was cancelled)."""

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or p.evaluated >= p.budget:
            self._last = now
            self.progress.emit(p)

    def run(self) -> None:
        try:
            result = self._job(self.cancel_event, self._progress)
        except Exception as e:  # shown to the user as a sentence; the window carries on
            self.failed.emit(f"{type(e).__name__}: {e}")
            return
        self.done.emit(result)


class ExecutorHolder:
    """The process pool of the explorer: made on first use, kept, shut down with the panel.

    ``factory`` makes it (tests may give a thread pool)."""

    def __init__(self, factory: Callable[[], Executor] | None = None) -> None:
        self.factory = factory
        self._executor: Executor | None = None

    def get(self) -> Executor:
        if self._executor is None:
            if self.factory is not None:
                self._executor = self.factory()
            else:
                from keiconfig.core.explore_batch import default_executor

                self._executor = default_executor()
        return self._executor

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
