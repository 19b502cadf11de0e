"""Helpers on result data that the plots and the build sheet rely on."""

from __future__ import annotations

import math

from keiconfig.core import performance, presets
from keiconfig.core.results import finite_or_none, run_span_s


def test_finite_or_none_keeps_only_finite_numbers() -> None:
    assert finite_or_none(3) == 3.0
    assert finite_or_none("2.5") == 2.5
    for bad in (None, True, math.nan, math.inf, "x", object()):
        assert finite_or_none(bad) is None


def test_plot_span_shows_the_quarter_mile_not_the_crawl_to_top_speed() -> None:
    perf = performance.evaluate(presets.load_preset("honda-s660-2015").build)
    span = run_span_s(perf)
    assert perf.quarter_mile_s < span < perf.trace.t_s[-1]
    assert perf.zero_to_100kmh_s is not None and span >= 1.5 * perf.zero_to_100kmh_s


def test_plot_span_of_a_car_that_never_reaches_100_kmh_ends_when_speed_settles() -> None:
    perf = performance.evaluate(presets.load_preset("mazda-r360-coupe-1960").build)
    assert perf.zero_to_100kmh_s is None
    span = run_span_s(perf)
    assert 0 < span <= perf.trace.t_s[-1]
    i = int((perf.trace.t_s <= span).sum()) - 1
    assert perf.trace.speed_ms[i] >= 0.9 * perf.trace.speed_ms.max()
