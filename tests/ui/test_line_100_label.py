"""The speed plot's 100 km/h line names itself ("100 km/h (62 mph)", Japanese "100 km/h")
clear of the gear-change marks: each triangle and the gear number over it. On a 1024x768
projector (F5) with the Comparison open (F7), the build pinned (Ctrl+D) and the text two
steps larger (Ctrl+= twice) the plot is about 370 px between its axes, and the long name,
at the line's right end below it, was printed across the "3" and the curve. It now takes
the end and the side of the line that are free ("100 km/h" where the long name is not),
and only where no place is free it is left out (the dashed line and the axis's 100 say
it). Where the plot is wide the long name shows. Marked ``desktop``: .ci/run runs these on
a real X server too."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt

from tests.ui.keys import focus
from tests.ui.test_layout import (  # noqa: F401 - a fixture
    open_docks,
    press_and_settle,
    projector_off,
    resize_on_screen,
    settle,
)
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def _marks(plots) -> list[QRectF]:
    """The scene rectangles of the gear-change triangles and of the gear numbers shown."""
    vb = plots.speed_plot.getViewBox()
    rects = []
    for point in plots.shift_marks.points():
        at = vb.mapViewToScene(point.pos())
        half = point.size() / 2.0
        rects.append(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half))
    rects += [g.sceneBoundingRect() for g in plots.gear_labels if g.isVisible()]
    return rects


def _crosses_curve(plots, name: QRectF) -> bool:
    """Whether the speed curve passes through ``name`` (a scene rectangle)."""
    vb = plots.speed_plot.getViewBox()
    t, v = plots.speed_curve.getData()
    points = [vb.mapViewToScene(QPointF(float(a), float(b))) for a, b in zip(t, v, strict=True)]
    xs = np.array([p.x() for p in points])
    ys = np.array([p.y() for p in points])
    if name.right() < xs[0] or name.left() > xs[-1]:
        return False
    inside = (xs >= name.left()) & (xs <= name.right())
    ends = np.interp([name.left(), name.right()], xs, ys)
    heights = np.concatenate([ys[inside], ends])
    return bool(heights.max() >= name.top() and heights.min() <= name.bottom())


def _clear_of_the_marks(plots, *, of_the_curve: bool) -> str:
    """The line's name shown inside the plot, clear of every mark (and of the curve):
    its text."""
    plots.speed_widget.grab()  # drawn: the labels' transforms as on the screen
    label = plots.line_100.label
    assert label.isVisible()
    name = label.sceneBoundingRect()
    view = plots.speed_plot.getViewBox().sceneBoundingRect()
    assert view.contains(name), (name, view)
    marks = _marks(plots)
    assert len(marks) >= 4, marks  # (three changes at least: the triangles and the numbers)
    over = [m for m in marks if m.intersects(name)]
    assert not over, (label.toPlainText(), name, over)
    if of_the_curve:
        assert not _crosses_curve(plots, name), (label.toPlainText(), name)
    return label.toPlainText()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_line_name_is_clear_of_the_gear_marks_on_a_1024x768_projector(
    main_window, qtbot, language
):
    w = main_window
    resize_on_screen(qtbot, w, 1024, 768)
    focus(qtbot, w.body_panel.length.slider)
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        press_and_settle(qtbot, w, Qt.Key.Key_D, CTRL)
        for _ in range(2):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, CTRL)
        if not w.isMaximized() and w.size().toTuple() != (1024, 768):
            w.resize(1024, 768)  # (the offscreen platform's 800 px screen fitted it back)
            settle(qtbot, w)
        run_window_timers(w)
        settle(qtbot, w)
        plots = w.plots_panel
        view = plots.speed_plot.getViewBox().sceneBoundingRect()
        assert view.width() < 500, view  # the narrow plot of the report
        text = _clear_of_the_marks(plots, of_the_curve=True)
        assert text == "100 km/h"  # (the long name has no free place there)
    finally:
        w.zoom(None)
        w.classroom.projector_action.setChecked(False)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_line_name_is_clear_of_the_gear_marks_and_whole_where_there_is_room(
    main_window, qtbot, language, projector, size
):
    w = main_window
    resize_on_screen(qtbot, w, *size)
    try:
        if projector:
            w.classroom.projector_action.setChecked(True)
            settle(qtbot, w)
        resize_on_screen(qtbot, w, *size)
        plots = w.plots_panel
        text = _clear_of_the_marks(plots, of_the_curve=True)
        if size == (1920, 1080):
            assert text == plots.tr("100 km/h (62 mph)")
    finally:
        w.classroom.projector_action.setChecked(False)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_line_name_follows_the_plots_width(main_window, qtbot, language):
    """From a wide window to the least a 1024x600 projector allows and back, with the
    Comparison open beside the dashboard, the name is clear of the marks at each width,
    or left out; wide again, it is the whole name again."""
    w = main_window
    resize_on_screen(qtbot, w, 1920, 1080)
    try:
        w.classroom.projector_action.setChecked(True)
        open_docks(w, ("comparison",))
        widths = []
        for width in (1920, 1600, 1366, 1280, 1024):
            w.resize(width, w.height())
            settle(qtbot, w)
            plots = w.plots_panel
            widths.append(plots.speed_plot.getViewBox().width())
            if plots.line_100.label.isVisible():
                _clear_of_the_marks(plots, of_the_curve=False)
        assert min(widths) < 450 and max(widths) > 800, widths  # (the report's and a wide one)
        w.resize(1920, 1080)
        settle(qtbot, w)
        assert _clear_of_the_marks(w.plots_panel, of_the_curve=True) == "100 km/h (62 mph)"
    finally:
        w.classroom.projector_action.setChecked(False)
