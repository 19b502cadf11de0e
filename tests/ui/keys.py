"""Keys as a person presses them: the keyboard focus given to a widget in an active window,
as a click would, and key presses sent where typing goes (the focused widget), never an
action triggered from code."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active one, as a person would. With no window manager (offscreen,
    a bare X server) the application's own request is enough. A window manager may refuse
    it, as openbox does an application's request after keys sent inside the process (it
    sees no user time newer than the window it keeps active): on X, the window is then
    activated as a click on its task bar entry does (``xdotool windowactivate``, the
    pager's request, which a window manager honours)."""
    window.activateWindow()
    active = lambda: QApplication.activeWindow() is window  # noqa: E731
    try:
        qtbot.waitUntil(active, timeout=1000)
        return
    except qtbot.TimeoutError:
        xdotool = shutil.which("xdotool")
        if QGuiApplication.platformName() != "xcb" or xdotool is None:
            raise
    subprocess.run(
        [xdotool, "windowactivate", "--sync", str(int(window.winId()))],
        check=True,
        timeout=10,
    )
    qtbot.waitUntil(active)


def focus(qtbot, widget: QWidget) -> QWidget:
    """Give ``widget`` the keyboard focus, in an active window, as a click would; returns
    the widget typing now goes to."""
    activate(qtbot, widget.window())
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


def when_question_shown(answer: Callable[[QMessageBox, QWidget], None]) -> None:
    """Once a question (a modal QMessageBox) is on screen with the keyboard focus in it,
    ``answer(box, focused)``: press its keys there as a person would. Posted now, looked for
    again every 20 ms until it is (the question is asked inside a key press's handler)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        target = QApplication.focusWidget()
        if not isinstance(box, QMessageBox) or target is None or target.window() is not box:
            QTimer.singleShot(20, look)  # (the question not on screen yet)
            return
        answer(box, target)

    QTimer.singleShot(0, look)
