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


def desktop_palettes() -> dict[str, QPalette]:
    """The palettes of two desktops as Qt reads them (QT_QPA_PLATFORMTHEME=gtk3 on Linux):
    Fusion's own light one, and GNOME's Adwaita dark (GTK_THEME=Adwaita:dark), whose
    highlight is a deep blue, #15539e, on a #323232 window."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    light = QPalette(style.standardPalette())
    dark = QPalette(light)
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#323232"),
        (role.WindowText, "#ffffff"),
        (role.Base, "#323232"),
        (role.AlternateBase, "#2f2f2f"),
        (role.Text, "#ffffff"),
        (role.Button, "#323232"),
        (role.ButtonText, "#ffffff"),
        (role.Highlight, "#15539e"),
        (role.HighlightedText, "#ffffff"),
        (role.Light, "#3e3e3e"),
        (role.Mid, "#383838"),
        (role.Dark, "#2c2c2c"),
        (role.PlaceholderText, "#9b9b9b"),
    ):
        dark.setColor(r, QColor(colour))
    return {"light": light, "adwaita-dark": dark}


@contextmanager
def app_palette(palette: QPalette) -> Iterator[QPalette]:
    """The application's palette ``palette`` while the block runs (as :func:`dark_palette`)."""
    old = QApplication.palette()
    try:
        QApplication.setPalette(palette)
        QApplication.processEvents()
        yield palette
    finally:
        QApplication.setPalette(old)
        QApplication.processEvents()
