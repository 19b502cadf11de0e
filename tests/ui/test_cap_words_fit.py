"""The torque plot's cap words ("capped at 64 PS (47 kW); the engine could make 80 PS")
are whole in the window: the whole sentence where the engine plot is wide, the short form
("capped at 64 PS (47 kW)") where the sentence is wider than the plot's drawing area, the
sentence then in their tooltip. (The narrow plot itself, about 336x98 px as at 1280x720
with the comparison open: test_plots_panel.test_the_cap_words_are_whole_in_a_narrow_plot;
the window at 1280x720 now leaves the engine plot out.) Marked ``desktop``: ``.ci/run``
runs these on a real X server too."""

from __future__ import annotations

import pytest

from tests.ui.test_layout import open_preset_at, settle

pytestmark = pytest.mark.desktop


def _open(window, size, qtbot, docks: tuple[str, ...]) -> None:
    open_preset_at(window, qtbot, size, "suzuki-cappuccino-1991", docks)
    # the engine plot into view, where the dashboard scrolls (a plot out of sight is
    # brought up to date when it comes into sight)
    window.dashboard_area.ensureWidgetVisible(window.plots_panel.engine_widget)
    settle(qtbot, window)
    qtbot.waitUntil(window.plots_panel.cap_label.isVisible)
    settle(qtbot, window)


def _words_and_view(plots):
    label = plots.cap_label
    widget = plots.engine_widget
    box = widget.mapFromScene(label.textItem.sceneBoundingRect()).boundingRect()
    view = widget.mapFromScene(plots.torque_plot.vb.sceneBoundingRect()).boundingRect()
    return label.textItem.toPlainText(), box, view


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("docks", [(), ("comparison",)], ids=["alone", "comparison"])
def test_the_cap_words_are_whole_at_1920x1080(language, docks, main_window_factory, qtbot):
    """The whole sentence where the engine plot is wide (1920x1080, no dock open); with
    two builds in the comparison the plot is about 270 px wide and the words are the short
    form, whole."""
    window = main_window_factory()
    _open(window, (1920, 1080), qtbot, docks)
    plots = window.plots_panel
    text, box, view = _words_and_view(plots)
    assert view.contains(box), (text, box, view)
    if not docks:
        assert text == plots.cap_words[0], (text, view)
    else:
        assert text in plots.cap_words
        assert plots.cap_label.toolTip() == plots.cap_words[0]
