"""The keyboard focus shown on a plot.

A plot takes the focus on its way through the window with Tab (so a screen reader reads
what it shows: its accessible name and description), but the style draws nothing round a
focused graphics view: Tab went to the speed plot and the gearing plot and seemed to go
nowhere. :class:`FocusRing` draws a line of the palette's highlight colour round whatever
plot of the window has the keyboard focus (its docks' too), as long as it has it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget


def ring_width(widget: QWidget) -> int:
    """The line's width: two pixels at the usual text size, more with larger text."""
    return max(2, round(widget.fontMetrics().height() / 8))


class FocusRing(QObject):
    """Four edges (plain widgets filled with the highlight colour, never taking a click or
    the focus) round the graphics view of ``host`` (a window, with its docks, floating
    too) that has the keyboard focus."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._edges: list[QWidget] = []
        self._around: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def around(self) -> QWidget | None:
        """The plot the ring is round now (None: none)."""
        return self._around

    def edges(self) -> list[QWidget]:
        return [e for e in self._edges if shiboken6.isValid(e)]

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        around = self._around
        if around is not None and shiboken6.isValid(around):
            around.removeEventFilter(self)
        self._around = None
        for edge in self.edges():
            edge.hide()
        if isinstance(new, QGraphicsView) and shiboken6.isValid(new) and self._holds(new):
            self._around = new
            new.installEventFilter(self)  # its resizes
            self._place(new)

    def _holds(self, widget: QWidget) -> bool:
        w: QWidget | None = widget
        while w is not None and w is not self._host:
            w = w.parentWidget()
        return w is self._host

    def _place(self, view: QWidget) -> None:
        self._edges = self.edges()
        while len(self._edges) < 4:
            edge = QWidget()
            edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            edge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            edge.setAutoFillBackground(True)
            edge.setBackgroundRole(QPalette.ColorRole.Highlight)
            self._edges.append(edge)
        w, h, t = view.width(), view.height(), ring_width(view)
        places = ((0, 0, w, t), (0, h - t, w, t), (0, 0, t, h), (w - t, 0, t, h))
        for edge, (x, y, ew, eh) in zip(self._edges, places, strict=True):
            if edge.parentWidget() is not view:
                edge.setParent(view)
            edge.setGeometry(x, y, ew, eh)
            edge.raise_()
            edge.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._around
            and isinstance(watched, QWidget)
            and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange)
        ):
            self._place(watched)
        return False
