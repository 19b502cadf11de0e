"""The key of a disabled action says why it does nothing: Ctrl+R (Race Pinned Builds) with
fewer than two builds pinned did nothing and said nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction

from keiconfig.core import presets
from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop

NONE_PINNED = "Pin two builds (Ctrl+D) to race them."
ONE_PINNED = "Pin one more build (Ctrl+D) to race them."


def _ctrl_r(qtbot, window, widget) -> str:
    window.statusBar().clearMessage()
    focus(qtbot, widget)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    return window.statusBar().currentMessage()


def test_ctrl_r_with_no_build_pinned_says_to_pin_two(main_window, qtbot) -> None:
    w = main_window
    assert not w.compare_tools.race_action.isEnabled()
    assert _ctrl_r(qtbot, w, w.body_panel.length.spin) == NONE_PINNED


def test_ctrl_r_with_one_build_pinned_says_to_pin_one_more(main_window, qtbot) -> None:
    w = main_window
    w.compare_tools.add_preset(presets.load_preset("honda-beat-1991"))
    assert _ctrl_r(qtbot, w, w.body_panel.length.spin) == ONE_PINNED


def test_the_key_says_it_from_the_name_box_which_keeps_its_text(main_window, qtbot) -> None:
    w = main_window
    box = w.body_panel.name
    name = box.text()
    assert _ctrl_r(qtbot, w, box) == NONE_PINNED
    assert box.text() == name


def test_with_two_pinned_ctrl_r_races_and_says_nothing_of_pinning(main_window, qtbot) -> None:
    w = main_window
    tools = w.compare_tools
    for pid in ("honda-beat-1991", "suzuki-cappuccino-1991"):
        tools.add_preset(presets.load_preset(pid))
    assert tools.race_action.isEnabled()
    message = _ctrl_r(qtbot, w, w.body_panel.length.spin)
    assert "Pin" not in message
    assert tools.race_panel.replay is not None


def test_any_disabled_action_with_a_reason_says_it(main_window, qtbot) -> None:
    w = main_window
    action = QAction("Something", w)
    action.setShortcut("Ctrl+Shift+K")
    w.addAction(action)
    action.setEnabled(False)
    w.disabled_keys.explain(action, lambda: "Nothing to do it to.")
    w.statusBar().clearMessage()
    focus(qtbot, w.body_panel.length.spin)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.statusBar().currentMessage() == "Nothing to do it to."


JAPANESE = "レースするには、ビルドを2台ピン留めしてください({key})。"


class _Japanese(QTranslator):
    """The sentence in Japanese, as the catalogue has it once it is built (every other
    text as it is)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return JAPANESE if source == NONE_PINNED.replace("Ctrl+D", "{key}") else source


def test_the_sentence_is_translated(main_window, qtbot) -> None:
    w = main_window
    translator = _Japanese()
    QCoreApplication.installTranslator(translator)
    try:
        said = _ctrl_r(qtbot, w, w.body_panel.length.spin)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == JAPANESE.format(key="Ctrl+D")


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _said(qtbot, window, widget, key: Qt.Key, mods: Qt.KeyboardModifier) -> str:
    window.statusBar().clearMessage()
    focus(qtbot, widget)
    press(key, mods)
    return window.statusBar().currentMessage()


def test_undo_and_redo_with_nothing_to_take_back_say_so(main_window, qtbot) -> None:
    """Ctrl+Z with nothing to undo (and Ctrl+Shift+Z, Ctrl+Y with nothing to redo) did
    nothing and said nothing: a person could not tell the key was the undo key."""
    w = main_window
    spin = w.body_panel.length.spin
    assert not w.undo_action.isEnabled() and not w.redo_action.isEnabled()
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == "Nothing to undo."
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL | SHIFT) == "Nothing to redo."
    assert _said(qtbot, w, spin, Qt.Key.Key_Y, CTRL) == "Nothing to redo."
    assert _said(qtbot, w, w.body_panel.name, Qt.Key.Key_Z, CTRL) == "Nothing to undo."
    focus(qtbot, spin)
    press(Qt.Key.Key_Up)  # a change: Ctrl+Z undoes it and says nothing of nothing
    build = w.document.build
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == ""
    assert w.document.build != build
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == "Nothing to undo."
    assert _said(qtbot, w, spin, Qt.Key.Key_Y, CTRL) == ""
    assert w.document.build == build


