"""Colours that follow the application palette (light or dark), for plots, drawings and status.

Call :func:`colours` whenever painting or re-styling: it reads the current
``QApplication`` palette, so it is always right after the user switches between
light and dark. Widgets that cache colours (plots) re-style themselves when the
palette changes: either override ``changeEvent`` and test :func:`is_palette_event`,
or call :func:`watch_palette` with a callback.

Status and category colours come from the Okabe–Ito colour-blind-safe set, each in
a darker shade on light backgrounds and a lighter one on dark backgrounds. Colour
never carries information alone: every status also has an icon and a word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# Okabe & Ito (2008): distinguishable with the common colour-vision deficiencies.
_ORANGE = "#E69F00"
_SKY = "#56B4E9"
_GREEN = "#009E73"
_YELLOW = "#F0E442"
_BLUE = "#0072B2"
_VERMILLION = "#D55E00"
_PURPLE = "#CC79A7"


@dataclass(frozen=True)
class Colours:
    dark: bool
    text: QColor
    muted: QColor  # secondary text, grid
    background: QColor  # window / plot background
    base: QColor  # field background (drawing paper)
    better: QColor  # a change for the better; a passing rule
    worse: QColor  # a change for the worse; a failing rule
    warn: QColor  # close to a limit
    body_fill: QColor
    body_line: QColor
    legal_box: QColor
    overhang: QColor
    speed: QColor
    torque: QColor
    power: QColor
    cap: QColor
    marker: QColor
    limits: dict[str, QColor]  # traction/power/shift/rev_limit/drag -> opaque colour

    def limit_fill(self, name: str, alpha: int | None = None) -> QColor:
        """The translucent shade for a 'what limits the car' region."""
        c = QColor(self.limits[name])
        c.setAlpha(alpha if alpha is not None else (70 if self.dark else 60))
        return c


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    pal = _palette(palette)
    return (
        pal.color(QPalette.ColorRole.Window).lightness()
        < pal.color(QPalette.ColorRole.WindowText).lightness()
    )


_cache: dict[tuple[int, int, int], Colours] = {}


def colours(palette: QPalette | None = None) -> Colours:
    """The colour set for ``palette`` (default: the application's current palette).

    Cheap to call on every paint: the set is cached by the palette's colours.
    """
    pal = _palette(palette)
    key = (
        pal.color(QPalette.ColorRole.Window).rgba(),
        pal.color(QPalette.ColorRole.WindowText).rgba(),
        pal.color(QPalette.ColorRole.Base).rgba(),
    )
    cached = _cache.get(key)
    if cached is None:
        if len(_cache) > 16:
            _cache.clear()
        cached = _cache[key] = _make_colours(pal)
    return cached


def _make_colours(pal: QPalette) -> Colours:
    dark = is_dark(pal)
    text = pal.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setAlpha(150)
    body_fill = QColor(text)
    body_fill.setAlpha(40)
    if dark:
        better, worse, warn = QColor("#4FD1A5"), QColor("#FF8A5C"), QColor(_YELLOW)
        speed, torque, power = QColor(_SKY), QColor("#E8A6CC"), QColor("#7FD0FF")
        legal, overhang = QColor("#9ecbff"), QColor("#FF6B4A")
    else:
        # warn is the words of a row over the makers' agreement: #8A6D00 was 4.3:1 on the
        # window's #efefef, below the 4.5:1 that text needs (WCAG AA); #7A6000 is 5.2:1
        better, worse, warn = QColor("#00735A"), QColor("#B23A00"), QColor("#7A6000")
        speed, torque, power = QColor(_BLUE), QColor("#A2477F"), QColor(_BLUE)
        legal, overhang = QColor("#1f5fa8"), QColor("#C8102E")
    return Colours(
        dark=dark,
        text=text,
        muted=muted,
        background=pal.color(QPalette.ColorRole.Window),
        base=pal.color(QPalette.ColorRole.Base),
        better=better,
        worse=worse,
        warn=warn,
        body_fill=body_fill,
        body_line=QColor(text),
        legal_box=legal,
        overhang=overhang,
        speed=speed,
        torque=torque,
        power=power,
        cap=QColor(_VERMILLION) if not dark else QColor("#FF8A5C"),
        marker=QColor(text),
        limits={
            "traction": QColor(_VERMILLION),
            "power": QColor(_SKY),
            "shift": QColor(_YELLOW),
            "rev_limit": QColor(_PURPLE),
            "drag": QColor(_GREEN),
        },
    )


def _luminance(colour: QColor) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it looks laid over the opaque ``background`` (its alpha blended)."""
    a = colour.alphaF()
    return QColor(
        round(colour.red() * a + background.red() * (1 - a)),
        round(colour.green() * a + background.green() * (1 - a)),
        round(colour.blue() * a + background.blue() * (1 - a)),
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, from 1 (the same) to 21 (black on
    white). Text needs 4.5 (AA), a control's edge or a focus sign 3."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def css(colour: QColor) -> str:
    """``#rrggbb`` (or ``rgba(...)`` when translucent) for style sheets."""
    if colour.alpha() < 255:
        return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
    return colour.name(QColor.NameFormat.HexRgb)


def is_palette_event(event: QEvent) -> bool:
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class _PaletteWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_palette_event(event):
            self._callback()
        return False


def watch_palette(widget: QWidget, callback: Callable[[], None]) -> QObject:
    """Call ``callback`` whenever ``widget``'s palette or the application palette changes.

    The watcher is a child of ``widget`` and lives as long as it does.
    """
    return _PaletteWatcher(widget, callback)
