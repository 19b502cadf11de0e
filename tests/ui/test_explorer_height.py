"""The explorer below the dashboard: its own height through F5, and the dashboard's plots.

A teacher opens Tools > Explore… (Alt+T, E) below the dashboard. It asked for 55 % of the
window: at 1920x1050 the dashboard kept only its least height, the speed plot 151 px high
(a drawing area of 112 px). Projector mode (F5) then squeezed the explorer (1366x768: from
306 to 217 px, its best builds' table out of view) and it stayed squeezed when F5 was
turned off. Now it opens at its readable height and half of what is left above the
dashboard's and the docks' least heights, and keeps that height as its own through F5.

Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these on a real
X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.keys import focus, press
from tests.ui.test_explore_and_race_below import LOG, _open_the_explorer
from tests.ui.test_layout import assert_readable, projector_off, resize_on_screen, settle  # noqa: F401
from tests.ui.test_plot_room import READABLE_PX

pytestmark = pytest.mark.desktop

SIZES = [(1366, 768), (1920, 1050)]


def _in_view(w, widget) -> None:
    """``widget`` whole in the explorer's view (not scrolled out of it, not cut at its
    edge). (Not its visible region: projector mode's focus ring lies over its edges.)"""
    scroll = w.explore_tools.dock.widget()
    assert widget.isVisible(), widget
    place = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
    assert scroll.viewport().rect().contains(place), (place, scroll.viewport().rect())


def _press_f5(qtbot, w) -> None:
    """F5 where typing goes: the explorer's Search button (the controls may have stepped
    aside for the docks in projector mode)."""
    focus(qtbot, w.explore_tools.panel.search_button)
    press(Qt.Key.Key_F5)
    settle(qtbot, w)


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.usefixtures("projector_off")
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=[f"{a}x{b}" for a, b in SIZES])
def test_the_explorer_keeps_its_own_height_through_projector_mode(
    language, main_window_factory, qtbot, size
):
    """F5 on: the explorer as tall as it reads at the larger text, or as the dashboard at
    its least height leaves (it scrolls then), its Search button whole. F5 off: the height
    it opened at again, nothing of it scrolled (before: 217 px of the 306 it opened at, at
    1366x768)."""
    w = main_window_factory()
    resize_on_screen(qtbot, w, *size)
    try:
        _open_the_explorer(qtbot, w)
        dock = w.explore_tools.dock
        scroll = dock.widget()
        assert isinstance(scroll, QScrollArea)
        assert not dock.isFloating()
        opened = dock.height()
        # (1366x768: the dashboard at its least height leaves it its readable height, no
        # more: before the best builds' rows were as tall as their text, 4 px short)
        scrolls = scroll.verticalScrollBar().maximum()
        assert scrolls == 0, (dock.height(), w.dock_room.readable_height(dock))
        _press_f5(qtbot, w)
        assert w.classroom.projector_action.isChecked()
        room = w.centralWidget().height() + dock.height() - w._dashboard_least_height()
        reads = w.dock_room.readable_height(dock)
        assert dock.height() >= min(reads, room) - 1, (dock.height(), reads, room)
        _in_view(w, w.explore_tools.panel.search_button)
        _press_f5(qtbot, w)
        assert not w.classroom.projector_action.isChecked()
        assert abs(dock.height() - opened) <= 1, (dock.height(), opened)
        assert scroll.verticalScrollBar().maximum() == 0
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorer_leaves_the_speed_plot_room(language, main_window_factory, qtbot):
    """1920x1050 (a 1920x1080 screen less a panel), the explorer opened below: the
    dashboard keeps half of the height above its least and the explorer's readable
    height (before: none, the dashboard at its least height), the speed plot its share
    of the dashboard (dashboard.PLOT_SHARE) and a drawing area a quarter again its least
    readable height (before: 112 px, less), the verdict, rules and key figures whole,
    and the explorer whole, none of it scrolled.

    (Before the best builds' rows were as tall as their text, this asked for a drawing
    area half again READABLE_PX: the explorer then read from 330 px in Japanese and left
    the dashboard 542, where it showed five figures. From 280 px it leaves 567, where the
    dashboard shows all seven and the legends, its plot at its share: a drawing area of
    140 px, more figures and not less plot than the dashboard's own rule asks.)"""
    from keiconfig.ui.dashboard import PLOT_SHARE

    size = (1920, 1050)
    w = main_window_factory()
    resize_on_screen(qtbot, w, *size)
    try:
        _open_the_explorer(qtbot, w)
        dock = w.explore_tools.dock
        assert not dock.isFloating()
        least = w._dashboard_least_height()
        above = w.centralWidget().height() - least
        spare = above + dock.height() - w.dock_room.readable_height(dock)
        assert above >= spare // 2 - 1, (above, spare)
        speed = w.plots_panel.speed_widget
        assert speed.height() >= int(PLOT_SHARE * w.dashboard.height()), speed.height()
        view = w.plots_panel.speed_plot.getViewBox().sceneBoundingRect()
        assert view.height() >= 1.25 * READABLE_PX, view.height()
        scroll = dock.widget()
        assert isinstance(scroll, QScrollArea)
        assert scroll.verticalScrollBar().maximum() == 0, dock.height()
        _in_view(w, w.explore_tools.panel.search_button)
        if language == "en":  # (Japanese margins: see test_plot_room)
            assert_readable(w, size)
    finally:
        w.explore_tools.panel.shutdown()


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.usefixtures("projector_off")
def test_the_docks_beside_are_as_wide_after_projector_mode_as_before(main_window_factory, qtbot):
    """1366x768 with the Classroom and the Comparison beside the dashboard, the explorer
    opened below: F5 on and off left the docks beside as wide as projector mode made them,
    the dashboard 388 px wide where it was 464, its least height 594 px where it was 441,
    and the explorer below gave up its room (275 px to 122, its Search button scrolled
    out of view). Now the docks are as wide as before F5, and so the dashboard and the
    explorer's height."""
    from tests.ui.test_layout import open_docks

    w = main_window_factory()
    resize_on_screen(qtbot, w, 1366, 768)
    try:
        open_docks(w, ("comparison", "classroom"))
        settle(qtbot, w)
        _open_the_explorer(qtbot, w)
        dock = w.explore_tools.dock
        beside = (w.classroom.dock, w.compare_tools.compare_dock)
        before = ([d.width() for d in beside], w.dashboard.width(), w._dashboard_least_height())
        opened = dock.height()
        _press_f5(qtbot, w)
        assert w.classroom.projector_action.isChecked()
        assert w.dashboard.width() != before[1]  # (projector mode's widths are others)
        _press_f5(qtbot, w)
        assert not w.classroom.projector_action.isChecked()
        after = ([d.width() for d in beside], w.dashboard.width(), w._dashboard_least_height())
        assert after == before
        assert abs(dock.height() - opened) <= 1, (dock.height(), opened)
        _in_view(w, w.explore_tools.panel.search_button)
    finally:
        w.explore_tools.panel.shutdown()
