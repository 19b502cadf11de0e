"""The Pareto plot cuts no dot in half at its edges.

Its frame ends at nine in ten of the dots (a few very slow cars would otherwise squeeze
the rest into a corner), with room kept at the edges; the dots just beyond that frame, in
that room, were drawn half under the top and right axes (the heaviest and slowest builds'
crosses, seen on Xvfb at 1280x720 and 1920x1080, in projector mode too). Now each dot is
either whole in the view or out of it.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF

from keiconfig.core.explore_problem import FIGURES, Outcome
from keiconfig.ui.explore_plots import DOT_PX, ParetoPlot


def _outcome(seconds: float, kg: float, legal: bool) -> Outcome:
    figures = tuple(
        seconds if n == "zero_to_100kmh_s" else kg if n == "kerb_weight_kg" else None
        for n in FIGURES
    )
    return Outcome((), figures, legal, () if legal else ("length",), seconds, seconds)


def _cut_dots(plot: ParetoPlot) -> list[tuple[float, float]]:
    """The dots whose marker the view's edge crosses: partly shown, partly not."""
    view = plot.plot.getViewBox()
    box = view.sceneBoundingRect()
    cut = []
    for item in (plot.legal, plot.illegal):
        xs, ys = item.getData()
        for x, y in zip(xs, ys, strict=True):
            at = view.mapViewToScene(QPointF(float(x), float(y)))
            left, right = at.x() - DOT_PX, at.x() + DOT_PX
            top, bottom = at.y() - DOT_PX, at.y() + DOT_PX
            seen = right > box.left() and left < box.right()
            seen = seen and bottom > box.top() and top < box.bottom()
            whole = left >= box.left() and right <= box.right()
            whole = whole and top >= box.top() and bottom <= box.bottom()
            if seen and not whole:
                cut.append((float(x), float(y)))
    return cut


@pytest.mark.parametrize("size", [(500, 160), (800, 220), (1400, 300)])
def test_no_dot_is_cut_by_the_pareto_plots_edges(qtbot, size):
    rng = random.Random(7)
    outcomes = [
        _outcome(rng.uniform(7.0, 26.0), rng.uniform(600.0, 820.0), rng.random() < 0.5)
        for _ in range(300)
    ]
    # a tail of slow, heavy builds beyond the frame's nine in ten, a few pixels apart
    outcomes += [_outcome(26.0 + 0.1 * i, 820.0 + 2.0 * i, False) for i in range(12)]
    outcomes += [_outcome(45.0, 950.0, False)]  # and one far out
    plot = ParetoPlot()
    qtbot.addWidget(plot)
    plot.resize(*size)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_data(outcomes, "zero_to_100kmh_s", "kerb_weight_kg")
    qtbot.wait(20)
    assert _cut_dots(plot) == []
    # Still framed on most of the dots, not all: the one far out stays out (pan for it).
    (_, x1), (_, y1) = plot.plot.getViewBox().viewRange()
    assert x1 < 40.0 and y1 < 900.0
