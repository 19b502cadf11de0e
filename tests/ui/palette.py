"""A dark application palette for a test, as a person's dark desktop theme gives it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DARK_WINDOW = QColor(30, 30, 30)


@contextmanager
def dark_palette() -> Iterator[QPalette]:
    """The application's palette made dark while the block runs (its events processed),
    then the palette it had put back (its events processed too)."""
    old = QApplication.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, DARK_WINDOW)
    dark.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 20, 20))
    try:
        QApplication.setPalette(dark)
        QApplication.processEvents()
        yield dark
    finally:
        QApplication.setPalette(old)
        QApplication.processEvents()
