"""The window at the sizes classrooms have: what a lesson is about stays visible and whole.

The window is sized to 1280×720 (the most common projector), 1280×800 (a 2560×1600 laptop
at 200 %: the same logical pixels) and 1920×1080, in normal and projector mode, with the
comparison, classroom and race docks open in every combination. Each must-have widget (the
verdict, every rule row with its margin, the kerb weight, 0–100 km/h and top speed, the
speed plot) must be shown, not clipped (its visible region is its whole rectangle) and
inside the window and the dashboard's viewport. Marked ``desktop``: ``.ci/run`` runs these
on a real X server too.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from keiconfig.core import presets
from keiconfig.ui.main_window import MainWindow
from keiconfig.ui.panels.results_panel import KEY_FIGURES
from keiconfig.ui.settings import Settings
from tests.ui.keys import focus, press
from tests.ui.timers import fire_window_timers

pytestmark = pytest.mark.desktop

DOCKS = ("comparison", "classroom", "race")


@pytest.fixture
def projector_off():
    yield
    # projector mode changes the application's palette and font: put them back
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.classroom.projector_action.setChecked(False)


def settle(qtbot, window: MainWindow) -> None:
    """Until the window stops laying itself out (posted layout rounds, dock sizing). Its
    waiting timers (the dashboard's quiet replanning among them) are fired, not waited
    for, before each look; the short wait is for the window system (a real X server
    answers a resize in its own time)."""
    last = None
    for _ in range(40):
        qtbot.wait(20)
        fire_window_timers(window)
        d = window.dashboard
        state = (
            window.size().toTuple(),
            window.dashboard_area.size().toTuple(),
            d.current,
            tuple(w.geometry().getRect() for w in (d.results, d.compliance, d.plots)),
        )
        if state == last:
            return
        last = state
    raise AssertionError("the window kept laying itself out")


def skip_if_larger_than_the_screen(window: MainWindow, width: int, height: int) -> None:
    """Skipped, with a sentence, where the screen is smaller than a ``width`` x ``height``
    window: a window manager keeps the window on the screen, smaller than asked (a
    1920x1080 window asked of a 1280x720 screen under openbox was 1920x695, its dashboard
    laid out for a window no person has there). A screen as large as the window holds it,
    its frame's title bar above it as the window manager places it (unlike
    :func:`resize_on_screen`, which needs the framed window whole). The offscreen
    platform's 800x800 screen holds each window's whole picture: never skipped there."""
    if QGuiApplication.platformName() == "offscreen":
        return
    room = window.screen().availableGeometry()
    if width > room.width() or height > room.height():
        screen = f"{room.width()}x{room.height()}"
        pytest.skip(f"a {width}x{height} window is larger than a {screen} screen")


def resize_on_screen(qtbot, window: MainWindow, width: int, height: int) -> None:
    """The window at ``width`` x ``height``, as a person can have it on this screen, settled.

    A real screen smaller than that cannot hold the window (a window manager keeps it
    inside; without one, the window fits itself back to the screen's height when its least
    size changes, DashboardArea._fit_screen): the case is skipped with a sentence, as no
    person meets it there. The offscreen platform's 800x800 screen holds each window's
    whole picture: there the window, fitted back once, is asked again and keeps the size
    (its least size is the same). Otherwise the window must have the size asked for."""
    if QGuiApplication.platformName() != "offscreen":
        room = window.screen().availableGeometry()
        frame = window.frameGeometry().size() - window.size()
        if width + frame.width() > room.width() or height + frame.height() > room.height():
            pytest.skip(
                f"a {width}x{height} window is not whole on a {room.width()}x{room.height()} screen"
            )
    window.resize(width, height)
    settle(qtbot, window)
    if QGuiApplication.platformName() == "offscreen" and window.height() < height:
        window.resize(width, height)
        settle(qtbot, window)
    assert window.size().toTuple() == (width, height)


def press_and_settle(
    qtbot,
    window: MainWindow,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed where typing goes (a widget of ``window``), then :func:`settle`."""
    target = QApplication.focusWidget()
    assert target is not None and target.window() is window
    QTest.keyClick(target, key, mods)
    settle(qtbot, window)


