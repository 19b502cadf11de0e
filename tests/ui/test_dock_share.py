"""The classroom and the comparison share the right-hand column readably, whichever opens
first: F6 with the comparison already open (Ctrl+D twice) gave the classroom ~70 px at
1920×1080 (its heading and tab bar, not one suggestion), and ~90 px at 1280×720. Now the
classroom shows its heading and three suggestions whole and the comparison keeps its plot
and table. Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these
on a real X server too (``xvfb-run -a -s "-screen 0 1920x1080x24" env
QT_QPA_PLATFORM=xcb python -m pytest tests/ui/test_dock_share.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_layout import press_and_settle, settle, skip_if_larger_than_the_screen

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _whole_height(widget: QWidget) -> bool:
    """Shown from its top to its bottom (in projector mode at 1280 px the docks beside the
    dashboard are narrow: their width is test_dock_room's concern)."""
    seen = widget.visibleRegion().boundingRect()
    return widget.isVisible() and seen.top() == 0 and seen.height() == widget.height()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("order", ["comparison-first", "classroom-first"])
def test_classroom_and_comparison_share_the_column(
    order, size, projector, language, main_window_factory, qtbot
):
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools
    skip_if_larger_than_the_screen(window, *size)
    try:
        window.resize(*size)
        settle(qtbot, window)
        if window.height() < size[1]:  # the offscreen screen is 800 px tall
            window.resize(*size)
            settle(qtbot, window)
        window.activateWindow()
        window.body_panel.length.slider.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
        if projector:
            press_and_settle(qtbot, window, Qt.Key.Key_F5, NONE)
            assert room.projector_action.isChecked()
        if order == "classroom-first":
            press_and_settle(qtbot, window, Qt.Key.Key_F6, NONE)
        for _ in range(2):
            press_and_settle(qtbot, window, Qt.Key.Key_D, CTRL)
        if order == "comparison-first":
            press_and_settle(qtbot, window, Qt.Key.Key_F6, NONE)
        assert len(tools.compare_panel.entries) == 2
        docks = (room.dock, tools.compare_dock)
        assert all(d.isVisible() and not d.isFloating() for d in docks)
        limits = room.limits_panel
        assert len(limits.suggestions) >= 3
        compare = tools.compare_dock
        if projector and size == (1280, 720):
            # they share the column as tabs there (test_dock_readable), each the whole
            # height
            assert room.dock.height() >= window.height() // 4, room.dock.height()
            assert compare.height() >= window.height() // 4, compare.height()
            return
        shown = [limits.heading, *limits.buttons[:3]]
        whole = [_whole_height(w) for w in shown]
        assert all(whole), (room.dock.size(), tools.compare_dock.height(), whole)
        # the comparison keeps its plot and its table usable
        assert compare.height() >= window.height() // 3, compare.height()
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_docks_side_by_side_short_of_room_share_a_column_as_tabs(main_window, qtbot, language):
    """The Classroom and the Comparison side by side beside the dashboard (dragged there,
    or saved so on a wider screen), at 1280x720 in projector mode with two builds pinned:
    the Comparison got some 350 px and scrolled sideways, its plot, legend, buttons and
    table cut at the window's edge ('ケータハム セブン 160 (2014、日', 'レー', '708' half
    shown; seen with Xvfb). Short of room for both, they now share one column as tabs,
    each whole: no dock scrolls sideways."""
    from keiconfig.core import presets
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    w = main_window
    resize_on_screen(qtbot, w, 1280, 720)
    focus(qtbot, w.body_panel.length.slider)
    tools, room = w.compare_tools, w.classroom
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        tools.add_preset(presets.load_preset("honda-beat-1991"))
        tools.add_preset(presets.load_preset("caterham-seven-160-2014"))
        # what a drag of the Comparison's tab to the Classroom's right side does
        w.splitDockWidget(room.dock, tools.compare_dock, Qt.Orientation.Horizontal)
        settle(qtbot, w)
        settle(qtbot, w)
        assert tools.compare_dock in w.tabifiedDockWidgets(room.dock)
        for dock in (room.dock, tools.compare_dock):
            dock.raise_()
            settle(qtbot, w)
            area = dock.widget()
            assert area.horizontalScrollBar().maximum() == 0, dock.windowTitle()
            assert w.rect().contains(QRect(dock.mapTo(w, QPoint(0, 0)), dock.size()))
    finally:
        room.projector_action.setChecked(False)
