"""A window manager's frame counts: the least window, in its frame, fits the screen.

At 960x540 under openbox (a 19 px title bar), Japanese, projector mode, the window's least
height was 539 px, so the maximised window with its frame was 558 px high on a 540 px
screen: the status bar (its sentence and the 'Show controls' button) was cut at the
bottom. The dashboard's least height left out the frame. No window manager frames a window
here (offscreen, or xvfb-run's bare X server), so the frame is given to the dashboard.
Looked at under openbox on a 960x540 and 1024x576 Xvfb: the window is 960x521 at y=19,
the status bar whole. Marked ``desktop``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from keiconfig.ui import dashboard as dashboard_module
from keiconfig.ui.dashboard import room_on_screen
from tests.ui.test_layout import settle

pytestmark = pytest.mark.desktop

FRAME = 19  # openbox's title bar and borders, in height


def test_room_on_screen_leaves_the_frame_its_height():
    assert room_on_screen(400, 521, FRAME, 540) == 400  # framed, it fits
    assert room_on_screen(400, 539, FRAME, 540) == 382  # 558 framed: 18 px less room
    assert room_on_screen(400, 539, 0, 540) == 400  # no frame: 539 fits
    assert room_on_screen(400, 600, 0, 540) == 340


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("size", [(960, 540), (1024, 576)], ids=["960x540", "1024x576"])
def test_the_least_framed_window_fits_a_small_screen(
    language, size, main_window_factory, qtbot, monkeypatch
):
    width, height = size
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))
    monkeypatch.setattr(dashboard_module, "frame_height", lambda window: FRAME)
    window = main_window_factory()
    try:
        window.classroom.projector_action.setChecked(True)
        window.resize(width, height - FRAME)
        settle(qtbot, window)
        least = window.minimumSizeHint().height()
        assert least + FRAME <= height, f"{language} at {size}: least {least} px + frame"
        assert window.height() + FRAME <= height, window.size()
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
