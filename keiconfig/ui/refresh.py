"""How a view follows the document: one place that decides when a view refreshes.

A view (a panel, a plot, a dock's page) is refreshed when the document changes, unless it
is out of view (it, or a widget it sits in, was hidden: a closed dock, a tab not shown, a
closed window); then it does no work and is refreshed once when it comes back on screen.
A view that was never shown at all (being built, or on its own in a test) is refreshed.
``wants`` filters the changes a view cares about (e.g. the figures ignore an era change).

At most one refresh per frame while a drag goes on: the first change of a drag (and every
change that is a step of its own: a key, a click, undo) refreshes at once; the changes that
follow within the same drag only mark the views, and one timer a frame later
(:data:`FRAME_MS`) refreshes each marked view once, with the build of that moment. A mouse
can send more moves than the screen shows frames; the views keep up with the frames.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from keiconfig.ui.document import Change, Document

FRAME_MS = 16  # one frame at 60 Hz


class Frame(QObject):
    """The views waiting for the next frame (one timer for all of them)."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting: dict[Follower, None] = {}  # in the order they were marked
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.flush)
        # Called after each flush, once every view refreshed (keiconfig.ui.plot_kit: the
        # plots' scenes painted with the rest of the window in one pass).
        self.after_flush: list[Callable[[], None]] = []

    def wait(self, follower: Follower) -> None:
        self._waiting[follower] = None
        if not self.timer.isActive():
            self.timer.start()

    def forget(self, follower: Follower) -> None:
        self._waiting.pop(follower, None)

    def flush(self) -> None:
        """Refresh every waiting view now (the timer does this; so can a test)."""
        self.timer.stop()
        waiting, self._waiting = list(self._waiting), {}
        for follower in waiting:
            if shiboken6.isValid(follower):  # its view may have gone meanwhile
                follower.refresh_now()
        if waiting:
            for after in self.after_flush:
                after()


_frame: Frame | None = None


def frame() -> Frame:
    """The application's frame (made on first use, after the QApplication)."""
    global _frame
    if _frame is None:
        _frame = Frame()
    return _frame


class Follower(QObject):
    """Calls ``refresh()`` after each change ``view`` wants, while ``view`` is visible."""

    def __init__(
        self,
        document: Document,
        view: QWidget,
        refresh: Callable[[], None],
        wants: Callable[[Change], bool] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._wants = wants
        self.stale = False
        document.changed.connect(self._changed)
        view.installEventFilter(self)

    def _changed(self, change: Change) -> None:
        if self._wants is not None and not self._wants(change):
            return
        if out_of_view(self._view):
            self.stale = True
            frame().forget(self)
        elif change.merge_id is not None and not change.new_step:
            frame().wait(self)  # a drag goes on: once, at the next frame
        else:
            self.refresh_now()

    def refresh_now(self) -> None:
        frame().forget(self)
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.refresh_now()
        return False


def out_of_view(view: QWidget) -> bool:
    """Hidden on purpose: it or a widget it sits in was hidden (not merely never shown)."""
    if view.isVisible():
        return False
    widget: QWidget | None = view
    while widget is not None:
        if widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            return True
        widget = widget.parentWidget()
    return False


def follow(
    document: Document,
    view: QWidget,
    refresh: Callable[[], None],
    wants: Callable[[Change], bool] | None = None,
) -> Follower:
    """Keep ``view`` up to date with ``document`` (see :class:`Follower`)."""
    return Follower(document, view, refresh, wants)


def build_changes(change: Change) -> bool:
    """For views that show the build's figures only: not an era change."""
    return change.build_changed
