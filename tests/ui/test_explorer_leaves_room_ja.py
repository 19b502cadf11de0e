"""The explorer opened below the dashboard leaves the docks beside it their least height.

In Japanese at 1920x1050 in projector mode (F5), the Comparison open (F7) with two builds
pinned, Tools > Explore… asked for 55 % of the window's height: the row above it kept 509
px, where the Comparison's contents take 539 at the least, and its scroll area cut its
footnote in half at its bottom edge (reachable only by scrolling; under openbox the
explorer's "このビルドを開く(O)" was cut so too). There is room for both whole: the
explorer reads from some 400 px.

Keys are sent to the focused widget. Marked ``desktop``: ``.ci/run`` runs these on a real
X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.ui import racing
from tests.ui.keys import focus, press
from tests.ui.test_explore_and_race_below import LOG, _open_the_explorer
from tests.ui.test_japanese import japanese  # noqa: F401 - a fixture
from tests.ui.test_layout import (  # noqa: F401 - a fixture
    projector_off,
    settle,
    skip_if_larger_than_the_screen,
)

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def _whole(widget: QWidget) -> None:
    """``widget`` in view, none of it scrolled out of its scroll area."""
    assert widget.isVisible(), widget
    seen = widget.visibleRegion().boundingRect()
    assert seen.height() == widget.height(), (widget, seen, widget.height())


def _not_scrolled(area: QScrollArea) -> None:
    inner = area.widget()
    assert inner is not None
    bar = area.verticalScrollBar()
    assert bar.maximum() == 0, (area.objectName(), area.viewport().height(), inner.height())


@pytest.mark.qt_log_ignore(LOG)
@pytest.mark.usefixtures("japanese", "projector_off")
@pytest.mark.parametrize("race", [False, True], ids=["explorer", "race-then-explorer"])
def test_the_explorer_leaves_the_comparison_its_least_height(main_window_factory, qtbot, race):
    """Explorer opened alone below: both whole (before: the Comparison 53 px short). With
    the race open below first, the explorer shares its tab and the tabs' bar takes 26 px:
    there is no room for both whole (the Comparison is 19 px short with the explorer at its
    least); the explorer keeps its least height, its Open This Build button whole."""
    w = main_window_factory()
    skip_if_larger_than_the_screen(w, 1920, 1050)
    w.resize(1920, 1050)
    settle(qtbot, w)
    focus(qtbot, w.controls_scroll)
    press(Qt.Key.Key_F5)
    press(Qt.Key.Key_F7)
    settle(qtbot, w)
    focus(qtbot, w.controls_scroll)
    press(Qt.Key.Key_D, CTRL)
    press(Qt.Key.Key_D, CTRL)
    settle(qtbot, w)
    tools = w.compare_tools
    try:
        if race:
            racing.run_the_race(qtbot, w)
        _open_the_explorer(qtbot, w)
        if not race:
            compare = tools.compare_dock.widget()
            assert isinstance(compare, QScrollArea)
            _not_scrolled(compare)
            _whole(tools.compare_panel.table_note)
        explore = w.explore_tools.dock.widget()
        assert isinstance(explore, QScrollArea)
        _not_scrolled(explore)
        _whole(w.explore_tools.panel.apply_button)
    finally:
        w.explore_tools.panel.shutdown()
