"""Mouse clicks as a person makes them, each press let go of again; the wheel turned over a
widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def double_click(widget: QWidget, pos: QPoint) -> None:
    """A double-click at ``pos`` as the window system delivers it: press, release,
    double-click, release. (QTest.mouseDClick sends the double-click alone: the button it
    presses is never let go of, and for the rest of the test session the application
    takes every later mouse move for a drag, so no widget is ever under the mouse.)"""
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(widget, left, none, pos)
    QTest.mouseRelease(widget, left, none, pos)
    QTest.mouseDClick(widget, left, none, pos)
    QTest.mouseRelease(widget, left, none, pos)


def wheel(widget: QWidget, notches: int, down: bool = True) -> bool:
    """The wheel turned ``notches`` notches (down, or up) over the middle of ``widget``;
    True if the widget took any of them. (A wheel from the window system goes on to the
    parents while none takes it; Qt does not pass on an event sent from code, so the
    caller sees the widget's side: whether it left the event untaken.)"""
    at = QPointF(widget.rect().center())
    taken = False
    for _ in range(notches):
        event = QWheelEvent(
            at,
            QPointF(widget.mapToGlobal(at)),
            QPoint(0, 0),
            QPoint(0, -120 if down else 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)
        taken = taken or event.isAccepted()
    return taken
