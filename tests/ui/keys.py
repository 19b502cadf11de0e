"""Keys as a person presses them: the keyboard focus given to a widget in an active window,
as a click would, and key presses sent where typing goes (the focused widget), never an
action triggered from code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focus(qtbot, widget: QWidget) -> QWidget:
    """Give ``widget`` the keyboard focus, in an active window, as a click would; returns
    the widget typing now goes to."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press and release, sent where typing goes: the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, key, mods)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClicks(target, text)