def show_plot(qtbot, window: MainWindow, plot: QWidget) -> None:
    """``plot`` (or the plot it is in) shown: where the plots take turns on tabs, its tab
    clicked, as a person does; then :func:`settle`."""
    panel = window.plots_panel
    bar = panel.tabs
    if not bar.isHidden():
        for i, page in enumerate(panel._pages()):
            if any(w is plot or w.isAncestorOf(plot) for w in page):
                if bar.isVisible():
                    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                else:  # (a window not shown)
                    bar.setCurrentIndex(i)
                break
    settle(qtbot, window)


def open_docks(window: MainWindow, docks: tuple[str, ...]) -> None:
    tools = window.compare_tools
    if "comparison" in docks or "race" in docks:
        tools.add_preset(presets.load_preset("honda-beat-1991"))
        tools.add_preset(presets.load_preset("suzuki-cappuccino-1991"))
        if "comparison" not in docks:
            tools.compare_dock.hide()
    if "race" in docks:
        tools.race()
    if "classroom" in docks:
        window.classroom.dock.show()


def open_preset_at(
    window: MainWindow,
    qtbot,
    size: tuple[int, int],
    preset_id: str,
    docks: tuple[str, ...] = (),
    projector: bool = False,
) -> None:
    """The window at ``size`` with a preset open (in projector mode if asked) and the
    docks opened, settled; made that size again where the offscreen platform's 800 px
    screen fitted it back as the docks opened. Skipped where the screen is smaller than
    ``size`` (:func:`skip_if_larger_than_the_screen`)."""
    skip_if_larger_than_the_screen(window, *size)
    window.resize(*size)
    window.open_preset(presets.load_preset(preset_id).build)
    if projector:
        window.classroom.projector_action.setChecked(True)
    open_docks(window, docks)
    window.resize(*size)
    settle(qtbot, window)
    if window.height() < size[1]:  # the offscreen screen is 800 px tall
        window.resize(*size)
        settle(qtbot, window)


def must_haves(window: MainWindow) -> dict[str, QWidget]:
    c, r = window.compliance_panel, window.results_panel
    found: dict[str, QWidget] = {
        "verdict": c.verdict,
        "speed plot": window.plots_panel.speed_widget.viewport(),  # its drawing area
    }
    for name, row in c.rows.items():
        if not row.name.isHidden():  # the rules of this era (power: an agreement, shown)
            found[f"rule {name}"] = row.status
            found[f"rule {name} name"] = row.name
            found[f"rule {name} margin"] = row.detail
    for key in KEY_FIGURES:
        found[key] = r.figures[key]
        found[f"{key} value"] = r.figures[key].value
    return found


def assert_readable(window: MainWindow, size: tuple[int, int]) -> None:
    assert window.width() <= size[0] and window.height() <= size[1], "grew off the screen"
    viewport = window.dashboard_area.viewport()
    problems = []
    for name, w in must_haves(window).items():
        if not w.isVisible():
            problems.append(f"{name}: hidden")
            continue
        if w.visibleRegion() != QRegion(w.rect()):
            problems.append(f"{name}: clipped to {w.visibleRegion().boundingRect()}")
        on_viewport = QRect(w.mapTo(viewport, QPoint(0, 0)), w.size())
        if not viewport.rect().contains(on_viewport):
            problems.append(f"{name}: outside the viewport {on_viewport}")
        in_window = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        if not window.rect().contains(in_window):
            problems.append(f"{name}: outside the window {in_window}")
    assert problems == []
    # legible: a margin on at most two lines, never a word a line
    for row in window.compliance_panel.rows.values():
        if not row.detail.isHidden():
            # one line of this text (Japanese glyphs' lines are taller than the font's)
            line = max(row.detail.fontMetrics().lineSpacing(), row.detail.heightForWidth(10**5))
            assert row.detail.heightForWidth(row.detail.width()) <= 2 * line + 2
    plot = window.plots_panel.speed_widget
    assert (
        plot.height() >= plot.minimumHeight() and plot.width() >= 20 * plot.fontMetrics().height()
    )


