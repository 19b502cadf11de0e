"""The race run as a person runs it, for the tests of the race dock: keys pressed in the
controls (or, where they have stepped aside for the docks, in the Comparison's table), the
window settled after each step (tests/ui/test_race.py,
test_race_readable.py, test_explore_and_race_below.py). Import the fixture into the test
module (``from tests.ui.racing import race_stopped  # noqa: F401 - a fixture``).

- :func:`pin`: the keys of ``first`` (F5 projector mode, F6 the Classroom, F7 the
  Comparison), then Ctrl+D ``times`` (the open build pinned; a first pin opens the
  Comparison).
- :func:`run_the_race`: Ctrl+R; the race shown and the window settled.
- :func:`race`: both.
- :func:`assert_big_cars`: the race's two cars three lines of text high, in view.
- ``race_stopped``: after the test, the race paused, projector mode off (it sets the
  application's font and palette) and the build marked saved (no question at the close).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from tests.ui.keys import focus, press
from tests.ui.test_layout import settle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from keiconfig.ui.main_window import MainWindow
    from keiconfig.ui.race_view import RacePanel

CTRL = Qt.KeyboardModifier.ControlModifier


def _keys_go_to(window: MainWindow, start: QWidget | None) -> QWidget:
    """``start``, else the controls, else (stepped aside for the docks: projector mode
    beside the Comparison) the Comparison's table, else the race's Play button."""
    if start is not None:
        return start
    tools = window.compare_tools
    for widget in (window.controls_scroll, tools.compare_panel.table, tools.race_panel.play_button):
        if widget.isVisible():
            return widget
    raise AssertionError("no control of the window on screen to press the keys in")


def pin(
    qtbot,
    window: MainWindow,
    *,
    first: Sequence[Qt.Key] = (),
    times: int = 2,
    start: QWidget | None = None,
) -> None:
    """In ``start`` (by default the controls): the keys of ``first``, then Ctrl+D
    ``times``; the window settled after each."""
    if first:
        focus(qtbot, _keys_go_to(window, start))
        for key in first:
            press(key)
        settle(qtbot, window)
    if times:
        focus(qtbot, _keys_go_to(window, start))
        for _ in range(times):
            press(Qt.Key.Key_D, CTRL)
        qtbot.waitUntil(window.compare_tools.compare_dock.isVisible)
        settle(qtbot, window)


def run_the_race(qtbot, window: MainWindow, *, start: QWidget | None = None) -> RacePanel:
    """Ctrl+R in ``start`` (the controls by default): the race shown, the window settled."""
    tools = window.compare_tools
    focus(qtbot, _keys_go_to(window, start))
    press(Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(tools.race_dock.isVisible)
    settle(qtbot, window)
    return tools.race_panel


def race(
    qtbot,
    window: MainWindow,
    *,
    first: Sequence[Qt.Key] = (),
    times: int = 2,
    start: QWidget | None = None,
) -> RacePanel:
    """:func:`pin`, then :func:`run_the_race`."""
    pin(qtbot, window, first=first, times=times, start=start)
    return run_the_race(qtbot, window, start=start)


@pytest.fixture
def race_stopped(main_window: MainWindow) -> Iterator[None]:
    """After the test: the race paused, projector mode off, the build marked saved."""
    yield
    main_window.compare_tools.race_panel.pause()
    main_window.classroom.projector_action.setChecked(False)
    main_window.document.undo_stack.setClean()


def assert_big_cars(window: MainWindow) -> None:
    """The race's two cars each three lines of text high, whole in view (as a class reads
    them on a projector)."""
    track = window.compare_tools.race_panel.track
    track.grab()  # a frame painted: where it put the cars
    line = track.fontMetrics().height()
    assert len(track.car_boxes) == 2
    for car in track.car_boxes:
        assert car.height() >= 2.9 * line, (car, line)
        assert track.visibleRegion().contains(car.toAlignedRect())
