"""Typing not yet entered (no Enter, the focus still in the box) is the person's work too:
Save saves it, and Quit asks about it instead of dropping it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from tests.ui.keys import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_s_saves_a_name_and_digits_typed_without_enter(
    main_window, dialogs, tmp_path, qtbot
) -> None:
    path = tmp_path / "car.kei.json"
    files.save_build(changed(default_build(), {"name": "Old name"}), path)
    assert main_window.open_path(path, ask=False)
    focus(qtbot, main_window.body_panel.name)
    press(Qt.Key.Key_A, CTRL)
    type_text("New name")
    press(Qt.Key.Key_S, CTRL)  # the focus still in the name box
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "New name"
    assert not main_window.document.modified

    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_A, CTRL)
    type_text("3300")
    press(Qt.Key.Key_S, CTRL)
    assert json.loads(path.read_text(encoding="utf-8"))["body"]["length_mm"] == 3300
    assert not main_window.document.modified and main_window.document.build.body.length_mm == 3300


def test_ctrl_q_asks_about_digits_typed_without_enter(main_window, dialogs, qtbot) -> None:
    main_window.document.undo_stack.setClean()
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_A, CTRL)
    type_text("3200")
    dialogs.unsaved_answer = QMessageBox.StandardButton.Cancel
    press(Qt.Key.Key_Q, CTRL)
    assert dialogs.unsaved_asked == [main_window.document.build.name]  # asked, not dropped
    assert main_window.isVisible() and main_window.document.build.body.length_mm == 3200
