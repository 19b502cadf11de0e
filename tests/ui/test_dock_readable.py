"""The docks beside the dashboard stay readable: in projector mode at 1280×720 the
classroom and the comparison were squeezed to ~70 px (113 px in Japanese): "Make", "One at
a", a plot without its curves; at 1920×1080 the comparison was narrower than its row of
buttons ("Race Them" cut off, a horizontal scroll bar). Now each open dock is at least
:data:`LINES` text lines' height wide and shows its contents whole across; the verdict,
the rules, the key figures and the speed plot stay whole (test_layout's check); it is the
controls column that gives way (its rows wrap, or it steps aside) and comes back when the
docks close. Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these
on a real X server too (``xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb
python -m pytest tests/ui/test_dock_readable.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence, QRegion
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from tests.ui.keys import focus
from tests.ui.test_layout import assert_readable, press_and_settle, settle

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
LINES = 15  # a dock narrower than 15 lines' height is a column of single words


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_open_docks_are_readable_and_the_verdict_stays(
    size, projector, language, main_window_factory, qtbot
):
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools
    try:
        window.resize(*size)
        settle(qtbot, window)
        if window.height() < size[1]:  # the offscreen screen is 800 px tall
            window.resize(*size)
            settle(qtbot, window)
        window.activateWindow()
        window.body_panel.length.slider.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
        for _ in range(2):  # the build pinned twice: the comparison opens
            press_and_settle(qtbot, window, Qt.Key.Key_D, CTRL)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)  # the classroom
        if projector:
            press_and_settle(qtbot, window, Qt.Key.Key_F5)
            assert room.projector_action.isChecked()
        shown = size if window.height() >= size[1] else (size[0], window.height())
        assert_readable(window, shown)  # the verdict, rules, key figures, speed plot
        for dock in (room.dock, tools.compare_dock):
            assert dock.isVisible() and not dock.isFloating(), dock.objectName()
            if window.tabifiedDockWidgets(dock):  # sharing the column as tabs: its tab
                dock.raise_()
                settle(qtbot, window)
            area = dock.widget()
            assert isinstance(area, QScrollArea)
            least = LINES * dock.fontMetrics().height()
            seen = area.widget().visibleRegion().boundingRect().width()
            assert seen >= least, (dock.objectName(), seen, least)
            # whole across: nothing scrolled out sideways
            assert not area.horizontalScrollBar().isVisible(), dock.objectName()
            if dock is tools.compare_dock:
                race = tools.compare_panel.race_button
                assert race.visibleRegion() == QRegion(race.rect()), "Race Them cut off"
            else:  # the first change whole
                change = room.limits_panel.buttons[0]
                assert change.visibleRegion() == QRegion(change.rect())
        # the controls gave way, or not: never a sliver; back whole once the docks close
        controls = window.controls_scroll
        if controls.isVisible():
            assert controls.width() >= LINES * controls.fontMetrics().height()
        room.dock.close()
        tools.compare_dock.close()
        settle(qtbot, window)
        assert controls.isVisible()
        assert controls.width() >= window._controls.sizeHint().width()
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_docks_share_a_short_column_as_tabs_and_stack_again(language, main_window_factory, qtbot):
    """1280×720 in projector mode: the classroom's heading and three changes and the
    comparison's plot, buttons and table do not fit one above the other (stacked, the
    classroom showed one change, the comparison its table's heading): they share the
    column as tabs, each the whole height, the one opened last on top. Projector mode off,
    they fit: stacked again, and the controls are back."""
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools
    try:
        window.resize(1280, 720)
        settle(qtbot, window)
        window.activateWindow()
        window.body_panel.length.slider.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
        press_and_settle(qtbot, window, Qt.Key.Key_F5)
        for _ in range(2):
            press_and_settle(qtbot, window, Qt.Key.Key_D, CTRL)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        assert window.tabifiedDockWidgets(room.dock) == [tools.compare_dock]
        limits = room.limits_panel
        shown = [limits.heading, *limits.buttons[:3]]
        assert all(w.visibleRegion() == QRegion(w.rect()) for w in shown)  # on top
        tools.compare_dock.raise_()
        settle(qtbot, window)
        panel = tools.compare_panel
        for w in (panel.plot_widget.viewport(), panel.race_button, panel.table.viewport()):
            assert w.visibleRegion() == QRegion(w.rect()), w
        assert panel.table.height() >= 4 * panel.table.fontMetrics().height()
        assert_readable(window, (1280, 720))
        press_and_settle(qtbot, window, Qt.Key.Key_F5)  # projector mode off
        assert not room.projector_action.isChecked()
        assert window.tabifiedDockWidgets(room.dock) == []
        assert room.dock.geometry().bottom() < tools.compare_dock.geometry().top()
        assert window.controls_scroll.isVisible()
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _open_both_in_projector(qtbot, window) -> None:
    """1280×720, projector mode, the build pinned twice (the comparison) and the classroom,
    all by keys sent where typing goes."""
    window.resize(1280, 720)
    settle(qtbot, window)
    window.activateWindow()
    window.body_panel.length.slider.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
    press_and_settle(qtbot, window, Qt.Key.Key_F5)
    for _ in range(2):
        press_and_settle(qtbot, window, Qt.Key.Key_D, CTRL)
    press_and_settle(qtbot, window, Qt.Key.Key_F6)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("way_back", ["key", "close button", "show controls"])
def test_the_window_says_where_the_controls_went(way_back, language, main_window_factory, qtbot):
    """The controls step aside for the classroom and the comparison (1280×720, projector
    mode): a teacher would see no controls and no reason. The status bar says so, naming
    both docks and the way back (close one, or leave projector mode with its key), whole
    and in view, without taking the focus. Closing a dock (its key, its title bar's close
    button, or the line's "Show controls") brings the controls back and the line goes.
    (View > Show Controls, F8, the keyboard's way: test_show_controls.py.)"""
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools
    hint = window.controls_hint
    try:
        _open_both_in_projector(qtbot, window)
        assert not window.controls_scroll.isVisible()  # the case this is about
        assert hint.isVisible()
        text = hint.text()
        for dock in (room.dock, tools.compare_dock):
            assert dock.windowTitle() in text, (dock.windowTitle(), text)
        # in the order of their tabs (as a person reads them), the classroom first
        assert text.index(room.dock.windowTitle()) < text.index(tools.compare_dock.windowTitle())
        key = room.projector_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key == "F5" and f"({key})" in text, text
        # whole on screen: not elided, not clipped, inside the window
        assert hint.label.text() == text, hint.label.text()
        for w in (hint.label, hint.show_button):
            assert w.visibleRegion() == QRegion(w.rect()), w
        assert window.rect().contains(QRect(hint.mapTo(window, QPoint(0, 0)), hint.size()))
        assert_readable(window, (1280, 720))  # the dashboard as before
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is window
        assert not hint.isAncestorOf(focus)
        # a passing message ("Saved …") gets the status bar meanwhile, then the line is back
        bar = window.statusBar()
        bar.showMessage("Saved my.kei.json")
        assert not hint.isVisible()
        assert bar.currentMessage() == "Saved my.kei.json"
        bar.clearMessage()
        assert hint.isVisible()
        docks = [room.dock, tools.compare_dock]
        for _ in range(2):  # one dock closed at a time, until the controls are back
            if way_back == "key":  # F6: the classroom, F7: the comparison
                closed = room.dock if room.dock.isVisible() else tools.compare_dock
                window.activateWindow()
                key = Qt.Key.Key_F6 if closed is room.dock else Qt.Key.Key_F7
                press_and_settle(qtbot, window, key)
            elif way_back == "close button":  # the close button of the dock in view
                closed = next(d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty())
                close = closed.findChild(QAbstractButton, "qt_dockwidget_closebutton")
                assert close is not None and close.isVisible()
                qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
                settle(qtbot, window)
            else:  # "Show controls": closes the docks it names
                qtbot.mouseClick(hint.show_button, Qt.MouseButton.LeftButton)
                settle(qtbot, window)
                assert not room.dock.isVisible() and not tools.compare_dock.isVisible()
                # the button took no focus: it is back in the control that had it as
                # the controls stepped aside (_open_both_in_projector's), not left where
                # Qt had put it meanwhile (the rules' choice)
                assert focus is not window.body_panel.length.slider
                assert QApplication.focusWidget() is window.body_panel.length.slider
                closed = None
            assert closed is None or not closed.isVisible()
            still = [d for d in docks if d.isVisible()]
            if window.controls_scroll.isVisible():
                break
            # still no room: the line names the dock left, and only it
            assert hint.isVisible() and still
            for dock in docks:
                assert (dock.windowTitle() in hint.text()) == (dock in still), hint.text()
        assert window.controls_scroll.isVisible()
        assert window.controls_scroll.width() >= LINES * window.fontMetrics().height()
        assert not hint.isVisible()
        # both open again: the controls step aside again, and the line is back
        room.dock.show()
        tools.compare_dock.show()
        settle(qtbot, window)
        assert not window.controls_scroll.isVisible() and hint.isVisible()
        window.activateWindow()
        window.dashboard_area.setFocus()
        press_and_settle(qtbot, window, Qt.Key.Key_F5)  # projector mode off: back
        assert window.controls_scroll.isVisible() and not hint.isVisible()
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_docks_key_brings_it_forward_from_behind_the_tabs(language, main_window_factory, qtbot):
    """1280×720 in projector mode, the classroom and the comparison share the column as
    tabs. F7 with the comparison behind the classroom's tab closed it unseen (nothing on
    screen changed), and F6 opening the classroom again put it behind the comparison: a
    teacher pressing a panel's key saw the other panel. Now a dock's key brings it forward
    when it is open behind a tab, opens it on top when it is closed, and closes it when it
    is in view."""
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools

    def in_view(dock) -> bool:
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    try:
        _open_both_in_projector(qtbot, window)
        assert window.tabifiedDockWidgets(room.dock) == [tools.compare_dock]  # the case
        assert in_view(room.dock) and not in_view(tools.compare_dock)
        press_and_settle(qtbot, window, Qt.Key.Key_F7)  # the comparison, behind: forward
        assert in_view(tools.compare_dock) and not in_view(room.dock)
        assert room.dock_action.isChecked() and tools.compare_view_action.isChecked()
        press_and_settle(qtbot, window, Qt.Key.Key_F6)  # the classroom, behind: forward
        assert in_view(room.dock) and not in_view(tools.compare_dock)
        assert room.dock_action.isChecked() and tools.compare_view_action.isChecked()
        press_and_settle(qtbot, window, Qt.Key.Key_F6)  # in view: closed
        assert room.dock.isHidden() and not room.dock_action.isChecked()
        assert in_view(tools.compare_dock)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)  # closed: open, and on top
        assert in_view(room.dock) and room.dock_action.isChecked()
        assert window.tabifiedDockWidgets(room.dock) == [tools.compare_dock]
        change = room.limits_panel.buttons[0]
        assert change.visibleRegion() == QRegion(change.rect())
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _whole_on_screen(widget: QWidget) -> bool:
    """``widget`` shown, wholly inside its window and every scroll area round it."""
    box = QRect(QPoint(0, 0), widget.size())
    w = widget.parentWidget()
    while w is not None:
        view = w.viewport() if isinstance(w, QScrollArea) else w
        if (isinstance(w, QScrollArea) or w.isWindow()) and not view.rect().contains(
            box.translated(widget.mapTo(view, QPoint(0, 0)))
        ):
            return False
        w = w.parentWidget()
    return widget.isVisible()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_tab_into_a_dock_behind_a_tab_brings_it_to_the_front(language, main_window_factory, qtbot):
    """Projector mode at 1280x720 with the Classroom and the Comparison: they share a
    column as tabs. Tab from the front one's last control went on into the one behind
    (the Comparison's plot, its buttons, its table): stops with the focus nowhere on
    screen. Now the dock Tab goes into comes to the front: every stop of a dock is on
    screen, whole, round the window's whole Tab ring."""
    window = main_window_factory()
    room, tools = window.classroom, window.compare_tools
    try:
        _open_both_in_projector(qtbot, window)
        docks = (room.dock, tools.compare_dock)
        assert window.tabifiedDockWidgets(room.dock) == [tools.compare_dock]
        behind = [d for d in docks if d.visibleRegion().isEmpty()]
        assert len(behind) == 1
        focus(qtbot, window.compliance_panel.era_combo)
        entered = set()
        for _ in range(120):
            press_and_settle(qtbot, window, Qt.Key.Key_Tab)
            w = QApplication.focusWidget()
            assert w is not None
            if w is window.compliance_panel.era_combo:
                break
            dock = next((d for d in docks if d.isAncestorOf(w)), None)
            if dock is not None:
                entered.add(dock)
                assert _whole_on_screen(w), (dock.objectName(), w)
        assert entered == set(docks)  # the ring went through both
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _stacked_beside(window) -> list[tuple[str, list[str], int]]:
    """The docks beside the dashboard: each with the open docks it shares tabs with, and
    how far its contents scroll."""
    from PySide6.QtWidgets import QDockWidget

    found = []
    for dock in window.findChildren(QDockWidget):
        if dock.isHidden() or window.dockWidgetArea(dock) != Qt.DockWidgetArea.RightDockWidgetArea:
            continue
        tabs = sorted(o.objectName() for o in window.tabifiedDockWidgets(dock) if not o.isHidden())
        area = dock.widget()
        scrolls = area.verticalScrollBar().maximum() if isinstance(area, QScrollArea) else 0
        found.append((dock.objectName(), tabs, scrolls))
    return sorted(found)


@pytest.mark.qt_log_ignore(  # offscreen: a menu cannot grab the keyboard there
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
@pytest.mark.parametrize(
    ("language", "below"),
    # (in English the race below leaves the two room to stay stacked in projector mode)
    [("ja", "race"), ("en", "explorer"), ("ja", "explorer")],
    indirect=["language"],
)
def test_projector_mode_off_stacks_the_docks_again(language, below, main_window, qtbot):
    """1920x1050, the Classroom (F6) above the Comparison (Ctrl+D twice), the race
    (Ctrl+R) or the explorer (Tools > Explore…) below the dashboard: projector mode (F5)
    puts the two beside it in tabs for want of room; off again (F5), they stood in tabs
    still (the Comparison a tab away, or on top and scrolling by 16 px), as the one
    behind the tab was measured while the text was on its way back to its size. Now
    they are stacked again as before F5, as high as before F5: the Comparison whole."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu

    from tests.ui.test_layout import resize_on_screen

    w = main_window
    resize_on_screen(qtbot, w, 1920, 1050)
    focus(qtbot, w.body_panel.length.slider)
    press_and_settle(qtbot, w, Qt.Key.Key_F6)
    for _ in range(2):
        press_and_settle(qtbot, w, Qt.Key.Key_D, CTRL)
    if below == "race":
        press_and_settle(qtbot, w, Qt.Key.Key_R, CTRL)
    else:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_E)
        qtbot.waitUntil(lambda: w.explore_tools.dock.isVisible())
        settle(qtbot, w)
        focus(qtbot, w.body_panel.length.slider)
    room, compare = w.classroom.dock, w.compare_tools.compare_dock
    third = w.compare_tools.race_dock if below == "race" else w.explore_tools.dock
    assert third.isVisible() and w.dockWidgetArea(third) == Qt.DockWidgetArea.BottomDockWidgetArea
    before = _stacked_beside(w)
    assert [(name, tabs) for name, tabs, _ in before] == [
        ("classroomDock", []),
        ("comparisonDock", []),
    ]
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert room.isVisible() and compare.isVisible()
        assert compare in w.tabifiedDockWidgets(room)  # (the case: in tabs in projector mode)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert not w.classroom.projector_action.isChecked()
        # as before F5, each as far scrolled as then: the text's round trip gives back the
        # layout it started from (keiconfig.ui.text_size_layout; the Classroom scrolls by
        # 9-32 px before F5 here, its third change's place short, and did after too)
        assert _stacked_beside(w) == before
        assert _stacked_beside(w)[1] == ("comparisonDock", [], 0)
        for dock in (room, compare):
            assert not dock.visibleRegion().isEmpty(), dock.objectName()
    finally:
        w.classroom.projector_action.setChecked(False)