CASES = [
    *[((1280, 720), docks) for n in range(4) for docks in itertools.combinations(DOCKS, n)],
    ((1280, 800), ()),
    ((1280, 800), DOCKS),
    ((1920, 1080), ()),
    ((1920, 1080), DOCKS),
]


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize(
    ("size", "docks"), CASES, ids=[f"{w}x{h}-{'+'.join(d) or 'no docks'}" for (w, h), d in CASES]
)
def test_what_a_lesson_is_about_stays_readable(
    main_window, qtbot, projector_off, size, docks, projector
):
    main_window.resize(*size)
    main_window.open_preset(presets.load_preset("honda-beat-1991").build)
    if projector:
        main_window.classroom.projector_action.setChecked(True)
    open_docks(main_window, docks)
    settle(qtbot, main_window)
    assert_readable(main_window, size)


def test_closing_the_docks_gives_the_room_back(main_window, qtbot):
    main_window.resize(1280, 720)
    settle(qtbot, main_window)
    before = (main_window.dashboard_area.size(), main_window.dashboard.current)
    open_docks(main_window, DOCKS)
    settle(qtbot, main_window)
    assert main_window.dashboard_area.width() < before[0].width()
    main_window.compare_tools.compare_dock.close()
    main_window.compare_tools.race_dock.close()
    main_window.classroom.dock.close()
    settle(qtbot, main_window)
    assert (main_window.dashboard_area.size(), main_window.dashboard.current) == before


def test_lesser_things_give_way_first_and_come_back(main_window, qtbot):
    """At 1920x1080 (a screen that holds it) every plot side by side; at 1280x720 the
    weight bars have given way and the plots take turns on tabs, the speed plot's shown;
    back at 1920x1080 they are side by side again, without tabs."""
    r, plots = main_window.results_panel, main_window.plots_panel
    resize_on_screen(qtbot, main_window, 1920, 1080)
    assert plots.engine_widget.isVisible()  # at 1920×1080 the torque plot has room
    assert not plots.tabs.isVisible()
    resize_on_screen(qtbot, main_window, 1280, 720)
    assert not r.weight_bars.isVisible()  # the weight bars go first
    assert plots.tabs.isVisible() and plots.speed_widget.isVisible()  # then on tabs
    assert not plots.engine_widget.isVisible()
    assert main_window.compliance_panel.verdict.isVisible()
    resize_on_screen(qtbot, main_window, 1920, 1080)
    assert plots.engine_widget.isVisible() and not plots.tabs.isVisible()


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_the_weight_bars_stay_at_1800x1000(main_window, qtbot, projector_off, projector):
    """A 1800x1000 window has room for the weight bars beside the outline of the car:
    they gave way, 11 px short of the speed plot's share of the height (PLOT_SHARE), and
    the room went to the outline beside an empty stretch of the figures' column. Shown
    now, with everything a lesson is about readable and the speed plot a fair plot."""
    skip_if_larger_than_the_screen(main_window, 1800, 1000)
    main_window.resize(1800, 1000)
    if projector:
        main_window.classroom.projector_action.setChecked(True)
    settle(qtbot, main_window)
    if main_window.height() < 1000:  # the offscreen screen is 800 px tall
        main_window.resize(1800, 1000)
        settle(qtbot, main_window)
    assert main_window.size().toTuple() == (1800, 1000)
    assert_readable(main_window, (1800, 1000))
    r, plots = main_window.results_panel, main_window.plots_panel
    if not projector:
        assert r.weight_bars.isVisible()
        assert r.weight_bars.visibleRegion() == QRegion(r.weight_bars.rect())
        assert plots.engine_widget.isVisible()  # the torque plot too
    speed = plots.speed_widget
    assert speed.height() >= main_window.dashboard.height() // 5, speed.height()


