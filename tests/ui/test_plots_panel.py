"""PlotsPanel: plot data follows the trace; items are created once and updated in place."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from keiconfig.core import explain, presets
from keiconfig.core.results import LIMITS
from keiconfig.ui import theme
from keiconfig.ui.document import Document
from keiconfig.ui.panels.plots_panel import KW_TO_PS, PlotsPanel, limit_runs, shade_columns
from tests.ui.palette import dark_palette


@pytest.fixture
def panel(qtbot, document):
    widget = PlotsPanel(document)
    qtbot.addWidget(widget)
    return widget


def _items(panel: PlotsPanel) -> list[object]:
    return [
        panel.speed_curve,
        panel.shift_marks,
        panel.line_100,
        panel.torque_curve,
        panel.power_curve,
        panel.capped_curve,
        panel.cap_line,
        panel.cap_label,
        panel.shading,
        *panel.gear_labels,
    ]


def _assert_matches_trace(panel: PlotsPanel, document: Document) -> None:
    perf = document.performance
    t, v = panel.speed_curve.getData()
    np.testing.assert_allclose(t, perf.trace.t_s)
    np.testing.assert_allclose(v, perf.trace.speed_ms * 3.6)
    rpm, nm = panel.torque_curve.getData()
    np.testing.assert_allclose(rpm, perf.curve.rpm)
    np.testing.assert_allclose(nm, perf.curve.torque_nm)
    _, ps = panel.power_curve.getData()
    np.testing.assert_allclose(ps, perf.curve.power_kw * KW_TO_PS)


def test_plot_data_match_the_trace_after_a_change(panel, document):
    _assert_matches_trace(panel, document)
    document.change({"engine.aspiration": "turbo", "body.height_mm": 1700}, "turbo wagon")
    _assert_matches_trace(panel, document)
    document.undo_stack.undo()
    _assert_matches_trace(panel, document)


def test_plot_items_are_the_same_objects_after_updates(panel, document):
    before = _items(panel)
    speed_items = list(panel.speed_plot.items)
    for length in (3000, 3100, 3200):
        document.change({"body.length_mm": length}, "length")
    assert all(a is b for a, b in zip(before, _items(panel), strict=True))
    assert panel.speed_plot.items == speed_items


def test_gear_change_marks_sit_on_the_curve_where_the_gear_goes_up(panel, document):
    trace = document.performance.trace
    shifts = np.flatnonzero(np.diff(trace.gear) > 0) + 1
    x, y = panel.shift_marks.getData()
    np.testing.assert_allclose(x, trace.t_s[shifts])
    np.testing.assert_allclose(y, trace.speed_ms[shifts] * 3.6)
    shown = [label for label in panel.gear_labels if label.isVisible()]
    assert [label.textItem.toPlainText() for label in shown] == [
        str(g) for g in trace.gear[shifts][: len(panel.gear_labels)]
    ]


def test_shading_colours_each_moment_by_what_limits_the_car(panel, document):
    trace = document.performance.trace
    kinds = panel.shade_kinds
    assert len(kinds) > 100
    # every limit that lasts a noticeable time in the run shows in the shading
    for k, t0, t1 in zip(*limit_runs(np.asarray(trace.limit), trace.t_s), strict=True):
        if t1 - t0 > 2 * (trace.t_s[-1] - trace.t_s[0]) / len(kinds):
            assert k in set(kinds.tolist())
    # the first column is what limits the car at the start; the image covers the run
    assert kinds[0] == trace.limit[0]
    image = panel.shading.image
    assert image.shape == (1, len(kinds), 4)
    rect = panel.shading.mapRectToParent(panel.shading.boundingRect())
    assert rect.left() == pytest.approx(trace.t_s[0])
    assert rect.right() == pytest.approx(trace.t_s[-1])
    # one colour per limit kind, different kinds different colours
    colours = {kinds[i]: tuple(image[0, i]) for i in range(len(kinds))}
    assert len(set(colours.values())) == len(colours)


def test_shade_columns_pick_the_limit_at_each_moment():
    # sample i's limit holds over the step that ends at it (t[i-1] to t[i])
    t = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    limit = np.array([0, 0, 1, 3, 3])
    assert shade_columns(t, limit, columns=4).tolist() == [0, 1, 3, 3]


def test_shading_agrees_with_what_limits_it_sentence(panel, document):
    """An enthusiast opens the Cappuccino: the sentence under the plot says engine power
    until 19.2 s, then air drag, four gear changes, the speed limiter at the end. The
    shading shows the same moments: each gear change's band ends at its mark (not one
    step later), drag starts where the sentence says, and the run ends at the limiter,
    not in a gear change."""
    document.reset(presets.load_preset("suzuki-cappuccino-1991").build)
    QApplication.processEvents()
    perf = document.performance
    t = perf.trace.t_s
    kinds = panel.shade_kinds
    t0, t1 = float(t[0]), float(t[-1])

    def shade_at(time: float) -> str:
        column = int((time - t0) / (t1 - t0) * len(kinds))
        return LIMITS[int(kinds[min(column, len(kinds) - 1)])]

    phases = explain.phases_of(perf.trace)
    assert [p.limit for p in phases].count("shift") == 4
    assert phases[-1].limit == "rev_limit"  # the limiter holds it at the end
    for phase in phases:
        assert shade_at((phase.t_start + phase.t_end) / 2) == phase.limit, phase


def test_the_speed_limiters_band_is_named_in_the_legend_and_the_readout(panel, document):
    """The Cappuccino's run ends with the limiter holding it at 140 km/h: the last band's
    colour is the one the legend names, and it says speed limiter (it said "rev limit")."""
    document.reset(presets.load_preset("suzuki-cappuccino-1991").build)
    QApplication.processEvents()
    perf = document.performance
    assert perf.unlimited_top_speed_kmh is not None  # the limiter holds it
    assert perf.trace.limit_name(len(perf.trace.t_s) - 1) == "rev_limit"
    assert "rev or speed limiter" in panel.legend.text()
    end = float(perf.trace.t_s[-1])
    assert panel.speed_readout(end - 0.1).endswith("limited by rev or speed limiter")


def _settle_engine_plot(qtbot, panel, size: tuple[int, int]) -> None:
    """Until the window system has answered the resize to ``size`` and nothing in the
    engine plot moves any more (its geometry and the power axis's top)."""
    widget = panel.engine_widget

    def laid_out() -> tuple[object, ...]:
        return (panel.size().toTuple(), widget.geometry().getRect(), panel.power_y.top)

    qtbot.waitUntil(lambda: panel.size().toTuple() == size)
    last = None
    while (now := laid_out()) != last:
        last = now
        qtbot.wait(30)


def _show_preset(qtbot, panel, document, preset: str, size, points: int) -> None:
    """``panel`` shown at ``size`` (its text at ``points``, 0: as it is) with ``preset``'s
    build, its engine plot settled."""
    if points:
        font = QFont(panel.font())
        font.setPointSize(points)
        panel.setFont(font)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    document.reset(presets.load_preset(preset).build)
    _settle_engine_plot(qtbot, panel, size)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    ("size", "points"),
    [((336, 400), 0), ((400, 360), 0), ((700, 600), 16), ((900, 640), 0)],
    ids=["336x400", "400x360", "700x600-large", "900x640"],
)
def test_the_cap_words_are_whole_in_a_narrow_plot(language, panel, document, qtbot, size, points):
    """At 1280x720 with the comparison open the engine plot was about 336x98 px, some
    210 px between its axes, and the Cappuccino's "capped at 64 PS (47 kW); the engine
    could make 80 PS" (341 px) ran on under the power axis, cut there. The words are whole
    inside the plot's drawing area at every size: the whole sentence where it fits, else
    the short form, the sentence then in their tooltip and in the plot's description."""
    _show_preset(qtbot, panel, document, "suzuki-cappuccino-1991", size, points)
    widget = panel.engine_widget
    label = panel.cap_label
    assert label.isVisible()
    box = widget.mapFromScene(label.textItem.sceneBoundingRect()).boundingRect()
    view = widget.mapFromScene(panel.torque_plot.vb.sceneBoundingRect()).boundingRect()
    text = label.textItem.toPlainText()
    assert view.contains(box), (text, box, view)
    full = panel.cap_words[0]
    assert text in panel.cap_words
    assert label.toolTip() == full
    assert full in widget.accessibleDescription()
    assert "。 " not in widget.accessibleDescription()  # no space after a Japanese 。
    if size == (900, 640) and not points:
        assert text == full  # room for it all
    if size == (336, 400):
        assert text != full  # (the sentence does not fit there: the test would prove nothing)


