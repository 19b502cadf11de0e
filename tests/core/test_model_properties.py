"""Property tests of the model over many random valid builds (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from keiconfig.core.build import (
    ASPIRATIONS,
    BODY_STYLES,
    DRIVEN,
    ENGINE_POSITIONS,
    ROOFS,
    TRANSMISSIONS,
    Body,
    Build,
    Drivetrain,
    Engine,
    Overrides,
    changed,
)
from keiconfig.core.performance import evaluate
from keiconfig.core.results import LIMITS, Performance

# Integration tolerance: the run is integrated in speed steps; two runs that should
# tie may differ by this much relative.
REL_TOL = 1e-3


@st.composite
def builds(draw: st.DrawFn, pins: bool = True, min_cc: int = 50) -> Build:
    length = draw(st.integers(2500, 4500))
    cyl = draw(st.integers(1, 8))
    return Build(
        name="random",
        year=draw(st.none() | st.integers(1950, 2030)),
        body=Body(
            style=draw(st.sampled_from(BODY_STYLES)),
            length_mm=length,
            width_mm=draw(st.integers(1100, 1900)),
            height_mm=draw(st.integers(1000, 2000)),
            wheelbase_mm=draw(st.none() | st.integers(1600, length - 400)),
            seats=draw(st.none() | st.integers(1, 8)),
            roof=draw(st.sampled_from(ROOFS)),
        ),
        engine=Engine(
            cylinders=cyl,
            displacement_cc=draw(st.integers(max(min_cc, 60 * cyl), 3000)),
            aspiration=draw(st.sampled_from(ASPIRATIONS)),
            intercooler=draw(st.none() | st.booleans()),
            valves_per_cylinder=draw(st.none() | st.integers(2, 5)),
            cycle=draw(st.sampled_from([2, 4])),
            position=draw(st.sampled_from(ENGINE_POSITIONS)),
            redline_rpm=draw(st.none() | st.integers(4000, 12000)),
            power_cap_ps=draw(st.none() | st.just(64.0) | st.floats(20.0, 400.0)),
        ),
        drivetrain=Drivetrain(
            driven=draw(st.sampled_from(DRIVEN)),
            transmission=draw(st.sampled_from(TRANSMISSIONS)),
            gears=draw(st.none() | st.integers(1, 10)),
        ),
        overrides=Overrides(
            kerb_weight_kg=draw(st.none() | st.floats(300.0, 2500.0)) if pins else None,
            power_ps=draw(st.none() | st.floats(10.0, 600.0)) if pins else None,
            torque_nm=draw(st.none() | st.floats(20.0, 800.0)) if pins else None,
        ),
    )


# The monotonicity properties pin figures within a plausible range of what the
# configured engine and body would give (0.75-2 x the estimate): the gearing is
# designed for the configured car, and a pin far outside that (20 N·m on a
# 1.8-litre turbo, 1 PS on a 3-litre) leaves a car crawling in a gear meant for
# another engine, where tiny integration effects could order two runs either way.
# Engines are at least 250 cc (the smallest kei engines were 360 cc): a 60 cc
# engine in a full-size car crawls at its top speed in whichever gear it can
# hold, and which gear it settles in can then flip with a 1 % change.
# Those builds are still covered by the finite-figures property above.


def _finite_positive(x: float | None) -> bool:
    return x is not None and math.isfinite(x) and x > 0


@given(builds())
def test_every_figure_is_finite_and_positive_or_documented_none(build: Build) -> None:
    p = evaluate(build)
    for name in (
        "kerb_weight_kg",
        "power_ps",
        "power_kw",
        "torque_nm",
        "quarter_mile_s",
        "standing_400m_s",
        "top_speed_kmh",
        "power_to_weight_ps_per_tonne",
    ):
        assert _finite_positive(getattr(p, name)), name
    # A speed time is None exactly when the top speed is below that speed.
    for name, kmh in (("zero_to_60mph_s", 96.56064), ("zero_to_100kmh_s", 100.0)):
        value = getattr(p, name)
        if value is None:
            assert p.top_speed_kmh <= kmh * 1.001, name
        else:
            assert _finite_positive(value), name
            assert p.top_speed_kmh > kmh * 0.999
    assert (
        p.zero_to_60mph_s is None
        or p.zero_to_100kmh_s is None
        or (p.zero_to_60mph_s <= p.zero_to_100kmh_s)
    )
    assert p.standing_400m_s <= p.quarter_mile_s
    tr = p.trace
    n = len(tr.t_s)
    assert n >= 2
    assert all(len(a) == n for a in (tr.speed_ms, tr.distance_m, tr.gear, tr.rpm, tr.limit))
    assert (tr.t_s[1:] >= tr.t_s[:-1]).all()
    assert (tr.distance_m[1:] >= tr.distance_m[:-1]).all()
    assert ((tr.limit >= 0) & (tr.limit < len(LIMITS))).all()


def _times(p: Performance, vmax_kmh: float) -> list[float | None]:
    """The four times; a speed time only if that speed is well below ``vmax_kmh``.

    Near top speed the approach is asymptotic and the time to a speed there is
    ill-conditioned (a 0.1 % change in top speed moves it by tens of percent), so
    speed times within 10 % of the lower top speed of two runs are not compared.
    """
    out: list[float | None] = []
    for name, kmh in (("zero_to_60mph_s", 96.56064), ("zero_to_100kmh_s", 100.0)):
        out.append(getattr(p, name) if kmh <= 0.9 * vmax_kmh else 0.0)
    out += [p.quarter_mile_s, p.standing_400m_s]
    return out


def _pair(slow: Performance, fast: Performance) -> tuple[list[float | None], list[float | None]]:
    vmax = min(slow.top_speed_kmh, fast.top_speed_kmh)
    return _times(slow, vmax), _times(fast, vmax)


def _not_quicker(slow: list[float | None], fast: list[float | None]) -> bool:
    """Every time in ``slow`` is no quicker than in ``fast`` (None = never)."""
    for s, f in zip(slow, fast, strict=True):
        if f is None:
            if s is not None:
                return False
        elif s is not None and s < f * (1 - REL_TOL):
            return False
    return True


@given(builds(pins=False, min_cc=250), st.floats(0.75, 2.0), st.floats(1.01, 2.0))
def test_more_pinned_power_is_never_slower(build: Build, share: float, factor: float) -> None:
    est = evaluate(build)
    ps = min(max(1.0, est.curve.uncapped_power_ps * share), 700.0)
    low = evaluate(changed(build, {"overrides.power_ps": ps}))
    high = evaluate(changed(build, {"overrides.power_ps": ps * factor}))
    assert _not_quicker(*_pair(low, high))
    assert high.top_speed_kmh >= low.top_speed_kmh * (1 - REL_TOL)


@given(builds(pins=False, min_cc=250), st.floats(0.6, 1.6), st.floats(1.01, 2.0))
def test_more_pinned_weight_is_never_quicker(build: Build, share: float, factor: float) -> None:
    kg = evaluate(build).kerb_weight_kg * share
    light = evaluate(changed(build, {"overrides.kerb_weight_kg": kg}))
    heavy = evaluate(changed(build, {"overrides.kerb_weight_kg": min(kg * factor, 5000.0)}))
    assert _not_quicker(*_pair(heavy, light))


@given(builds(pins=False, min_cc=250), st.integers(1, 400))
def test_larger_frontal_area_never_raises_top_speed(build: Build, extra_mm: int) -> None:
    assume(build.body.height_mm + extra_mm <= 3000)
    base = changed(build, {"overrides.kerb_weight_kg": evaluate(build).kerb_weight_kg})
    taller = changed(base, {"body.height_mm": build.body.height_mm + extra_mm})
    assert evaluate(taller).top_speed_kmh <= evaluate(base).top_speed_kmh * (1 + REL_TOL)


@given(builds(pins=False, min_cc=250), st.floats(0.6, 1.6))
def test_awd_is_never_slower_off_the_line_than_fwd(build: Build, share: float) -> None:
    kg = evaluate(build).kerb_weight_kg * share
    fwd = evaluate(changed(build, {"drivetrain.driven": "fwd", "overrides.kerb_weight_kg": kg}))
    awd = evaluate(changed(build, {"drivetrain.driven": "awd", "overrides.kerb_weight_kg": kg}))
    if fwd.zero_to_100kmh_s is None or 0.9 * fwd.top_speed_kmh < 100.0:
        return  # unreachable, or ill-conditioned near top speed (see _times)
    assert awd.zero_to_100kmh_s is not None
    assert awd.zero_to_100kmh_s <= fwd.zero_to_100kmh_s * (1 + REL_TOL)
