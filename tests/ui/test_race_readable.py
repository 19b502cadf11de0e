"""The race below the dashboard, run from the keys, as tall as its cars read on a projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui import racing
from tests.ui.keys import focus, press
from tests.ui.test_layout import (  # noqa: F401 - a fixture
    assert_readable,
    projector_off,
    settle,
    skip_if_larger_than_the_screen,
)


@pytest.mark.desktop
@pytest.mark.usefixtures("projector_off")
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_the_race_run_at_1920x1050_with_the_classroom_and_comparison_has_big_cars(
    main_window, qtbot, projector
):
    """A teacher at 1920x1050 (a 1920x1080 screen less a panel) opens the Classroom (F6)
    and the Comparison (F7), pins two builds (Ctrl+D) and runs the race (Ctrl+R). The race
    opened at its least height and a quarter: lanes 38 px and cars 42x21 px (56 px and
    60x30 in projector mode), some 400 px to spare above it. Now it takes its track's
    tallest lanes, the cars three lines of text high, the dashboard's must-haves whole."""
    w = main_window
    _run_the_race(qtbot, w, projector)
    _assert_big_cars(w)  # before: 1.5 lines
    assert_readable(w, (1920, 1050))  # the verdict, rules, key figures and speed plot


def _run_the_race(qtbot, w, projector: bool = False) -> None:
    """At 1920x1050, projector mode on (F5) if asked, the Classroom (F6) and the Comparison
    (F7) open, two builds pinned (Ctrl+D twice), the race run (Ctrl+R), from the keys."""
    skip_if_larger_than_the_screen(w, 1920, 1050)
    w.resize(1920, 1050)
    settle(qtbot, w)
    first = [Qt.Key.Key_F5] * projector + [Qt.Key.Key_F6, Qt.Key.Key_F7]
    racing.race(qtbot, w, first=first)


def _assert_big_cars(w) -> None:
    tools = w.compare_tools
    assert w.dockWidgetArea(tools.race_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    racing.assert_big_cars(w)


@pytest.mark.desktop
@pytest.mark.usefixtures("projector_off")
def test_projector_mode_turned_on_during_the_race_makes_its_cars_big_again(main_window, qtbot):
    """The teacher runs the race (Ctrl+R), then turns projector mode on (F5) for the class.
    The race kept the height it had opened at in the normal size of text: the cars
    41x21 px with lines of 21 px (one line high; offscreen and on Xvfb alike), where run
    in projector mode they are three lines high. Now the race takes the height its track
    reads at as the text grows; and when projector mode goes off again it gives the
    dashboard back what it took, as often as it is turned on and off."""
    w = main_window
    _run_the_race(qtbot, w)
    _assert_big_cars(w)
    dock = w.compare_tools.race_dock
    normal = dock.height()
    focus(qtbot, w.controls_scroll)
    press(Qt.Key.Key_F5)
    settle(qtbot, w)
    _assert_big_cars(w)
    assert_readable(w, (1920, 1050))  # the verdict, rules, key figures and speed plot
    assert dock.height() > normal
    projector = dock.height()
    for on in (False, True, False):  # off: the dashboard has its room back; and again
        focus(qtbot, w.controls_scroll)
        press(Qt.Key.Key_F5)
        settle(qtbot, w)
        _assert_big_cars(w)
        assert abs(dock.height() - (projector if on else normal)) <= 2, (on, dock.height())
        assert_readable(w, (1920, 1050))
