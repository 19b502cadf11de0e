"""Race replay: controls, real-time playback, the link to the comparison plot's cursor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from keiconfig.core import performance, presets
from keiconfig.ui import format as fmt
from keiconfig.ui.race_view import FRAME_S, SPEEDS, RacePanel
from tests.ui import racing
from tests.ui.keys import focus, press
from tests.ui.racing import race_stopped  # noqa: F401 - a fixture
from tests.ui.test_layout import resize_on_screen
from tests.ui.timers import run_window_timers


def _cars(n: int = 2):
    ids = ["honda-s660-2015", "subaru-360-1958", "honda-beat-1991", "daihatsu-copen-2002"][:n]
    out = []
    for pid in ids:
        p = presets.load_preset(pid)
        out.append((p.name, performance.evaluate(p.build)))
    return out


@pytest.fixture
def panel(qtbot):
    w = RacePanel()
    qtbot.addWidget(w)
    w.set_cars(_cars(4))
    return w


def test_step_forward_and_back_move_one_frame(panel):
    panel.set_time(1.0)
    panel.step_forward()
    assert panel.time_s == pytest.approx(1.0 + FRAME_S)
    panel.step_back()
    panel.step_back()
    assert panel.time_s == pytest.approx(1.0 - FRAME_S)
    panel.restart()
    panel.step_back()
    assert panel.time_s == 0.0


def test_playback_advances_by_real_time_times_speed(panel):
    panel.set_speed(0.5)
    panel.play()
    assert panel.playing
    panel.advance(1.0)  # a late frame: a whole second of wall-clock time
    assert panel.time_s == pytest.approx(0.5)
    panel.set_speed(0.25)
    panel.advance(0.4)
    assert panel.time_s == pytest.approx(0.6)
    panel.pause()
    assert not panel.playing


def test_playback_stops_at_the_end_with_the_finishing_order(panel):
    panel.set_speed(1.0)
    panel.play()
    panel.advance(1000.0)
    assert panel.time_s == panel.end_s
    assert not panel.playing
    order = panel.replay.finish_order
    text = panel.result_label.text()
    assert text.index(panel.replay.names[order[0]]) < text.index(panel.replay.names[order[-1]])
    assert "1st" in panel.track.accessibleDescription()


def test_timer_drives_the_replay(panel, qtbot):
    panel.play()
    qtbot.waitUntil(lambda: panel.time_s > 0.1, timeout=30_000)  # bounds a hang
    panel.pause()


def test_scrub_bar_moves_the_replay_and_reports_time(panel):
    seen: list[float] = []
    panel.time_changed.connect(seen.append)
    panel.slider.setValue(4000)
    assert panel.time_s == pytest.approx(4.0)
    assert seen[-1] == pytest.approx(4.0)
    state = panel.replay.state_at(4.0)
    assert panel.track._state.cars[0].position_m == pytest.approx(state.cars[0].position_m)


def test_speeds_offered(panel):
    assert [panel.speed_box.itemData(i) for i in range(panel.speed_box.count())] == list(SPEEDS)


def test_replay_and_plot_cursor_are_linked(main_window):
    tools = main_window.compare_tools
    for pid in ("honda-s660-2015", "subaru-360-1958"):
        tools.add_preset(presets.load_preset(pid))
    tools.race()
    tools.race_panel.set_time(6.0)
    assert tools.compare_panel.cursor.value() == pytest.approx(6.0)
    assert tools.compare_panel.cursor.isVisible()
    # dragging the cursor scrubs the replay
    tools.compare_panel.cursor.setPos(3.0)
    tools.compare_panel.cursor.sigDragged.emit(tools.compare_panel.cursor)
    assert tools.race_panel.time_s == pytest.approx(3.0)


def test_the_race_follows_the_pins_but_a_restyle_does_not_restart_it(main_window):
    tools = main_window.compare_tools
    for pid in ("honda-s660-2015", "subaru-360-1958"):
        tools.add_preset(presets.load_preset(pid))
    tools.race()
    tools.race_panel.set_time(6.0)
    tools.compare_panel.refresh()  # what a palette or font change does (projector mode)
    assert tools.race_panel.time_s == pytest.approx(6.0)
    tools.add_preset(presets.load_preset("honda-beat-1991"))  # a new pin: a new race
    assert len(tools.race_panel.replay.names) == 3
    assert tools.race_panel.time_s == 0.0


def test_empty_race_disables_controls(qtbot):
    w = RacePanel()
    qtbot.addWidget(w)
    assert not w.play_button.isEnabled()
    w.play()
    assert not w.playing


def test_the_finishing_order_is_told_as_the_cars_cross_the_line(panel):
    r = panel.replay
    first, second = r.finish_order[0], r.finish_order[1]
    assert all(name not in panel.result_label.text() for name in r.names)  # no spoiler at 0 s
    panel.set_time((r.finish_times_s[first] + r.finish_times_s[second]) / 2)
    text = panel.result_label.text()
    assert r.names[first] in text and "1st" in text
    assert r.names[second] not in text
    panel.set_time(panel.end_s)
    assert all(name in panel.result_label.text() for name in r.names)
    panel.restart()
    assert r.names[first] not in panel.result_label.text()
    assert panel.result_label.font().bold()


@pytest.mark.usefixtures("race_stopped")
def test_four_lanes_fit_on_a_projector_at_1400_by_900(main_window, qtbot):
    main_window.resize(1400, 900)
    tools = main_window.compare_tools
    tools.pin_current()
    for pid in ("honda-beat-1991", "suzuki-cappuccino-1991", "autozam-az-1-1992"):
        tools.add_preset(presets.load_preset(pid))
    track = racing.race(qtbot, main_window, first=[Qt.Key.Key_F5], times=0).track
    qtbot.waitUntil(lambda: track.height() > 0)
    line = track.fontMetrics().height()
    assert track.minimumSizeHint().height() >= 4 * 1.5 * line  # room for every lane
    assert track.height() >= track.minimumSizeHint().height()


@pytest.mark.parametrize(
    ("size", "text_scale"),
    [((1400, 254), 1.0), ((1920, 300), 1.5)],  # the race dock at 1400x900; on a projector
    ids=["normal", "projector"],
)
def test_names_stay_clear_of_the_finish_line_and_each_other(qtbot, size, text_scale):
    w = RacePanel()
    qtbot.addWidget(w)
    font = QFont(w.font())
    font.setPointSizeF(font.pointSizeF() * text_scale)
    w.setFont(font)
    w.resize(*size)
    w.set_cars(_cars(4))
    w.show()
    qtbot.waitExposed(w)
    r = w.replay
    first = min(t for t in r.finish_times_s if t is not None)
    for t in (0.0, 8.0, first - 0.3, first, first + 0.5, w.end_s):  # the line is crossed
        w.set_time(t)
        w.track.grab()  # paints a frame
        boxes = w.track.name_boxes
        assert len(boxes) == 4
        for k, box in enumerate(boxes):
            assert not box.intersects(w.track.finish_box), (t, r.names[k])
            assert box.left() >= 0 and box.right() <= w.track.width()
            for other in boxes[k + 1 :]:
                assert not box.intersects(other), t


@pytest.mark.parametrize(
    ("width", "text_scale"),
    [(390, 1.0), (460, 1.0), (520, 1.5), (1400, 1.0)],  # beside the dashboard at 1280x720
)
def test_distance_labels_never_overlap_each_other_or_the_clock(qtbot, width, text_scale):
    """In the race's column beside the dashboard (1280x720, some 390 px wide) the marks'
    labels and the clock were drawn over each other: '100 m200 m300 m400 mt = 2.7 s'.
    A label is left out where it has no room; 0 m and the finish are always drawn."""
    w = RacePanel()
    qtbot.addWidget(w)
    font = QFont(w.font())
    font.setPointSizeF(font.pointSizeF() * text_scale)
    w.setFont(font)
    w.resize(width, 300)
    w.set_cars(_cars(2))
    w.show()
    qtbot.waitExposed(w)
    w.set_time(2.7)
    w.track.grab()  # paints a frame
    track = w.track
    boxes = track.mark_boxes
    assert len(boxes) >= 2  # 0 m and the finish at least
    assert boxes[0].left() >= 0
    assert abs(boxes[-1].center().x() - track.finish_box.left()) < boxes[-1].width()
    for k, box in enumerate(boxes):
        assert not box.intersects(track.clock_box), (k, box, track.clock_box)
        for other in boxes[k + 1 :]:
            assert box.right() < other.left(), (box, other)
    assert track.clock_box.right() <= track.width()
    if width >= 1400:
        assert len(boxes) == 5  # 0, 100, 200, 300 and 400 m where there is room


def test_race_dock_opened_from_the_menu_leaves_the_plots_their_room(main_window, qtbot):
    main_window.resize(1400, 900)
    qtbot.waitUntil(main_window.isVisible)
    tools = main_window.compare_tools
    tools.race_view_action.trigger()  # View > Race Replay, before any race was run
    qtbot.waitUntil(tools.race_dock.isVisible)
    QApplication.processEvents()
    assert tools.race_dock.height() <= 0.35 * main_window.height()
    plots = main_window.plots_panel
    assert plots.speed_widget.height() >= plots.speed_widget.minimumHeight()
    assert plots.speed_widget.isVisible() and plots.height() > tools.race_dock.height()


def test_each_car_is_drawn_with_its_own_body_style(main_window, monkeypatch):
    """A roadster, a tall wagon and a saloon race: each is painted with its style's icon."""
    from keiconfig.ui import race_view

    painted: list[str] = []
    real = race_view.paint_body_style

    def record(painter, style, rect, colour):
        painted.append(style)
        real(painter, style, rect, colour)

    monkeypatch.setattr(race_view, "paint_body_style", record)
    tools = main_window.compare_tools
    for pid in ("honda-beat-1991", "mitsubishi-ek-x-ev-2022", "subaru-360-1958"):
        tools.add_preset(presets.load_preset(pid))
    tools.race()
    track = tools.race_panel.track
    track.resize(720, 320)
    track.grab()
    assert painted[-3:] == ["roadster", "tall_wagon", "sedan"]


