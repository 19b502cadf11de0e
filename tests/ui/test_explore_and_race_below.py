"""The explorer and the race below the dashboard, both open: the explorer never a strip.

A teacher at 1920x1050 with the Classroom (F6) and the Comparison (F7) open, two builds
pinned (Ctrl+D twice), ran the race (Ctrl+R) and then opened Tools > Explore…: Qt put the
explorer beside the race, 398 px wide (541 px in projector mode), where it reads from 711
(950): it scrolled sideways, its Search and Sweep buttons, its build's time and the best
builds' table cut at the window's edge. Now a dock opened below the dashboard where
another is open goes in a tab with it, each the whole width, the one opened last on top;
the race run again comes on top of the explorer, as tall as its lanes read.

Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these on a real
X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui import racing
from tests.ui.keys import focus, press
from tests.ui.test_layout import (  # noqa: F401 - a fixture
    assert_readable,
    projector_off,
    settle,
    skip_if_larger_than_the_screen,
)

pytestmark = pytest.mark.desktop

# (offscreen: no window manager; the menu's keyboard grab and raise() are not supported)
LOG = r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"

SIZE = (1920, 1050)  # a 1920x1080 screen less a panel


def _open_the_explorer(qtbot, w) -> None:
    """Tools > Explore… from the keys: Alt+T, then its letter in the open menu."""
    focus(qtbot, w.controls_scroll)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_E)
    qtbot.waitUntil(lambda: w.explore_tools.dock.isVisible())
    settle(qtbot, w)


def _close_the_explorer(qtbot, w) -> None:
    """Closed from its own menu: Shift+F10 in the explorer, then its letter, C."""
    focus(qtbot, w.explore_tools.panel.search_button)
    press(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # the explorer's own menu
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_C)  # &Close
    qtbot.waitUntil(w.explore_tools.dock.isHidden)
    settle(qtbot, w)


def _explorer_whole(w) -> None:
    """The explorer docked, in view, as wide as it reads: no part of it scrolled sideways
    out of view (its Search button, its build's time, the best builds' table)."""
    dock = w.explore_tools.dock
    panel = w.explore_tools.panel
    assert dock.isVisible() and not dock.isFloating()
    assert not dock.visibleRegion().isEmpty(), "behind another's tab"
    assert not dock.widget().horizontalScrollBar().isVisible(), dock.width()
    assert dock.width() >= SIZE[0] * 0.8, dock.width()
    for widget in (panel.search_button, panel.tabs):
        assert widget.visibleRegion().boundingRect().width() == widget.width(), widget


def _race_whole(w) -> None:
    """The race on top, as wide as the window, its cars three lines of text high."""
    dock = w.compare_tools.race_dock
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()
    assert dock.width() >= SIZE[0] * 0.8, dock.width()
    racing.assert_big_cars(w)
    # its lanes as tall as they read, in the explorer's tabs as alone (the dashboard has
    # room: in projector mode the row kept the explorer's height, the track 23 px short)
    track = w.compare_tools.race_panel.track
    assert track.height() >= track.sizeHint().height(), (track.height(), track.sizeHint())


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.usefixtures("projector_off")
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("order", ["race-first", "explorer-first"])
def test_the_explorer_and_the_race_below_each_read_at_the_whole_width(
    main_window, qtbot, order, projector
):
    w = main_window
    skip_if_larger_than_the_screen(w, *SIZE)
    w.resize(*SIZE)
    settle(qtbot, w)
    racing.pin(qtbot, w, first=[Qt.Key.Key_F5] * projector + [Qt.Key.Key_F6, Qt.Key.Key_F7])
    try:
        if order == "race-first":
            racing.run_the_race(qtbot, w)
            _open_the_explorer(qtbot, w)
            _explorer_whole(w)
            assert_readable(w, SIZE)  # the verdict, rules, key figures and speed plot
        else:
            _open_the_explorer(qtbot, w)
            _explorer_whole(w)
        racing.run_the_race(qtbot, w)  # (again): on top, the explorer a tab away
        _race_whole(w)
        assert_readable(w, SIZE)
        assert w.tabifiedDockWidgets(w.compare_tools.race_dock) == [w.explore_tools.dock]
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_reset_layout_keeps_the_explorer_and_the_race_in_their_tabs(main_window, qtbot):
    """View > Reset Layout (Alt+V, Y) with the race and the explorer open below: it took
    them out of their tabs, and Qt put them side by side, the explorer 120 px wide beside
    the race (its whole panel scrolled sideways). They stay in tabs, as they open."""
    w = main_window
    w.resize(*SIZE)
    settle(qtbot, w)
    racing.pin(qtbot, w)
    try:
        racing.run_the_race(qtbot, w)
        _open_the_explorer(qtbot, w)
        focus(qtbot, w.controls_scroll)
        press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Y)  # Reset La&yout
        settle(qtbot, w)
        race, explore = w.compare_tools.race_dock, w.explore_tools.dock
        assert race.isVisible() and explore.isVisible()
        assert w.tabifiedDockWidgets(race) == [explore]
        for dock in (race, explore):
            assert dock.width() >= w.width() * 0.9, (dock.objectName(), dock.width())
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_the_explorer_closed_gives_the_dashboard_back_the_height_it_took(main_window, qtbot):
    """The explorer opened with the race open takes some 55 % of the window's height, and
    the race shares its tab. Closed from its own menu (Shift+F10, C), it left the race
    that height: some 330 px blank below the race's controls, the dashboard at its least
    (its speed plot 145 px high and its lesser parts hidden, 1920x1080 under openbox).
    Now the race, below on its own again, is as tall as its track reads, as it was run."""
    w = main_window
    w.resize(*SIZE)
    settle(qtbot, w)
    racing.pin(qtbot, w)
    race = w.compare_tools.race_dock
    try:
        racing.run_the_race(qtbot, w)
        ran = race.height()
        _open_the_explorer(qtbot, w)
        assert race.height() > ran + 100  # (the explorer's height)
        _close_the_explorer(qtbot, w)
        assert race.isVisible()
        assert abs(race.height() - ran) <= 2, (race.height(), ran)  # before: 551 vs 237
        assert_readable(w, SIZE)
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_the_explorer_opened_again_beside_the_race_has_its_height_again(main_window, qtbot):
    """The explorer closed (Shift+F10, C) and opened again (Alt+T, E) with the race open
    below: it went in the race's tab at the race's height (237 px at 1920x1050), its
    panel scrolled, its best builds' table some 50 px high. It has the height it had."""
    w = main_window
    w.resize(*SIZE)
    settle(qtbot, w)
    racing.pin(qtbot, w)
    explore = w.explore_tools.dock
    try:
        racing.run_the_race(qtbot, w)
        _open_the_explorer(qtbot, w)
        first = explore.height()
        _close_the_explorer(qtbot, w)
        _open_the_explorer(qtbot, w)
        _explorer_whole(w)
        assert abs(explore.height() - first) <= 2, (explore.height(), first)
        assert_readable(w, SIZE)
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
def test_each_tab_below_has_its_own_height_on_top(main_window, qtbot):
    """The race run again (Ctrl+R) on top of the explorer's tab kept the explorer's height
    (some 120 px blank below the race at 1920x1080 under openbox, the dashboard squeezed,
    its speed plot some 145 px high). The row is as tall as the tab on top reads: the race
    its height as run, the explorer brought back on top (Alt+T, E) its own."""
    w = main_window
    w.resize(*SIZE)
    settle(qtbot, w)
    racing.pin(qtbot, w)
    race, explore = w.compare_tools.race_dock, w.explore_tools.dock
    try:
        racing.run_the_race(qtbot, w)
        ran = race.height()
        _open_the_explorer(qtbot, w)
        first = explore.height()
        assert first > ran + 100  # (the explorer's own height)
        racing.run_the_race(qtbot, w)
        _race_whole(w)
        assert abs(race.height() - ran) <= 2, (race.height(), ran)
        assert_readable(w, SIZE)
        _open_the_explorer(qtbot, w)
        _explorer_whole(w)
        assert abs(explore.height() - first) <= 2, (explore.height(), first)
    finally:
        w.explore_tools.panel.shutdown()
