"""Small icons drawn as SVG files in ``resources/icons`` (one per body style).

The SVGs are drawn in black; :func:`body_style_icon` recolours them to the palette's text
colour so they read in light and dark schemes. An unknown style raises ``KeyError``
(a misspelt icon fails loudly, not as a blank square).

The icons are vector all the way: an :class:`_SvgIconEngine` draws the SVG at whatever
size and device pixel ratio Qt asks for, when it first asks (sharp at 150 % and 200 %,
and nothing is drawn at start-up for the styles nobody has looked at yet).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from keiconfig.core.build import BODY_STYLES
from keiconfig.core.resources_path import resource_path


def icon_path(style: str) -> Path:
    if style not in BODY_STYLES:
        raise KeyError(f"no icon for body style {style!r}")
    return resource_path("icons", f"{style}.svg")


def svg_text(style: str) -> str:
    return icon_path(style).read_text(encoding="utf-8")


def body_style_icon(style: str) -> QIcon:
    """The icon of ``style`` in the current text colour (greyed when its control is)."""
    palette = QGuiApplication.palette()
    role = QPalette.ColorRole.WindowText
    normal = palette.color(QPalette.ColorGroup.Active, role).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, role).name()
    return _icon(style, normal, disabled)


def paint_body_style(painter: QPainter, style: str, rect: QRectF, colour: QColor) -> None:
    """Draw the icon of ``style`` into ``rect`` (2:1, nose to the right, wheels at the
    bottom) in ``colour``: the race draws each car with its body style's icon."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _style_renderer(style, colour.name()).render(painter, rect)
    painter.restore()


@cache
def _style_renderer(style: str, colour: str):  # -> QSvgRenderer
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(svg_text(style).replace("#000000", colour).encode("utf-8")))


@cache
def _icon(style: str, colour: str, disabled_colour: str) -> QIcon:
    svg = svg_text(style)  # read now: a missing file fails here, not at paint time
    return QIcon(_SvgIconEngine(svg, colour, disabled_colour))


class _SvgIconEngine(QIconEngine):
    """Draws one black-on-transparent SVG in a given colour, at any size, on demand."""

    def __init__(self, svg: str, colour: str, disabled_colour: str) -> None:
        super().__init__()
        self._svg = svg
        self._colours = (colour, disabled_colour)
        self._renderers: dict[bool, object] = {}  # disabled? -> QSvgRenderer, made on use

    def _renderer(self, disabled: bool):  # -> QSvgRenderer
        renderer = self._renderers.get(disabled)
        if renderer is None:
            from PySide6.QtSvg import QSvgRenderer  # only needed once an icon is drawn

            svg = self._svg.replace("#000000", self._colours[disabled])
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderers[disabled] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode == QIcon.Mode.Disabled).render(painter, QRectF(rect))
        painter.restore()

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, device.width(), device.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, *self._colours)

    def key(self) -> str:
        return "keiconfig-svg"
