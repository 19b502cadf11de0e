"""The keyboard focus shown on a plot.

A plot takes the focus on its way through the window with Tab (so a screen reader reads
what it shows: its accessible name and description), but the style draws nothing round a
focused graphics view: Tab went to the speed plot and the gearing plot and seemed to go
nowhere. :class:`FocusRing` draws a line of the palette's highlight colour round whatever
plot of the window has the keyboard focus (its docks' too), as long as it has it.

In projector mode it rings every control that has the focus (:meth:`FocusRing.set_everywhere`):
the style's own sign, a one-pixel change of a button's or a box's border, is lost on a
washed-out projector, and a class follows the teacher's keys by it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsView, QWidget


def ring_width(widget: QWidget) -> int:
    """The line's width: two pixels at the usual text size, more with larger text."""
    return max(2, round(widget.fontMetrics().height() / 8))


class FocusRing(QObject):
    """Four edges (plain widgets filled with the highlight colour, never taking a click or
    the focus) inside the border of the graphics view of ``host`` (a window, with its
    docks, floating too) that has the keyboard focus; in projector mode, of any control."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._edges: list[QWidget] = []
        self._around: QWidget | None = None
        self._everywhere = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def around(self) -> QWidget | None:
        """The widget the ring is round now (None: none)."""
        return self._around

    def edges(self) -> list[QWidget]:
        return [e for e in self._edges if shiboken6.isValid(e)]

    def set_everywhere(self, on: bool) -> None:
        """Ring every focused control of the window (projector mode), not the plots alone."""
        self._everywhere = on
        self._focus_changed(None, QApplication.focusWidget())

    def _rings(self, widget: QWidget) -> bool:
        if isinstance(widget, QGraphicsView):
            return True
        window = widget.window()  # not a menu's or a choice's popup list
        return self._everywhere and (window is self._host or isinstance(window, QDockWidget))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        around = self._around
        if around is not None and shiboken6.isValid(around):
            around.removeEventFilter(self)
        self._around = None
        for edge in self.edges():
            edge.hide()
        if new is not None and shiboken6.isValid(new) and self._holds(new) and self._rings(new):
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
