"""Keys as a person presses them: the keyboard focus given to a widget in an active window,
as a click would, and key presses sent where typing goes (the focused widget), never an
action triggered from code."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

T = TypeVar("T")


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


# A timer looking for what a key press is about to show looks this often, at most this many
# times: what is shown at all is there within a few looks, and one never shown ends the
# looking (it would otherwise go on into later tests and answer their questions).
LOOK_MS = 20
MOST_LOOKS = 3000


def when_ready(ready: Callable[[], T | None], act: Callable[[T], None]) -> None:
    """``act(found)`` once ``ready()`` finds something (not None): looked for at the next
    turn of the event loop, then every :data:`LOOK_MS` (it is shown inside a key press's
    handler, or a dialog's own event loop), at most :data:`MOST_LOOKS` times."""
    looks = 0

    def look() -> None:
        nonlocal looks
        found = ready()
        if found is not None:
            act(found)
            return
        looks += 1
        if looks < MOST_LOOKS:
            QTimer.singleShot(LOOK_MS, look)

    QTimer.singleShot(0, look)


def focused_in_modal(kind: type[QWidget] = QWidget) -> tuple[Any, QWidget] | None:
    """The modal ``kind`` on screen and the widget in it with the keyboard focus, or None
    while there is none or the focus is elsewhere."""
    modal = QApplication.activeModalWidget()
    target = QApplication.focusWidget()
    if not isinstance(modal, kind) or target is None or target.window() is not modal:
        return None
    return modal, target


def when_question_shown(answer: Callable[[QMessageBox, QWidget], None]) -> None:
    """Once a question (a modal QMessageBox) is on screen with the keyboard focus in it,
    ``answer(box, focused)``: press its keys there as a person would (:func:`when_ready`)."""
    when_ready(lambda: focused_in_modal(QMessageBox), lambda found: answer(*found))
