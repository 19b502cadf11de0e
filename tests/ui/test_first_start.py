"""The first start as a newcomer meets it: the keiconfig command on a fresh machine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop


def test_the_first_start_says_what_to_do_and_where_the_help_is(qtbot, monkeypatch):
    """keiconfig opened on a default car with nothing saying what to do or where help is
    (File > Open Preset, F1 and Shift+F1 were for the menus to reveal). The first start
    says it in the status bar, until the first change of the build; the next start, with
    the window's size kept, says nothing."""
    from keiconfig.ui import app, collector, errors, recovery_dialog

    monkeypatch.setattr(errors, "install_excepthook", lambda: None)  # (the test's own hooks)
    monkeypatch.setattr(collector, "install", lambda: None)
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda window: None)
    windows = []
    try:
        window = app.start_window()
        windows.append(window)
        qtbot.waitExposed(window)
        welcome = window.statusBar().currentMessage()
        assert "File > Open Preset (Ctrl+Shift+O)" in welcome
        assert "F1 explains the model" in welcome and "Shift+F1" in welcome
        focus(qtbot, window.body_panel.length.spin)
        press(Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: window.document.undo_stack.count() > 0)
        assert window.statusBar().currentMessage() != welcome
        window.document.undo_stack.setClean()
        window.save_settings()
        window.close()
        again = app.start_window()
        windows.append(again)
        qtbot.waitExposed(again)
        assert "New here?" not in again.statusBar().currentMessage()
    finally:
        for w in windows:
            w.document.undo_stack.setClean()
            w.close()
            w.deleteLater()