def test_a_roadster_and_a_tall_wagon_look_different(qtbot):
    def picture(style: str):
        w = RacePanel()
        qtbot.addWidget(w)
        w.set_cars(_cars(2), [style, style])
        w.track.resize(720, 320)
        return w.track.grab().toImage()

    assert picture("roadster") != picture("tall_wagon")
    assert picture("tall_wagon") == picture("tall_wagon")


def test_an_electric_car_in_the_race_names_no_gear(qtbot):
    """The N-Van e: has one speed: its read-out is its speed alone, the Beat's its gear too."""
    w = RacePanel()
    qtbot.addWidget(w)
    cars = []
    for pid in ("honda-n-van-e-2024", "honda-beat-1991"):
        p = presets.load_preset(pid)
        cars.append((p.name, performance.evaluate(p.build)))
    w.set_cars(cars)
    w.set_time(6.0)
    ev, beat = w.track.describe().split("; ")
    assert "gear" not in ev and "km/h" in ev
    assert "gear" in beat


@pytest.mark.desktop
def test_race_controls_by_keyboard_tab_in_screen_order_and_space_presses_the_button(qtbot):
    """Tab went Play, One frame back, One frame forward, Back to the start (not as they
    stand); and Space on a focused "One frame forward" started the race (the panel's
    play/pause key) instead of stepping. Keys sent to the focused widget."""
    panel = RacePanel()
    qtbot.addWidget(panel)
    panel.set_cars(_cars(2))
    panel.show()
    qtbot.waitExposed(panel)
    row = [panel.restart_button, panel.back_button, panel.play_button, panel.forward_button,
           panel.speed_box, panel.slider]  # fmt: skip
    assert [w.x() for w in row] == sorted(w.x() for w in row)  # as they stand
    focus(qtbot, row[0])
    for expected in row[1:]:
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, QApplication.focusWidget()
    panel.set_time(1.0)
    focus(qtbot, panel.forward_button)
    press(Qt.Key.Key_Space)
    assert not panel.playing and panel.time_s == pytest.approx(1.0 + FRAME_S)
    focus(qtbot, panel.back_button)
    press(Qt.Key.Key_Space)
    assert not panel.playing and panel.time_s == pytest.approx(1.0)
    focus(qtbot, panel.slider)  # elsewhere in the panel Space plays and pauses
    press(Qt.Key.Key_Space)
    assert panel.playing
    press(Qt.Key.Key_Space)
    assert not panel.playing


