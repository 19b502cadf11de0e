"""Python's cyclic garbage collector, run from the event loop only.

Left automatic, the collector starts whenever enough objects have been made, wherever that
happens: also inside a Qt call that holds one of Qt's locks, such as
``QObject::disconnect`` (pyqtgraph re-parents its plot items, and PySide calls back into
Python there). A QObject freed by that collection then waits in its destructor for the
lock its own thread already holds, and the window freezes for good. (Seen as a hung test
session: the main thread in ``QBasicMutex::lockInternal``, under ``~QObject``, under the
collector, under ``QObject::disconnect``, under ``QGraphicsItem::setParentItem``.)

:func:`install` turns the automatic collector off and runs the same generational
collections, at the same thresholds, from a timer: between events, where Qt holds no lock.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS: Final = 250  # how often the counts are looked at (a look costs microseconds)


class Collector(QObject):
    """Collects on its timer what the automatic collector would have collected by then."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("keiconfigCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """The collection the automatic collector would have started by now, if any: the
        oldest generation whose count is over its threshold. Returns that generation, or
        -1 when none is due."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return -1
        generation = 0
        for g in (1, 2):
            if counts[g] > self.thresholds[g]:
                generation = g
        gc.collect(generation)
        return generation


def installed() -> Collector | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(Collector, "keiconfigCollector")
    return found if isinstance(found, Collector) else None


def install() -> Collector:
    """The application's collector (made once), with the automatic one off."""
    collector = installed()
    if collector is None:
        app = QCoreApplication.instance()
        assert app is not None, "make the QApplication first"
        collector = Collector(app)
    gc.disable()
    return collector
