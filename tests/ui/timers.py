"""Timers driven directly instead of waited on: what the event loop would do when each
timer's time came, done now, so a test sees the state after them whatever the machine's
speed (a wait of a few milliseconds passes only when the timers are quicker than it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from keiconfig.ui import refresh

if TYPE_CHECKING:
    from keiconfig.ui.main_window import MainWindow


def run_timers(*roots: QObject, skip: Iterable[QTimer] = (), rounds: int = 100) -> None:
    """Fire now every single-shot timer of ``roots`` (each and its descendants) that is
    waiting, and deliver the posted events (layout requests, queued calls, a zero-time
    ``QTimer.singleShot``) between, until nothing waits. ``skip``: timers left to their
    own time (the autosave's, which writes a file). Repeating timers (playback) are not
    fired. Fails if the timers keep starting each other."""
    skipped = list(skip)
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        waiting = [
            t
            for root in roots
            for t in [root, *root.findChildren(QTimer)]
            if isinstance(t, QTimer)
            and t.isActive()
            and t.isSingleShot()
            and not any(t is s for s in skipped)
        ]
        if not waiting:
            return
        for timer in waiting:
            if timer.isActive():  # an earlier one may have stopped it
                timer.stop()
                timer.timeout.emit()
    raise AssertionError("the timers kept starting each other")


def run_window_timers(window: MainWindow) -> None:
    """:func:`run_timers` for a main window and the refresh frame, its autosave left be."""
    run_timers(window, refresh.frame().timer, skip=[window.autosaver.timer])
