"""Small icons drawn as SVG files in ``resources/icons`` (one per body style).

The SVGs are drawn in black; :func:`body_style_icon` recolours them to the palette's text
colour so they read in light and dark schemes. An unknown style raises ``KeyError``
(a misspelt icon fails loudly, not as a blank square).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from keiconfig.core.build import BODY_STYLES
from keiconfig.core.resources_path import resource_path

_SIZES = (16, 24, 32, 48, 64)


def icon_path(style: str) -> Path:
    if style not in BODY_STYLES:
        raise KeyError(f"no icon for body style {style!r}")
    return resource_path("icons", f"{style}.svg")


def svg_text(style: str) -> str:
    return icon_path(style).read_text(encoding="utf-8")


def body_style_icon(style: str) -> QIcon:
    """The icon of ``style`` in the current text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(style, colour)


@cache
def _icon(style: str, colour: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # only needed once icons are drawn

    svg = svg_text(style).replace("#000000", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for h in _SIZES:
        pm = QPixmap(h * 2, h)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, h * 2, h))
        painter.end()
        icon.addPixmap(pm)
    return icon
