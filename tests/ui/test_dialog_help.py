"""F1 in the window's dialogs says what the dialog and its focused control are for
(keiconfig.ui.dialog_help): it did nothing there, while in the window it opens How the
Model Works. Keys go to the focused widget; each dialog is shown as its function makes it
(its exec() is the test's to refuse). Marked ``desktop``: run on a real X server too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWhatsThis, QWidget

from keiconfig.ui import errors
from keiconfig.ui.main_window import unsaved_changes_box
from tests.ui.keys import focus, focused_in_modal, press, when_ready

pytestmark = pytest.mark.desktop

# the offscreen platform's words about the popup (a real X server says none of them)
OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support")


def _popup_shown() -> bool:
    return any(
        w.isVisible() and w.metaObject().className() == "QWhatsThat"
        for w in QApplication.topLevelWidgets()
    )


def _f1_in(qtbot, window, dialog: QDialog, control=None) -> str:
    """F1 pressed in ``dialog`` (shown), the keys on ``control`` or where the dialog put
    them; what it showed, its popup closed with Escape and the dialog closed after."""
    window.dialog_help.shown = ""
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        if control is not None:
            focus(qtbot, control)
        else:
            focus(qtbot, QApplication.focusWidget() if dialog.isActiveWindow() else dialog)
        assert QApplication.focusWidget().window() is dialog
        press(Qt.Key.Key_F1)
        if window.dialog_help.shown:
            qtbot.waitUntil(_popup_shown)
            QWhatsThis.hideText()
        return window.dialog_help.shown
    finally:
        dialog.close()
        dialog.deleteLater()


@OFFSCREEN
def test_f1_in_the_save_the_changes_question_says_what_each_button_does(main_window, qtbot):
    box = unsaved_changes_box(main_window, "My <b>car</b>")
    box.show()
    said = _f1_in(qtbot, main_window, box, box.button(QMessageBox.StandardButton.Save))
    assert "Discard goes on without them: they are lost." in said
    assert "<b>car" not in said  # (the name is not in it, and never as markup)


@OFFSCREEN
def test_f1_in_about_says_where_the_help_is(main_window, qtbot):
    box = main_window.about_box()
    said = _f1_in(qtbot, main_window, box)
    assert "How the Model Works (F1 in the window)" in said
    assert "What&#x27;s This? (Shift+F1)" in said or "What's This? (Shift+F1)" in said


@OFFSCREEN
def test_f1_in_open_preset_says_what_it_is_for_and_the_car_chosen(main_window, qtbot):
    from keiconfig.ui.preset_gallery import PresetGallery

    gallery = PresetGallery(main_window)
    table = gallery.table
    tips = [
        (row, table.item(row, 0).toolTip())
        for row in range(table.rowCount())
        if table.item(row, 0).toolTip()
    ]
    assert tips  # (a car with a note)
    row, tip = tips[0]
    table.setCurrentCell(row, 0)
    said = _f1_in(qtbot, main_window, gallery, table)
    assert "Type in the filter box to find a car by name" in said
    assert said.count("<p>") == 1 and tip.removeprefix("<qt>").removesuffix("</qt>") in said


@OFFSCREEN
def test_f1_in_the_model_page_says_what_the_page_is(main_window, qtbot):
    page = main_window.classroom.model_page()
    said = _f1_in(qtbot, main_window, page, page.browser)
    assert "the model&#x27;s equations" in said or "the model's equations" in said


@OFFSCREEN
def test_f1_in_a_box_with_no_help_of_its_own_says_its_keys(main_window, qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Title", "Text.", QMessageBox.StandardButton.Ok)
    box.setParent(main_window, box.windowFlags())
    said = _f1_in(qtbot, main_window, box)
    assert "Escape closes the dialog" in said


@OFFSCREEN
def test_f1_in_the_window_still_opens_how_the_model_works(main_window, qtbot):
    focus(qtbot, main_window.body_panel.length.spin)
    main_window.dialog_help.shown = ""  # (the app's one helper: an earlier test's text)
    press(Qt.Key.Key_F1)
    page = main_window.classroom.model_page()
    try:
        qtbot.waitUntil(page.isVisible)
        assert main_window.dialog_help.shown == ""
    finally:
        page.close()


# the real exec (the dialogs fixture refuses it): these boxes run as the app runs them
_EXEC = {QDialog: QDialog.exec, QMessageBox: QMessageBox.exec}


def _f1_while_run(qtbot, monkeypatch, run) -> str:
    """``run()`` runs one of the app's boxes (through modal.run, as the app does); once it
    shows, F1 at its focused control; what the app's DialogHelp showed, the box then
    closed with Escape."""

    from keiconfig.ui import dialog_help

    for cls, exec_ in _EXEC.items():
        monkeypatch.setattr(cls, "exec", exec_)
    helper = dialog_help.watch()
    assert helper is not None
    helper.shown = "(nothing)"

    def act(found: tuple[QDialog, QWidget]) -> None:
        dialog = found[0]
        try:
            press(Qt.Key.Key_F1)
            if helper.shown != "(nothing)":
                qtbot.waitUntil(_popup_shown)
                QWhatsThis.hideText()
        finally:  # (closed, also when the wait failed: the test fails, the run goes on)
            dialog.reject()

    when_ready(lambda: focused_in_modal(QDialog), act)
    run()
    return helper.shown


@OFFSCREEN
def test_f1_in_the_file_changed_on_disk_question_says_what_each_answer_does(
    main_window, qtbot, monkeypatch
):
    """It said only Enter and Escape: "Overwrite Theirs" and "Reload Theirs" lose work."""
    from keiconfig.ui import file_guard

    focus(qtbot, main_window.body_panel.length.spin)
    said = _f1_while_run(
        qtbot, monkeypatch, lambda: file_guard.ask_save_conflict(main_window, "a.kei.json")
    )
    assert "Overwrite Theirs saves your build over it: their changes are lost." in said
    assert "Escape closes the dialog" not in said


@OFFSCREEN
def test_f1_in_an_error_box_without_a_window_says_what_it_is(main_window, qtbot, monkeypatch):
    """A box made with no parent (a file given on the command line that will not open, a
    floating explorer's error) was not the window's: F1 did nothing in it."""
    box = errors.user_error_box(None, "Could not open", "Not a build file.")
    said = _f1_while_run(qtbot, monkeypatch, lambda: errors.modal.run(box))
    assert "This says what could not be done, and why." in said


@OFFSCREEN
def test_f1_in_the_crash_dialog_says_what_happened_and_its_buttons(main_window, qtbot, monkeypatch):
    dialog = errors.CrashDialog("Traceback: <b>x</b>", None, None)  # (no window was active)
    said = _f1_while_run(qtbot, monkeypatch, lambda: errors.modal.run(dialog))
    assert "A fault inside keiconfig, not in your build." in said
    assert "Copy details puts the report below on the clipboard" in said
    assert "<b>x" not in said
