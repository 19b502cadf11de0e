"""The speed and torque plots never zoom or pan to negative time, speed, rpm or torque.

A wheel turned over the speed plot (scrolling the window, as over the controls column)
zoomed it out to -20,000 to 35,000 s and -200 to 400 km/h, the run a dot in the middle
(seen on Xvfb + openbox at 1280x720). The plots still zoom, but never below zero.
"""

from __future__ import annotations

import pytest

from tests.ui.mouse import wheel

pytestmark = pytest.mark.desktop


def test_a_wheel_over_the_plots_never_shows_negative_axes(main_window, qtbot) -> None:
    plots = main_window.plots_panel
    for widget, view in (
        (plots.speed_widget, plots.speed_plot.vb),
        (plots.engine_widget, plots.torque_plot.vb),
    ):
        qtbot.waitExposed(widget)
        wheel(widget.viewport(), 15)
        qtbot.wait(10)
        (x0, _x1), (y0, _y1) = view.viewRange()
        assert x0 >= 0.0 and y0 >= 0.0, (widget.accessibleName(), view.viewRange())
