"""A classroom projector at 1024x768 (XGA, the commonest projector resolution): projector
mode (F5), the Classroom (F6) and the Comparison (F7) open, the build pinned (Ctrl+D),
and the text one or two steps larger (Ctrl+=). With the text two steps larger the rules
took 762 of the 1024 px (English) and the Comparison beside them 242: its buttons cut
("Pin Current Buil"), its plot's axis title clipped, a sideways scroll bar, the dock tabs
"Cla…" / "Com…". Now the rules give way in width (the power rule's name wrapped at its words,
else each margin under its name) until the docks read; every dock's buttons and plot are
whole in its view, the verdict, the rules and the key figures whole across the dashboard
(which scrolls up and down at that text size, as it did: 768 px hold no more).

A 1024x768 window, or on a 1024x768 screen under a window manager the window F5 maximises
there; on a screen that cannot hold it (the 1280x720 openbox pass) it is skipped; on the
offscreen platform's 800x800 screen the window is made 1024x768 again after the keys.
Marked ``desktop``; run too under openbox on a 1024x768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui.keys import focus
from tests.ui.test_layout import must_haves, press_and_settle, resize_on_screen, settle
from tests.ui.test_window_on_screen import a_screen, fill, outer
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
LINES = 15  # a dock narrower than 15 lines' height is a column of single words


def _in_view(widget: QWidget, view: QWidget) -> bool:
    """``widget`` whole inside ``view`` (a scroll area's viewport)."""
    return view.rect().contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))


def _across(widget: QWidget, view: QWidget) -> bool:
    """``widget`` whole across ``view``: its left and right edges inside it."""
    left = widget.mapTo(view, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= view.width()


def _dashboard_across(window) -> None:
    """Nothing of the dashboard scrolled sideways: the verdict, the rules and the key
    figures whole across it (the speed plot, below the rules, scrolls up and down)."""
    area = window.dashboard_area
    assert area.horizontalScrollBar().maximum() == 0, area.width()
    view = area.viewport()
    for name, widget in must_haves(window).items():
        if name == "speed plot":
            continue  # (below the rules: the dashboard scrolls up and down)
        assert widget.isVisible() and _across(widget, view), (name, area.width())


def _dock_whole(window, dock, parts: list[QWidget]) -> None:
    area = dock.widget()
    assert isinstance(area, QScrollArea)
    name = dock.objectName()
    assert not dock.visibleRegion().isEmpty(), f"{name} not on screen"
    assert area.horizontalScrollBar().maximum() == 0, (name, dock.width())
    seen = area.widget().visibleRegion().boundingRect().width()
    assert seen >= LINES * dock.fontMetrics().height(), (name, seen)
    view = area.viewport()
    for part in parts:
        assert part.isVisible() and _in_view(part, view), (name, part, dock.size())
    assert QRect(dock.mapTo(window, QPoint(0, 0)), dock.size()).right() < window.width()


@pytest.mark.parametrize("steps", [0, 1, 2], ids=["text", "text+1", "text+2"])
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_1024x768_projector_reads_with_both_docks_and_larger_text(
    main_window, qtbot, language, steps
):
    w = main_window
    screen = w.screen().availableGeometry()
    if QGuiApplication.platformName() != "offscreen" and screen.width() == 1024:
        pass  # a 1024x768 screen: F5 maximises the window on it (as a teacher has it)
    else:
        resize_on_screen(qtbot, w, 1024, 768)
    focus(qtbot, w.body_panel.length.slider)
    tools, room = w.compare_tools, w.classroom
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        assert room.projector_action.isChecked()
        if screen.width() == 1024:
            qtbot.waitUntil(w.isMaximized)
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        press_and_settle(qtbot, w, Qt.Key.Key_D, CTRL)
        for _ in range(steps):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, CTRL)
        if not w.isMaximized() and w.size().toTuple() != (1024, 768):
            # the offscreen platform's 800x800 screen fitted the window to it; on a bare X
            # server's larger screen the Japanese window grew to 1073 px as the docks
            # opened (no screen edge to keep it): a 1024 px screen's window again
            w.resize(1024, 768)
            settle(qtbot, w)
        run_window_timers(w)
        settle(qtbot, w)
        assert w.width() == 1024, w.size()
        panel = tools.compare_panel
        assert len(panel.entries) == 1
        # the Comparison, on top of the tabs it shares with the Classroom (F7 last)
        _dock_whole(w, tools.compare_dock, [panel.plot_widget, *panel.button_bar.buttons])
        # the Classroom, brought forward with its key
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        run_window_timers(w)
        settle(qtbot, w)
        _dock_whole(w, room.dock, [room.limits_panel.buttons[0]])
        # the dashboard: nothing scrolled sideways; the verdict, every rule row with its
        # margin (on two lines at most) and the key figures whole across it; the verdict
        # and the key figures in view
        _dashboard_across(w)
        view = w.dashboard_area.viewport()
        for row in w.compliance_panel.rows.values():
            if not row.detail.isHidden():
                line = max(row.detail.fontMetrics().lineSpacing(), row.detail.heightForWidth(10**5))
                lines = row.detail.heightForWidth(row.detail.width())
                assert lines <= 2 * line + 2, row.detail.text()
        assert _in_view(w.compliance_panel.verdict, view)
        assert _in_view(w.results_panel.figures["kerb_weight_kg"].value, view)
    finally:
        w.zoom(None)
        room.projector_action.setChecked(False)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_1024x768_projector_at_the_largest_text_keeps_the_window_on_it(
    main_window, qtbot, monkeypatch, language
):
    """No dock open, projector mode, the text larger step by step to the largest: the
    dashboard's least width stays within the 1024 px screen (maximised under a window
    manager, the window the screen's width), the dashboard never scrolls sideways and
    the verdict, every rule and the key figures are whole across it (the rules give way in
    width where at their own they would not fit: DockRoom._narrow_rules_for). Before, at
    four steps the rules alone took 1171 px and the window 1185: the 0-100 km/h card and
    the era's box cut at the screen's edge, with no way to scroll to them. Ctrl+0: the
    rules as they were."""
    w = main_window
    screen = a_screen(monkeypatch, w, 1024, 768)
    focus(qtbot, w.compliance_panel.era_combo)
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        if w.isMaximized():
            pass  # (a window manager on a 1024x768 screen: F5 maximised it there)
        else:
            fill(qtbot, w, screen)
        narrowed = False
        for _ in range(5):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, CTRL)
            run_window_timers(w)
            settle(qtbot, w)
            narrowed = narrowed or w.dock_room.rules_narrow > 0
            # the dashboard alone fits the screen, in the window's frame (the controls step
            # aside or scroll sideways beside it: test_controls_aside_for_text)
            frame = outer(w).width() - w.width()
            least = w.dashboard_area.minimumSizeHint().width()
            assert least + frame <= screen.width(), least
            if w.isMaximized():  # (a window manager: the window the screen's width)
                assert outer(w).width() <= screen.width(), outer(w)
            _dashboard_across(w)
        if language == "en":  # (the case: at their own width the rules did not fit; the
            assert narrowed  # Japanese rules, shorter, fit at 1024 px as they are)
        press_and_settle(qtbot, w, Qt.Key.Key_0, CTRL)
        run_window_timers(w)
        settle(qtbot, w)
        assert w.dock_room.rules_narrow == 0
    finally:
        w.zoom(None)
        w.classroom.projector_action.setChecked(False)
