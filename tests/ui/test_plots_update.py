"""The plots during a slider drag: updated in place, idle while hidden, axes that hold still
while the hand moves and fit the data once it stops; gear numbers never cut off."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from keiconfig.core import gearing
from keiconfig.core.build import changed, default_build
from keiconfig.core.performance import load_constants
from keiconfig.core.results import run_span_s
from keiconfig.ui import refresh
from keiconfig.ui.document import Document
from keiconfig.ui.panels.gearing_plot import GearingPlot
from keiconfig.ui.panels.plots_panel import ALL, KW_TO_PS, TABS, PlotsPanel
from keiconfig.ui.plot_kit import nice_top
from tests.ui import frames


@pytest.fixture
def plots(qtbot: Any, document: Document) -> tuple[PlotsPanel, GearingPlot]:
    """The plots panel with the tractive-force plot beside its torque plot, on screen."""
    panel = PlotsPanel(document)
    beside = GearingPlot(document)
    panel.add_beside_engine_plot(beside, beside.tab_name)
    qtbot.addWidget(panel)
    panel.resize(1100, 750)
    panel.show()
    qtbot.waitExposed(panel)
    # A drag goes on until a test settles it: on a busy machine a frame took longer than
    # SETTLE_MS, the drag was taken as over mid-way and the axes fitted again.
    for watch in (panel.drag, beside.drag):
        watch.timer.setInterval(600_000)
    return panel, beside


def _scene_items(panel: PlotsPanel, beside: GearingPlot) -> list[list[object]]:
    return [
        list(w.scene().items()) for w in (panel.speed_widget, panel.engine_widget, beside.widget)
    ]


def _assert_plots_match(panel: PlotsPanel, beside: GearingPlot, document: Document) -> None:
    perf = document.performance
    t, v = panel.speed_curve.getData()
    np.testing.assert_allclose(t, perf.trace.t_s)
    np.testing.assert_allclose(v, np.asarray(perf.trace.speed_ms) * 3.6)
    rpm, nm = panel.torque_curve.getData()
    np.testing.assert_allclose(rpm, perf.curve.rpm)
    np.testing.assert_allclose(nm, perf.curve.torque_nm)
    _, ps = panel.power_curve.getData()
    np.testing.assert_allclose(ps, np.asarray(perf.curve.power_kw) * KW_TO_PS)
    data = gearing.traction_plot(document.build, perf, load_constants().dynamics)
    for g, item in zip(data.gears, beside.curves, strict=False):
        x, y = item.getData()
        np.testing.assert_allclose(x, g.speed_kmh)
        np.testing.assert_allclose(y, np.asarray(g.force_n) / 1000.0)
    assert sum(c.isVisible() for c in beside.curves) == len(data.gears)
    x, y = beside.road.getData()
    np.testing.assert_allclose(y, np.asarray(data.road_load_n) / 1000.0)
    assert beside.top.value() == pytest.approx(data.top_speed_kmh)


def test_a_long_drag_updates_every_plot_in_place(plots, document):
    panel, beside = plots
    before = _scene_items(panel, beside)
    steps = [{"body.length_mm": 3000 + 8 * i, "engine.displacement_cc": 560 + i} for i in range(60)]
    frames.drag(document, steps)
    after = _scene_items(panel, beside)
    # the same items, not one made or thrown away (the gear numbers are made once, as
    # the first car with that many shifts needs them)
    for old, new in zip(before, after, strict=True):
        assert len(new) == len(old)
        assert all(a is b for a, b in zip(old, new, strict=True))
    _assert_plots_match(panel, beside, document)


def _labels_on_whole_pixels(panel: PlotsPanel, beside: GearingPlot) -> int:
    """Every shown text label's text on a whole pixel of its view, within a pixel of the
    point its anchor puts it at; how many were shown."""
    shown = 0
    for view, labels in (
        (panel.speed_widget, panel.gear_labels),
        (panel.engine_widget, [panel.cap_label]),
        (beside.widget, [*beside.labels, beside.top_label]),
    ):
        for label in labels:
            if not label.isVisible():
                continue
            shown += 1
            at = view.viewportTransform().map(label.textItem.scenePos())
            assert (at.x(), at.y()) == (round(at.x()), round(at.y())), label.toPlainText()
            rect = label.textItem.boundingRect()
            point = view.viewportTransform().map(label.scenePos())
            want_x = point.x() - rect.width() * label.anchor[0]
            want_y = point.y() - rect.height() * label.anchor[1]
            assert abs(at.x() - want_x) <= 0.5 and abs(at.y() - want_y) <= 0.5
    return shown


def test_plot_labels_sit_on_whole_pixels_as_the_plots_change(plots, document):
    """A label at a fractional pixel was drawn a pixel apart by a partial repaint and by a
    full one (Qt rounds a glyph's place by the paint's clip): the gear numbers, the cap's
    note and the top speed stay on whole pixels through a drag and after the axes fit."""
    panel, beside = plots
    document.change({"engine.aspiration": "turbo"}, "capped")  # the cap's note shows
    for steps in (
        [{"body.length_mm": 3000 + 7 * i, "engine.displacement_cc": 560 + 3 * i} for i in range(9)],
        [{"overrides.kerb_weight_kg": 700 + 13 * i} for i in range(5)],
    ):
        frames.drag(document, steps)
        QApplication.processEvents()
        assert _labels_on_whole_pixels(panel, beside) >= 8
        panel.drag.settle()
        beside.drag.settle()
        QApplication.processEvents()
        assert _labels_on_whole_pixels(panel, beside) >= 8


def test_a_hidden_plot_does_no_work_until_it_is_shown(plots, document):
    panel, beside = plots
    torque = panel.torque_curve.getData()[1].copy()
    forces = [c.getData()[1].copy() for c in beside.curves if c.isVisible()]
    panel.set_lesser_visible(TABS, readout=True, notes=True)  # a window short of room
    assert not panel.engine_widget.isVisible() and not beside.isVisible()
    frames.drag(document, [{"engine.displacement_cc": cc} for cc in range(650, 450, -10)])
    # the speed plot (shown) follows; the torque and force plots kept what they had
    np.testing.assert_allclose(panel.speed_curve.getData()[0], document.performance.trace.t_s)
    np.testing.assert_array_equal(panel.torque_curve.getData()[1], torque)
    for old, item in zip(forces, beside.curves, strict=False):
        np.testing.assert_array_equal(item.getData()[1], old)
    panel.set_lesser_visible(ALL, readout=True, notes=True)
    assert panel.engine_widget.isVisible() and beside.isVisible()
    _assert_plots_match(panel, beside, document)  # caught up as soon as shown


def test_axes_only_grow_during_a_drag_and_fit_when_it_is_over(plots, document):
    panel, beside = plots
    document.change({"engine.displacement_cc": 660}, "big engine")
    big_torque_top = panel.torque_y.top
    big_force_top = beside.y_axis.top
    # dragging the engine smaller: the axes hold still
    frames.drag(document, [{"engine.displacement_cc": cc} for cc in range(650, 350, -10)])
    assert panel.drag.dragging and panel.drag.timer.isActive()
    small_torque = float(np.max(document.performance.curve.torque_nm))
    assert nice_top(small_torque * 1.05, 10.0) < big_torque_top  # the data would fit lower
    assert panel.torque_y.top == big_torque_top
    assert beside.y_axis.top == big_force_top
    assert beside.x_axis.top >= nice_top(beside.x_axis.data_top, beside.x_axis.step)
    # the hand stops: the axes fit the data (tests settle at once rather than wait)
    panel.drag.settle()
    beside.drag.settle()
    assert not panel.drag.dragging
    assert panel.torque_y.top == nice_top(small_torque * 1.05, 10.0)
    for axis in (beside.x_axis, beside.y_axis):
        assert axis.top == nice_top(axis.data_top, axis.step)  # the last data's own top
    assert beside.top_label.pos().y() == pytest.approx(beside.y_axis.top)  # at the new top
    # dragging bigger: they grow with the data at once
    frames.drag(document, [{"engine.displacement_cc": cc} for cc in range(360, 661, 10)])
    assert panel.torque_y.top == big_torque_top
    assert beside.y_axis.top == big_force_top
    # a change of its own (a key, a click) fits at once, with no drag to wait for
    document.change({"engine.displacement_cc": 360}, "small again")
    assert not panel.drag.dragging and not panel.drag.timer.isActive()
    assert panel.torque_y.top == nice_top(small_torque * 1.05, 10.0)


def test_speed_plot_axes_only_grow_while_the_car_gets_slower(plots, document):
    panel, _ = plots
    document.change({"engine.aspiration": "turbo", "drivetrain.speed_limit_kmh": None}, "fast")
    x_top, y_top = panel.speed_x.top, panel.speed_y.top
    frames.drag(document, [{"engine.displacement_cc": cc} for cc in range(650, 300, -25)])
    assert panel.speed_y.top == y_top  # held, though the car is slower now
    assert panel.speed_x.top >= x_top  # the run takes longer: time grows at once
    perf = document.performance
    panel.drag.settle()
    assert panel.speed_y.top < y_top  # a lower speed axis once the drag is over
    assert panel.speed_x.top == nice_top(run_span_s(perf), 5.0)
    _assert_plots_match(panel, plots[1], document)


def test_the_top_gear_number_is_whole_in_a_low_plot_at_projector_size(qtbot, document):
    # a car that changes into top gear near its top speed, early in the run
    fast = changed(
        default_build(),
        {"engine.aspiration": "turbo", "drivetrain.gears": 4, "overrides.power_ps": 120},
    )
    document.replace(fast, "fast")
    panel = PlotsPanel(document)
    qtbot.addWidget(panel)
    big = QFont(panel.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)  # projector mode's text
    panel.setFont(big)
    panel.resize(800, 300)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    view = panel.speed_plot.vb.sceneBoundingRect()
    shown = [
        label
        for label in panel.gear_labels
        if label.isVisible() and label.pos().x() <= panel.speed_x.top
    ]
    assert shown and shown[-1].textItem.toPlainText() == "4"
    for label in shown:
        box = label.mapRectToScene(label.boundingRect())
        assert box.top() >= view.top(), label.textItem.toPlainText()


def test_the_rev_axis_holds_during_a_drag_that_moves_the_rev_range(plots, document):
    # An engine's rev range moves with its size (the rev axis is fitted to the curve by
    # pyqtgraph): during a drag the axis only grows, and fits the curve when it is over.
    panel, _ = plots
    view = panel.torque_plot.vb
    steps = [{"engine.displacement_cc": cc} for cc in (600, 659) * 4]
    peaks = set()
    ranges = []
    merge = document.new_merge_id()
    for updates in steps:
        document.change(updates, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()
        peaks.add(float(np.max(document.performance.curve.rpm)))
        ranges.append(tuple(view.viewRange()[0]))
        low, high = ranges[-1]
        rpm = document.performance.curve.rpm
        assert low <= float(np.min(rpm)) and float(np.max(rpm)) <= high  # the curve in view
    assert len(peaks) == 2  # the rev range moved back and forth
    assert all(r == ranges[0] for r in ranges[1:])  # grown once, then held
    panel.drag.settle()
    held = tuple(view.viewRange()[0])
    view.enableAutoRange(x=True)
    view.updateAutoRange()
    assert tuple(view.viewRange()[0]) == held  # fitted as auto-range fits it
    assert view.autoRangeEnabled()[0]


def _speed_plot_drawn_by_qt(panel: PlotsPanel) -> Any:
    """The speed plot as it is with its shading drawn by Qt, an image scaled over the plot
    (a composition mode set, even the usual one, has the image item draw it so)."""
    from PySide6.QtGui import QPainter

    panel.shading.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    try:
        return panel.speed_widget.viewport().grab().toImage()
    finally:
        panel.shading.paintMode = None


def _pixels(image: Any) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)
    return rows[:, : image.width()].copy()


def _shade_edges_apart(shown: np.ndarray, scaled: np.ndarray) -> set[int]:
    """The columns where the two differ, each pixel that differs where one image has the
    colour the other has a pixel to the left or right (a shade's edge a pixel apart)."""
    ys, xs = np.nonzero(shown != scaled)
    last = shown.shape[1] - 1
    for y, x in zip(ys.tolist(), xs.tolist(), strict=True):
        left, right = max(x - 1, 0), min(x + 1, last)
        assert shown[y, x] in (scaled[y, left], scaled[y, right]) or scaled[y, x] in (
            shown[y, left],
            shown[y, right],
        )
    return set(xs.tolist())


def test_the_shading_is_put_down_in_rectangles_as_qt_draws_it_scaled(plots, document, monkeypatch):
    """The "what limits the car" shading is one row of opaque colours stretched over the
    speed plot: it is put down as one rectangle of whole pixels per run of one colour,
    never an image scaled pixel by pixel (a large share of a repaint of the plot). Each
    pixel has the colour of the moment at its centre; Qt's scaled image is the same but
    for a shade's edge a pixel apart now and then (its fixed-point stepping), and the
    rest of the plot is as it was. At several plot sizes, as a drag goes on, with the time
    axis starting before the run and the speed axis below 0 (the shade's edges within
    the plot)."""
    from PySide6.QtGui import QPainter

    panel, _ = plots
    images = []
    draw_image = QPainter.drawImage

    def counted(painter: QPainter, *args: Any) -> None:
        images.append(args)
        draw_image(painter, *args)

    def both() -> tuple[np.ndarray, np.ndarray]:
        images.clear()
        shown = _pixels(panel.speed_widget.viewport().grab().toImage())
        assert images == []  # no image scaled over the plot
        scaled = _pixels(_speed_plot_drawn_by_qt(panel))
        assert images  # (the comparison is Qt's image)
        return shown, scaled

    monkeypatch.setattr(QPainter, "drawImage", counted)
    checked = 0
    for width, height in ((1100, 750), (731, 613), (1517, 903)):
        panel.resize(width, height)
        QApplication.processEvents()
        for length, cc in ((3050, 500), (3150, 560), (3390, 640)):
            frames.drag(document, [{"body.length_mm": length, "engine.displacement_cc": cc}])
            for x_range, y_range in ((None, None), ((-1.3, 17.7), (-23.0, 131.0))):
                if x_range is not None:
                    panel.speed_plot.vb.setRange(xRange=x_range, yRange=y_range, padding=0)
                    QApplication.processEvents()
                # the whole plot differs only in a few columns: where a shade's edge moved
                shown, scaled = both()
                columns = set(np.nonzero(shown != scaled)[1].tolist())
                # the shading alone: its edges a pixel apart at the most (the other items
                # and the axes' ticks, drawn over it, are as they were)
                items = panel.speed_plot.vb.childGroup.childItems()
                items += [panel.speed_plot.getAxis(side) for side in ("left", "bottom")]
                others = [i for i in items if i is not panel.shading]
                for item in others:
                    item.setOpacity(0.0)
                shown, scaled = both()
                for item in others:
                    item.setOpacity(1.0)
                edges = _shade_edges_apart(shown, scaled)
                assert columns <= edges and len(edges) <= 12
                checked += 1
    assert checked == 18


def test_an_exported_speed_plot_has_its_shading_drawn_as_an_image(plots, document):
    """A painter that scales (an export at another size) gets the shading drawn by Qt."""
    from PySide6.QtGui import QImage, QPainter

    panel, _ = plots
    QApplication.processEvents()
    scene = panel.speed_widget.scene()
    source = panel.speed_plot.sceneBoundingRect()
    out = QImage(int(source.width() * 1.7), int(source.height() * 1.7), QImage.Format.Format_RGB32)
    direct = QImage(out)
    for image, own in ((out, True), (direct, False)):
        image.fill(0)
        if not own:
            panel.shading.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        p = QPainter(image)
        scene.render(p, image.rect().toRectF(), source)
        p.end()
        panel.shading.paintMode = None
    assert out == direct


def _labels(panel: PlotsPanel, beside: GearingPlot) -> list[Any]:
    from keiconfig.ui.plot_kit import PlotLabel

    items = [
        item
        for view in (panel.speed_widget, panel.engine_widget, beside.widget)
        for item in view.scene().items()
        if isinstance(item, PlotLabel)
    ]
    return [label.textItem for label in items]


def test_plot_labels_are_put_down_from_their_picture_as_drawn_afresh(plots, document):
    """The plots' labels (gear numbers on the speed plot and on the gearing plot, the top
    speed, the power cap) are put down from a picture of their text, made again when the
    text, its font or its colour change: through a drag that moves them, after a text
    change, at larger text and in a dark palette, every plot looks as it does with each
    label's text drawn afresh."""
    from PySide6.QtWidgets import QGraphicsItem

    from tests.ui.palette import dark_palette

    panel, beside = plots
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    views = [panel.speed_widget, panel.engine_widget, beside.widget]

    def check() -> None:
        labels = _labels(panel, beside)
        assert len([t for t in labels if t.isVisible()]) >= 8
        assert all(t.cacheMode() == cached for t in labels)
        shown = [v.viewport().grab().toImage() for v in views]
        for t in labels:
            t.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        fresh = [v.viewport().grab().toImage() for v in views]
        for t in labels:
            t.setCacheMode(cached)
        assert shown == fresh

    document.change({"engine.power_cap_ps": 40.0}, "capped")  # the cap's label shows
    steps = [
        {"body.length_mm": 3000 + 37 * k, "engine.displacement_cc": 560 + 9 * k} for k in range(5)
    ]
    merge = document.new_merge_id()
    for updates in steps:
        document.change(updates, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()
        check()
    document.change({"drivetrain.gears": 4}, "a gear fewer")  # texts change
    QApplication.processEvents()
    check()
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    for widget in (panel, beside):
        widget.setFont(font)
    QApplication.processEvents()
    check()
    with dark_palette():
        document.change({"body.length_mm": 3300}, "longer")
        QApplication.processEvents()
        check()


def test_curve_bounds_are_pyqtgraphs_worked_out_the_short_way(plots, document, monkeypatch):
    """The scene asks every curve given new data for its bounds in every frame: the plots'
    curves give pyqtgraph's very rectangle (the data's extent and the pen's reach in
    pixels), without pyqtgraph's general way (a pixel's size from direction vectors) for
    finite data; the capped-power curve, with gaps, still gets pyqtgraph's."""
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF

    panel, beside = plots
    curves = [panel.speed_curve, panel.torque_curve, panel.power_curve, panel.capped_curve]
    curves += [*beside.curves, beside.road]
    general = []
    pixel_vectors = pg.GraphicsItem.pixelVectors

    def spied(item: Any, *args: Any, **kwargs: Any) -> Any:
        general.append(item)
        return pixel_vectors(item, *args, **kwargs)

    monkeypatch.setattr(pg.GraphicsItem, "pixelVectors", spied)

    def pyqtgraphs(item: Any) -> QRectF:
        item._boundingRect = None
        item._boundsCache = [None, None]
        rect = pg.PlotCurveItem.boundingRect(item)
        item._boundingRect = None
        item._boundsCache = [None, None]
        return rect

    document.change({"engine.aspiration": "turbo", "engine.power_cap_ps": 50.0}, "capped")
    QApplication.processEvents()
    merge = document.new_merge_id()
    for k in range(4):
        updates = {"body.length_mm": 3000 + 77 * k, "engine.displacement_cc": 520 + 31 * k}
        general.clear()
        document.change(updates, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()
        finite = [c for c in curves if c.isVisible() and np.isfinite(c.yData).all()]
        assert len(finite) >= 7 and panel.capped_curve.isVisible()
        assert not set(map(id, general)) & set(map(id, finite))  # the short way
        for item in curves:
            rect = item.boundingRect()
            expected = pyqtgraphs(item)
            for got, want in zip(rect.getRect(), expected.getRect(), strict=True):
                assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_a_moving_label_leaves_its_views_range_alone(plots, document, monkeypatch):
    """The gear numbers follow their curves through a drag without their views being
    told (a label never counts in a view's range): no view works out its bounds again
    for a label, and each label is still where its point puts it, on whole pixels."""
    import pyqtgraph as pg

    from keiconfig.ui.plot_kit import PlotLabel

    panel, beside = plots
    told = []
    bounds_changed = pg.ViewBox.itemBoundsChanged

    def spied(view: Any, item: Any) -> None:
        told.append(item)
        bounds_changed(view, item)

    monkeypatch.setattr(pg.ViewBox, "itemBoundsChanged", spied)
    labels = [beside.labels[0], panel.gear_labels[0]]
    before = [label.pos() for label in labels]
    frames.drag(
        document,
        [{"body.length_mm": 3050, "engine.displacement_cc": 500 + 20 * k} for k in range(4)],
    )
    assert all(label.pos() != old for label, old in zip(labels, before, strict=True))
    assert not [item for item in told if isinstance(item, PlotLabel)]
    assert _labels_on_whole_pixels(panel, beside) >= 8


def test_moving_lines_and_the_shading_leave_their_views_range_alone(plots, document, monkeypatch):
    """The grip and top-speed lines and the shading follow the car through a drag without
    their views being told (none counts in a view's range); each is where the data puts it."""
    import pyqtgraph as pg

    panel, beside = plots
    told = []
    bounds_changed = pg.ViewBox.itemBoundsChanged

    def spied(view: Any, item: Any) -> None:
        told.append(item)
        bounds_changed(view, item)

    monkeypatch.setattr(pg.ViewBox, "itemBoundsChanged", spied)
    steps = [
        {"body.length_mm": 3000 + 90 * k, "engine.displacement_cc": 500 + 30 * k} for k in range(4)
    ]
    for updates in steps:
        grip, top = beside.grip.value(), beside.top.value()
        frames.drag(document, [updates])
        assert (beside.grip.value(), beside.top.value()) != (grip, top)
    quiet = [beside.grip, beside.top, panel.line_100, panel.shading]
    assert not [item for item in told if any(item is q for q in quiet)]
    data = gearing.traction_plot(document.build, document.performance, load_constants().dynamics)
    assert beside.grip.value() == pytest.approx(data.grip_n / 1000.0)
    assert beside.top.value() == pytest.approx(data.top_speed_kmh)
    rect = panel.shading.mapRectToParent(panel.shading.boundingRect())
    assert rect.right() == pytest.approx(document.performance.trace.t_s[-1])


def test_the_gear_change_marks_bounds_are_pyqtgraphs_worked_out_the_short_way(
    plots, document, monkeypatch
):
    """The gear-change marks give pyqtgraph's very bounding rectangle through a drag and
    after the axes fit, a pixel's size taken from the view's scale (no direction vectors)."""
    import pyqtgraph as pg

    panel, _ = plots
    marks = panel.shift_marks
    general = []
    pixel_vectors = pg.GraphicsItem.pixelVectors

    def spied(item: Any, *args: Any, **kwargs: Any) -> Any:
        general.append(item)
        return pixel_vectors(item, *args, **kwargs)

    monkeypatch.setattr(pg.GraphicsItem, "pixelVectors", spied)
    steps = [
        {"body.length_mm": 3000 + 90 * k, "engine.displacement_cc": 500 + 30 * k} for k in range(4)
    ]
    for updates in steps:
        frames.drag(document, [updates])
        assert len(marks.data) >= 3
        general.clear()
        rect = marks.boundingRect()
        assert not [item for item in general if item is marks]  # the short way
        expected = pg.ScatterPlotItem.boundingRect(marks)
        for got, want in zip(rect.getRect(), expected.getRect(), strict=True):
            assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


@pytest.mark.desktop  # what the screen shows: checked on a real X server too
@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1600, 1000)], ids=str)
def test_the_plots_are_painted_over_their_own_background_alone(main_window, width, height):
    """The plots' viewports are not filled with the palette before each paint (their
    cached background covers them): on screen, through a drag, in projector mode and in a
    dark palette, each plot is what it is drawn with the fill first. The window all on its
    screen (what lies beyond a real screen's edge is not read back): at 1280x720 the torque
    plot may give way, at 1600x1000 all three are shown."""
    from PySide6.QtCore import Qt

    from tests.ui.palette import dark_palette
    from tests.ui.test_update_path import next_frame, on_screen, settle

    on_screen(main_window, width, height)
    plots = main_window.plots_panel
    views = [plots.speed_widget, plots.engine_widget, main_window.gearing_plot.widget]
    screen = main_window.screen()
    opaque = Qt.WidgetAttribute.WA_OpaquePaintEvent
    shown_plots = 1 if width < 1600 else 3  # (at 1280x720 the plots take turns on tabs)

    def check(shown_views: int = shown_plots) -> None:
        assert sum(v.viewport().isVisible() for v in views) >= shown_views
        for view in views:
            viewport = view.viewport()
            assert viewport.testAttribute(opaque)
            if not viewport.isVisible():
                continue  # given way to the larger text
            corner = viewport.mapTo(main_window, viewport.rect().topLeft())
            shown = screen.grabWindow(
                main_window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
            ).toImage()
            viewport.setAttribute(opaque, False)
            filled = viewport.grab().toImage().convertToFormat(shown.format())
            viewport.setAttribute(opaque, True)
            assert shown == filled

    # The drag goes on through the test, as in its twin below. Not held, the 1600x1000 case
    # failed once on the loaded machine (a parallel xcb run: the screen's 568x148 plot not the
    # one drawn afresh), and every time with refresh.FRAME_MS = 0 (a frame due at each event
    # pass, as on a slow machine); held, it passes so too.
    for watch in (plots.drag, main_window.gearing_plot.drag):
        watch.timer.setInterval(600_000)
    doc = main_window.document
    merge = doc.new_merge_id()
    for length, cc in ((3100, 600), (3160, 630), (3220, 660)):
        doc.change({"body.length_mm": length, "engine.displacement_cc": cc}, "drag", merge)
        next_frame()  # the frame, and the layout work it posted (markers shown at first)
        check()
    main_window.classroom.projector_action.setChecked(True)
    try:
        settle(main_window)
        check(shown_views=1)
    finally:
        main_window.classroom.projector_action.setChecked(False)
    with dark_palette():
        doc.change({"body.length_mm": 3300}, "longer")
        settle(main_window)
        check()