def _pin_two(qtbot, window, start=None) -> None:
    """The open build and the same with a shorter body, pinned (Ctrl+D: the first opens the
    Comparison): two builds to race."""
    racing.pin(qtbot, window, times=1, start=start)
    window.document.change({"body.length_mm": 3300}, "Change length")
    racing.pin(qtbot, window, times=1, start=start)


@pytest.mark.desktop
@pytest.mark.usefixtures("race_stopped")
def test_the_race_key_puts_the_keys_at_play_and_escape_goes_back(main_window, qtbot):
    """Two builds pinned, Ctrl+R pressed in the controls (1920x1080): the race is shown
    and runs once by itself, with the focus on its Play button, shown, so Space pauses it
    and, once it is over, plays it again; Escape then goes back to the control that had
    the focus. A race that follows a change of the pins stays at the start and leaves the
    focus alone. Before, the focus stayed in the controls, where Space did nothing, and
    the race's buttons were a long way off by Tab; then the race opened standing still at
    the start, and a class watched a still picture until the teacher found Play."""
    window = main_window
    window.resize(1920, 1080)
    tools = window.compare_tools
    doc = window.document
    _pin_two(qtbot, window, start=window.body_panel.width.spin)
    start = focus(qtbot, window.body_panel.width.spin)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    race = tools.race_panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is race.play_button)
    assert race.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    assert race.playing and race.time_s < race.end_s  # it runs by itself
    press(Qt.Key.Key_Space)
    assert not race.playing  # Space pauses it
    press(Qt.Key.Key_Space)
    assert race.playing
    race.advance(race.end_s)  # the whole race has run (at the speed chosen)
    assert not race.playing and race.time_s == race.end_s
    press(Qt.Key.Key_Space)  # Space plays it again, from the start
    assert race.playing and race.time_s == 0.0
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    # the pins change: the race follows, the focus stays
    doc.change({"body.length_mm": 3200}, "Change length")
    tools.pin_current()
    qtbot.wait(50)
    assert QApplication.focusWidget() is start
    assert not race.playing and race.time_s == 0.0  # the new race waits at the start


