"""Where the docks were: saved as the window closes, put back at the next start.

The docks (the classroom, the comparison, the race, the explorer) come back open or closed,
docked on their side or floating where they were, as a desktop app's panels do. Qt's
``QMainWindow.saveState`` writes their places by their object names; this module keeps it
in the settings with a version and a checksum, and is wary of what it reads back:

* a damaged state is never handed to Qt: ``restoreState`` crashed the process on a state
  with one count changed (a byte of a 354-byte state: 0x00000003 read as 0x00003c03), so a
  state must be whole, byte for byte as it was written (SHA-256), and of this version;
* a floating dock is kept on a screen: a state saved on a bigger screen (or with a second
  screen since unplugged) put it where no one could reach it.

A floating dock is shown once the window is (:func:`restore` hides it till then): shown
before it, it was stacked under the window as that came up (openbox), the explorer out of
sight behind it.

The toolbars the window shows only for a while (Guess First's bar, the era offer) are not
the state's to open: they stay as the window made them.
"""

from __future__ import annotations

import enum
import hashlib

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QToolBar

from keiconfig.ui.settings import Settings
from keiconfig.ui.soon import soon

KEY = "docks"  # the settings' window/docks
VERSION = 1  # of the docks' layout: a state of another version is not restored
_MAGIC = b"keiconfig-docks\x00"
_DIGEST = 32  # SHA-256


class Restored(enum.Enum):
    NONE = "none"  # nothing saved (a first start, or settings of an older keiconfig)
    RESTORED = "restored"
    UNUSABLE = "unusable"  # saved, but damaged, of another version or refused by Qt


def pack(state: QByteArray) -> QByteArray:
    """``state`` (Qt's) as kept in the settings: a mark, its checksum and itself."""
    data = bytes(state.data())
    return QByteArray(_MAGIC + hashlib.sha256(data).digest() + data)


def unpack(value: QByteArray) -> QByteArray | None:
    """Qt's state from a value :func:`pack` made, or None if it is not one, whole."""
    data = bytes(value.data())
    head = len(_MAGIC) + _DIGEST
    if len(data) <= head or not data.startswith(_MAGIC):
        return None
    digest, state = data[len(_MAGIC) : head], data[head:]
    if hashlib.sha256(state).digest() != digest:
        return None
    return QByteArray(state)


def save(window: QMainWindow, settings: Settings) -> None:
    """Keep the docks' places."""
    settings.set_state(KEY, pack(window.saveState(VERSION)))


def restore(window: QMainWindow, settings: Settings) -> tuple[Restored, list[QDockWidget]]:
    """Put the docks back as :func:`save` kept them (before the window shows); with the
    floating docks to show once the window is on screen (hidden till then)."""
    if not settings.q.contains(f"window/{KEY}"):
        return Restored.NONE, []
    value = settings.state(KEY)
    state = unpack(value) if value is not None else None
    if state is None:
        return Restored.UNUSABLE, []
    bars = {bar: bar.isHidden() for bar in window.findChildren(QToolBar)}
    if not window.restoreState(state, VERSION):
        return Restored.UNUSABLE, []
    for bar, hidden in bars.items():
        bar.setHidden(hidden)
    later = []
    for dock in window.findChildren(QDockWidget):
        if dock.isFloating():
            keep_on_screen(dock)
            if not dock.isHidden():
                dock.hide()
                later.append(dock)
    return Restored.RESTORED, later


def keep_on_screen(dock: QDockWidget) -> None:
    """A floating ``dock`` wholly on a screen, title bar and all: the screen its centre is
    on, else the window's (made smaller if the screen is)."""
    geometry = dock.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) or dock.parentWidget().screen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    frame = dock.frameGeometry()
    left, top = geometry.left() - frame.left(), geometry.top() - frame.top()
    right, bottom = frame.right() - geometry.right(), frame.bottom() - geometry.bottom()
    if (left, top, right, bottom) == (0, 0, 0, 0):  # not framed yet: room for a title bar
        top = dock.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dock)
    inside = avail.adjusted(left, top, -right, -bottom)
    width = min(geometry.width(), inside.width())
    height = min(geometry.height(), inside.height())
    x = min(max(geometry.left(), inside.left()), inside.left() + inside.width() - width)
    y = min(max(geometry.top(), inside.top()), inside.top() + inside.height() - height)
    placed = QRect(x, y, width, height)
    if placed != geometry:
        dock.setGeometry(placed)


class OnScreen(QObject):
    """Keeps the docks it watches on a screen once a person has dragged one out of the
    window: Qt floats it at its docked size where the mouse let go, and a Comparison
    dragged out at 1280x720 hung 260 px below the screen's edge, its buttons out of reach
    (seen under openbox)."""

    def watch(self, dock: QDockWidget) -> None:
        dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDockWidget)
            and event.type() == QEvent.Type.MouseButtonRelease
            and watched.isFloating()
        ):
            # (once the release is handled: the dock may have been docked by it)
            soon(watched, lambda: watched.isFloating() and keep_on_screen(watched))
        return False
