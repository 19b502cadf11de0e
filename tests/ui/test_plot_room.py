"""The speed plot stays readable when the window is full (issue: at 1280×720 with the race,
the comparison and the classroom open, it sat at its least height, a drawing area of
~60 px between its axes: four speed ticks could not be told apart). Its least height keeps
a drawing area of about 100 px (plots_panel.SPEED_PLOT_MIN_PX); the docks beside the
dashboard give way for it, and the verdict, rules and key figures stay whole. Marked
``desktop``: ``.ci/run`` runs these on a real X server too. Its speed axis's title is
whole: "km/h" where the plot is lower than "Speed (km/h)" is long."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QGraphicsTextItem

from keiconfig.core import presets
from tests.ui.test_layout import (  # noqa: F401 - a fixture
    assert_readable,
    must_haves,
    open_docks,
    projector_off,
    settle,
)

pytestmark = pytest.mark.desktop

# The plot's drawing area (between its axes), in pixels: four speed ticks 25 px apart.
READABLE_PX = 95


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_speed_plot_stays_readable_with_every_dock_open(
    language, projector, size, main_window_factory, qtbot
):
    window = main_window_factory()
    try:
        window.resize(*size)
        window.open_preset(presets.load_preset("honda-beat-1991").build)
        if projector:
            window.classroom.projector_action.setChecked(True)
        open_docks(window, ("comparison", "classroom", "race"))
        window.resize(*size)
        settle(qtbot, window)
        if window.height() < size[1]:  # the offscreen screen is 800 px tall (see test_layout)
            window.resize(*size)
            settle(qtbot, window)
        plots = window.plots_panel
        view = plots.speed_plot.getViewBox().sceneBoundingRect()
        assert view.height() >= READABLE_PX, (language, projector, size, view.height())
        assert view.width() >= 2 * READABLE_PX
        # the speed axis's title whole ("Speed (km/h" was cut at the top in projector
        # mode; where the plot is lower than the title it says "km/h")
        axis = plots.speed_plot.getAxis("left")
        title = axis.label.boundingRect().width()
        assert title <= axis.size().height(), (axis.labelText, title, axis.size().height())
        if window.height() == size[1] and language == "en":
            assert_readable(window, size)
        # (Japanese: its margins' CJK lines are taller than the font's line spacing that
        # assert_readable's two-line check counts by) every must-have shown whole
        whole = {
            n: w.isVisible() and w.visibleRegion() == QRegion(w.rect())
            for n, w in must_haves(window).items()
        }
        assert all(whole.values()), [n for n, ok in whole.items() if not ok]
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_speed_axis_title_is_whole_with_the_race_below(language, main_window_factory, qtbot):
    """Projector mode in the window's first size (1280x820), the race docked below: the
    plot at its least height (a drawing area of some 75 px) cut its axis's title at the
    top, 'Speed (km/h'. It says 'km/h' there, whole."""
    from tests.ui.test_layout import resize_on_screen

    window = main_window_factory()
    try:
        resize_on_screen(qtbot, window, 1280, 820)
        window.open_preset(presets.load_preset("caterham-seven-160-2014").build)
        window.classroom.projector_action.setChecked(True)
        open_docks(window, ("race",))
        settle(qtbot, window)
        tools = window.compare_tools
        assert window.dockWidgetArea(tools.race_dock).name == "BottomDockWidgetArea"
        plots = window.plots_panel
        axis = plots.speed_plot.getAxis("left")
        title = axis.label.boundingRect().width()
        assert title <= axis.size().height(), (axis.labelText, title, axis.size().height())
        full = _drawn_length(axis, plots.tr("Speed (km/h)"))
        assert (axis.labelText == "km/h") == (full > plots.speed_plot.vb.height())
    finally:
        window.compare_tools.race_panel.pause()
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _drawn_length(axis, title: str) -> float:
    """The length ``title`` is drawn at up ``axis`` (its font, a text item's margins)."""
    item = QGraphicsTextItem()
    item.setFont(axis.label.font())
    item.setPlainText(title)
    return item.boundingRect().width()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_speed_axis_title_is_whole_in_the_least_projector_window(
    language,
    main_window,
    qtbot,
    projector_off,  # noqa: F811
):
    """Projector mode at 1024x600: in Japanese "速度 (km/h)" was drawn 115 px long up a
    plot 104 px high, its ends past the plot's top and bottom (the title was chosen by
    its length in the panel's font, 101 px, not as the axis draws it). It says "km/h"
    there, whole, as in English; the plot keeps its height and the window its least
    size."""
    from tests.ui.test_layout import open_preset_at

    open_preset_at(main_window, qtbot, (1024, 600), "honda-beat-1991", projector=True)
    plots = main_window.plots_panel
    axis = plots.speed_plot.getAxis("left")
    drawn = axis.label.mapRectToScene(axis.label.boundingRect())  # (turned: up the axis)
    plot = plots.speed_plot.getViewBox().sceneBoundingRect()
    assert drawn.height() <= plot.height(), (axis.labelText, drawn.height(), plot.height())
    assert plot.top() <= drawn.top() and drawn.bottom() <= plot.bottom(), (drawn, plot)
    assert axis.labelText == "km/h"
    assert plot.height() >= READABLE_PX
    # and where the plot is high enough, the whole title
    open_preset_at(main_window, qtbot, (1280, 720), "honda-beat-1991", projector=True)
    assert axis.labelText == plots.tr("Speed (km/h)")
    assert _drawn_length(axis, axis.labelText) <= axis.size().height()


@pytest.mark.parametrize("preset", ["caterham-seven-160-2014", "honda-beat-1991"])
def test_the_100_kmh_line_name_is_clear_of_the_gear_numbers(preset, main_window_factory, qtbot):
    """Projector mode at 1280x820 with the race docked below: the 100 km/h line's name,
    at the left end of the line, had the gear numbers 2 and 3 drawn over it. It stands at
    the right end, below the line, where the curve has passed 100 km/h."""
    from tests.ui.test_layout import resize_on_screen

    window = main_window_factory()
    try:
        resize_on_screen(qtbot, window, 1280, 820)
        window.open_preset(presets.load_preset(preset).build)
        window.classroom.projector_action.setChecked(True)
        open_docks(window, ("race",))
        settle(qtbot, window)
        plots = window.plots_panel
        name = plots.line_100.label.sceneBoundingRect()
        view = plots.speed_plot.getViewBox().sceneBoundingRect()
        assert view.contains(name), (name, view)
        numbers = [g.sceneBoundingRect() for g in plots.gear_labels if g.isVisible()]
        assert numbers and not [n for n in numbers if n.intersects(name)], (name, numbers)
    finally:
        window.compare_tools.race_panel.pause()
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