def _race_beside_the_comparison(qtbot, window) -> None:
    """Two builds pinned (Ctrl+D: the Comparison opens), Ctrl+R pressed in the controls:
    the race shown, and the window settled where it has found its place."""
    _pin_two(qtbot, window)
    racing.run_the_race(qtbot, window)


@pytest.mark.desktop
@pytest.mark.usefixtures("race_stopped")
def test_the_race_is_whole_beside_the_comparison_at_1280_by_720(main_window, qtbot):
    """A teacher at 1280x720 with the Comparison open presses Ctrl+R: the race docked below
    got some 50 px, one lane and no Play button on screen (a scroll bar instead), as the
    dashboard's verdict, rules and plot keep their room first. Short of its lanes' and
    controls' height below, the race shares the Comparison's column as a tab, on top, whole;
    the Comparison is a tab away."""

    window = main_window
    window.resize(1280, 720)
    tools = window.compare_tools
    _race_beside_the_comparison(qtbot, window)
    race = tools.race_panel
    track = race.track
    assert track.height() >= track.minimumSizeHint().height()
    for w in (race.play_button, race.slider, race.time_label):
        assert not w.visibleRegion().isEmpty(), w.accessibleName()
    assert window.dockWidgetArea(tools.race_dock) == window.dockWidgetArea(tools.compare_dock)
    assert tools.compare_dock in window.tabifiedDockWidgets(tools.race_dock)


