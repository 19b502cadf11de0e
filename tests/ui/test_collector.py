"""Python's cyclic collector runs between events, never inside a Qt call (a collection there
could free a QObject that then waits forever for a lock its own thread holds)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject, Signal

from keiconfig.ui import collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


class _Emitter(QObject):
    fired = Signal()


def _collections(record: list[int]):
    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            record.append(info["generation"])

    return callback


def test_the_automatic_collector_is_off_and_one_collector_runs(qapp) -> None:
    first = collector.install()
    assert collector.install() is first and collector.installed() is first
    assert not gc.isenabled() and first.timer.isActive()


def test_no_collection_runs_inside_a_qt_call_however_much_is_made_there(qapp) -> None:
    """A slot called by Qt makes far more objects than the first threshold: the automatic
    collector would collect right there; now nothing runs until the collector's turn."""
    c = collector.install()
    started: list[int] = []
    callback = _collections(started)
    gc.callbacks.append(callback)
    try:
        emitter = _Emitter()
        made: list[object] = []
        emitter.fired.connect(lambda: made.extend(_Cycle() for _ in range(20 * c.thresholds[0])))
        emitter.fired.emit()
        assert len(made) == 20 * c.thresholds[0] and started == []
        assert c.collect_due() >= 0 and started  # its turn: what was due is collected
    finally:
        gc.callbacks.remove(callback)


def test_what_is_due_is_collected_by_the_timer_and_nothing_more(qapp, qtbot) -> None:
    c = collector.install()
    gc.collect()  # counts from zero
    assert c.collect_due() == -1  # nothing made: nothing due
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    assert gone() is not None  # a cycle: only a collection frees it
    c.thresholds = (0, *c.thresholds[1:])  # due at once
    try:
        qtbot.waitUntil(lambda: gone() is None, timeout=30_000)  # bounds a hang
    finally:
        c.thresholds = gc.get_threshold()


def test_the_oldest_generation_over_its_threshold_is_collected(qapp) -> None:
    c = collector.install()
    saved = c.thresholds
    try:
        gc.collect()
        junk = [_Cycle() for _ in range(50)]
        del junk
        c.thresholds = (10, 10_000, 10_000)
        assert c.collect_due() == 0
        for _ in range(3):
            junk = [_Cycle() for _ in range(50)]
            del junk
            c.collect_due()
        c.thresholds = (10, 2, 10_000)
        junk = [_Cycle() for _ in range(50)]
        del junk
        assert c.collect_due() == 1
    finally:
        c.thresholds = saved
