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
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from keiconfig.ui.view_state import PROJECTOR_FONT_SCALE, PROJECTOR_PEN_SCALE, ViewState

FONT_SCALE = PROJECTOR_FONT_SCALE
PEN_SCALE = PROJECTOR_PEN_SCALE

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