def test_on_a_laptop_screen_what_gives_way_comes_back(main_window, qtbot):
    """The same on any screen that holds 1280x720 (a laptop's, where the test above is
    skipped): at 1280x720 the plots are on tabs, the gearing plot's a click away; at
    1024x600 the verdict and the speed plot stay; back at 1280x720 the window shows all it
    showed there."""
    gearing = main_window.gearing_plot
    plots = main_window.plots_panel
    resize_on_screen(qtbot, main_window, 1280, 720)
    laptop = main_window.dashboard.current.level
    assert plots.tabs.isVisible() and plots.speed_widget.isVisible()
    show_plot(qtbot, main_window, gearing)
    assert gearing.isVisible() and main_window.dashboard.current.level == laptop
    show_plot(qtbot, main_window, plots.speed_widget)
    resize_on_screen(qtbot, main_window, 1024, 600)
    assert main_window.compliance_panel.verdict.isVisible()
    assert main_window.plots_panel.speed_widget.isVisible()
    resize_on_screen(qtbot, main_window, 1280, 720)
    assert main_window.dashboard.current.level == laptop and plots.tabs.isVisible()


def test_projector_mode_makes_the_headline_and_plot_labels_larger(
    main_window, qtbot, projector_off
):
    main_window.resize(1920, 1080)
    settle(qtbot, main_window)
    verdict = main_window.compliance_panel.verdict
    axis = main_window.plots_panel.speed_plot.getAxis("bottom")
    line_100 = main_window.plots_panel.line_100.label
    normal = (verdict.font().pointSizeF(), axis.style["tickFont"].pointSizeF())
    normal_100 = line_100.textItem.font().pointSizeF()
    main_window.classroom.projector_action.setChecked(True)
    settle(qtbot, main_window)
    assert verdict.font().pointSizeF() > normal[0]
    assert axis.style["tickFont"].pointSizeF() > normal[1]
    assert line_100.textItem.font().pointSizeF() > normal_100
    assert verdict.font().pointSizeF() > QApplication.font().pointSizeF()  # the headline


def test_projector_rules_rows_sit_together_at_1920x1080(main_window, qtbot, projector_off):
    main_window.resize(1920, 1080)
    main_window.classroom.projector_action.setChecked(True)
    settle(qtbot, main_window)
    rows = [r for r in main_window.compliance_panel.rows.values() if not r.name.isHidden()]
    line = rows[0].status.fontMetrics().lineSpacing()
    for above, below in itertools.pairwise(rows):
        bottom = max(w.geometry().bottom() for w in (above.status, above.name, above.detail))
        assert below.status.geometry().top() - bottom <= line, "rows spread apart"


def _press_on_focus(key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, mods)


def test_zooming_in_twice_keeps_margins_on_two_lines_and_ctrl_0_restores_widths(main_window, qtbot):
    main_window.resize(1280, 720)
    main_window.activateWindow()
    main_window.body_panel.length.slider.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.body_panel.length.slider)
    settle(qtbot, main_window)
    widths = main_window.main_splitter.sizes()
    ctrl = Qt.KeyboardModifier.ControlModifier
    try:
        for _ in range(2):
            _press_on_focus(Qt.Key.Key_Equal, ctrl)
            settle(qtbot, main_window)
        assert main_window.settings.text_scale > 1.5
        assert_readable(main_window, (1280, 720))
        _press_on_focus(Qt.Key.Key_0, ctrl)
        settle(qtbot, main_window)
        assert main_window.main_splitter.sizes() == pytest.approx(widths, abs=2)
    finally:
        main_window.zoom(None)