@pytest.mark.parametrize("preset", ["honda-beat-1991", "suzuki-cappuccino-1991"])
@pytest.mark.parametrize(
    ("size", "points"),
    [((900, 640), 0), ((700, 420), 0), ((1200, 760), 0), ((1200, 760), 16)],
    ids=["900x640", "700x420", "1200x760", "1200x760-large"],
)
def test_the_cap_words_cover_no_curve(panel, document, qtbot, preset, size, points):
    """The Beat's torque curve climbs through the cap's height: its words, on the cap's
    line on a veil, hid its peak from 4,200 to 8,500 rpm (1920x1080 with the comparison
    open, the engine plot about 700x420). They stand in a band at the top of the plot
    that neither curve reaches, at every size and with large (projector) text: no point
    of either curve is in their box, and no pixel there is the torque curve's colour."""
    _show_preset(qtbot, panel, document, preset, size, points)
    widget = panel.engine_widget
    label = panel.cap_label
    assert label.isVisible()
    box = widget.mapFromScene(label.textItem.sceneBoundingRect()).boundingRect()
    assert widget.rect().contains(box), (box, widget.rect())  # whole in sight

    def on_screen(view, xs, ys):  # every pixel column of the curve, between its points
        fine = np.linspace(xs[0], xs[-1], 4 * widget.width())
        return [
            widget.mapFromScene(view.mapViewToScene(QPointF(x, y)))
            for x, y in zip(fine, np.interp(fine, xs, ys), strict=True)
        ]

    rpm, nm = panel.torque_curve.getData()
    _, ps = panel.power_curve.getData()
    torque = on_screen(panel.torque_plot.vb, rpm, nm)
    power = on_screen(panel.power_view, rpm, ps)
    assert not [p for p in torque if box.contains(p)], "the words cover the torque curve"
    assert not [p for p in power if box.contains(p)], "the words cover the power curve"
    # the torque peak, the enthusiast's figure, drawn in the curve's own colour
    image = widget.grab().toImage()
    scale = image.devicePixelRatio()
    colour = panel.torque_curve.opts["pen"].color().rgb()
    peak = torque[int(np.argmax([-p.y() for p in torque]))]
    near = [
        image.pixel(int(peak.x() * scale) + dx, int(peak.y() * scale) + dy)
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    ]
    assert colour in near
    struck = [
        (x, y)
        for x in range(int(box.left() * scale), int(box.right() * scale))
        for y in range(int(box.top() * scale), int(box.bottom() * scale))
        if image.pixel(x, y) == colour
    ]
    assert struck == []