def test_the_gear_change_marks_move_in_place_and_look_as_made_afresh(plots, document, monkeypatch):
    """Through a drag the gear-change marks keep their records and move them (no setData
    while their count holds); each frame, the plot on screen is pixel for pixel the plot
    with the marks made afresh with setData, record for record the same."""
    import pyqtgraph as pg

    panel, _ = plots
    marks = panel.shift_marks
    made = []
    set_data = pg.ScatterPlotItem.setData
    monkeypatch.setattr(
        pg.ScatterPlotItem,
        "setData",
        lambda item, *a, **k: (made.append(item), set_data(item, *a, **k)),
    )
    for k in range(6):
        made.clear()
        count = len(marks.data)
        frames.drag(
            document, [{"body.length_mm": 3000 + 60 * k, "engine.displacement_cc": 540 + 20 * k}]
        )
        perf = document.performance
        gear = np.asarray(perf.trace.gear)
        shifts = np.flatnonzero(np.diff(gear) > 0) + 1
        t = np.asarray(perf.trace.t_s)[shifts]
        v = np.asarray(perf.trace.speed_ms)[shifts] * 3.6
        np.testing.assert_array_equal(marks.data["x"], t)
        np.testing.assert_array_equal(marks.data["y"], v)
        assert (marks in made) == (len(shifts) != count or count == 0)
        viewport = panel.speed_widget.viewport()
        corner = viewport.mapTo(panel, viewport.rect().topLeft())
        shown = (
            panel.screen()
            .grabWindow(panel.winId(), corner.x(), corner.y(), viewport.width(), viewport.height())
            .toImage()
        )
        kept, rect = marks.data.copy(), marks.boundingRect()
        set_data(marks, t, v)
        assert marks.boundingRect() == rect
        QApplication.processEvents()
        fields = ("x", "y", "size", "symbol", "pen", "brush", "sourceRect", "visible", "data")
        for field in (*fields, "hovered"):
            assert (marks.data[field] == kept[field]).all(), field
        assert viewport.grab().toImage().convertToFormat(shown.format()) == shown


