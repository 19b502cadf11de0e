"""The dashboard's least size does not change with whether it scrolls sideways.

Reported on a 1100x650 window in projector mode (F5) with builds pinned to the Comparison
(Ctrl+D): the layout re-fitted about three times a second for ever, the dashboard
scrolling sideways in a 544 px area, its least size flipping with its width (626x587 at
width 544, 506x587 at 626, 506x734, and back). One route of that feedback: the room the
dashboard measured its narrowest width against was its viewport's height, which loses a
scroll bar's height while the dashboard scrolls sideways, so being narrower than its
least width made its least width another. Marked ``desktop``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from tests.ui.test_layout import press_and_settle, projector_off  # noqa: F401 - a fixture
from tests.ui.timers import fire_window_timers

pytestmark = pytest.mark.desktop


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_scrolling_sideways_leaves_the_least_size_as_it_was(
    main_window,
    qtbot,
    language,
    projector_off,  # noqa: F811
):
    from tests.ui.keys import focus

    w = main_window
    w.resize(1100, 650)
    focus(qtbot, w.body_panel.length.slider)
    w.compare_tools.add_preset(presets.load_preset("honda-beat-1991"))
    w.compare_tools.add_preset(presets.load_preset("suzuki-cappuccino-1991"))
    press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    for _ in range(20):
        fire_window_timers(w)
    d, area = w.dashboard, w.dashboard_area
    assert area.horizontalScrollBar().maximum() == 0
    room, least = d.room(), d.minimumSizeHint()
    # the dashboard made wider than its area (as it is while the layout has yet to give
    # it its least width): it scrolls sideways, and needs what it needed
    d.setMinimumWidth(area.width() + 200)
    for _ in range(5):
        fire_window_timers(w)
    assert area.horizontalScrollBar().isVisible()
    assert d.room() == room
    d._narrowest = None  # measured afresh
    assert d.narrowest() == least.width()
    d.setMinimumWidth(0)
