"""A call made once the events already posted have been handled, unless its object is gone.

``QTimer.singleShot(0, context, call)`` does that in Qt, but PySide6 (6.11 at least) keeps
its reference to ``call`` for good when ``context`` is deleted before the call came: the
call, and all it refers to, is never freed. A bound method or a lambda of a window
refers to the window, so every closed main window with such a call pending (a layout
round, the status bar's hint) stayed in memory with all its widgets, and every later
language switch, which visits all the application's widgets, went through them too.

:func:`soon` posts the same call (delivered in the same order as a zero-time single shot,
by the event loop or ``QCoreApplication.sendPostedEvents``) through a small object that
``context`` owns: deleted with ``context``, it lets go of ``call``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, Slot


class _Call(QObject):
    """One pending call, owned by its context."""

    def __init__(self, context: QObject, call: Callable[[], object]) -> None:
        super().__init__(context)
        self._call: Callable[[], object] | None = call

    @Slot()
    def run(self) -> None:
        call, self._call = self._call, None
        self.deleteLater()
        if call is not None:
            call()


def soon(context: QObject, call: Callable[[], object]) -> None:
    """Call ``call`` after the events posted so far, unless ``context`` is deleted first
    (then ``call`` is let go of and never called)."""
    QMetaObject.invokeMethod(_Call(context, call), "run", Qt.ConnectionType.QueuedConnection)