def test_a_curve_given_new_data_the_short_way_is_the_curve_given_it_by_setdata(qtbot):
    """set_curve's short way (plot_kit._Curve.set_xy) leaves a curve as pyqtgraph's setData
    does: the same attributes with the same values, and the same picture on screen, through
    changes of data, of length, to nothing and back, and with gaps (connect="finite")."""
    import weakref

    import pyqtgraph as pg

    from keiconfig.ui.plot_kit import curve, set_curve

    def same(a: object, b: object) -> bool:
        if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
            return np.array_equal(a, b, equal_nan=True)  # type: ignore[arg-type]
        return a is b or a == b or type(a) is type(b) is pg.QtGui.QPainterPath

    for opts in ({}, {"connect": "finite"}):
        widgets = [pg.PlotWidget() for _ in range(2)]
        short, general = curve(pen="b", **opts), curve(pen="b", **opts)
        for widget, item in zip(widgets, (short, general), strict=True):
            qtbot.addWidget(widget)
            widget.resize(400, 300)
            widget.addItem(item)
            widget.setRange(xRange=(0, 12), yRange=(-2, 12), padding=0)
            widget.show()
        qtbot.waitExposed(widgets[1])
        x = np.linspace(0.0, 10.0, 40)
        for y in (
            np.sin(x) + 5.0,
            np.cos(x) * 3.0 + 4.0,
            np.where(x > 4.0, np.sqrt(x), np.nan),
            np.zeros(0),
            x[:25] * 0.5,
        ):
            xs = x[: len(y)]
            assert set_curve(short, xs, y)
            general.setData(xs.astype(float), y.astype(float))
            QApplication.processEvents()
            assert set(vars(short)) == set(vars(general))
            for key, value in vars(short).items():
                if not isinstance(value, (pg.QtCore.SignalInstance, weakref.ref)):
                    assert same(value, vars(general)[key]), key
            shots = [w.grab().toImage() for w in widgets]
            assert shots[0] == shots[1]