def test_a_saved_layout_too_large_for_the_screen_is_not_restored(main_window_factory, qtbot):
    first = main_window_factory()
    avail = first.screen().availableGeometry()
    first.resize(avail.width() + 600, avail.height() + 400)  # e.g. saved on a larger screen
    qtbot.waitUntil(lambda: first.width() > avail.width())
    first.save_settings()
    first.close()
    second = main_window_factory()
    assert second.width() <= avail.width() and second.height() <= avail.height()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_reset_layout_puts_back_the_first_start_layout(main_window, qtbot):
    main_window.resize(1280, 720)
    settle(qtbot, main_window)
    main_window.reset_layout()
    settle(qtbot, main_window)
    first = (main_window.size(), main_window.main_splitter.sizes())
    main_window.main_splitter.setSizes([700, 500])
    main_window.classroom.dock.show()
    main_window.classroom.dock.setFloating(True)
    main_window.reset_layout()
    settle(qtbot, main_window)
    assert not main_window.classroom.dock.isFloating()  # back in the window
    main_window.classroom.dock.close()
    main_window.reset_layout()
    settle(qtbot, main_window)
    assert (main_window.size(), main_window.main_splitter.sizes()) == first
    menus = [a.menu() for a in main_window.menuBar().actions() if a.menu() is not None]
    view = next(m for m in menus if main_window.bigger_action in m.actions())
    assert main_window.reset_layout_action in view.actions()


def test_figure_cards_are_whole_labels(main_window, qtbot):
    """Every shown figure's value is drawn in full (its text fits its label)."""
    main_window.resize(1280, 720)
    settle(qtbot, main_window)
    for fig in main_window.results_panel.figures.values():
        if fig.isVisible():
            label: QLabel = fig.value
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_new_window_settings(qtbot):
    """A window made and sized before it shows (as a restored one is) lays out too."""
    window = MainWindow(settings=Settings())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    assert_readable(window, (1280, 720))
    window.document.undo_stack.setClean()


TRACTIVE_CASES = [((1280, 720), False), ((1920, 1080), False), ((1920, 1080), True)]


@pytest.mark.parametrize(
    ("size", "projector"),
    TRACTIVE_CASES,
    ids=[f"{w}x{h}-{'projector' if p else 'normal'}" for (w, h), p in TRACTIVE_CASES],
)
@pytest.mark.parametrize("preset", [None, "nissan-sakura-2022"], ids=["default", "sakura"])
def test_tractive_force_plot_stays_when_the_torque_plot_gives_way(
    main_window, qtbot, projector_off, projector, size, preset
):
    """Issue 15: the tractive-force plot is on screen for every build, at 100 % and at
    projector size (1920×1080); it gives way after the torque plot, the read-out, the
    outline and the other figures. (At 1280×720 in projector mode the must-haves fill
    the window: it gives way there.)"""
    if preset is not None:
        main_window.open_preset(presets.load_preset(preset).build)
    main_window.resize(*size)
    main_window.classroom.projector_action.setChecked(projector)
    settle(qtbot, main_window)
    gearing = main_window.gearing_plot.widget.viewport()  # its drawing area
    show_plot(qtbot, main_window, gearing)  # (on a tab where the plots take turns)
    assert gearing.isVisible()
    assert gearing.visibleRegion() == QRegion(gearing.rect()), "clipped"
    viewport = main_window.dashboard_area.viewport()
    assert viewport.rect().contains(QRect(gearing.mapTo(viewport, QPoint(0, 0)), gearing.size()))
    assert gearing.height() >= 5 * gearing.fontMetrics().height()
    show_plot(qtbot, main_window, main_window.plots_panel.speed_widget)
    assert_readable(main_window, size)


