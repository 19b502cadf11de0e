"""Typing not yet entered (no Enter, the focus still in the box) survives a kill: the
autosave keeps it apart from the build (a "3" typed on the way to "3300" is no 3 mm car),
and recovery puts it back into its box, still not entered."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from keiconfig.ui import autosave
from keiconfig.ui.recovery_dialog import RESTORE, RecoveryDialog
from tests.ui.keys import focus, press, type_text
from tests.ui.recovery import recover
from tests.ui.timers import run_window_timers

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(factory):
    """A window whose autosave reads a stopped clock: the test fires the debounce timer
    itself, so the time typing takes on a loaded machine (the "never pauses" rule's
    wall-clock limit, 2 x 200 ms) cannot write the autosave early and stop the timer."""
    window = factory()
    window.autosaver.clock = lambda: 0.0
    return window


def _autosave_runs(window) -> None:
    """The pause after typing: the debounce timer's time comes (fired, not waited for)."""
    saver = window.autosaver
    assert saver.pending, "the typing started the autosave's timer"
    saver.timer.timeout.emit()
    assert saver.wait(), "the writer thread finished"
    QCoreApplication.processEvents()


def _killed(window) -> None:
    """kill -9: the window is gone without a save or a clean exit; its slot's lock is freed
    as the dead process's would be (the files stay)."""
    saver = window.autosaver
    saver.timer.stop()
    if saver._lock is not None:
        saver._lock.unlock()
        saver._lock = None
    saver.slot = "0-killed"  # the slot left on disk is no longer this window's
    window.document.undo_stack.setClean()
    window.hide()


def _restore(window, monkeypatch, qtbot) -> list:
    """The start after the kill: the new window active, Restore answered."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return recover(window, monkeypatch, RESTORE)


def test_digits_typed_without_enter_come_back_after_a_kill_still_not_entered(
    main_window_factory, monkeypatch, qtbot
) -> None:
    window = _window(main_window_factory)
    window.document.change({"name": "Typing car"}, "Rename")
    _autosave_runs(window)  # a pause after the rename: its autosave is written, no timer left
    length_before = window.document.build.body.length_mm
    focus(qtbot, window.body_panel.length.spin)
    press(Qt.Key.Key_A, CTRL)
    type_text("3")  # on the way to "3300": never a 3 mm car
    assert window.document.build.body.length_mm == length_before
    type_text("300")
    _autosave_runs(window)
    meta = json.loads(window.autosaver.meta_path.read_text(encoding="utf-8"))
    assert meta["typing"] == {"box": "Length", "text": "3300 mm"}
    assert window.document.build.body.length_mm == length_before  # the build untouched
    assert window.document.undo_stack.count() == 1  # the rename only
    _killed(window)

    again = _window(main_window_factory)
    (orphan,) = _restore(again, monkeypatch, qtbot)
    assert orphan.typing == ("Length", "3300 mm")
    assert orphan.build.body.length_mm == length_before
    run_window_timers(again)
    spin = again.body_panel.length.spin
    assert spin.hasFocus() and spin.lineEdit().text() == "3300 mm"
    assert again.document.build.body.length_mm == length_before  # still not entered
    # The restored window's own autosave keeps it too: a second kill loses nothing.
    meta = json.loads(again.autosaver.meta_path.read_text(encoding="utf-8"))
    assert meta["typing"] == {"box": "Length", "text": "3300 mm"}
    press(Qt.Key.Key_Return)  # the person enters it
    assert again.document.build.body.length_mm == 3300


def test_a_name_typed_without_enter_in_an_unchanged_build_is_autosaved_and_offered(
    main_window_factory, monkeypatch, qtbot
) -> None:
    window = _window(main_window_factory)
    assert not window.document.modified
    focus(qtbot, window.body_panel.name)
    press(Qt.Key.Key_A, CTRL)
    type_text("Half typed")
    _autosave_runs(window)
    _killed(window)

    (orphan,) = autosave.find_orphans()
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert dialog.typing_label is not None and "Half typed" in dialog.typing_label.text()
    orphan.release()
    again = _window(main_window_factory)
    _restore(again, monkeypatch, qtbot)
    run_window_timers(again)
    box = again.body_panel.name
    assert box.hasFocus() and box.text() == "Half typed" and box.isModified()
    assert again.document.build.name != "Half typed"
