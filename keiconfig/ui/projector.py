"""Projector mode: a high-contrast light palette, larger text and thicker plot lines,
and fewer controls on screen.

A washed-out classroom projector loses pale colours and thin lines first, so the mode
sets a pure white background with near-black text and dark, saturated accents, scales
the application font by :data:`FONT_SCALE` and the plot pens by :data:`PEN_SCALE`.

It also hides the advanced controls a class rarely needs, so the rest fits on screen:

* engine: intercooler, cycle (two-/four-stroke), valves per cylinder, redline;
* the whole "pinned figures" (overrides) panel.

Nothing is lost: the build keeps those values, and turning the mode off shows the
controls again and puts the previous palette and text size back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from keiconfig.ui.main_window import MainWindow

FONT_SCALE = 1.5
PEN_SCALE = 2.0

# Engine controls hidden in projector mode (attribute names on the engine panel).
HIDDEN_ENGINE_CONTROLS = ("intercooler", "cycle", "valves", "redline")

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
    """Turns projector mode on and off for one main window (and the application)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._saved_palette: QPalette | None = None
        self._saved_sizes: list[int] = []
        self.enabled = False

    def hidden_controls(self) -> list[QWidget]:
        """The controls projector mode hides (for tests and the documentation)."""
        w = self._window
        engine = [getattr(w.engine_panel, name) for name in HIDDEN_ENGINE_CONTROLS]
        return [*engine, w.overrides_panel]

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        w = self._window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if on:
            self._saved_palette = QPalette(app.palette())
            self._saved_sizes = w.right_splitter.sizes()
            app.setPalette(projector_palette())
        elif self._saved_palette is not None:
            app.setPalette(self._saved_palette)
            self._saved_palette = None
        w.projector_scale = FONT_SCALE if on else 1.0
        w._apply_text_scale(w.settings.text_scale)
        w.plots_panel.set_pen_scale(PEN_SCALE if on else 1.0)
        tools = getattr(w, "compare_tools", None)  # the comparison and the ghost curve
        if tools is not None:
            tools.set_pen_scale(PEN_SCALE if on else 1.0)
        # The engine panel shows its rows by powertrain and mode (an electric build hides
        # the engine's rows whatever the mode); the gearing rows are advanced too.
        w.engine_panel.set_projector(on)
        set_gearing = getattr(w.drivetrain_panel, "set_projector", None)
        if set_gearing is not None:
            set_gearing(on)
        w.overrides_panel.setVisible(not on)
        # The plots matter most on a projector: give them the larger share of the height.
        if on:
            total = sum(w.right_splitter.sizes())
            w.right_splitter.setSizes([int(total * 0.42), total - int(total * 0.42)])
        elif self._saved_sizes:
            w.right_splitter.setSizes(self._saved_sizes)