def test_limit_runs_splits_where_the_limit_changes():
    kinds, t0, t1 = limit_runs(np.array([0, 0, 1, 1, 1, 4]), np.arange(6.0))
    assert kinds.tolist() == [0, 1, 4]
    assert t0.tolist() == [0.0, 2.0, 5.0]
    assert t1.tolist() == [2.0, 5.0, 5.0]


def test_cap_line_shows_only_when_the_curve_is_clipped(panel, document):
    document.change({"engine.aspiration": "turbo", "engine.power_cap_ps": 40.0}, "capped")
    assert document.performance.curve.capped
    assert panel.cap_line.isVisible()
    assert panel.cap_line.value() == pytest.approx(document.performance.curve.peak_power_ps)
    assert panel.cap_label.isVisible()
    assert panel.cap_label.textItem.toPlainText().startswith("capped at 40 PS")
    document.change({"engine.power_cap_ps": None}, "unrestricted")
    if not document.performance.curve.capped:
        assert not panel.cap_line.isVisible()


def test_speed_readout_says_time_speed_gear_and_limit(panel, document):
    trace = document.performance.trace
    i = len(trace.t_s) // 3
    text = panel.speed_readout(float(trace.t_s[i]))
    assert text.startswith(f"t = {trace.t_s[i]:.1f} s, ")
    assert f"gear {int(trace.gear[i])}" in text
    assert "km/h" in text
    assert "limited by" in text


