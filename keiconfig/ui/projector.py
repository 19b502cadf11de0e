"""Projector mode: a high-contrast light palette, larger text and thicker plot lines,
and fewer controls on screen.

A washed-out classroom projector loses pale colours and thin lines first, so the mode
sets a pure white background with near-black text and dark, saturated accents. The rest
follows the view state's ``projector`` flag, which this object sets: the window scales the
text by :data:`FONT_SCALE` and hides the advanced controls a class rarely needs (body:
construction; engine: intercooler, cycle, valves per cylinder, cooling, redline; motor:
top speed; drivetrain: gear ratios and final drive; the whole "pinned figures" panel),
and the plots draw their pens :data:`PEN_SCALE` times thicker.

Nothing is lost: the build keeps those values, and turning the mode off shows the
controls again and puts the previous palette and text size back.

A class in front of the projector when keiconfig stops without closing (a crash, a power
cut, the process killed) gets it back in projector mode, as it gets its text size back:
while the mode is on, a lock file in the data folder (:data:`LOCK_FILE`) holds the process
id; turning the mode off or closing the window removes it. At the next start a lock left by
a process that is gone (:func:`left_on_by_a_stop`) turns the mode on again. A window closed
in projector mode starts without it, as always (the room may be another).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from keiconfig.ui.settings import data_dir
from keiconfig.ui.view_state import PROJECTOR_FONT_SCALE, PROJECTOR_PEN_SCALE, ViewState

FONT_SCALE = PROJECTOR_FONT_SCALE
PEN_SCALE = PROJECTOR_PEN_SCALE

LOCK_FILE = "projector.lock"

_TEXT = "#111111"
_ACCENT = "#003C8F"  # a dark, saturated blue for selection and links


def projector_palette() -> QPalette:
    """Pure white backgrounds, near-black text, dark saturated accents."""
    white, text, accent = QColor("#FFFFFF"), QColor(_TEXT), QColor(_ACCENT)
    pal = QPalette()
    R = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (R.Window, white),
            (R.Base, white),
            (R.AlternateBase, QColor("#EDEDED")),
            (R.Button, QColor("#F4F4F4")),
            (R.ToolTipBase, white),
            (R.WindowText, text),
            (R.Text, text),
            (R.ButtonText, text),
            (R.ToolTipText, text),
            (R.BrightText, QColor("#B00000")),
            (R.PlaceholderText, QColor("#444444")),
            (R.Highlight, accent),
            (R.HighlightedText, white),
            (R.Link, accent),
            (R.LinkVisited, QColor("#5A1E8C")),
            (R.Light, white),
            (R.Midlight, QColor("#DDDDDD")),
            (R.Mid, QColor("#888888")),
            (R.Dark, QColor("#444444")),
            (R.Shadow, QColor("#000000")),
        ):
            pal.setColor(group, role, colour)
    disabled = QColor("#5A5A5A")
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    for role in (R.Window, R.Base, R.Button):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#F4F4F4"))
    return pal


class Projector(QObject):
    """Turns projector mode on and off: the application's palette and the view state."""

    def __init__(self, view: ViewState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._saved_palette: QPalette | None = None
        self._lock: QLockFile | None = None  # held while the mode is on

    @property
    def enabled(self) -> bool:
        return self._view.projector

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if on:
            self._saved_palette = QPalette(app.palette())
            app.setPalette(projector_palette())
        elif self._saved_palette is not None:
            app.setPalette(self._saved_palette)
            self._saved_palette = None
        self._view.set_projector(on)
        self._hold(on)

    def _hold(self, on: bool) -> None:
        """While the mode is on, the lock file says so (none if another keiconfig's window
        holds it: that one's says so)."""
        if not on:
            self.release()
            return
        if self._lock is not None:
            return
        from keiconfig.ui.autosave import lock_file

        path = _lock_path()
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_file(path)
        if lock.tryLock(0):
            self._lock = lock

    def release(self) -> None:
        """The window closed (or the mode turned off): nothing to bring back."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _lock_path() -> Path:
    return data_dir() / LOCK_FILE


def left_on_by_a_stop() -> bool:
    """The last keiconfig in projector mode stopped without closing (a crash, a power cut,
    killed): its lock file is there and the process that held it is gone. Removes it."""
    from keiconfig.ui.autosave import lock_file, take_lock

    path = _lock_path()
    if not path.exists():
        return False
    lock = lock_file(path)
    if not take_lock(lock, path):  # a window in projector mode now, or not ours to judge
        return False
    lock.unlock()
    return True