def test_ctrl_z_over_the_name_typed_is_the_boxs_own_undo_not_nothing(main_window, qtbot):
    """The name box keeps Ctrl+Z for its own typing (see keiconfig.ui.shortcuts): with
    nothing of the build's to undo, it still takes the typing back and says nothing."""
    w = main_window
    box = focus(qtbot, w.body_panel.name)
    name = box.text()
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_X)
    assert box.text() == name + "x"
    assert not w.undo_action.isEnabled()
    assert _said(qtbot, w, box, Qt.Key.Key_Z, CTRL) == ""
    assert box.text() == name


def test_ctrl_z_in_the_comparison_puts_back_a_removal_with_nothing_to_undo(main_window, qtbot):
    """The Comparison's Ctrl+Z puts back what Delete took out, also while the build has
    nothing to undo: it is the panel's key then, not a disabled Undo's."""
    w = main_window
    panel = w.compare_tools.compare_panel
    focus(qtbot, w.body_panel.length.spin)
    press(Qt.Key.Key_D, CTRL)  # Pin Current Build (not a change of the build)
    assert not w.undo_action.isEnabled() and len(panel.entries) == 1
    focus(qtbot, panel.table)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Delete)
    assert panel.entries == ()
    assert _said(qtbot, w, panel.table, Qt.Key.Key_Z, CTRL) == ""
    assert len(panel.entries) == 1  # back
    assert _said(qtbot, w, panel.table, Qt.Key.Key_Z, CTRL) == "Nothing to undo."


class _JapaneseUndo(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return {"Nothing to undo.": "元に戻す操作はありません。"}.get(source, source)


def test_nothing_to_undo_is_translated(main_window, qtbot) -> None:
    translator = _JapaneseUndo()
    QCoreApplication.installTranslator(translator)
    try:
        said = _said(qtbot, main_window, main_window.body_panel.length.spin, Qt.Key.Key_Z, CTRL)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == "元に戻す操作はありません。"


def test_ctrl_z_over_digits_typed_in_a_number_box_drops_them_and_says_nothing(
    main_window, qtbot
) -> None:
    """With nothing of the build's to undo, Ctrl+Z over digits typed and not yet entered
    in a number box takes them back (the box shows the build's value again): the key did
    something, so "Nothing to undo." contradicted it. Once they are gone, it says so."""
    w = main_window
    spin = focus(qtbot, w.body_panel.length.spin)
    shown = spin.text()
    spin.lineEdit().selectAll()
    press(Qt.Key.Key_1)
    assert spin.text() != shown
    assert not w.undo_action.isEnabled()
    build = w.document.build
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == ""
    assert spin.text() == shown and w.document.build == build
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == "Nothing to undo."
    spin.lineEdit().selectAll()
    press(Qt.Key.Key_2)
    assert spin.text() != shown
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL | SHIFT) == ""  # Redo drops them too
    assert spin.text() == shown and w.document.build == build
    assert not w.undo_action.isEnabled()


def test_nothing_to_undo_is_taken_back_once_there_is_something_to_undo(main_window, qtbot):
    """ "Nothing to undo." stayed in the status bar for its 20 s over the change a person
    made next, and over the undo that change made possible: no longer true, it goes."""
    w = main_window
    spin = w.body_panel.length.spin
    assert _said(qtbot, w, spin, Qt.Key.Key_Z, CTRL) == "Nothing to undo."
    press(Qt.Key.Key_Up)  # a change: there is something to undo now
    assert w.undo_action.isEnabled()
    assert w.statusBar().currentMessage() == ""
    # a sentence of something else is not the key's to take back
    w.statusBar().showMessage("Saved")
    press(Qt.Key.Key_Z, CTRL)  # undone: Redo enabled, Undo disabled again
    assert w.statusBar().currentMessage() == "Saved"