@pytest.mark.desktop
@pytest.mark.usefixtures("race_stopped")
def test_the_race_run_in_a_window_not_maximised_keeps_the_window_its_height(main_window, qtbot):
    """A 1280x720 projector's window not maximised (1152x648, its first size there) with
    the Classroom (F6) and the Comparison (F7) open and two builds pinned (Ctrl+D): Ctrl+R
    opened the race below the dashboard, where it had no room, before it went beside. In
    between the window's least height was 690 px, and the window grew to it and stayed so:
    its bottom and status bar past the screen's edge (seen under openbox, the window at
    y=43). Now a race with no room below opens beside at once, the window as it was."""
    window = main_window
    resize_on_screen(qtbot, window, 1152, 648)
    tools = window.compare_tools
    racing.race(qtbot, window, first=[Qt.Key.Key_F6, Qt.Key.Key_F7])
    assert window.size().toTuple() == (1152, 648)  # before: 1152x690
    race_dock = tools.race_dock
    assert window.dockWidgetArea(race_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    panel = tools.race_panel
    for w in (panel.play_button, panel.slider, panel.time_label):
        assert not w.visibleRegion().isEmpty(), w.accessibleName()
    assert not window.statusBar().visibleRegion().isEmpty()


@pytest.mark.desktop
@pytest.mark.parametrize("room_returns", ["comparison closed", "window enlarged"])
@pytest.mark.usefixtures("race_stopped")
def test_the_race_goes_back_below_once_there_is_room(main_window, qtbot, room_returns):
    """The race put beside the Comparison as a tab for want of room at 1280x720 goes back
    below the dashboard once there is room: the Comparison closed (F7), or the window made
    1920x1080. Before, it stayed a tab (with the Comparison closed, the only tab of a
    column beside the dashboard), and went on being saved so."""
    window = main_window
    resize_on_screen(qtbot, window, 1280, 720)
    tools = window.compare_tools
    race_dock = tools.race_dock
    _race_beside_the_comparison(qtbot, window)
    assert tools.compare_dock in window.tabifiedDockWidgets(race_dock)  # short of room
    if room_returns == "comparison closed":
        focus(qtbot, window.body_panel.width.spin)
        press(Qt.Key.Key_F7)  # behind the race's tab: F7 brings it forward
        qtbot.waitUntil(lambda: not tools.compare_dock.visibleRegion().isEmpty())
        press(Qt.Key.Key_F7)  # and closes it
        qtbot.waitUntil(tools.compare_dock.isHidden)
    else:
        resize_on_screen(qtbot, window, 1920, 1080)
    for _ in range(3):
        run_window_timers(window)
        qtbot.wait(20)
    assert window.dockWidgetArea(race_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert not window.tabifiedDockWidgets(race_dock)
    panel = tools.race_panel
    assert panel.track.height() >= panel.track.minimumSizeHint().height()
    for w in (panel.play_button, panel.slider, panel.time_label):
        assert not w.visibleRegion().isEmpty(), w.accessibleName()


@pytest.mark.desktop
@pytest.mark.usefixtures("race_stopped")
def test_a_race_put_beside_for_want_of_room_is_saved_below(main_window, qtbot):
    """The docks' places are saved with the race below the dashboard, where the user had
    it: the next start puts it beside again if still short of room (saved as a tab, it
    would be taken for a place the user chose, and kept)."""
    window = main_window
    resize_on_screen(qtbot, window, 1280, 720)
    tools = window.compare_tools
    _race_beside_the_comparison(qtbot, window)
    assert tools.compare_dock in window.tabifiedDockWidgets(tools.race_dock)
    window.save_settings()
    area = window.dockWidgetArea(tools.race_dock)
    assert area == Qt.DockWidgetArea.BottomDockWidgetArea


def _racing(window, qtbot, size, projector: bool) -> RacePanel:
    """The window at ``size`` (in projector mode if asked: F5), the Caterham added and the
    build pinned with Ctrl+D, the race run with Ctrl+R and the window settled, paused at
    3 s (the test takes ``race_stopped``: projector mode off after)."""
    resize_on_screen(qtbot, window, *size)
    window.compare_tools.add_preset(presets.load_preset("caterham-seven-160-2014"))
    panel = racing.race(qtbot, window, first=[Qt.Key.Key_F5] if projector else [], times=1)
    panel.pause()
    panel.set_time(3.0)
    return panel


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
@pytest.mark.usefixtures("race_stopped")
def test_the_lanes_shrink_with_the_width_and_leave_a_track_to_watch(
    main_window, qtbot, size, projector, language
):
    """Two builds pinned (Ctrl+D), Ctrl+R, in projector mode at 1280x720 in Japanese: the
    race in the narrow column drew cars some 115 px long and its read-outs at their full
    width, which left the track some 60 px and the names cut to 'Caterh…'. The cars and
    the read-outs now shrink with the width: the track has most of it, the read-outs stay
    inside the widget, clear of the finish and of each other (at 1920x1080 in projector
    mode in Japanese the race below the dashboard got its least height, which left out
    the track's bottom margin, and the two read-outs overlapped by 0.7 px)."""
    race = _racing(main_window, qtbot, size, projector)
    track = race.track
    track.grab()  # paints a frame
    width = track.width()
    start = track.mark_boxes[0].center().x()  # the 0 m line
    assert track.finish_box.left() - start >= 0.4 * width, (start, track.finish_box, width)
    assert track.car_length <= 0.15 * width + 0.5
    assert len(track.readout_boxes) == 2
    for k, box in enumerate(track.readout_boxes):
        assert box.left() >= track.finish_box.right() and box.right() <= width, box
        for other in track.readout_boxes[k + 1 :]:
            assert not box.intersects(other), (box, other)
    for box in track.name_boxes:
        assert not box.intersects(track.finish_box)
        assert box.left() >= 0 and box.right() <= width


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
@pytest.mark.usefixtures("race_stopped")
def test_each_read_out_is_level_with_its_car_in_a_tall_column(
    main_window, qtbot, size, projector, language
):
    """Two builds pinned (Ctrl+D), Ctrl+R at 1280x720: the race shares the Comparison's
    tall column as a tab, and its two lanes shared the whole height, some 250 px each in
    projector mode: each car at the bottom of its lane, its read-out ('43 km/h · gear 1')
    half a lane above it, the Play button a column's height below the cars (seen on Xvfb
    + openbox). Now a lane is as tall as its car and name need, each read-out level with
    its car, and the controls right under the lanes; the spare height is left below."""
    race = _racing(main_window, qtbot, size, projector)
    track = race.track
    track.grab()  # paints a frame
    line = track.fontMetrics().height()
    assert len(track.car_boxes) == len(track.readout_boxes) == 2
    for car, readout in zip(track.car_boxes, track.readout_boxes, strict=True):
        assert car.top() <= readout.center().y() <= car.bottom(), (car, readout)
        # a lane: the car, its name above (on two lines if it needs them) and the
        # ground line, not a share of the column
        extra = line if any("\n" in text for text in track.name_texts) else 0
        assert track.lane_height <= max(car.height() + 1.7 * line + extra, 2.2 * line) + 0.5
    last_car = track.mapTo(race, track.car_boxes[-1].bottomLeft().toPoint()).y()
    play = race.play_button.mapTo(race, race.play_button.rect().topLeft()).y()
    assert play - last_car <= 2 * line, (play, last_car)  # the controls under the lanes
    assert track.height() >= track.minimumSizeHint().height()
    for w in (race.play_button, race.slider, race.time_label):
        assert not w.visibleRegion().isEmpty(), w.accessibleName()


def test_cars_with_the_same_time_share_their_place_as_the_table_stars_them(qtbot):
    """A turbo Beat pinned twice (once renamed) and the Beat: the race read '1st · 17.9 s'
    and '2nd · 17.9 s' for the two identical cars, by the order they were pinned in, and
    its finishing order '1st … 17.9 s · 2nd … 17.9 s', while the Comparison's table starred
    both 17.9 s as the best 400 m (seen on Xvfb + openbox). Equal times as shown share a
    place; the next car is 3rd."""
    from keiconfig.core.compare import compare_results

    beat = presets.load_preset("honda-beat-1991").build
    turbo = performance.evaluate(beat.model_copy(update={"engine": beat.engine.model_copy(
        update={"aspiration": "turbo"})}))  # fmt: skip
    cars = [("Beat", performance.evaluate(beat)), ("Turbo", turbo), ("Turbo again", turbo)]
    w = RacePanel()
    qtbot.addWidget(w)
    w.set_cars(cars)
    w.set_time(w.end_s)
    assert w.track.describe().split("; ") == [
        f"Beat: 3rd in {fmt.sentence_seconds(w.replay.finish_times_s[0])}",
        f"Turbo: 1st in {fmt.sentence_seconds(w.replay.finish_times_s[1])}",
        f"Turbo again: 1st in {fmt.sentence_seconds(w.replay.finish_times_s[2])}",
    ]
    text = w.result_label.text()
    assert text.count("1st") == 2 and "2nd" not in text and "3rd Beat" in text, text
    table = compare_results([(n, p, True) for n, p in cars])
    row = next(r for r in table.rows if r.field == "standing_400m_s")
    assert row.best == (1, 2)  # the table's stars: the same two cars


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.usefixtures("race_stopped")
def test_the_racers_names_are_whole_in_the_projectors_column_at_1600x900(
    main_window, qtbot, language
):
    """A teacher in projector mode at 1600x900 races four builds (three presets, then
    Ctrl+D, Ctrl+R): the race shares the Comparison's 576 px column, and names wider than
    the track up to the finish strip were cut, 'Mitsubishi Minica Dangan ZZ (…' and 'Fiat
    Cinquecento Sporting (19…' as the cars came to the line (seen on Xvfb + openbox). Now
    a long name goes on two lines above its car, the lanes that much taller, and every
    name is read whole, clear of the finish strip and of the other names."""
    from tests.ui.test_compare import LONG_NAMES

    w = main_window
    tools = w.compare_tools
    w.open_preset(presets.load_preset(LONG_NAMES[3]).build)
    resize_on_screen(qtbot, w, 1600, 900)
    for pid in LONG_NAMES[:3]:
        tools.add_preset(presets.load_preset(pid))
    race = racing.race(qtbot, w, first=[Qt.Key.Key_F5], times=1)
    race.pause()
    track = race.track
    qtbot.waitUntil(lambda: not track.visibleRegion().isEmpty())
    names = [n.replace("\n", " ") for n in race.replay.names]
    first = min(t for t in race.replay.finish_times_s if t is not None)
    for t in (3.0, first - 0.3, race.end_s):  # under way, at the line, past it
        race.set_time(t)
        track.grab()  # paints a frame
        drawn = [text.replace("\n", " ") for text in track.name_texts]
        assert drawn == names, (t, track.width(), drawn)
        boxes = track.name_boxes
        for k, box in enumerate(boxes):
            assert not box.intersects(track.finish_box), (t, names[k])
            assert box.left() >= 0 and box.right() <= track.width()
            assert not any(box.intersects(other) for other in boxes[k + 1 :]), t
            assert not any(box.intersects(car) for car in track.car_boxes), t


def test_a_name_too_long_for_its_lines_is_cut_and_told_whole_as_text(qtbot):
    """A name too long even for two lines is cut with "…": the whole name is in a tooltip
    over it, as written (a name from someone else's file is never taken for markup)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    w = RacePanel()
    qtbot.addWidget(w)
    w.resize(520, 400)
    cars = _cars(2)
    long = "<b>Bold</b> " + "Kei " * 30 + "end"
    w.set_cars([(long, cars[0][1]), cars[1]])
    w.show()
    qtbot.waitExposed(w)
    track = w.track
    track.grab()
    text = track.name_texts[0]
    assert text.endswith("…") and text.startswith("<b>Bold</b>"), text
    assert track.name_texts[1] == cars[1][0]
    at = track.name_boxes[0].center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, at, track.mapToGlobal(at))
    QApplication.sendEvent(track, event)
    assert QToolTip.isVisible()
    shown = QToolTip.text()
    assert "&lt;b&gt;Bold&lt;/b&gt;" in shown and "Kei Kei" in shown, shown
    QToolTip.hideText()
    beside = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), track.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(track, beside)  # nothing cut there: no tooltip