def test_plots_share_the_height_by_stretch_after_projector_mode(main_window, qtbot, projector_off):
    """A pyqtgraph view's size hint is its present size: the plots must not keep the
    heights of the last layout (after projector mode at 1920×1080, the speed plot was
    left at its minimum at 1280×720 while the tractive-force plot took the room; 1280x720
    has the plots on tabs now: 1600x1000 shows them all)."""
    main_window.open_preset(presets.load_preset("nissan-sakura-2022").build)
    main_window.resize(1920, 1080)
    main_window.classroom.projector_action.setChecked(True)
    settle(qtbot, main_window)
    main_window.classroom.projector_action.setChecked(False)
    for _ in range(2):  # (the offscreen screen is 800 px tall: see resize_on_screen)
        main_window.resize(1600, 1000)
        settle(qtbot, main_window)
    assert not main_window.plots_panel.tabs.isVisible()
    speed, gearing = main_window.plots_panel.speed_widget, main_window.gearing_plot
    assert gearing.isVisible()
    assert speed.height() > gearing.height() > 0


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_a_dock_scrolls_only_below_its_least_height(
    main_window, qtbot, projector_off, size, projector
):
    """With a wrapping label in the race panel, the dock's scroll area gave it its preferred
    height (the track's 320 px), and the second car's lane was scrolled out of a dock that
    could hold both. Now the dock scrolls only when it is shorter than its contents' least
    height; at 1920x1080 the race dock has that room and shows every lane."""
    main_window.resize(*size)
    if projector:
        main_window.classroom.projector_action.setChecked(True)
    open_docks(main_window, DOCKS)
    settle(qtbot, main_window)
    tools = main_window.compare_tools
    panel, area = tools.race_panel, tools.race_dock.widget()
    least = area.widget().heightForWidth(area.viewport().width())
    assert area.verticalScrollBar().isVisible() == (least > area.viewport().height())
    if size == (1920, 1080) and not projector:
        assert least <= area.viewport().height()
        qtbot.waitUntil(lambda: len(panel.track.name_boxes) == 2)
        visible = panel.track.visibleRegion()
        for box in panel.track.name_boxes:
            assert visible.contains(box.toAlignedRect()), (box, visible.boundingRect())


def test_wrapped_lines_under_the_plots_shrink_back_after_projector_mode(
    main_window, qtbot, projector_off
):
    """A label's height for a width is never below its minimum, so the lines under the
    speed plot kept the projector's heights after it was switched off (taking the plots'
    room); they are measured afresh once their font changed."""
    skip_if_larger_than_the_screen(main_window, 1920, 1080)
    main_window.resize(1920, 1080)
    settle(qtbot, main_window)
    legend = main_window.plots_panel.legend
    before = legend.minimumHeight()
    main_window.classroom.projector_action.setChecked(True)
    settle(qtbot, main_window)
    assert legend.minimumHeight() > before
    main_window.classroom.projector_action.setChecked(False)
    settle(qtbot, main_window)
    assert legend.minimumHeight() == before


