"""A dialog or menu no test answers is closed and named (``tests/ui/modal_watch.py``), so
a test that fails to answer it fails, instead of the whole run waiting in its event loop
until CI's limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from tests.ui.modal_watch import ModalWatch

_REAL_BOX_EXEC = QMessageBox.exec  # (conftest's dialogs fixture replaces it in each test)


def test_a_question_nobody_answers_is_closed_and_named(qtbot):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unsaved changes",
        "Save the changes?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    watch = ModalWatch(looks=2)
    try:
        answer = _REAL_BOX_EXEC(box)
    finally:
        watch.stop()
    assert watch.closed == ["QMessageBox 'Unsaved changes'"]
    assert answer != QMessageBox.StandardButton.Save
    assert not box.isVisible()


@pytest.mark.qt_log_ignore(  # offscreen: a menu cannot grab the keyboard there
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
def test_a_menu_nobody_chooses_from_is_closed_and_named(qtbot):
    menu = QMenu()
    menu.setTitle("Plots")
    menu.addAction("Torque")
    qtbot.addWidget(menu)
    watch = ModalWatch(looks=2)
    try:
        chosen = menu.exec(QPoint(20, 20))
    finally:
        watch.stop()
    assert chosen is None
    assert watch.closed == ["QMenu 'Plots'"]


def test_a_dialog_answered_in_time_is_left_alone(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    watch = ModalWatch(looks=2)
    try:
        dialog.open()  # (modal, without a loop of its own)
        qtbot.waitUntil(lambda: watch._seen is dialog, timeout=5000)
        dialog.accept()
        qtbot.wait(2500)
    finally:
        watch.stop()
    assert watch.closed == []
    assert dialog.result() == QDialog.DialogCode.Accepted
