"""How a view follows the document: one place that decides when a view refreshes.

A view (a panel, a plot, a dock's page) is refreshed when the document changes, unless it
is out of view (it, or a widget it sits in, was hidden: a closed dock, a tab not shown, a
closed window); then it does no work and is refreshed once when it comes back on screen.
A view that was never shown at all (being built, or on its own in a test) is refreshed.
``wants`` filters the changes a view cares about (e.g. the figures ignore an era change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from keiconfig.ui.document import Change, Document


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
        else:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
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