def _tick_labels_outside(plot_widget, side: str) -> list[str]:
    """The tick numbers of ``side``'s axis that are drawn partly outside the plot widget."""
    from PySide6.QtGui import QPainter, QPixmap

    axis = plot_widget.getPlotItem().getAxis(side)
    pixmap = QPixmap(4, 4)
    painter = QPainter(pixmap)
    try:
        texts = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    inside = plot_widget.rect()
    return [
        text
        for rect, _flags, text in texts
        if not inside.contains(plot_widget.mapFromScene(axis.mapRectToScene(rect)).boundingRect())
    ]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize(
    "preset", ["suzuki-cappuccino-1991", "mazda-r360-coupe-1960", "nissan-sakura-2022"]
)
def test_the_axes_top_numbers_are_whole(main_window, qtbot, projector_off, size, preset):
    """An axis fitted to a round top ends on a tick, whose number was cut in half by the
    plot's top edge: the Cappuccino's gearing plot at 5 kN, the R360's engine plot at
    30 N·m and 20 PS, the Sakura's speed plot at 140 km/h; at both sizes, normal and in
    projector mode."""
    main_window.resize(*size)
    main_window.open_preset(presets.load_preset(preset).build)
    settle(qtbot, main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    plots = main_window.plots_panel
    axes = [
        (plots.speed_widget, "left"),
        (plots.engine_widget, "left"),
        (plots.engine_widget, "right"),
        (main_window.gearing_plot.widget, "left"),
    ]
    for projector in (False, True):
        if projector:
            press_and_settle(qtbot, main_window, Qt.Key.Key_F5)
            assert main_window.classroom.projector_action.isChecked()
        for widget, side in axes:
            if widget.isVisible():
                cut = _tick_labels_outside(widget, side)
                assert cut == [], (size, projector, widget.accessibleName(), side)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_first_start_on_a_small_screen_is_maximised_and_stays_so(qtbot, start_window):
    """The first start (no saved layout) as the keiconfig command makes it. On a screen that
    cannot hold the default 1280x820 with a 10 % margin (a 1280x720 projector), the window
    started at 90 % (1152x648) and, in projector mode, scrolled the speed plot off the
    bottom: it now starts maximised, and starts so again after Quit. On a larger screen it
    starts at the default size, not maximised. (Looked at under openbox on a 1280x720
    Xvfb: maximised, projector mode shows the figures, the limiter's note, every rule and
    the whole speed plot.)"""
    window = start_window()
    avail = window.screen().availableGeometry()
    small = avail.width() * 0.9 < 1280 or avail.height() * 0.9 < 820
    if not small:
        assert not window.isMaximized() and window.size() == QSize(1280, 820)
        return
    qtbot.waitUntil(lambda: window.isMaximized())
    # (its size is the window manager's: Xvfb without one leaves it as it was; how the
    # dashboard fits a 1280x720 projector is test_what_a_lesson_is_about_stays_readable's)
    window.save_settings()
    window.close()
    again = start_window()  # the saved layout: maximised, as it was
    qtbot.waitUntil(lambda: again.isMaximized())


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_first_start_maximised_on_a_narrow_screen_is_whole_on_it(language, qtbot, start_window):
    """A 1920x1080 laptop screen at 200 % shows 960x540; with GNOME's 10 pt text (and the
    offscreen platform's 800x800 screen with Qt's 9 pt) the controls at their width beside
    the dashboard's least width were wider than the screen: the first start, maximised,
    made the window 1013 px wide on the 960 px screen (982 in Japanese; seen under openbox
    with QT_SCALE_FACTOR=2), the rules' margins and the plot's right edge off the screen.
    Now the controls' rows wrap (a field under its label) as they do beside a dock, and
    the window is the screen's width, every rule's margin on it."""
    window = start_window()
    avail = window.screen().availableGeometry()
    if avail.width() * 0.9 >= 1280 and avail.height() * 0.9 >= 820:
        pytest.skip("a screen this large has the first start at 1280x820, not maximised")
    qtbot.waitUntil(lambda: window.isMaximized())
    settle(qtbot, window)
    handle = window.main_splitter.handleWidth()
    focus(qtbot, window.body_panel.length.spin)
    try:
        for _ in range(4):  # on this screen, larger text (Ctrl+=) as a person may need it
            dashboard = window.dashboard_area.minimumSizeHint().width()
            whole = window._controls_width() + handle + dashboard
            if whole > avail.width():
                break
            press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
            settle(qtbot, window)
        else:
            pytest.skip(f"the controls and the dashboard fit a {avail.width()} px wide screen")
        settle(qtbot, window)
        assert window.isMaximized()
        assert window.width() <= avail.width(), (window.width(), whole, avail.width())
        assert window.dock_room.limit is not None and window.controls_scroll.isVisible()
        right = window.mapToGlobal(window.rect().topRight()).x()
        for name, widget in must_haves(window).items():
            if widget.isVisible():
                edge = widget.mapToGlobal(widget.rect().topRight()).x()
                assert edge <= right, (name, edge, right)
    finally:
        focus(qtbot, window.body_panel.length.spin)
        press(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("preset", ["honda-beat-1991", "honda-n-van-e-2024"])
def test_the_outline_takes_room_the_plots_do_not_need(main_window, qtbot, preset):
    """At 1920x1080 (a person's maximised window, or a file opened and the window made
    larger) the outline of the car stayed at its least height, a side view some 50 px long
    above an empty band, while the plots took every pixel left. Room beyond what the plots'
    share needs is now shared between the outline (up to its size hint) and the plots,
    half each: the Beat's outline 160 -> 226 px, its speed plot 318 -> 278 px."""
    from keiconfig.core import presets

    main_window.open_preset(presets.load_preset(preset).build)
    resize_on_screen(qtbot, main_window, 1920, 1080)
    outline = main_window.compliance_panel.outline
    assert outline.isVisible()
    assert outline.height() >= 1.3 * outline.minimumSizeHint().height()
    assert outline.height() <= outline.sizeHint().height() + 1
    assert outline.visibleRegion() == QRegion(outline.rect())
    speed = main_window.plots_panel.speed_widget
    assert speed.height() >= 1.3 * speed.minimumHeight()  # the plots keep room above least
    assert_readable(main_window, (1920, 1080))


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_a_cards_note_is_never_drawn_over_its_value(
    main_window, qtbot, projector_off, size, language
):
    """Projector mode with the explorer docked below: the dashboard keeps only the key
    figures, and the top speed's 'limited' (リミッター作動) was drawn over the foot of
    '140 km/h': its card was planned without its frame and the word's line. Every card
    shown is as tall as its parts, and its value clear of the line under it."""
    w = main_window
    resize_on_screen(qtbot, w, *size)
    tools = w.explore_tools
    tools.open()
    tools.dock.setFloating(False)  # docked below (double-clicked back into the window)
    w.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, w)
        shown = [f for f in w.results_panel.figures.values() if f.isVisible()]
        assert shown
        for card in shown:
            assert card.height() >= card.minimumSizeHint().height(), card.accessibleName()
            lines = [x for x in (card.note, card.key_note, card.key_word) if x.isVisible()]
            for line in lines:
                assert card.value.geometry().bottom() < line.geometry().top(), line.text()
    finally:
        w.classroom.projector_action.setChecked(False)
        tools.panel.shutdown()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_projector_mode_at_1280x720_with_a_desktops_10pt_text_keeps_the_plot_whole(
    desktop_font, projector_off, main_window_factory, qtbot, language
):
    """Projector mode (F5) on a 1280x720 desktop with GNOME's 10 pt text (15 pt in
    projector mode), the window maximised (1280x698): the three key figures were counted
    as wide as three times the widest card (the 0-100 km/h card's title), 801 px, where
    the dashboard had 749; they took two rows, and the dashboard scrolled by 41 px, the
    speed plot's time axis below the window's edge (English). Each column of cards is
    now as wide as its own widest card: the three side by side, every must-have whole.
    (desktop_font first: put back after projector mode is left, which sets the text from
    the size the window started with.)"""
    desktop_font(10)
    window = main_window_factory()
    size = (1280, 698)
    window.resize(*size)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    window.classroom.projector_action.setChecked(True)
    window.resize(*size)
    settle(qtbot, window)
    assert window.dashboard_area.verticalScrollBar().maximum() == 0
    assert_readable(window, size)
    # the cards in a row begin level: the kerb weight's and the 0-100 km/h's, shorter than
    # the top speed's with its two-line note, spread their spare 30 px around their titles
    # and values, which stood 15 and 30 px lower than the top speed's
    panel = window.results_panel
    cards = [panel.figures[key] for key in KEY_FIGURES]
    rows: dict[int, list[QWidget]] = {}
    for card in cards:
        rows.setdefault(card.y(), []).append(card)
    if language == "en":  # (Japanese: a card a row)
        assert len(rows) == 1, "not in a row"
    for row in rows.values():
        for part in ("title", "value"):
            places = {
                (getattr(c, part).mapTo(panel, QPoint(0, 0)).y(), getattr(c, part).height())
                for c in row
            }
            assert len(places) == 1, (part, places)
