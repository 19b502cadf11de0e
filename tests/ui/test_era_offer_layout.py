"""The era offer ("This car is from 1991: judge it by the 1990 rules?") on a desktop.

A person's desktop text is GNOME's 10 pt (the test machine's Qt default is 9 pt). As a
tool bar across the window, the offer took some 30 px of the dashboard's height: at
1280x720, with a 1991 preset open and the Comparison (F7) beside the dashboard, the
dashboard had to take its wide layout (least width 378 -> 552 px) and the controls,
left 307 px against the 338 their wrapped rows need, scrolled sideways (seen under
openbox, maximised on a 1280x720 screen). Now the offer sits in the controls column, under
the Year box (above the name, it pushed the box down under a mouse stepping the year:
tests/ui/test_era_offer_mouse.py), and Tab reaches its buttons there.

Marked ``desktop``: run on a real X server too.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from keiconfig.core import presets
from tests.ui.keys import focus, press
from tests.ui.test_dock_readable import _open_both_in_projector
from tests.ui.test_layout import open_docks, press_and_settle, settle

pytestmark = pytest.mark.desktop

DOCKS = ("comparison", "classroom", "race")
COMBINATIONS = [c for n in range(1, 4) for c in itertools.combinations(DOCKS, n)]
# A window maximised on a 1280x720 screen under openbox: its title bar (some 22 px) off
# the height.
MAXIMISED_1280X720 = (1280, 698)


@pytest.mark.parametrize("docks", COMBINATIONS, ids=["+".join(c) for c in COMBINATIONS])
@pytest.mark.parametrize("points", [9, 10], ids=["9pt", "10pt"])
def test_no_main_panel_scrolls_sideways_with_the_era_offer_at_1280x720(
    main_window_factory, qtbot, desktop_font, points, docks
):
    desktop_font(points)
    window = main_window_factory()
    window.resize(*MAXIMISED_1280X720)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    open_docks(window, docks)
    window.resize(*MAXIMISED_1280X720)
    settle(qtbot, window)
    offer = window.classroom.era_offer
    assert offer.isVisible() or window.controls_scroll.isHidden()
    assert "1991" in offer.message.text()
    controls = window.controls_scroll
    if not controls.isHidden():
        assert controls.horizontalScrollBar().maximum() == 0, (
            controls.width(),
            controls.widget().minimumSizeHint().width(),
            window.dashboard_area.width(),
            window.dashboard_area.minimumSizeHint().width(),
        )
        # the offer whole inside the column
        assert offer.width() <= controls.viewport().width()
        assert offer.minimumSizeHint().width() <= offer.width()
    area = window.dashboard_area
    assert area.horizontalScrollBar().maximum() == 0
    verdict = window.compliance_panel.verdict
    assert verdict.isVisible() and not verdict.visibleRegion().isEmpty()


@pytest.mark.parametrize("docks", [(), ("comparison",)], ids=["alone", "comparison"])
def test_tab_reaches_the_era_offers_buttons_where_they_are_on_screen(
    main_window_factory, qtbot, docks
):
    """The offer's buttons, under the Year box, come just after it in Tab's order, and the
    Style box after them; Shift+Tab goes back the same way. (Created after the controls,
    with the classroom, they sat in the chain between the classroom's and the
    Comparison's controls; at the top of the column, above the name, they came before the
    Name box.)"""
    window = main_window_factory()
    window.resize(1920, 1000)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    open_docks(window, docks)
    settle(qtbot, window)
    offer = window.classroom.era_offer
    assert offer.isVisible()
    body = window.body_panel
    # on screen: the Year box, the offer's buttons under it, then the Style box
    assert _top(body.year) < _top(offer.use_button) == _top(offer.keep_button)
    assert _top(offer.keep_button) < _top(body.style_combo)
    focus(qtbot, body.name)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is body.year
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.use_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.keep_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is body.style_combo
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is offer.keep_button
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is offer.use_button
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is body.year
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is body.name


def _top(widget) -> int:
    """Where ``widget``'s top is on screen."""
    return widget.mapToGlobal(QPoint(0, 0)).y()


