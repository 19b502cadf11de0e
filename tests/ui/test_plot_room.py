"""The speed plot stays readable when the window is full (issue: at 1280×720 with the race,
the comparison and the classroom open, it sat at its least height, a drawing area of
~60 px between its axes: four speed ticks could not be told apart). Its least height keeps
a drawing area of about 100 px (plots_panel.SPEED_PLOT_MIN_PX); the docks beside the
dashboard give way for it, and the verdict, rules and key figures stay whole. Marked
``desktop``: ``.ci/run`` runs these on a real X server too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QRegion

from keiconfig.core import presets
from tests.ui.test_layout import assert_readable, must_haves, open_docks, settle

pytestmark = pytest.mark.desktop

# The plot's drawing area (between its axes), in pixels: four speed ticks 25 px apart.
READABLE_PX = 95


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_speed_plot_stays_readable_with_every_dock_open(
    language, projector, size, main_window_factory, qtbot
):
    window = main_window_factory()
    try:
        window.resize(*size)
        window.open_preset(presets.load_preset("honda-beat-1991").build)
        if projector:
            window.classroom.projector_action.setChecked(True)
        open_docks(window, ("comparison", "classroom", "race"))
        window.resize(*size)
        settle(qtbot, window)
        if window.height() < size[1]:  # the offscreen screen is 800 px tall (see test_layout)
            window.resize(*size)
            settle(qtbot, window)
        plots = window.plots_panel
        view = plots.speed_plot.getViewBox().sceneBoundingRect()
        assert view.height() >= READABLE_PX, (language, projector, size, view.height())
        assert view.width() >= 2 * READABLE_PX
        if window.height() == size[1] and language == "en":
            assert_readable(window, size)
        # (Japanese: its margins' CJK lines are taller than the font's line spacing that
        # assert_readable's two-line check counts by) every must-have shown whole
        whole = {
            n: w.isVisible() and w.visibleRegion() == QRegion(w.rect())
            for n, w in must_haves(window).items()
        }
        assert all(whole.values()), [n for n, ok in whole.items() if not ok]
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
