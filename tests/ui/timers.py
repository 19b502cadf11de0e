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


def fire_waiting(*roots: QObject, skip: Iterable[QTimer] = ()) -> bool:
    """One round: deliver the posted events (layout requests, queued calls, a zero-time
    ``QTimer.singleShot``, a ``keiconfig.ui.soon`` call), then fire now every single-shot
    timer of ``roots`` (each and its descendants) that is waiting. ``skip``: timers left
    to their own time (the autosave's, which writes a file). Repeating timers (playback)
    are not fired. Whether any timer was waiting."""
    skipped = list(skip)
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
    for timer in waiting:
        if timer.isActive():  # an earlier one may have stopped it
            timer.stop()
            timer.timeout.emit()
    return bool(waiting)


def run_timers(*roots: QObject, skip: Iterable[QTimer] = (), rounds: int = 100) -> None:
    """:func:`fire_waiting` until nothing waits. Fails if the timers keep starting each
    other."""
    for _ in range(rounds):
        if not fire_waiting(*roots, skip=skip):
            return
    raise AssertionError("the timers kept starting each other")


def _window_timers(window: MainWindow) -> tuple[list[QObject], list[QTimer]]:
    return [window, refresh.frame().timer], [window.autosaver.timer]


def run_window_timers(window: MainWindow) -> None:
    """:func:`run_timers` for a main window and the refresh frame, its autosave left be."""
    roots, skip = _window_timers(window)
    run_timers(*roots, skip=skip)


def fire_window_timers(window: MainWindow) -> bool:
    """:func:`fire_waiting` for a main window and the refresh frame, its autosave left be
    (one round: for a caller that judges for itself when the window is settled)."""
    roots, skip = _window_timers(window)
    return fire_waiting(*roots, skip=skip)
