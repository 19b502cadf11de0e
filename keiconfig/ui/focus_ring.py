"""The keyboard focus shown on a plot.

A plot takes the focus on its way through the window with Tab (so a screen reader reads
what it shows: its accessible name and description), but the style draws nothing round a
focused graphics view: Tab went to the speed plot and the gearing plot and seemed to go
nowhere. :class:`FocusRing` draws a line of the palette's highlight colour round whatever
plot of the window has the keyboard focus (its docks' too), as long as it has it.

In projector mode it rings every control that has the focus (:meth:`FocusRing.set_everywhere`):
the style's own sign, a one-pixel change of a button's or a box's border, is lost on a
washed-out projector, and a class follows the teacher's keys by it.

It does so too wherever the desktop's palette makes the style's sign faint
(:func:`style_sign_is_faint`): the style draws it in the highlight colour, made darker, and
GNOME's Adwaita dark gives a deep blue (#15539e) on a #323232 window, 1.7:1, about 1.3:1
once darker; under 3:1 (WCAG's least for a control's edge or a focus sign) a person who
uses only the keyboard could not see where the keys were. The ring itself is drawn in
:func:`ring_colour`: the highlight, made lighter (on a dark palette) or darker until it
stands 3:1 against the window and the fields.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QGraphicsView, QWidget

from keiconfig.ui import theme

LEAST = 3.0  # WCAG 2's least contrast for a focus sign against what is next to it


def _against(colour: QColor, palette: QPalette) -> float:
    """``colour``'s contrast with the palette's window and fields, the weaker of the two."""
    return min(
        theme.contrast(colour, palette.color(QPalette.ColorRole.Window)),
        theme.contrast(colour, palette.color(QPalette.ColorRole.Base)),
    )


def style_sign_is_faint(palette: QPalette) -> bool:
    """The style's own focus sign (its highlight made darker by a quarter: Fusion's, the
    style of a Linux desktop) stands less than 3:1 against the window or the fields."""
    return _against(palette.color(QPalette.ColorRole.Highlight).darker(125), palette) < LEAST


def ring_colour(palette: QPalette) -> QColor:
    """The highlight, or the nearest shade of it (lighter on a dark palette, darker on a
    light one) that stands 3:1 against the window and the fields."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(255)
    lighter = theme.is_dark(palette)
    for _ in range(40):
        if _against(colour, palette) >= LEAST:
            return colour
        h, s, lightness, _a = colour.getHsl()
        step = 8 if lighter else -8
        colour = QColor.fromHsl(max(h, 0), s, max(0, min(255, lightness + step)))
    return QColor("white") if lighter else QColor("black")


def ring_width(widget: QWidget) -> int:
    """The line's width: two pixels at the usual text size, more with larger text."""
    return max(2, round(widget.fontMetrics().height() / 8))


class FocusRing(QObject):
    """Four edges (plain widgets filled with :func:`ring_colour`, never taking a click or
    the focus) inside the border of the graphics view of ``host`` (a window, with its
    docks, floating too) that has the keyboard focus; in projector mode, or where the
    style's sign is faint, of any control (its dialogs' too)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._edges: list[QWidget] = []
        self._around: QWidget | None = None
        self._everywhere = False  # projector mode
        self._faint = style_sign_is_faint(host.palette())  # the desktop's palette
        self._colour = ring_colour(host.palette())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        theme.watch_palette(host, self._palette_changed)

    @property
    def around(self) -> QWidget | None:
        """The widget the ring is round now (None: none)."""
        return self._around

    def edges(self) -> list[QWidget]:
        return [e for e in self._edges if shiboken6.isValid(e)]

    @property
    def colour(self) -> QColor:
        """The ring's colour now."""
        return QColor(self._colour)

    def everywhere(self) -> bool:
        """Every focused control is ringed (projector mode, or a faint style sign)."""
        return self._everywhere or self._faint

    def set_everywhere(self, on: bool) -> None:
        """Ring every focused control of the window (projector mode), not the plots alone."""
        self._everywhere = on
        self._focus_changed(None, QApplication.focusWidget())

    def _palette_changed(self) -> None:
        palette = self._host.palette()
        self._faint = style_sign_is_faint(palette)
        self._colour = ring_colour(palette)
        self._focus_changed(None, QApplication.focusWidget())

    def _rings(self, widget: QWidget) -> bool:
        if isinstance(widget, QGraphicsView):
            return True
        window = widget.window()  # not a menu's or a choice's popup list
        return self.everywhere() and (
            window is self._host or isinstance(window, (QDockWidget, QDialog))
        )

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        around = self._around
        if around is not None and shiboken6.isValid(around):
            around.removeEventFilter(self)
        self._around = None
        for edge in self.edges():
            edge.hide()
        if new is not None and shiboken6.isValid(new) and self._holds(new) and self._rings(new):
            self._around = new
            new.installEventFilter(self)  # its resizes
            self._place(new)

    def _holds(self, widget: QWidget) -> bool:
        w: QWidget | None = widget
        while w is not None and w is not self._host:
            w = w.parentWidget()
        return w is self._host

    def _place(self, view: QWidget) -> None:
        self._edges = self.edges()
        while len(self._edges) < 4:
            edge = QWidget()
            edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            edge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            edge.setAutoFillBackground(True)
            edge.setBackgroundRole(QPalette.ColorRole.Window)
            self._edges.append(edge)
        w, h, t = view.width(), view.height(), ring_width(view)
        places = ((0, 0, w, t), (0, h - t, w, t), (0, 0, t, h), (w - t, 0, t, h))
        for edge, (x, y, ew, eh) in zip(self._edges, places, strict=True):
            if edge.parentWidget() is not view:
                edge.setParent(view)
            if edge.palette().color(QPalette.ColorRole.Window) != self._colour:
                palette = QPalette(edge.palette())
                palette.setColor(QPalette.ColorRole.Window, self._colour)
                edge.setPalette(palette)
            edge.setGeometry(x, y, ew, eh)
            edge.raise_()
            edge.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._around
            and isinstance(watched, QWidget)
            and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange)
        ):
            self._place(watched)
        return False
