"""Ctrl+PageDown and Ctrl+PageUp choose the next and the previous tab
(keiconfig.ui.tab_keys): in the explorer's answers and the Classroom they did nothing (or
moved the focused table a page down), while Ctrl+Tab and the tabs' Alt letters worked.
Keys go to the focused widget. Marked ``desktop``: run on a real X server too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.explorer import explore_threads, shown_explorer  # noqa: F401 - fixtures
from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_page_down_and_up_go_through_the_explorers_answers(qtbot, panel):
    tabs = panel.tabs
    pages = [tabs.widget(i) for i in range(tabs.count())]
    firsts = [panel.best_table, panel.x_box, panel.tornado_button, panel.map_x]
    tabs.setCurrentIndex(0)
    focus(qtbot, panel.best_table)
    rows = panel.best_table.currentRow()
    for i in (1, 2, 3, 0):  # round the end, as Ctrl+Tab goes
        press(Qt.Key.Key_PageDown, CTRL)
        assert tabs.currentWidget() is pages[i]
        # the focus in the page shown, as the tab's Alt letter puts it
        assert QApplication.focusWidget() is firsts[i]
    assert panel.best_table.currentRow() == rows  # (the table did not page down)
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentWidget() is pages[3]
    assert QApplication.focusWidget() is panel.map_x


def test_on_the_tab_bar_the_focus_stays_there(qtbot, panel):
    tabs = panel.tabs
    tabs.setCurrentIndex(0)
    bar = focus(qtbot, tabs.tabBar())
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == tabs.count() - 1
    press(Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 0
    assert QApplication.focusWidget() is bar


def test_the_classrooms_tabs_too(main_window, qtbot):
    room = main_window.classroom
    room.dock.show()
    tabs = room.tabs
    qtbot.waitUntil(lambda: tabs.count() > 1)
    tabs.setCurrentIndex(0)
    focus(qtbot, tabs.tabBar())
    press(Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1


def test_outside_the_tabs_ctrl_page_down_steps_a_number_as_before(qtbot, panel, main_window):
    """The controls' column has no tabs: Ctrl+PageDown in a number box is its own (a
    coarse step down, as PageDown), the explorer's tab left as it was."""
    tabs = panel.tabs
    tabs.setCurrentIndex(0)
    spin = focus(qtbot, main_window.body_panel.length.spin)
    length = main_window.document.build.body.length_mm
    press(Qt.Key.Key_PageDown, CTRL)
    assert main_window.document.build.body.length_mm < length
    assert tabs.currentIndex() == 0 and QApplication.focusWidget() is spin
    main_window.document.undo_stack.setClean()


def test_after_a_search_ctrl_page_down_goes_on_from_the_search_button(qtbot, panel):
    """Search pressed with Enter (or clicked): the run over, the keys are back on Search,
    above the tabs, where Ctrl+PageDown did nothing (a person who searched and wanted the
    Pareto plot next had to find the tab bar). The answers' buttons step their tabs too;
    the keys go into the page shown."""
    tabs = panel.tabs
    tabs.setCurrentIndex(0)
    panel.budget_box.setValue(200)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.running and panel.search_button.isEnabled(), timeout=60_000)
    qtbot.waitUntil(panel.search_button.hasFocus)
    press(Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1
    assert QApplication.focusWidget() is panel.x_box
    focus(qtbot, panel.sweep_button)
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 0


def test_the_question_column_keeps_its_own_keys(qtbot, panel):
    """The question beside the answers serves no tabs: Ctrl+PageDown in its Era box is the
    box's own, the answers' tab left as it was."""
    tabs = panel.tabs
    tabs.setCurrentIndex(0)
    focus(qtbot, panel.era_box)
    press(Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 0
