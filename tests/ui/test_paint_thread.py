"""The window paints on its own thread alone (keiconfig.ui.app.make_app): Qt's raster engine
would hand any fill of more than a few dozen spans to a pool of threads and wait for them,
which on two busy cores cost far more than the fill (a change of a drag makes hundreds)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter (Qt reads its setting once, and a pool once made lives on): the
# application made as keiconfig makes it, or Qt's own; the process's threads counted before
# and after painting translucent antialiased shapes of a few hundred spans each. Prints the
# two counts and a digest of the pixels.
_PAINT = """
import hashlib, os, sys
sys.path.insert(0, {root!r})
{setup}
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF
image = QImage(500, 300, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(0xFFFFFFFF)
before = len(os.listdir("/proc/self/task"))
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
painter.setPen(Qt.PenStyle.NoPen)
for i in range(40):
    painter.setBrush(QColor(20 * (i % 12), 0, 0, 40))
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(11.2 + i, 42.6), QPointF(373.2, 40 + i),
                               QPointF(373.2, 266), QPointF(11.2, 266 - i)]))
    path.closeSubpath()
    painter.drawPath(path)
painter.end()
after = len(os.listdir("/proc/self/task"))
print(before, after, hashlib.sha256(bytes(image.constBits())).hexdigest())
"""
_KEICONFIG = "from keiconfig.ui.app import make_app\napp = make_app()"
_QT = "from PySide6.QtWidgets import QApplication\napp = QApplication([])"


def _paint(setup: str) -> tuple[int, int, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", _PAINT.format(root=str(ROOT), setup=setup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    return int(out[0]), int(out[1]), out[2]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_window_paints_on_its_own_thread_and_the_pixels_are_the_same():
    before, after, pixels = _paint(_KEICONFIG)
    assert after == before  # no thread was started to paint
    _before, _after, qt_pixels = _paint(_QT)  # Qt's own way, its pool and all
    assert pixels == qt_pixels
