"""The explorer below the dashboard on the most common laptop screen, 1366x768.

Opened from the keys (Alt+T, E), the explorer docks below the dashboard, which keeps its
least height (410 px, 424 in Japanese): the explorer had 306 px (284) and read from 310
(330), its best builds' page 190 px (198) high with three 30 px rows for no text at all
and Open This Build under the selected build's changes. It scrolled by 4 px (46): in
Japanese its table's last row and Open This Build were out of view. Now the rows are as
tall as their text and the button is beside the changes: each page of the answers is
whole, none of it scrolled, and after a search its list, the selected build's changes and
Open This Build are in view.

Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these on a real
X server too (a 1366x768 screen under openbox: ``xvfb-run -a -s "-screen 0 1366x768x24"``,
``openbox &``, ``QT_QPA_PLATFORM=xcb``; there the window is as large as the screen leaves
it, and the case is skipped where it cannot be 1366x768, see resize_on_screen).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QWidget,
)

from keiconfig.ui.explore_tools import ExploreTools
from keiconfig.ui.mnemonics import focus_target
from tests.ui.keys import focus, press
from tests.ui.test_explore_and_race_below import LOG, _open_the_explorer
from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

pytestmark = pytest.mark.desktop

SIZE = (1366, 768)
CTRL = Qt.KeyboardModifier.ControlModifier


def _in_view(scroll: QScrollArea, widget: QWidget) -> None:
    """``widget`` shown and whole in the explorer's view: not scrolled out, not cut at an
    edge."""
    assert widget.isVisible(), widget
    place = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
    assert scroll.viewport().rect().contains(place), (widget, place, scroll.viewport().rect())


def _reads_whole(widget: QWidget) -> None:
    """A button, box, bar or label as large as its text needs: nothing of it cut."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
        return
    hint = widget.minimumSizeHint()
    if isinstance(widget, (QAbstractButton, QLabel)):
        hint = hint.expandedTo(widget.sizeHint())  # (its whole text, not Qt's least)
    label = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else widget
    assert widget.width() >= hint.width(), (label, widget.width(), hint.width())
    assert widget.height() >= hint.height(), (label, widget.height(), hint.height())


def _answers_whole(panel, scroll: QScrollArea) -> None:
    """The answers' column, the tab shown: every button, box, bar and caption in view and
    whole, the tabs' names whole, the chart or list at least its least height."""
    answers = panel.splitter.widget(1)
    kinds = (QAbstractButton, QComboBox, QLabel, QProgressBar)
    shown = [
        c for c in answers.findChildren(QWidget) if isinstance(c, kinds) and c.isVisibleTo(answers)
    ]
    shown = [c for c in shown if not isinstance(c.parentWidget(), QAbstractButton)]
    assert panel.search_button in shown and panel.tabs.currentWidget().isVisible()
    for widget in shown:
        if widget.window() is not panel.window() or not widget.isVisible():
            continue  # (a drop-down's list, a scroll bar's arrow: not on the page)
        if widget.parentWidget() is panel.tabs.tabBar():
            continue  # (the tab bar's scroll arrows, hidden where the names fit)
        _in_view(scroll, widget)
        _reads_whole(widget)
    bar = panel.tabs.tabBar()
    assert bar.width() >= bar.sizeHint().width(), "the tabs' names cut"
    _in_view(scroll, panel.tabs)
    page = panel.tabs.currentWidget()
    assert page.height() >= page.minimumSizeHint().height()


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorer_below_the_dashboard_reads_whole_at_1366x768(
    language, main_window_factory, qtbot
):
    w = main_window_factory()
    resize_on_screen(qtbot, w, *SIZE)
    _docked_and_whole(qtbot, w)


# A maximised window on a 1366x768 screen under openbox: its title bar takes 19 px (23 in
# Japanese, its title's Noto Sans CJK lines taller), the window's inside is what is left.
MAXIMISED = {"en": (1366, 749), "ja": (1366, 745)}


def _maximised(qtbot, monkeypatch, w, size: tuple[int, int]) -> None:
    """``w`` maximised on a 1366x768 screen: under a window manager, as a person maximises
    it (skipped on another screen); offscreen (its screen is 800x800), at the size it has
    maximised there, the explorer told it is maximised."""
    if QGuiApplication.platformName() != "offscreen":
        if w.screen().geometry().size().toTuple() != SIZE:
            pytest.skip("not a 1366x768 screen")
        w.showMaximized()
        qtbot.waitUntil(w.isMaximized)
        settle(qtbot, w)
        if w.width() != SIZE[0]:
            pytest.skip("no window manager maximised the window to the screen")
        return
    resize_on_screen(qtbot, w, *size)
    # (the explorer told the window is maximised: the window itself told so offscreen
    # lays itself out for the 800x800 screen it is on)
    monkeypatch.setattr(ExploreTools, "_maximized", lambda _self: True)


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorer_docks_below_a_maximised_window_and_reads_whole_at_1366x768(
    language, main_window_factory, qtbot, monkeypatch
):
    """Maximised on a 1366x768 screen, the explorer from Alt+T, E docks below the dashboard
    in Japanese too. It floated over the build it explores: the window's lines are taller
    in Japanese (menu bar, status bar, dashboard: its least 478 px high, 456 in English) and
    its title bar took 4 px more, so the room below the dashboard (235 px) was under
    MIN_DOCKED_HEIGHT; docked it had 261 px and read from 280 (scrolled by 19). Now your
    build's figure and the status share a line (24 px less) and a maximised window keeps
    the explorer docked where it reads whole: 258 px, read from 256."""
    w = main_window_factory()
    _maximised(qtbot, monkeypatch, w, MAXIMISED[language])
    _docked_and_whole(qtbot, w)