def _tab_to(qtbot, window, target, most: int = 120) -> None:
    """Tab, where typing goes, until ``target`` has the focus (each stop on screen)."""
    for _ in range(most):
        if QApplication.focusWidget() is target:
            return
        press(Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.isVisible(), focused
    assert QApplication.focusWidget() is target, QApplication.focusWidget()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("answer", ["use", "keep", "later"])
def test_the_era_offer_is_not_lost_when_the_controls_step_aside(
    language, main_window_factory, qtbot, answer
):
    """Projector mode at 1280x720 with the Classroom and the Comparison open: the controls
    step aside, and the era offer in them went with them, unseen: the class read the
    1991 car judged by today's rules and nothing offered its own. Now the status bar's line
    shows the offer while it is not answered, with its two answers (Tab reaches them);
    answered there, the line says where the controls went again. Not answered, it is in the
    controls, under the Year box, when they come back (F8)."""
    window = main_window_factory()
    room, hint = window.classroom, window.controls_hint
    offer = room.era_offer
    try:
        _open_both_in_projector(qtbot, window)
        assert window.controls_scroll.isHidden()
        window.open_preset(presets.load_preset("honda-beat-1991").build)
        settle(qtbot, window)
        assert window.controls_scroll.isHidden() and offer.offered_era is not None
        era, kept = offer.offered_era, window.document.era
        assert era != kept
        # "Preset Honda Beat (1991): save it to keep your changes" has the bar for its 6 s
        # (the line steps aside for a passing message), then the line is back
        assert "1991" in window.statusBar().currentMessage() and hint.isHidden()
        window.statusBar().clearMessage()  # (as its time running out does)
        settle(qtbot, window)
        # the offer in the line, whole, with its answers on screen
        assert hint.isVisible()
        assert hint.text() == offer.message.text() and "1991" in hint.text()
        assert hint.offering()
        assert hint.label.text() == hint.text()
        for button in (hint.use_button, hint.keep_button, hint.show_button):
            assert button.isVisible() and not button.visibleRegion().isEmpty()
        assert era in hint.use_button.text() and kept in hint.keep_button.text()
        focus(qtbot, window.compliance_panel.era_combo)
        if answer == "later":
            press_and_settle(qtbot, window, Qt.Key.Key_F8)  # Show Controls
            assert window.controls_scroll.isVisible()
            assert offer.isVisible() and not offer.visibleRegion().isEmpty()
            assert offer.offered_era == era and window.document.era == kept
            return
        button = hint.use_button if answer == "use" else hint.keep_button
        _tab_to(qtbot, window, button)
        press_and_settle(qtbot, window, Qt.Key.Key_Space)
        assert window.document.era == (era if answer == "use" else kept)
        assert offer.offered_era is None
        # the line says where the controls went again; the keys are on screen
        assert hint.isVisible() and not hint.offering()
        assert "F8" in hint.text() and hint.use_button.isHidden()
        focused = QApplication.focusWidget()
        assert focused is not None and focused.isVisible() and focused.window() is window
        press_and_settle(qtbot, window, Qt.Key.Key_F8)
        assert window.controls_scroll.isVisible() and offer.isHidden()
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _whole_in_view(widget) -> bool:
    """``widget`` shown wholly inside every scroll area round it and its window."""
    box = QRect(QPoint(0, 0), widget.size())
    w = widget.parentWidget()
    while w is not None:
        if (isinstance(w, QScrollArea) or w.isWindow()) and not w.rect().contains(
            box.translated(widget.mapTo(w, QPoint(0, 0)))
        ):
            return False
        if isinstance(w, QScrollArea):
            view = w.viewport()
            if not view.rect().contains(box.translated(widget.mapTo(view, QPoint(0, 0)))):
                return False
        w = w.parentWidget()
    return widget.isVisible()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_tab_into_the_top_of_the_controls_shows_the_control(
    language, main_window_factory, qtbot, desktop_font
):
    """At 1280x720 with a desktop's 10 pt text, after working at the bottom of the controls
    (the column scrolled down), Tab on through the dashboard wraps to the Name box at the
    column's top, then the Year box and the era offer's "Use 1990 rules" under it: with
    the offer at the column's top, the column stayed scrolled down and the focus was on a
    button out of sight. Now the column scrolls to each."""
    desktop_font(10)
    window = main_window_factory()
    window.resize(*MAXIMISED_1280X720)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    settle(qtbot, window)
    offer = window.classroom.era_offer
    assert offer.isVisible()
    last = window.overrides_panel.torque.check  # the column's last control
    focus(qtbot, last)
    bar = window.controls_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # (where Tab down the column, or the wheel, brought it)
    assert bar.value() > 0 and not _whole_in_view(offer.use_button)
    name = window.body_panel.name
    assert not _whole_in_view(name)
    for _ in range(80):
        press(Qt.Key.Key_Tab)
        if QApplication.focusWidget() is name:
            break
        assert _whole_in_view(QApplication.focusWidget()), QApplication.focusWidget()
    assert QApplication.focusWidget() is name
    assert _whole_in_view(name), bar.value()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.body_panel.year
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.use_button
    assert _whole_in_view(offer.use_button), bar.value()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.keep_button
    assert _whole_in_view(offer.keep_button), bar.value()
