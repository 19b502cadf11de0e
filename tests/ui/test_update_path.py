"""How a change reaches the window's views (issue 12: a window that keeps up with the hand).

What a user would notice if these broke: the window laying itself out again (and so
stuttering) on every slider move, views behind a closed dock or another tab slowing every
change, a hidden view showing an old build when it comes back, or widgets rebuilt under
the mouse (a selection or a tooltip lost) while a number changes. Timings are in
tests/benchmarks/bench_update.py, never here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from keiconfig.ui import format as fmt
from keiconfig.ui import refresh
from keiconfig.ui.main_window import MainWindow
from tests.ui.frames import LayoutRequests, Paints


def next_frame() -> None:
    """The frame a drag waits for, brought forward; then the work it posted, until none is
    left: layout requests, the dashboard's check after them, pyqtgraph's range and axis
    updates and the paints they ask for. That takes from none to six passes of the event
    loop as the posted events fall; a fixed three left the screen one paint behind at
    times (the axes' old range on screen, the new one in a fresh grab). Bounded, so that
    something that posts work forever cannot hang a test."""
    refresh.frame().flush()
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    for _ in range(MAX_PASSES):
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            break


MAX_PASSES = 50  # far above the six passes a frame has been seen to need


def drag(window: MainWindow, values: list[dict[str, object]], merge: int | None = None) -> None:
    doc = window.document
    merge = doc.new_merge_id() if merge is None else merge
    for updates in values:
        doc.change(updates, "drag", merge)
        next_frame()


def settle(window: MainWindow) -> None:
    """The panels quiet: the dashboard's quiet period brought forward, as often as it is
    started (a plan afresh may show or hide things, and the panels ask again)."""
    for _ in range(5):
        quiet = window.dashboard._quiet
        if quiet.isActive():
            quiet.timeout.emit()
        next_frame()
    assert not window.dashboard._quiet.isActive()


def whole(widget) -> bool:  # type: ignore[no-untyped-def]
    """Shown and not clipped by anything around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_dashboard_plans_again_only_when_a_panel_needs_another_size(main_window, monkeypatch):
    dashboard = main_window.dashboard
    rules = main_window.compliance_panel.rows["length"]
    # Wide enough that the length's margin reads on one line with three digits or two: a
    # margin that wraps otherwise needs another height, and is planned again at once (at
    # 1280 px the five cards of power and torque beside the rules left "3,300 of 3,400 mm
    # — 100 mm to spare" two lines, "… 98 mm to spare" one).
    main_window.resize(1600, 820)
    next_frame()
    merge = main_window.document.new_merge_id()
    # The drag's first move: the figures' change markers appear (the cards may grow).
    drag(main_window, [{"body.length_mm": 3305}], merge)
    settle(main_window)
    dashboard._quiet.setInterval(10**7)  # the hand does not stop in this test: no quiet
    # (a new plan shows and hides things: the requests that follow it are planned afresh;
    # a margin of another number of digits asks)
    drag(main_window, [{"body.length_mm": 3290}], merge)
    plans: list[tuple[int, int]] = []
    plan = dashboard.plan
    monkeypatch.setattr(dashboard, "plan", lambda w, h: plans.append((w, h)) or plan(w, h))
    before = rules.detail.text()
    # The drag goes on, changing the numbers only: every panel shows them, nothing is
    # laid out again.
    drag(main_window, [{"body.length_mm": 3290 + 2 * i} for i in range(1, 6)], merge)
    assert rules.detail.text() != before
    assert "3,300" in rules.detail.text()
    line = rules.detail.fontMetrics().lineSpacing()
    assert rules.detail.heightForWidth(rules.detail.width()) < 2 * line  # one line, as said
    assert plans == []
    # The margins' digits took the room the old ones had (quiet_layout.py): no panel asked
    # for another size, so nothing waits to be planned afresh when the hand stops.
    assert not dashboard._quiet.isActive()
    # A margin of fewer digits asks for the layout but needs the same room in this plan:
    # planned afresh only once the panels are quiet.
    drag(main_window, [{"body.length_mm": 3302}], merge)
    assert "98 mm to spare" in rules.detail.text().replace("\N{NO-BREAK SPACE}", " ")
    assert plans == []
    assert dashboard._quiet.isActive()
    settle(main_window)
    assert len(plans) == 1
    plans.clear()
    # Over the limit: the rule's advice appears, the rules need more room: planned again,
    # and the advice is shown whole.
    drag(main_window, [{"body.length_mm": 3500}])
    assert plans
    assert "Shorten the car" in rules.advice.text()
    assert whole(rules.advice)
    assert whole(main_window.compliance_panel.verdict)


def followers(window: MainWindow) -> list[refresh.Follower]:
    return window.findChildren(refresh.Follower)


def test_many_moves_within_a_frame_refresh_each_view_once_and_evaluate_once(
    main_window, monkeypatch
):
    from keiconfig.core import performance

    doc = main_window.document
    calls: dict[str, int] = {}
    for i, follower in enumerate(followers(main_window)):
        name = f"{type(follower.parent()).__name__} {i}"
        view_refresh = follower._refresh

        def counted(view_refresh=view_refresh, name=name) -> None:  # type: ignore[no-untyped-def]
            calls[name] = calls.get(name, 0) + 1
            view_refresh()

        monkeypatch.setattr(follower, "_refresh", counted)
    evaluated: list[object] = []
    evaluate = performance.evaluate
    monkeypatch.setattr(
        performance, "evaluate", lambda build: evaluated.append(build) or evaluate(build)
    )
    merge = doc.new_merge_id()
    doc.change({"body.length_mm": 3100}, "drag", merge)  # the first move: shown at once
    assert calls and set(calls.values()) == {1}, str(calls)
    first = dict(calls)
    for length in range(3110, 3300, 10):  # 19 more moves before the next frame
        doc.change({"body.length_mm": length}, "drag", merge)
    assert calls == first  # waiting for the frame
    next_frame()
    assert calls == {name: 2 for name in first}  # once more, with the last move
    # the model ran for the builds that were shown, not for every move
    assert len(evaluated) == 2
    assert evaluated[-1] is doc.build
    results = main_window.results_panel.figures["kerb_weight_kg"].value.text()
    assert results == fmt.kg(doc.performance.kerb_weight_kg)


def test_a_panel_in_a_closed_dock_does_no_work_and_is_right_when_shown(main_window, qtbot):
    room = main_window.classroom
    room.dock.show()
    qtbot.waitUntil(room.dock.isVisible)
    cars = room.era_cars_panel
    room.tabs.setCurrentIndex(1)  # "Cars of this era"
    qtbot.waitUntil(cars.isVisible)
    cars.table.selectRow(0)
    doc = main_window.document
    shown = []
    original = cars.show_comparison
    cars.show_comparison = lambda: shown.append(1) or original()  # type: ignore[method-assign]
    room.dock.hide()  # closed
    for pin in (600.0, 700.0, 800.0):
        doc.change({"overrides.kerb_weight_kg": pin}, "pin")
        next_frame()
    assert shown == []  # nothing worked out for a view nobody sees
    assert fmt.kg(800.0) not in cars.comparison.text()
    room.dock.show()  # opened again: brought up to date once
    qtbot.waitUntil(cars.isVisible)
    assert fmt.kg(800.0) in cars.comparison.text()
    assert 1 <= len(shown) <= 2


def test_a_panel_hidden_by_projector_mode_catches_up_when_shown(main_window, qtbot):
    overrides = main_window.overrides_panel
    doc = main_window.document
    estimate = overrides.weight.spin.value()
    room = main_window.classroom
    room.projector_action.setChecked(True)
    try:
        assert not overrides.isVisible()
        doc.change({"body.length_mm": 3000, "body.width_mm": 1300}, "smaller")
        assert round(doc.performance.kerb_weight_kg) != estimate  # the estimate moved
        next_frame()
        assert overrides.weight.spin.value() == estimate  # hidden: not refreshed
    finally:
        room.projector_action.setChecked(False)
    assert overrides.isVisible()
    assert overrides.weight.spin.value() == round(doc.performance.kerb_weight_kg)


def test_the_rules_update_in_place_in_their_colours(main_window):
    from PySide6.QtGui import QPalette

    from keiconfig.ui import theme

    panel = main_window.compliance_panel
    text = QPalette.ColorRole.WindowText
    widgets = {name: row.widgets() for name, row in panel.rows.items()}
    everything = set(panel.findChildren(QWidget))
    figures = set(main_window.results_panel.findChildren(QWidget))
    colours = theme.colours(panel.palette())
    length = panel.rows["length"]
    merge = main_window.document.new_merge_id()
    # A drag across the length limit and back: the row turns red with its advice, then green.
    drag(main_window, [{"body.length_mm": v} for v in (3390, 3420)], merge)
    assert length.status.text() == "✖ Over"
    assert length.status.palette().color(text) == colours.worse
    assert length.advice.palette().color(text) == colours.worse
    assert panel.verdict.palette().color(text) == colours.worse
    assert panel.verdict.text().startswith("✖")
    drag(main_window, [{"body.length_mm": 3400}], merge)
    assert length.status.text() == "✔ Pass"
    assert length.status.palette().color(text) == colours.better
    assert panel.verdict.palette().color(text) == colours.better
    # Above the makers' power agreement: a warning, not a broken law.
    main_window.document.change({"overrides.power_ps": 70.0}, "pin power")
    power = panel.rows["power"]
    assert power.status.text() == "⚠ Above"
    assert power.status.palette().color(text) == colours.warn
    assert panel.verdict.palette().color(text) == colours.better
    # Another era: the same rows, written for its rules.
    main_window.document.set_era("1976")
    next_frame()
    assert {name: row.widgets() for name, row in panel.rows.items()} == widgets
    assert set(panel.findChildren(QWidget)) == everything  # nothing made, nothing deleted
    assert set(main_window.results_panel.findChildren(QWidget)) == figures
    assert not any(w.styleSheet() for w in everything)


def test_the_rules_colours_follow_a_dark_palette(main_window):
    from PySide6.QtGui import QPalette

    from keiconfig.ui import theme
    from tests.ui.palette import DARK_WINDOW, dark_palette

    panel = main_window.compliance_panel
    text = QPalette.ColorRole.WindowText
    main_window.document.change({"body.length_mm": 3450}, "too long")
    length = panel.rows["length"]
    light = theme.colours(panel.palette())
    assert length.status.palette().color(text) == light.worse
    with dark_palette():
        assert theme.is_dark()
        colours = theme.colours(panel.palette())
        assert colours.worse != light.worse
        assert length.status.palette().color(text) == colours.worse
        assert length.advice.palette().color(text) == colours.worse
        assert panel.rows["width"].status.palette().color(text) == colours.better
        assert panel.verdict.palette().color(text) == colours.worse
        # the other roles still follow the application (only the text colour is the row's)
        assert length.status.palette().color(QPalette.ColorRole.Window) == DARK_WINDOW
    assert length.status.palette().color(text) == light.worse


def test_the_gear_ratio_boxes_follow_a_drag_without_laying_out_the_controls(main_window):
    gearing = main_window.drivetrain_panel.gearing
    boxes = gearing.ratios.spins
    doc = main_window.document
    main_window.controls_scroll.ensureWidgetVisible(gearing.ratios)  # on screen: painted
    next_frame()
    # The model's ratios follow the car's weight (the climbing floor of first gear): a
    # change of its own to 3300 mm first, then a drag in which they stay as shown.
    doc.change({"body.length_mm": 3300}, "length")
    next_frame()
    sizes = [box.size() for box in boxes]
    requests = LayoutRequests(main_window.drivetrain_panel)
    row_requests = LayoutRequests(gearing.ratios)
    painted = Paints(boxes[0].lineEdit())
    # A drag in which the model's ratios stay (as shown, to two decimals): nothing touched.
    drag(main_window, [{"body.length_mm": v} for v in (3305, 3310, 3320)])
    assert painted.count == 0
    # Ratios typed in: each box between its neighbours; the boxes keep their size.
    doc.change({"drivetrain.ratios": (3.5, 2.2, 1.5, 1.1, 0.9)}, "ratios")
    painted = Paints(boxes[1].lineEdit())
    merge = doc.new_merge_id()
    for second in (2.3, 2.4, 2.5):
        doc.change({"drivetrain.ratios": (3.5, second, 1.5, 1.1, 0.9)}, "drag", merge)
        next_frame()
    assert [box.value() for box in boxes] == [3.5, 2.5, 1.5, 1.1, 0.9]
    assert (boxes[0].minimum(), boxes[2].maximum()) == (2.51, 2.49)
    assert painted.count > 0
    assert [box.size() for box in boxes] == sizes
    assert requests.count == 0 and row_requests.count == 0


def test_a_figure_can_still_be_selected_with_the_mouse(main_window, qtbot):
    """The figures' numbers take the text machinery selection needs only under the mouse:
    a person selects one as before, and the selection stays when the mouse moves on."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    figure = main_window.results_panel.figures["kerb_weight_kg"]
    value = figure.value
    assert not value.hasSelectedText()
    y = value.height() // 2
    left, right = QPoint(1, y), QPoint(value.width() - 1, y)
    QTest.mouseMove(value, left)
    qtbot.waitUntil(value.underMouse)
    QTest.mousePress(value, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, left)
    QTest.mouseMove(value, right)
    QTest.mouseRelease(value, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, right)
    assert value.selectedText() == value.text()
    QTest.mouseMove(figure.title, QPoint(2, 2))  # the mouse moves on: the selection stays
    QApplication.processEvents()
    assert value.selectedText() == value.text()
    # A drag elsewhere writes a new number: the selection went with the old one.
    drag(main_window, [{"overrides.kerb_weight_kg": 777.0}])
    assert value.text() == fmt.kg(777.0)
    assert not value.hasSelectedText()


def test_after_a_drag_the_dashboard_is_as_planned_afresh(main_window, qtbot):
    """The plan kept during a drag, once the panels are quiet, is the one planned afresh:
    the same level, rectangles and least size as a window that never saw the drag."""
    dashboard = main_window.dashboard
    doc = main_window.document
    doc.change({"body.length_mm": 3450, "overrides.power_ps": 70.0}, "over")
    main_window.resize(1280, 720)
    next_frame()
    drag(main_window, [{"body.length_mm": v} for v in (3440, 3430, 3420)])
    settle(main_window)
    plan = dashboard.current
    assert plan is not None
    assert dashboard.minimumSizeHint() == dashboard._least_size(dashboard.width())
    dashboard._narrowest = None  # measured afresh
    assert dashboard._least_size(dashboard.width()) == dashboard.minimumSizeHint()
    assert dashboard.plan(dashboard.width(), dashboard.height()) == plan
    assert dashboard.plots.geometry() == plan.plots
    assert dashboard.compliance.geometry() == plan.rules


def test_the_engine_and_drivetrain_panels_skip_a_change_that_leaves_their_part_alone(
    main_window, monkeypatch
):
    """A length drag does not write the engine and drivetrain panels again; the change that
    does touch them (the engine, the gearbox, the era's engine rule, the language) shows at
    once."""
    from keiconfig.ui import i18n

    engine, drivetrain = main_window.engine_panel, main_window.drivetrain_panel
    doc = main_window.document
    written: list[str] = []
    for name, control in (("engine", engine.cylinders), ("drivetrain", drivetrain.driven)):
        set_value = control.set_value

        def counted(*args, name=name, set_value=set_value):  # type: ignore[no-untyped-def]
            written.append(name)
            set_value(*args)

        monkeypatch.setattr(control, "set_value", counted)
    drag(main_window, [{"body.length_mm": v} for v in (3300, 3310, 3320)])
    assert written == []
    # the model's ratios still follow the whole build
    shown = [round(box.value(), 2) for box in drivetrain.gearing.ratios.spins if box.isVisible()]
    assert shown == [round(r, 2) for r in doc.performance.gear_ratios]

    doc.change({"engine.displacement_cc": 700}, "bigger")  # over the 660 cc rule
    assert written == ["engine"]
    assert engine.displacement.value() == 700
    assert engine.displacement.flag.text() == "over"
    doc.change({"engine.displacement_cc": 540}, "smaller")
    assert engine.displacement.flag.text() == ""
    doc.set_era("1976")  # the same build, judged by the 550 cc rule: still under it
    assert engine.displacement.flag.text() == ""
    doc.change({"engine.displacement_cc": 600}, "bigger")
    assert engine.displacement.flag.text() == "over"
    doc.set_era("1998")
    assert engine.displacement.flag.text() == ""

    doc.change({"drivetrain.gears": 4}, "fewer gears")
    assert written[-1] == "drivetrain"
    assert drivetrain.gears.value() == 4
    doc.undo_stack.undo()
    assert drivetrain.gears.value() == 5

    del written[:]
    try:
        main_window.choose_language("ja")
        QApplication.processEvents()
        assert sorted(set(written)) == ["drivetrain", "engine"]  # written again, in Japanese
        assert drivetrain.limiter.text() == QApplication.translate("DrivetrainPanel", "On")
        assert drivetrain.limiter.text() != "On"
        doc.change({"engine.displacement_cc": 700}, "bigger")
        assert engine.displacement.flag.text() == QApplication.translate("EnginePanel", "over")
        assert engine.displacement.flag.text() != "over"
        main_window.choose_language("en")
        QApplication.processEvents()
        assert drivetrain.limiter.text() == "On"
        assert engine.displacement.flag.text() == "over"
    finally:
        i18n.set_language("en")


def on_screen(window: MainWindow, width: int, height: int) -> None:
    """The window at this size, all of it where its screen shows it, as a person sees it.

    A real screen shows nothing of a window beyond its edge (on an X server without a window
    manager a window may be larger than the screen; what is read there is black, not the
    window): a size the screen cannot hold is not a case a person meets, and is skipped. The
    offscreen platform keeps every window's whole picture, whatever the size of its fixed
    800x800 screen, so there each size is checked."""
    window.resize(width, height)
    settle(window)
    screen = window.screen()
    if QGuiApplication.platformName() != "offscreen":
        room = screen.availableGeometry()
        if not room.contains(window.frameGeometry()):
            pytest.skip(
                f"a {width}x{height} window is not whole on a {room.width()}x{room.height()} screen"
            )


# A laptop's screen, and a desk's: the window at each size, all of it on screen.
SIZES = pytest.mark.parametrize(("width", "height"), [(1280, 720), (1600, 1000)], ids=str)


class Passes(QObject):
    """In which of the window's repaints (its update requests) each widget was painted."""

    def __init__(self, window: QWidget, widgets: list[QWidget]) -> None:
        super().__init__(window)
        self.requests = 0
        self.painted: list[list[int]] = [[] for _ in widgets]
        self._widgets = widgets
        window.installEventFilter(self)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and watched is self.parent():
            self.requests += 1
        elif event.type() == QEvent.Type.Paint and watched in self._widgets:
            self.painted[self._widgets.index(watched)].append(self.requests)
        return False


@pytest.mark.desktop  # what the screen shows: checked on a real X server too
@SIZES
def test_a_frame_paints_the_window_once_with_every_plot_up_to_date(main_window, width, height):
    """The plots change on every frame of a drag: the window paints them in one pass
    (Qt's scene had the window repaint at once for each, a pass each), and the screen
    shows each plot as it is drawn afresh. At 1280x720 the plots take turns on tabs (the
    speed plot's shown); at 1600x1000 there is room for all three."""
    on_screen(main_window, width, height)
    panel = main_window.plots_panel
    every = {
        "speed": panel.speed_widget,
        "engine": panel.engine_widget,
        "gearing": main_window.gearing_plot.widget,
    }
    shown = {name for name, view in every.items() if view.isVisible()}
    assert shown >= ({"speed"} if width < 1600 else set(every)), shown
    views = [view for name, view in every.items() if name in shown]
    assert all(v.height() > 100 for v in views)
    # The drag goes on through the test: the grabs below take longer than a hand's next
    # move, and on a busy machine longer than SETTLE_MS, after which the plots take the
    # drag as over and fit their axes again (a repaint of its own, not a frame's).
    for watch in (panel.drag, main_window.gearing_plot.drag):
        watch.timer.setInterval(600_000)
    doc = main_window.document
    merge = doc.new_merge_id()
    doc.change({"body.length_mm": 3100, "engine.displacement_cc": 600}, "drag", merge)
    next_frame()
    screen = main_window.screen()
    for length, cc in ((3120, 610), (3140, 620), (3160, 630)):
        passes = Passes(main_window, [v.viewport() for v in views])
        doc.change({"body.length_mm": length, "engine.displacement_cc": cc}, "drag", merge)
        next_frame()
        assert passes.painted == [[1]] * len(views)  # each once, all in the first repaint
        for view in views:
            viewport = view.viewport()
            corner = viewport.mapTo(main_window, viewport.rect().topLeft())
            shown = screen.grabWindow(
                main_window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
            ).toImage()
            fresh = viewport.grab().toImage().convertToFormat(shown.format())
            assert shown == fresh
        passes.deleteLater()
    top = max(doc.performance.trace.speed_ms) * 3.6
    assert panel.speed_curve.yData.max() == top


@pytest.mark.desktop  # what the screen shows: checked on a real X server too
@SIZES
def test_the_ghost_is_drawn_from_its_picture_as_it_would_be_drawn_afresh(
    main_window, width, height
):
    """The previous run's dashed ghost is drawn from a cached picture of itself: on screen
    during a drag, and after the next step (a new ghost), the speed plot looks as it does
    drawn without the picture."""
    from PySide6.QtWidgets import QGraphicsItem

    on_screen(main_window, width, height)
    doc = main_window.document
    ghost = main_window.compare_tools.ghost.curve.curve
    view = main_window.plots_panel.speed_widget.viewport()
    screen = main_window.screen()

    def check() -> None:
        corner = view.mapTo(main_window, view.rect().topLeft())
        shown = screen.grabWindow(
            main_window.winId(), corner.x(), corner.y(), view.width(), view.height()
        ).toImage()
        assert ghost.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
        ghost.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        direct = view.grab().toImage().convertToFormat(shown.format())
        ghost.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        assert shown == direct

    doc.change({"engine.aspiration": "turbo"}, "turbo")  # a ghost: the run before
    next_frame()
    assert ghost.isVisible() and len(ghost.xData) > 0
    check()
    merge = doc.new_merge_id()
    for length in (3100, 3200, 3300):  # the plot changes around the ghost
        doc.change({"body.length_mm": length, "engine.displacement_cc": 560}, "drag", merge)
        next_frame()
        check()
    doc.change({"engine.aspiration": "na"}, "back")  # the next step: another ghost
    next_frame()
    check()


def test_a_change_marker_looks_as_it_does_selectable_and_can_be_selected(main_window, qtbot):
    """The change markers ("▼ 0.1 s better") take the text machinery selection needs only
    under the mouse, as the figures' numbers do: drawn without it, each is where it is drawn
    with it, pixel for pixel, at smaller and larger text (its "▲" comes from a fallback
    font, which a plain label centres a pixel off); and a person selects one as before."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    figures = main_window.results_panel.figures
    doc = main_window.document
    for factor in (0.9, None, 1.5):
        main_window.zoom(None)
        if factor is not None:
            main_window.zoom(factor)
        settle(main_window)
        drag(main_window, [{"body.length_mm": v} for v in (3300, 3350, 3400)])
        drag(main_window, [{"body.length_mm": v} for v in (3200, 3100)])
        shown = [fig.marker for fig in figures.values() if fig.marker.text()]
        assert any(m.text().startswith("▲") for m in shown)
        assert any(m.text().startswith("▼") for m in shown)
        for marker in shown:
            assert marker.textInteractionFlags() != selectable  # no text machinery now
            plain_image, size = marker.grab().toImage(), marker.sizeHint()
            marker.setTextInteractionFlags(selectable)
            assert marker.grab().toImage() == plain_image, (factor, marker.text())
            assert marker.sizeHint() == size
            marker.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    main_window.zoom(None)
    settle(main_window)
    doc.change({"body.length_mm": 3000}, "shorter")
    next_frame()
    marker = figures["kerb_weight_kg"].marker
    assert marker.text() and not marker.hasSelectedText()
    y = marker.height() // 2
    left, right = QPoint(1, y), QPoint(marker.width() - 1, y)
    QTest.mouseMove(marker, left)
    qtbot.waitUntil(marker.underMouse)
    QTest.mousePress(marker, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, left)
    QTest.mouseMove(marker, right)
    QTest.mouseRelease(marker, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, right)
    assert marker.selectedText() == marker.text()
    QTest.mouseMove(figures["kerb_weight_kg"].title, QPoint(2, 2))  # the selection stays
    QApplication.processEvents()
    assert marker.selectedText() == marker.text()
