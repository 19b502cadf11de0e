"""The era offer ("This car is from 1991: judge it by the 1990 rules?") on a desktop.

A person's desktop text is GNOME's 10 pt (the test machine's Qt default is 9 pt). As a
tool bar across the window, the offer took some 30 px of the dashboard's height: at
1280x720, with a 1991 preset open and the Comparison (F7) beside the dashboard, the
dashboard had to take its wide layout (least width 378 -> 552 px) and the controls,
left 307 px against the 338 their wrapped rows need, scrolled sideways (seen under
openbox, maximised on a 1280x720 screen). Now the offer sits at the top of the controls
column, above the name and year, and Tab reaches its buttons there.

Marked ``desktop``: run on a real X server too.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from tests.ui.keys import focus, press
from tests.ui.test_layout import open_docks, settle

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
    """The offer's buttons, above the Name box, come just before it in Tab's order: Tab
    from the last control of the window wraps to them, then to the Name box. Created after
    the controls (with the classroom), they sat in the chain between the classroom's and
    the Comparison's controls: Shift+Tab from the Name box went to the Comparison's last
    control and Tab from the Keep button into the Comparison."""
    window = main_window_factory()
    window.resize(1920, 1000)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    open_docks(window, docks)
    settle(qtbot, window)
    offer = window.classroom.era_offer
    assert offer.isVisible()
    name = window.body_panel.name
    focus(qtbot, name)
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is offer.keep_button
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is offer.use_button
    press(Qt.Key.Key_Backtab)  # on to the window's last control: not the controls'
    last = QApplication.focusWidget()
    assert last is not None and not window._controls.isAncestorOf(last)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.use_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is offer.keep_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is name
