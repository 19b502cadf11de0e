"""After a dialog closes, the keyboard focus is back where it was, and the window's keys
work at once: also when the dialog was opened from a floating dock (the Classroom, the
Comparison, the explorer), which is a window of its own.

A dialog's parent is the main window. When it closed, the window system gave the focus
to that parent, not to the floating dock the person was in (seen under openbox on Xvfb:
Ctrl+S pressed in the floating explorer, Escape in Save As, and typing went to the main
window's Name box, under the explorer). Whether the platform does so without a window
manager differs (offscreen and a bare Xvfb may leave no window active at all), so the
tests below also hand the focus to the main window after the dialog hides, as openbox
does, and check that the app gives it back to the dock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QPushButton, QWidget

from keiconfig.ui import main_window as main_window_module
from keiconfig.ui.main_window import ask_save_path as real_ask_save_path
from keiconfig.ui.main_window import ask_unsaved_changes as real_ask_unsaved_changes
from tests.ui.keys import focus, focused_in_modal, press, when_question_shown, when_ready

WAIT_MS = 5000
_REAL_BOX_EXEC = QMessageBox.exec  # (conftest's dialogs fixture replaces it in each test)


def _escape_the_dialog(done: list[str]) -> None:
    """Press Escape where typing goes once a modal dialog is up and has the focus."""

    def escape(found: tuple[QWidget, QWidget]) -> None:
        modal, target = found
        done.append(modal.windowTitle())
        QTest.keyClick(target, Qt.Key.Key_Escape)

    when_ready(focused_in_modal, escape)


def _real_save_dialog(monkeypatch, taken_by_window: QWidget | None = None) -> list[str]:
    """File > Save As shows Qt's own file dialog (conftest answers it without one); it is
    closed with Escape. ``taken_by_window``: the window the focus goes to as the dialog
    hides, as a window manager gives it the dialog's parent."""
    shown: list[str] = []

    def ask(parent: QWidget, suggested: str) -> str:
        _escape_the_dialog(shown)
        path = real_ask_save_path(parent, suggested)
        if taken_by_window is not None:
            taken_by_window.activateWindow()
        return path

    monkeypatch.setattr(main_window_module, "ask_save_path", ask)
    return shown


def _floating(qtbot, dock: QDockWidget) -> QDockWidget:
    dock.show()
    dock.setFloating(True)
    qtbot.waitExposed(dock)
    return dock


def _first_button(dock: QDockWidget) -> QPushButton:
    buttons = [b for b in dock.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert buttons, "no button to focus in the dock"
    return buttons[0]


def _back_in(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)
    assert QApplication.activeWindow() is widget.window()


def test_save_as_from_the_main_window_gives_the_focus_back(main_window, qtbot, monkeypatch):
    shown = _real_save_dialog(monkeypatch)
    box = focus(qtbot, main_window.body_panel.name)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # unsaved: Save asks where
    assert shown == ["Save build as"]
    _back_in(qtbot, box)
    press(Qt.Key.Key_F5)  # the window's keys work at once
    assert main_window.classroom.projector_action.isChecked()
    press(Qt.Key.Key_F5)
    assert not main_window.classroom.projector_action.isChecked()


def test_a_dialog_opened_from_a_floating_classroom_gives_it_the_focus_back(
    main_window, qtbot, monkeypatch
):
    """Ctrl+S pressed on a suggestion of the floating Classroom: Save As, Escape, and the
    suggestion has the focus again, in the active Classroom; F5 works from there."""
    dock = _floating(qtbot, main_window.classroom.dock)
    shown = _real_save_dialog(monkeypatch, taken_by_window=main_window)
    button = focus(qtbot, _first_button(dock))
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["Save build as"]
    _back_in(qtbot, button)
    press(Qt.Key.Key_F5)
    assert main_window.classroom.projector_action.isChecked()
    press(Qt.Key.Key_F5)
    assert not main_window.classroom.projector_action.isChecked()


def test_a_dialog_opened_from_the_floating_explorer_gives_it_the_focus_back(
    main_window, qtbot, monkeypatch
):
    """The case seen under openbox: the explorer floating over the window, Tab to one of
    its controls, Ctrl+S, Escape in Save As; the control has the focus again, shown as
    the style shows a focus reached with Tab."""
    main_window.explore_tools.show()
    dock = _floating(qtbot, main_window.explore_tools.dock)
    start = focus(qtbot, _first_button(dock))
    press(Qt.Key.Key_Tab)  # as a person reaches a control: the style shows the focus
    control = QApplication.focusWidget()
    assert control is not None and control is not start and control.window() is dock
    assert dock.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    shown = _real_save_dialog(monkeypatch, taken_by_window=main_window)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["Save build as"]
    _back_in(qtbot, control)
    qtbot.waitUntil(lambda: dock.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))


