"""Docks take their share of room that appears: a window made wider (resized, maximised)
gives the comparison and classroom docks beside the dashboard the width they open at, not
only the dashboard, and the classroom stacked above the comparison a quarter of the height
(in projector mode at 1280×720 they were squeezed to slivers, and they stayed slivers at
1920 px until View > Reset Layout; now the controls give way there, see DockRoom).
Marked ``desktop``: ``.ci/run`` runs these on a real X server too (``xvfb-run -a -s
"-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python -m pytest
tests/ui/test_dock_room.py``)."""

from __future__ import annotations

import pytest

from keiconfig.core import presets
from keiconfig.ui.dock_room import readable_width
from tests.ui.test_layout import open_docks, projector_off, settle  # noqa: F401 (a fixture)

pytestmark = pytest.mark.desktop


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_docks_take_their_width_when_the_window_grows(projector, main_window_factory, qtbot):
    window = main_window_factory()
    tools, room = window.compare_tools, window.classroom
    try:
        window.resize(1280, 720)
        window.open_preset(presets.load_preset("honda-beat-1991").build)
        if projector:
            window.classroom.projector_action.setChecked(True)
        open_docks(window, ("comparison", "classroom"))
        window.resize(1280, 720)
        settle(qtbot, window)
        small = tools.compare_dock.width()
        # readable at 1280 px too, in projector mode as well: the controls give way
        # (DockRoom), not the docks
        for dock in (tools.compare_dock, room.dock):
            assert dock.width() >= readable_width(dock), (dock.objectName(), dock.width())
        window.resize(1920, 1000)
        settle(qtbot, window)
        assert window.width() == 1920
        docks = (tools.compare_dock, room.dock)
        assert all(d.isVisible() and not d.isFloating() for d in docks)
        # the width they open at (36 % of the window), as far as the dashboard's least
        # width leaves room for it; never narrower than before
        area = window.dashboard_area
        least = area.minimumSizeHint().width()
        share = int(1920 * 0.36)
        for dock in docks:
            assert dock.width() >= small  # never narrower than before
            assert dock.width() >= share or area.width() <= least + 8, (
                dock.objectName(),
                dock.width(),
                area.width(),
                least,
            )
            assert dock.width() >= 400, dock.width()
        assert area.width() >= least
        # the classroom stacked above the comparison: a quarter of the height, not a sliver
        assert room.dock.height() >= window.height() // 4 - 2, room.dock.height()
        # a window made narrower again does not push the dashboard below its least width
        window.resize(1280, 720)
        settle(qtbot, window)
        assert window.dashboard_area.width() >= window.dashboard_area.minimumSizeHint().width()
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def test_a_dock_opened_on_a_projectors_screen_leaves_the_window_its_width(
    main_window_factory, qtbot
):
    """A 1024x768 window (a classroom projector's whole screen) in projector mode (F5):
    the Classroom opened with its key (F6) takes its room from the controls, which step
    aside, and the window keeps its 1024 px, whole on a real screen. Before, the dock's
    least width pushed the window to 1045 px before the controls made room, past a
    1024x768 screen's right edge (the Classroom's scroll bar and the status bar's Show
    controls button cut off), and it stayed so."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen

    window = main_window_factory()
    resize_on_screen(qtbot, window, 1024, 768)
    try:
        focus(qtbot, window.body_panel.length.spin)
        press_and_settle(qtbot, window, Qt.Key.Key_F5)
        assert window.classroom.projector_action.isChecked()
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        assert window.classroom.dock.isVisible() and not window.controls_scroll.isVisible()
        assert window.width() == 1024
        if QGuiApplication.platformName() != "offscreen":  # (its 800x800 screen holds none)
            room = window.screen().availableGeometry()
            assert room.contains(window.frameGeometry()), (room, window.frameGeometry())
    finally:
        window.classroom.projector_action.setChecked(False)


@pytest.mark.parametrize(
    ("language", "preset"),
    [("en", "honda-s660-2015"), ("ja", "honda-beat-1991")],
    ids=["en-s660", "ja-beat"],
    indirect=["language"],
)
def test_the_controls_never_scroll_sideways_beside_docks(
    language,
    preset,
    desktop_font,
    projector_off,  # noqa: F811
    main_window_factory,
    qtbot,
):
    """A 1152x648 window with a desktop's 10 pt text and the Comparison open (F7): the
    controls were narrowed to 247 px, 81 px less than their wrapped rows' least width, and
    scrolled sideways, the body's and engine's fields cut at the column's edge (Japanese:
    at 1088x612, by 35 px). Narrower than their wrapped rows, the controls now step aside
    as they do for a sliver; at the common sizes, normal and projector mode, with the
    Comparison and the Classroom, they never scroll sideways, and the rules stay on
    screen. Nor does the dashboard: in projector mode at 1024x540 with the Comparison it
    scrolled up and down and, its scroll bar counted out of its least width, 14 px
    sideways. (desktop_font first: put back after projector mode is left.)"""
    desktop_font(10)
    window = main_window_factory()
    window.open_preset(presets.load_preset(preset).build)
    controls, verdict = window.controls_scroll, window.compliance_panel.verdict
    steps = [(("comparison",), size) for size in ((1152, 648), (1088, 612), (1024, 540))]
    steps += [
        (("comparison", "classroom"), size)
        for size in ((1152, 648), (1280, 720), (1366, 768), (1600, 900), (1920, 1080))
    ]
    for docks, size in steps:
        open_docks(window, docks)
        for projector in (False, True):
            window.classroom.projector_action.setChecked(projector)
            window.resize(*size)
            settle(qtbot, window)
            case = (docks, size, window.size().toTuple(), projector)
            sideways = controls.horizontalScrollBar().maximum() if controls.isVisible() else 0
            assert sideways == 0, (case, controls.width())
            # nor the dashboard, scrolling up and down at its least width (1024x540 in
            # projector mode): its scroll bar took 14 px of it
            dashboard = window.dashboard_area.horizontalScrollBar()
            assert dashboard.maximum() == 0, (case, window.dashboard_area.width())
            assert verdict.isVisible() and not verdict.visibleRegion().isEmpty(), case