def test_engine_readout_names_rpm_torque_and_power(panel, document):
    curve = document.performance.curve
    text = panel.engine_readout(float(curve.peak_torque_rpm))
    assert "rpm" in text and "N·m" in text and "PS" in text


def test_plots_follow_a_dark_palette(panel, qapp):
    light = panel.speed_curve.opts["pen"].color().name()
    with dark_palette():
        assert theme.is_dark()
        assert panel.speed_curve.opts["pen"].color().name() != light
    assert panel.speed_curve.opts["pen"].color().name() == light


def test_mouse_over_the_speed_plot_reads_out_values(panel, document, qtbot):
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    scene_pos = panel.speed_plot.vb.mapViewToScene(QPointF(5.0, 50.0))
    panel.speed_widget.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(lambda: panel.readout.text().startswith("t = "), timeout=30_000)
    assert "limited by" in panel.readout.text()
    assert panel.speed_cursor.isVisible()
    assert panel.speed_cursor.value() == pytest.approx(5.0, abs=0.05)


def test_panel_draws_at_projector_size_in_a_dark_palette(panel, qapp):
    old_palette, old_font = QApplication.palette(), QApplication.font()
    dark = QPalette(old_palette)
    dark.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    big = QFont(old_font)
    big.setPointSizeF(old_font.pointSizeF() * 2)
    try:
        QApplication.setPalette(dark)
        QApplication.setFont(big)
        qapp.processEvents()
        panel.resize(1800, 1400)
        image = panel.grab().toImage()
        assert not image.isNull()
        assert panel.speed_plot.getAxis("bottom").style["tickFont"].pointSizeF() >= (
            old_font.pointSizeF() * 2 - 0.01
        )
    finally:
        QApplication.setPalette(old_palette)
        QApplication.setFont(old_font)
        qapp.processEvents()


def test_gear_numbers_follow_the_number_of_shifts(panel, document):
    def shown() -> list[str]:
        return [g.textItem.toPlainText() for g in panel.gear_labels if g.isVisible()]

    def expected() -> list[str]:
        gear = document.performance.trace.gear
        return [str(g) for g in gear[np.flatnonzero(np.diff(gear) > 0) + 1]][:10]

    document.change({"drivetrain.transmission": "manual", "drivetrain.gears": 7}, "7 gears")
    assert len(expected()) >= 5
    assert shown() == expected()
    document.change({"drivetrain.transmission": "cvt", "drivetrain.gears": None}, "CVT")
    assert expected() == [] and shown() == []  # a CVT never changes gear: no numbers left over
    document.undo_stack.undo()
    assert shown() == expected()
    text = panel.palette().color(panel.palette().ColorRole.WindowText)
    assert all(g.color.rgb() == text.rgb() for g in panel.gear_labels if g.isVisible())


@pytest.mark.parametrize("width", [360, 520, 900])
def test_wrapped_lines_under_the_plots_never_cover_them(panel, qtbot, width):
    panel.show()
    qtbot.waitExposed(panel)
    panel.resize(width, 200)  # far too low: the panel must claim its real minimum
    QApplication.processEvents()
    panel.resize(width, panel.minimumSizeHint().height())
    QApplication.processEvents()
    rows = [panel.speed_widget, panel.legend, panel.engine_widget, panel.engine_legend]
    for upper, lower in itertools.pairwise(rows):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    for label in (panel.legend, panel.engine_legend):
        assert label.height() >= label.heightForWidth(label.width())  # every line shows


def test_the_rpm_axis_names_the_motor_of_an_electric_car(qtbot) -> None:
    doc = Document()
    panel = PlotsPanel(doc)
    qtbot.addWidget(panel)
    axis = panel.torque_plot.getAxis("bottom")
    assert axis.labelText == "Engine speed (rpm)"
    from keiconfig.core import presets

    doc.replace(presets.load_preset("nissan-sakura-2022").build, "Open Sakura")
    assert axis.labelText == "Motor speed (rpm)"
    doc.undo_stack.undo()
    assert axis.labelText == "Engine speed (rpm)"