def _docked_and_whole(qtbot, w) -> None:
    """The explorer opened from the keys docks below the dashboard, nothing of it scrolled,
    each page whole; a search from the keys shows its best builds in view."""
    panel = None
    try:
        _open_the_explorer(qtbot, w)
        dock = w.explore_tools.dock
        panel = w.explore_tools.panel
        panel.executors.factory = lambda: ThreadPoolExecutor(2)
        assert (
            not dock.isFloating()
            and w.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        )
        scroll = dock.widget()
        assert isinstance(scroll, QScrollArea)
        # the dashboard at its least height at most: what the explorer has is all there is
        assert w.centralWidget().height() >= w._dashboard_least_height()
        assert scroll.verticalScrollBar().maximum() == 0, (
            dock.height(),
            w.dock_room.readable_height(dock),
        )
        assert not scroll.horizontalScrollBar().isVisible()
        # the question's column scrolls in itself, up and down only: whole across
        question = panel.question_scroll
        assert question.widget().width() >= question.widget().minimumSizeHint().width()
        assert not question.horizontalScrollBar().isVisible()
        # each page of the answers in turn, from the keys (Ctrl+PageDown on the tabs)
        tabs = panel.tabs
        assert tabs.currentIndex() == 0
        focus(qtbot, tabs.tabBar())
        for index in range(tabs.count()):
            if index:
                press(Qt.Key.Key_PageDown, CTRL)
                settle(qtbot, w)
            assert tabs.currentIndex() == index
            assert scroll.verticalScrollBar().maximum() == 0, tabs.tabText(index)
            _answers_whole(panel, scroll)
        press(Qt.Key.Key_PageDown, CTRL)  # (round to the best builds again)
        settle(qtbot, w)
        assert tabs.currentIndex() == 0
        # a search from the keys (Enter on Search): its best builds in view
        panel.budget_box.setValue(200)  # (a short search: the list, not its quality)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: not panel.running and panel.search_button.isEnabled(), timeout=60_000
        )
        settle(qtbot, w)
        table = panel.best_table
        assert table.rowCount() >= 3
        assert table.viewport().height() >= 3 * table.rowHeight(0), table.viewport().height()
        changes = panel.best_changes
        assert changes.text().startswith("1. ")
        for widget in (tabs.tabBar(), table, changes, panel.apply_button):
            _in_view(scroll, widget)
        _reads_whole(changes)
        _reads_whole(panel.apply_button)
        # each row's text whole in its height (the rows are as tall as their text)
        assert table.rowHeight(0) >= table.fontMetrics().height()
    finally:
        if panel is not None:
            panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_f5_floats_the_explorer_short_of_room_below_and_docks_it_back_after(
    language, main_window_factory, qtbot, monkeypatch
):
    """Maximised on a 1366x768 screen, the explorer docked below the dashboard (Alt+T, E),
    then F5: projector mode's larger text leaves the explorer too little room to read
    whole there, and it floats over the window as it opens in projector mode. It kept what
    the dashboard left and scrolled: 162 px, read from 333, scrolled by 171 in Japanese
    (198 px, read from 291, scrolled by 93, in English). F5 again: it docks back below
    the dashboard as high as it was before F5."""
    w = main_window_factory()
    _maximised(qtbot, monkeypatch, w, MAXIMISED[language])
    _open_the_explorer(qtbot, w)
    tools = w.explore_tools
    dock = tools.dock
    below = Qt.DockWidgetArea.BottomDockWidgetArea
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea)
    try:
        assert not dock.isFloating() and w.dockWidgetArea(dock) == below
        assert scroll.verticalScrollBar().maximum() == 0
        height = dock.height()
        # F5 in the explorer (its first control clicked): projector mode on
        focus(qtbot, focus_target(tools.panel))
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert w.view.projector
        qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0)
        # docked only where it reads whole there; at 1366x768 there is not room: floating
        assert dock.height() >= w.dock_room.readable_height(dock)
        assert dock.isFloating() and dock.isVisible()
        # over the window, as it opens in projector mode: most of its width, on it
        assert dock.width() >= int(w.width() * 0.9)
        assert w.frameGeometry().contains(dock.frameGeometry().center())
        # F5 again, from the window (a click in its controls): docked back, as high
        focus(qtbot, w.controls_scroll)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert not w.view.projector
        qtbot.waitUntil(lambda: not dock.isFloating())
        assert w.dockWidgetArea(dock) == below and dock.isVisible()
        qtbot.waitUntil(lambda: dock.height() == height)
        assert scroll.verticalScrollBar().maximum() == 0
    finally:
        tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_f5_off_pressed_in_the_floated_explorer_leaves_the_keys_there(
    main_window_factory, qtbot, monkeypatch
):
    """F5 in the explorer floats it, the keys still in its Era box; F5 again there docks
    it back below the dashboard. The keys went to the window's Name box (its floating
    window gone, the window system gave them to the main window's last one: seen under
    openbox at 1280x720): a person on the keyboard lost their place. They stay in the
    Era box, in the window, and the next key goes there."""
    w = main_window_factory()
    _maximised(qtbot, monkeypatch, w, MAXIMISED["en"])
    _open_the_explorer(qtbot, w)
    tools = w.explore_tools
    dock, era = tools.dock, tools.panel.era_box
    try:
        assert not dock.isFloating()
        focus(qtbot, era)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: dock.isFloating() and dock.isVisible())
        qtbot.waitUntil(era.hasFocus)
        press(Qt.Key.Key_F5)  # where the keys are: the Era box, in the floating explorer
        settle(qtbot, w)
        assert not w.view.projector
        qtbot.waitUntil(lambda: not dock.isFloating())
        qtbot.waitUntil(lambda: QApplication.focusWidget() is era)
        assert QApplication.activeWindow() is w
        before = era.currentIndex()  # (the newest rules, the last)
        press(Qt.Key.Key_Up)
        assert era.currentIndex() == before - 1
    finally:
        tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_the_explorer_f5_floated_comes_back_docked_at_the_next_start(
    main_window_factory, qtbot, monkeypatch
):
    """Quit in projector mode with the explorer F5 floated: the next session (projector
    mode off, as a clean quit leaves it) has it docked below the dashboard again, where the
    person had it, not floating over the build."""
    w = main_window_factory()
    _maximised(qtbot, monkeypatch, w, MAXIMISED["en"])
    _open_the_explorer(qtbot, w)
    dock = w.explore_tools.dock
    below = Qt.DockWidgetArea.BottomDockWidgetArea
    focus(qtbot, w.controls_scroll)
    press_and_settle(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(dock.isFloating)
    w.explore_tools.panel.shutdown()
    w.document.undo_stack.setClean()
    assert w.close()
    qtbot.waitUntil(lambda: not w.isVisible())
    again = main_window_factory()
    qtbot.waitUntil(again.isVisible)
    settle(qtbot, again)
    dock = again.explore_tools.dock
    assert not again.view.projector
    assert dock.isVisible() and not dock.isFloating()
    assert again.dockWidgetArea(dock) == below


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("reopened", ["after F5 off", "in projector mode"])
def test_the_explorer_f5_floated_and_closed_opens_again_docked_after_f5_off(
    language, reopened, main_window_factory, qtbot, monkeypatch
):
    """Maximised on a 1366x768 screen, the explorer docked below the dashboard, F5 floats
    it; Escape in it closes it. Opened again (Alt+T, E) after F5 off, it floated over the
    build (off the bottom of a 1280x720 screen, at projector mode's size): F5 off docks
    back only the explorer it floated that is open. Now it opens docked below the
    dashboard, as high as before F5. Opened again in projector mode it floats, as projector
    mode has it, and F5 off docks it back."""
    w = main_window_factory()
    _maximised(qtbot, monkeypatch, w, MAXIMISED[language])
    _open_the_explorer(qtbot, w)
    tools = w.explore_tools
    dock = tools.dock
    below = Qt.DockWidgetArea.BottomDockWidgetArea
    try:
        assert not dock.isFloating() and w.dockWidgetArea(dock) == below
        height = dock.height()
        focus(qtbot, w.controls_scroll)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: dock.isFloating() and dock.isVisible())
        # Escape in the floating explorer (its first control clicked): closed
        focus(qtbot, focus_target(tools.panel))
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(dock.isHidden)
        settle(qtbot, w)
        if reopened == "in projector mode":
            _open_the_explorer(qtbot, w)
            assert dock.isFloating()
        focus(qtbot, w.controls_scroll)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert not w.view.projector
        if reopened == "after F5 off":
            assert dock.isHidden()
            _open_the_explorer(qtbot, w)
        qtbot.waitUntil(lambda: not dock.isFloating())
        assert w.dockWidgetArea(dock) == below and dock.isVisible()
        qtbot.waitUntil(lambda: dock.height() == height)
    finally:
        tools.panel.shutdown()