def test_after_a_question_and_save_as_the_focus_is_back_in_the_number_box(
    main_window, qtbot, monkeypatch
):
    """Length changed with Up, Ctrl+N: "Save the changes?" (Enter: Save), then Save As
    (Escape): two dialogs one after the other, and the Length box has the focus again
    (before, the second dialog gave it back to the first one's button, long gone)."""
    monkeypatch.setattr(QMessageBox, "exec", _REAL_BOX_EXEC)
    monkeypatch.setattr(main_window_module, "ask_unsaved_changes", real_ask_unsaved_changes)
    shown = _real_save_dialog(monkeypatch)
    spin = focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Up)
    assert main_window.document.undo_stack.count() == 1

    def answer_the_question(box: QMessageBox, target: QWidget) -> None:
        shown.append(box.windowTitle())
        QTest.keyClick(target, Qt.Key.Key_Return)  # Save, the default

    when_question_shown(answer_the_question)
    try:
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert shown == ["Unsaved changes", "Save build as"]
        assert main_window.document.undo_stack.count() == 1  # Save As was cancelled
        _back_in(qtbot, spin)
        press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's keys at once
        assert main_window.document.undo_stack.index() == 0
    finally:  # no real question when the window closes after the test
        main_window.document.undo_stack.setClean()


@pytest.mark.qt_log_ignore(  # offscreen: a menu cannot grab the keyboard there
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
@pytest.mark.desktop
def test_a_dialog_opened_by_a_dialog_keeps_the_focus(main_window, qtbot, monkeypatch, tmp_path):
    """File > Open Class Folder: the folder's dialog closes and the class's ranking opens
    (a dialog that is not modal). The focus given back to the window after the folder's
    dialog took it from the ranking: it stood on screen with the keys in the number box
    behind it, and Escape did not close it (seen under openbox). Now the ranking has the
    keys, shown, and Escape closes it and gives them back to the number box."""
    from keiconfig.ui import compare_tools, file_dialogs

    folder = tmp_path / "class"
    folder.mkdir()
    closed: list[str] = []

    def ask(parent: QWidget, start: str) -> str:
        _escape_the_dialog(closed)
        file_dialogs.existing_directory(parent, "Open class folder", start)
        return str(folder)  # (as if chosen)

    monkeypatch.setattr(compare_tools, "ask_class_folder", ask)
    focus(qtbot, main_window.body_panel.length.slider)
    press(Qt.Key.Key_Tab)  # to its number box, with keys (the focus is shown)
    box = main_window.body_panel.length.spin
    qtbot.waitUntil(box.hasFocus)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is main_window.file_menu)
    QTest.keyClick(main_window.file_menu, Qt.Key.Key_C)  # Open &Class Folder…
    qtbot.waitUntil(lambda: closed == ["Open class folder"], timeout=WAIT_MS)
    ranking = main_window.compare_tools.class_dialog
    assert ranking is not None
    shown = Qt.WidgetAttribute.WA_KeyboardFocusChange
    qtbot.waitUntil(
        lambda: (
            QApplication.activeWindow() is ranking
            and ranking.isAncestorOf(QApplication.focusWidget() or box)
            and ranking.testAttribute(shown)
        ),
        timeout=WAIT_MS,
    )
    qtbot.wait(100)  # (nothing takes it away after)
    assert QApplication.activeWindow() is ranking
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ranking.isVisible(), timeout=WAIT_MS)
    _back_in(qtbot, box)
