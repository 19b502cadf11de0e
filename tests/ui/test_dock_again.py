"""A dock floated from the keys floats where a person still sees the docks it leaves.

The Comparison sharing tabs with the Classroom (projector mode, F5, at 1280x720), floated
(View > Floating Panels > Comparison, or a double-click on its title bar), opened exactly
over the Classroom's place and hid it; now it floats beside the column it left, the
Classroom in view.

Keys are sent to the focused widget. Marked ``desktop``: run on a real X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.keys import focus, press
from tests.ui.mouse import double_click
from tests.ui.test_layout import resize_on_screen, settle

pytestmark = pytest.mark.desktop

ALT = Qt.KeyboardModifier.AltModifier
LOG = r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"


def _menu_key(qtbot, key: Qt.Key) -> None:
    """A key in the open menu (it has the keyboard)."""
    from PySide6.QtWidgets import QApplication, QMenu

    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    QTest.keyClick(menu, key)


def _comparison_tabbed_with_the_classroom(qtbot, window):
    """At 1280x720 in projector mode (F5), the Classroom (F6) and two builds pinned
    (Ctrl+D, which opens the Comparison), all with keys from the Length box: the two docks
    share the column as tabs. Returns the Length box."""
    resize_on_screen(qtbot, window, 1280, 720)
    box = focus(qtbot, window.body_panel.length.spin)
    press(Qt.Key.Key_F5)  # projector mode
    settle(qtbot, window)
    press(Qt.Key.Key_F6)  # the Classroom
    settle(qtbot, window)
    for _ in range(2):
        press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # pinned: the Comparison
        settle(qtbot, window)
    # they share the column
    assert window.tabifiedDockWidgets(window.compare_tools.compare_dock) == [window.classroom.dock]
    return box


def _floated_beside_the_classroom(qtbot, window) -> None:
    """Once the Comparison floats: the Classroom still docked, in view, and the floating
    Comparison's frame over none of it."""
    from PySide6.QtCore import QPoint, QRect

    compare, room = window.compare_tools.compare_dock, window.classroom
    qtbot.waitUntil(compare.isFloating)
    settle(qtbot, window)
    assert room.dock.isVisible() and not room.dock.isFloating()
    classroom = QRect(room.dock.mapToGlobal(QPoint(0, 0)), room.dock.size())
    assert not compare.frameGeometry().intersects(classroom), (
        compare.frameGeometry(),
        classroom,
    )


def _floating_panels(qtbot, entry: Qt.Key) -> None:
    """View > Floating Panels > entry, with the menus' letters."""
    press(Qt.Key.Key_V, ALT)
    _menu_key(qtbot, Qt.Key.Key_F)
    _menu_key(qtbot, entry)


@pytest.mark.qt_log_ignore(LOG)
def test_the_comparison_floated_from_the_classrooms_tabs_leaves_the_classroom_in_view(
    main_window, qtbot
):

    window = main_window
    room, tools = window.classroom, window.compare_tools
    try:
        box = _comparison_tabbed_with_the_classroom(qtbot, window)
        compare = tools.compare_dock
        focus(qtbot, box)
        _floating_panels(qtbot, Qt.Key.Key_O)  # View > Floating Panels > Comparison
        _floated_beside_the_classroom(qtbot, window)
        screen = window.screen().availableGeometry()
        assert screen.contains(compare.geometry()), (compare.geometry(), screen)
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.qt_log_ignore(LOG)
def test_the_comparison_floated_by_a_double_click_leaves_the_classroom_in_view(main_window, qtbot):
    """A double-click on the Comparison's title bar floats it as its menu does: beside the
    column, not over the Classroom its tab left in view."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    window = main_window
    room, tools = window.classroom, window.compare_tools
    try:
        _comparison_tabbed_with_the_classroom(qtbot, window)
        compare = tools.compare_dock
        title = QPoint(compare.width() // 3, compare.widget().y() // 2)  # its title bar
        double_click(compare, title)
        assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton  # the mouse let go
        _floated_beside_the_classroom(qtbot, window)
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
