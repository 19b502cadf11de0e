"""The Pareto plot is framed at the size it is shown at, after a search run behind
another tab.

The Explorer shows Best builds after Search, so a search frames the Pareto plot while its
tab is hidden, at the size that tab last had (about 585x433 however wide the window): read
then, the view range was the same at 1280x720 and 1920x1080. Once the tab is shown the
frame must be worked out again at the plot's real size (ParetoPlot._view_resized does it
when the view is laid out), also after the window was resized while the tab was hidden.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.ui.test_explore_dock import _show_chart, _wait

pytestmark = [pytest.mark.desktop, pytest.mark.usefixtures("close_top_level_dialogs")]


@pytest.mark.parametrize(
    ("size", "then"),
    [
        ((1280, 720), None),
        ((1920, 1000), None),
        ((1280, 720), (1920, 1000)),
        ((1920, 1000), (1280, 720)),
    ],
)
def test_a_search_run_behind_another_tab_frames_the_pareto_plot_at_its_shown_size(
    qtbot, main_window, size, then
):
    from tests.ui.test_layout import resize_on_screen, settle

    window = main_window
    resize_on_screen(qtbot, window, *size)
    panel = window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(2)
    try:
        settle(qtbot, window)
        panel.tabs.setCurrentIndex(0)  # Best builds: the Pareto plot's tab hidden
        plot = panel.pareto
        panel.budget_box.setValue(200)
        panel.start_search()
        _wait(qtbot, panel)
        settle(qtbot, window)
        assert not plot.isVisible()
        if then is not None:  # the window resized while the tab is hidden
            resize_on_screen(qtbot, window, *then)
            settle(qtbot, window)
        framed_hidden = plot._framed_px
        _show_chart(qtbot, panel, plot)
        settle(qtbot, window)
        view = plot.plot.getViewBox()
        real = (round(view.width()), round(view.height()))
        assert framed_hidden != real  # (the case: framed hidden, at another size)
        assert plot._framed_px == real
        shown = [list(r) for r in view.viewRange()]
        plot._frame(*plot._framed)  # framed again, at the size it has now: the same frame
        for a, b in zip(shown, view.viewRange(), strict=True):
            assert a == pytest.approx(b)
        assert not plot.zoom.button.isVisibleTo(plot)  # (and no "Reset zoom" for it)
    finally:
        panel.shutdown()
