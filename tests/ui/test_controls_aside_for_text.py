"""At the largest text the controls step aside rather than stay a sliver, and say so.

A teacher at a 1280x720 projector turns on projector mode (F5) and makes the text larger
for the back of the room (Ctrl+= four or five times). The dashboard keeps its key figures
and verdict readable, so the controls column got what was left: 91 px at four steps, 65 at
five, each row cut to its first letters, with nothing to say why. Now, narrower than half
its wrapped rows (``dock_room.SLIVER_SHARE``), the column steps aside as it does for docks,
and the status bar's line says why and names the keys that bring it back (Smaller Text's,
and projector mode's), with no Show controls button (there is no dock to close). Ctrl+0
brings the controls back, the focus in the control that had it.

Keys are sent where typing goes. The screen is the case's (``a_screen``): told where no
window manager keeps a window on it (offscreen, the window filling it), maximised under
one (openbox on a 1280x720 screen). Marked ``desktop``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from keiconfig.ui.dock_room import SLIVER_SHARE
from keiconfig.ui.main_window import has_window_frame
from tests.ui.keys import focus
from tests.ui.test_layout import projector_off  # noqa: F401 - a fixture
from tests.ui.test_show_controls import _native
from tests.ui.test_text_size_round_trip import press
from tests.ui.test_window_on_screen import a_screen, fill

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(action: QAction) -> str:
    """ "(Ctrl+-)": an action's key as the line names it (the platform's way)."""
    return f"({_native(action)})"


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_controls_step_aside_at_the_largest_text_and_the_line_says_how_back(
    language,
    main_window,
    qtbot,
    monkeypatch,
    projector_off,  # noqa: F811
):
    w = main_window
    screen = a_screen(monkeypatch, w, 1280, 720)
    if has_window_frame(w):
        w.showMaximized()
        qtbot.waitUntil(w.isMaximized)
    else:
        fill(qtbot, w, screen)
    hint, controls = w.controls_hint, w.controls_scroll
    projector = w.classroom.projector_action
    slider = w.body_panel.length.slider
    focus(qtbot, slider)
    try:
        press(qtbot, w, Qt.Key.Key_F5)
        assert projector.isChecked() and controls.isVisible() and not hint.isVisible()
        aside = 0
        for _ in range(5):
            press(qtbot, w, Qt.Key.Key_Equal, CTRL)
            if controls.isVisible():
                # never a sliver: at least half its wrapped rows (it scrolls sideways)
                assert controls.width() >= SLIVER_SHARE * w.dock_room.least(), (
                    controls.width(),
                    w.dock_room.least(),
                )
                assert not hint.isVisible()
                continue
            aside += 1
            assert hint.isVisible()
            text = hint.text()
            assert _key(w.smaller_action) in text and _key(projector) in text, text
            if language == "ja":
                assert "Controls" not in text  # translated
            assert hint.show_button.isHidden()  # no dock to close
            assert not w.show_controls_action.isEnabled()
            moved = QApplication.focusWidget()  # the keys on a control on screen
            assert moved is not None and moved.window() is w and moved.isVisible()
            assert screen.contains(w.frameGeometry()) or not has_window_frame(w)
        assert aside  # (the case: at the largest text the column was a sliver)
        # out of projector mode at the same text size the column has room again
        press(qtbot, w, Qt.Key.Key_F5)
        assert not projector.isChecked()
        if controls.isHidden():
            assert _key(w.smaller_action) in hint.text()
            assert _key(projector) not in hint.text()
        press(qtbot, w, Qt.Key.Key_0, CTRL)
        qtbot.waitUntil(controls.isVisible)
        assert not hint.isVisible()
        assert QApplication.focusWidget() is slider  # where it was as they stepped aside
    finally:
        w.zoom(None)
        if w.isMaximized():
            w.showNormal()
