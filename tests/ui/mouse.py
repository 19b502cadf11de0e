"""Mouse clicks as a person makes them, each press let go of again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


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
