"""Shift+F10 on a number box opens its menu, whose Undo and Redo are the build's
(keiconfig.ui.spin_box_menu).

Qt's menu for a spin box had the text's own Undo and Redo: greyed once a value was
entered, while Ctrl+Z in the box undid the build. Keys go to the focused widget, or to the
open menu (it grabs the keyboard). Marked ``desktop``: run on a real X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.explorer import explore_threads, shown_explorer  # noqa: F401 - fixtures
from tests.ui.keys import activate, focus, press, type_text

pytestmark = pytest.mark.desktop

SHIFT = Qt.KeyboardModifier.ShiftModifier
LOG = r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"


def _items_then(qtbot, key: Qt.Key | None, seen: dict[str, tuple[str, bool]]):
    """Once the menu is open: its items (name -> text, enabled) in ``seen``, then ``key``
    pressed in it (Escape if None)."""

    def act() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for a in menu.actions():
            if a.text():
                seen[a.objectName() or a.text()] = (a.text(), a.isEnabled())
        QTest.keyClick(menu, key if key is not None else Qt.Key.Key_Escape)
        if menu.isVisible():  # the key chose nothing (a greyed item): closed, not hung
            QTest.keyClick(menu, Qt.Key.Key_Escape)

    return act


def _menu(qtbot, key: Qt.Key | None = None) -> dict[str, tuple[str, bool]]:
    """Shift+F10 at the focused box, then ``key`` in its menu: the items seen; the keys
    back in the box after."""

    box = QApplication.focusWidget()
    assert box is not None
    seen: dict[str, tuple[str, bool]] = {}
    QTimer.singleShot(0, _items_then(qtbot, key, seen))  # (the menu runs its own loop)
    press(Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    activate(qtbot, box.window())  # (offscreen, no window is active after a popup)
    qtbot.waitUntil(box.hasFocus)
    return seen


@pytest.mark.qt_log_ignore(LOG)
def test_shift_f10_on_a_number_box_opens_its_menu_with_the_builds_undo(main_window, qtbot):
    w = main_window
    focus(qtbot, w.body_panel.length.spin)
    assert not w.undo_action.isEnabled()
    seen = _menu(qtbot)
    assert "edit-copy" in seen and "edit-paste" in seen  # Qt's menu, the rest kept
    assert seen["edit-undo"] == ("&Undo\tCtrl+Z", False)  # nothing to undo
    assert seen["edit-redo"][1] is False
    build = w.document.build
    press(Qt.Key.Key_Up)
    assert w.document.build != build
    # entered (the box writes it anew): Qt's Undo was greyed; the build has one to undo
    seen = _menu(qtbot, Qt.Key.Key_U)
    assert seen["edit-undo"] == ("&Undo\tCtrl+Z", True)
    assert w.document.build == build  # undone, by the document's undo stack
    assert w.document.undo_stack.index() == 0 and w.document.undo_stack.count() == 1
    seen = _menu(qtbot, Qt.Key.Key_R)
    assert seen["edit-redo"][1] is True
    assert w.document.build != build and w.document.undo_stack.index() == 1


@pytest.mark.qt_log_ignore(LOG)
def test_its_undo_over_typed_digits_drops_them_all_as_ctrl_z_does(main_window, qtbot):
    """(As Qt's did: the typing, not yet part of the build, is all there is to undo.)"""
    w = main_window
    spin = focus(qtbot, w.body_panel.length.spin)
    shown = spin.text()
    spin.lineEdit().selectAll()
    type_text("33")
    assert spin.text() != shown and not w.undo_action.isEnabled()
    build = w.document.build
    seen = _menu(qtbot, Qt.Key.Key_U)
    assert seen["edit-undo"][1] is True
    assert spin.text() == shown  # both digits gone, not one: the build's value again
    assert w.document.build == build and w.document.undo_stack.count() == 0


@pytest.mark.qt_log_ignore(LOG)
def test_in_the_explorer_too(main_window, panel, qtbot):
    w = main_window
    focus(qtbot, w.body_panel.length.spin)
    build = w.document.build
    press(Qt.Key.Key_Up)
    box = focus(qtbot, panel.budget_box)
    budget = box.value()
    seen = _menu(qtbot, Qt.Key.Key_U)
    assert seen["edit-undo"][1] is True and "edit-cut" in seen
    assert w.document.build == build and box.value() == budget
