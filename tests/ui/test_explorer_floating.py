"""The explorer floating at projector size: whole across, its buttons and values whole.

At 1280x720 the explorer floats over the window (no room below it). In projector mode
(F5) with larger text (Ctrl+= twice) it opened at 90 % of the window's width, narrower
than its question and answers side by side (1,345 px in 1,277; 1,525 in Japanese): it
scrolled sideways, Open This Build read "Op", and the fields' From and To cells cut
"2,500" to "2,50" (the question column's least width knew nothing of them). Now it opens
as wide as the two columns need where the screen allows, and where it does not the
answers go below the question (one column, scrolling up and down); the fields' table is
as wide as its names and values. The Map's Up box cut its choice ("車両重量・固定(" for
車両重量・固定値 (kg)): each page's boxes now show their choice whole (the map's Up below
Across where one line has not the room). Keys are sent to the focused widget (Alt+T, E
opens the explorer). Marked ``desktop``: ``.ci/run`` runs these on a real X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
)

from tests.ui.keys import focus, press
from tests.ui.test_layout import press_and_settle, resize_on_screen, settle
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop


def choice_width(box: QComboBox) -> int:
    """The width that shows ``box``'s current choice whole, as its style draws it."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    fm = box.fontMetrics()
    text = QSize(fm.horizontalAdvance(box.currentText()), fm.height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box).width()


CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.qt_log_ignore(  # offscreen: a floating dock, a menu's keyboard grab
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("larger", [0, 2], ids=["F5", "F5-larger-twice"])
def test_the_floating_explorer_opens_whole_across_at_projector_size(
    language, larger, main_window, qtbot
):
    w = main_window
    resize_on_screen(qtbot, w, 1280, 720)
    tools = w.explore_tools
    try:
        focus(qtbot, w.body_panel.length.spin)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        for _ in range(larger):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, CTRL)
        press(Qt.Key.Key_T, ALT)  # Tools > Explore…
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is w.tools_menu)
        QTest.keyClick(w.tools_menu, Qt.Key.Key_E)
        dock = tools.dock
        qtbot.waitUntil(dock.isVisible)
        assert dock.isFloating()
        settle(qtbot, w)
        run_window_timers(w)
        panel = tools.panel
        if QGuiApplication.platformName() != "offscreen":  # (its screen is 800x800)
            screen = w.screen().availableGeometry()
            assert screen.contains(dock.geometry()), (dock.geometry(), screen)
        area = dock.findChild(QScrollArea, "exploreScroll")
        assert area is not None
        bar = area.horizontalScrollBar()
        assert bar.isHidden() or bar.maximum() == 0, (bar.maximum(), dock.width())
        view = area.viewport()
        for page in range(panel.tabs.count()):  # every answer's buttons whole, in view
            panel.tabs.setCurrentIndex(page)
            run_window_timers(w)
            for button in panel.findChildren(QPushButton):
                if not button.isVisible():
                    continue
                said = (button.text(), button.width(), button.sizeHint().width())
                assert button.width() >= button.sizeHint().width(), said
                right = button.mapTo(view, button.rect().topRight()).x()
                assert button.mapTo(view, button.rect().topLeft()).x() >= 0, said
                assert right < view.width(), (*said, right, view.width())
            for box in panel.tabs.currentWidget().findChildren(QComboBox):  # choices whole
                if box.isVisible():
                    assert box.width() >= choice_width(box), (box.currentText(), box.width())
        for lo, hi in panel._range_boxes.values():  # From and To: each value whole
            for box in (lo, hi):
                text = box.fontMetrics().horizontalAdvance(box.text())
                assert box.lineEdit().width() >= text + 4, (box.text(), box.width(), text)
        if panel.stacked():  # one column: the answers below the question, whole across
            question = panel.question_scroll
            assert panel.splitter.widget(1).y() >= question.y() + question.height()
            assert not question.verticalScrollBar().isVisible()  # (the explorer scrolls)
    finally:
        w.classroom.projector_action.setChecked(False)
        w.zoom(None)
        if tools._panel is not None:
            tools._panel.shutdown()
        settle(qtbot, w)