@pytest.mark.desktop  # what the screen shows: checked on a real X server too
@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1600, 1000)], ids=str)
def test_each_plot_repaints_one_rectangle_around_what_changed(main_window, width, height):
    """A frame of a drag changes curves, labels and marks all over a plot: each plot is
    painted in the one rectangle around them (not clipped to a region of a dozen pieces,
    which cost Qt more), and on screen it is what it is drawn afresh. The window all on
    its screen: at 1280x720 the torque plot may give way, at 1600x1000 all three show."""
    from PySide6.QtCore import QEvent, QObject

    from tests.ui.test_update_path import next_frame, on_screen

    on_screen(main_window, width, height)
    plots = main_window.plots_panel
    views = [plots.speed_widget, plots.engine_widget, main_window.gearing_plot.widget]
    viewports = [v.viewport() for v in views if v.isVisible()]
    assert len(viewports) >= (1 if width < 1600 else 3)  # (1280x720: the plots on tabs)
    assert plots.speed_widget.viewport() in viewports

    class Regions(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rects: dict[int, list[int]] = {i: [] for i in range(len(viewports))}

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                i = next(i for i, v in enumerate(viewports) if v is watched)
                self.rects[i].append(event.region().rectCount())
            return False

    regions = Regions()
    for viewport in viewports:
        viewport.installEventFilter(regions)
    # The drag goes on through the test, as in test_update_path: on a busy machine a frame
    # and its grabs took longer than SETTLE_MS, the plots took the drag as over and fitted
    # their axes between the screen's grab and the fresh one (seen in a CI run).
    for watch in (plots.drag, main_window.gearing_plot.drag):
        watch.timer.setInterval(600_000)
    screen = main_window.screen()
    doc = main_window.document
    merge = doc.new_merge_id()
    for length, cc in ((3100, 600), (3140, 620), (3180, 640), (3220, 660)):
        doc.change({"body.length_mm": length, "engine.displacement_cc": cc}, "drag", merge)
        next_frame()  # the frame, and the layout work it posted (markers shown at first)
        for viewport in viewports:
            corner = viewport.mapTo(main_window, viewport.rect().topLeft())
            shown = screen.grabWindow(
                main_window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
            ).toImage()
            assert shown == viewport.grab().toImage().convertToFormat(shown.format())
    for viewport in viewports:
        viewport.removeEventFilter(regions)
    assert all(regions.rects.values())  # every plot was painted, each time one rectangle
    assert {n for counts in regions.rects.values() for n in counts} == {1}


def test_the_speed_axis_ends_where_a_run_cut_short_by_its_limiter_ends(plots, document):
    """The Autozam AZ-1's run ends at 21.6 s, when its limiter holds 140 km/h, but its
    axis was rounded up to 25 s: a blank stretch after the curve and its shading. The axis
    now stops where the run does; one that goes on keeps its round end."""
    from keiconfig.core import presets

    panel, _ = plots
    document.replace(presets.load_preset("autozam-az-1-1992").build, "AZ-1")
    t_end = float(document.performance.trace.t_s[-1])
    assert t_end < nice_top(run_span_s(document.performance), 5.0)  # (the case)
    assert panel.speed_x.top == pytest.approx(t_end)
    panel.speed_x.refit()
    assert panel.speed_x.top == pytest.approx(t_end)
    document.replace(presets.load_preset("honda-beat-1991").build, "Beat")
    perf = document.performance
    assert perf.trace.t_s[-1] > nice_top(run_span_s(perf), 5.0)
    assert panel.speed_x.top == nice_top(run_span_s(perf), 5.0)