def test_a_panel_deleted_after_a_font_change_leaves_no_callback_behind(qtbot) -> None:
    """A font change posts a second fit of the wrapped labels; a panel deleted before it
    runs (a window closed just after projector mode) must not be called: it raised
    'Internal C++ object (PlotsPanel) already deleted' from the event loop."""
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent

    errors: list[BaseException] = []
    hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: errors.append(e)
    try:
        panel = PlotsPanel(Document())
        font = QFont(panel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        panel.setFont(font)  # FontChange: the refit is posted
        panel.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.sendPostedEvents()  # the posted refit's turn, at once
    finally:
        sys.excepthook = hook
    assert errors == []


def _gear_numbers_inked(widget) -> list[tuple[str, int]]:
    """(number, dark pixels painted inside its box) for each gear number in the plot's view."""
    from keiconfig.ui.plot_kit import PlotLabel

    image = widget.grab().toImage()
    found = []
    for item in widget.getPlotItem().items:
        if not isinstance(item, PlotLabel) or not item.isVisible():
            continue
        box = widget.mapFromScene(item.textItem.sceneBoundingRect()).boundingRect()
        if not image.rect().contains(box):
            continue  # past the end of the view
        dark = sum(
            QColor(image.pixel(x, y)).lightness() < 80
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        )
        found.append((item.textItem.toPlainText(), dark))
    return found


def test_gear_numbers_stay_painted_through_a_language_switch(main_window_factory, qtbot):
    """A restyle of the plot (a language switch, a palette change) gives the gear numbers
    their font again: given the one they had, the cached picture of each was left blank
    and the numbers vanished until the next change of the build (seen on Xvfb after View
    > Language)."""
    from keiconfig.ui import i18n
    from tests.ui.test_layout import settle

    window = main_window_factory()
    window.resize(1280, 720)
    settle(qtbot, window)
    widget = window.plots_panel.speed_widget
    before = _gear_numbers_inked(widget)
    assert len(before) >= 3 and all(dark > 5 for _, dark in before), before
    try:
        for language in ("ja", "en"):
            window.choose_language(language)
            settle(qtbot, window)
            after = _gear_numbers_inked(widget)
            assert [n for n, _ in after] == [n for n, _ in before]
            assert all(dark > 5 for _, dark in after), (language, after)
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("preset", ["nissan-sakura-2022", "daihatsu-taft-2020"])
def test_speed_readout_names_no_gear_where_there_is_none_to_change(panel, document, preset):
    """An electric car's single speed (the Sakura) and a CVT (the Taft) have no gear to
    change: the read-out said "gear 1" all the way, as the race replay does not."""
    document.reset(presets.load_preset(preset).build)
    trace = document.performance.trace
    t = float(trace.t_s[len(trace.t_s) // 2])
    text = panel.speed_readout(t)
    assert text.startswith(f"t = {t:.1f} s, ")
    assert "gear" not in text
    assert "km/h, limited by " in text


def test_the_legends_name_only_what_the_plots_show(main_window):
    """The Sakura (one speed, a motor with no cap) had legends naming a gear-shift shade,
    "▲ with a number: gear change" and "power held at the cap": none of them on its plots.
    Each legend now names what its plot shows, and follows the build: the Cappuccino's
    (five gears, capped at 64 PS) names all three again."""
    plots = main_window.plots_panel
    main_window.open_preset(presets.load_preset("nissan-sakura-2022").build)
    plots.refresh()
    assert "gear shift" not in plots.legend.text() and "gear change" not in plots.legend.text()
    assert "wheelspin" in plots.legend.text() or "traction" in plots.legend.text()
    assert "held at the cap" not in plots.engine_legend.text()
    assert "torque (left axis)" in plots.engine_legend.text()
    assert "gear change" not in [text for _kind, _c, text in plots.export_legend()]

    main_window.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    plots.refresh()
    assert "gear shift" in plots.legend.text() and "gear change" in plots.legend.text()
    assert "held at the cap" in plots.engine_legend.text()
    assert "gear change" in [text for _kind, _c, text in plots.export_legend()]


@pytest.mark.parametrize("height", [640, 900])
def test_the_cap_words_have_room_when_the_engine_could_make_barely_more(
    panel, document, qtbot, height
):
    """The Beat could make 65 PS without its 64 PS cap (its breathing's ceiling): the power
    axis once ended 5 % above that, the cap's line sat at its top and the words above the
    line were cut in half. The words stand whole above the line, at any size."""
    panel.resize(900, height)
    panel.show()
    qtbot.waitExposed(panel)
    document.reset(presets.load_preset("honda-beat-1991").build)
    curve = document.performance.curve
    assert curve.capped and curve.uncapped_power_ps < 1.05 * curve.peak_power_ps
    widget = panel.engine_widget
    _settle_engine_plot(qtbot, panel, (900, height))
    label = panel.cap_label
    assert label.isVisible()
    box = widget.mapFromScene(label.textItem.sceneBoundingRect()).boundingRect()
    view = widget.mapFromScene(panel.torque_plot.vb.sceneBoundingRect()).boundingRect()
    assert box.top() >= view.top() - 1
    line_y = widget.mapFromScene(panel.power_view.mapViewToScene(QPointF(0, 64.0))).y()
    assert box.bottom() <= line_y  # above the line, whole


@pytest.mark.desktop
def test_the_speed_axis_title_is_whole_after_ctrl_r_in_projector_mode(main_window, qtbot):
    """Projector mode at 1280x720, two builds pinned (Ctrl+D), Ctrl+R: the race docked
    below squeezed the speed plot (its title 'km/h'), then went beside, and the whole
    title 'Speed (km/h)' kept the short title's place, its top cut off at the plot's edge
    ('Speed (km/', seen on Xvfb + openbox). Now the title is centred on its axis."""
    from tests.ui.test_compare import _sized
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, (1280, 720), True):
        w.compare_tools.add_preset(presets.load_preset("suzuki-cappuccino-1991"))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        press_and_settle(qtbot, w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        w.compare_tools.race_panel.pause()
        axis = w.plots_panel.speed_widget.getPlotItem().getAxis("left")
        label = axis.label.mapRectToParent(axis.label.boundingRect())
        assert label.top() >= 0 and label.bottom() <= axis.size().height(), label
        assert abs(label.center().y() - axis.size().height() / 2) <= 2, label
    w.document.undo_stack.setClean()


@pytest.mark.desktop
@pytest.mark.parametrize("projector", [False, True])
def test_a_gear_number_near_the_time_axiss_end_is_whole(main_window, qtbot, projector) -> None:
    """Ten gears typed in (the model's ratios): the change into 8th just past the 30 s end
    had its '8' centred over its mark, cut in half by the plot's right edge (Xvfb +
    openbox, 1280x720). A number across the edge moves left to end at it."""
    from keiconfig.core.build import Build, default_build
    from tests.ui.test_layout import resize_on_screen, settle

    resize_on_screen(qtbot, main_window, 1280, 720)
    data = default_build().model_dump(mode="json")
    data["drivetrain"]["gears"] = 10
    main_window.open_preset(Build.model_validate(data))
    if projector:
        main_window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, main_window)
        plots = main_window.plots_panel
        view = plots.speed_plot.vb
        end = view.viewRange()[0][1]
        near_end = [
            g for g in plots.gear_labels if g.isVisible() and 0.97 < g.pos().x() / end < 1.03
        ]
        assert near_end, [g.pos().x() for g in plots.gear_labels]  # (the case this is about)
        box = view.sceneBoundingRect()
        for label in plots.gear_labels:
            text = label.textItem
            drawn = text.mapRectToScene(text.boundingRect())
            if not label.isVisible() or not drawn.intersects(box):
                continue  # (a change past the end: its number too)
            assert drawn.right() <= box.right() + 1, (label.toPlainText(), drawn, box)
            assert drawn.left() >= box.left() - 1, (label.toPlainText(), drawn, box)
    finally:
        main_window.classroom.projector_action.setChecked(False)
