"""Physical consistency of ``evaluate`` over the whole space of valid builds.

The model is judged on cars it has never seen, from their configuration alone, so it
must behave like physics everywhere a valid build can go, not only near the reference
cars: every era (and no year), every body style, roof and construction, every engine
kind (NA, turbo, supercharger, two-stroke, electric), every gearbox with designed or
given ratios, final drive and speed limiter, every driven axle, pinned figures or not,
and dimensions from the smallest to the largest the format allows.

Hypothesis draws the builds with a fixed seed (``derandomize``) and a bounded number of
examples, so the file runs the same every time, in some 10-15 s. ``KEICONFIG_FUZZ=1`` (the
"fuzz" profile of ``conftest.py``) draws as many as that profile says.

Where a property does not hold for a reason of physics (a grip-limited car goes faster
when heavier: its tyres carry more load), or the model gives figures for a substitute
(a first gear too tall to move the car off is lowered, by an amount that depends on the
mass, and the window says so), the exception is spelled out at the test.
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from keiconfig.core import electric
from keiconfig.core.build import (
    ASPIRATIONS,
    BODY_STYLES,
    CONSTRUCTIONS,
    DEFAULT_GEARS,
    DRIVEN,
    ENGINE_POSITIONS,
    KERB_WEIGHT_KG,
    ROOFS,
    TRANSMISSIONS,
    Battery,
    Body,
    Build,
    Drivetrain,
    Engine,
    Motor,
    Overrides,
    changed,
    get_field,
)
from keiconfig.core.chassis import MU_MAX, TEST_LOAD_KG, Chassis, G, tyre_radius_m
from keiconfig.core.dynamics import WheelDrive
from keiconfig.core.engine import PS_TO_KW, TWO_PI_OVER_60, engine_curve
from keiconfig.core.gearbox import EngineDrive
from keiconfig.core.golden import GOLDEN_FIELDS
from keiconfig.core.performance import evaluate, load_constants
from keiconfig.core.presets import list_presets
from keiconfig.core.results import LIMITS, Performance
from keiconfig.core.units import KMH_PER_MS

# Integration tolerance: the run is integrated in speed steps, so two runs that should
# tie (or order by a hair) may differ by this much, relative.
REL_TOL = 1e-3
# Exact comparisons that only rounding may disturb.
EPS = 1e-9
MPH60_KMH = 96.56064
EXAMPLES_DIR = Path(__file__).parent / "golden" / "builds"  # the spec's examples


def _examples(n: int) -> settings:
    """``n`` examples from a fixed seed; the fuzz profile's count when it is loaded."""
    loaded = settings().max_examples  # the profile conftest.py loaded
    return settings(
        max_examples=loaded if loaded > 200 else n,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


# -- the builds --------------------------------------------------------------------------------


@st.composite
def _ratios(draw: st.DrawFn, transmission: str, n: int) -> tuple[float, ...] | None:
    """Gearbox ratios a build may give: a CVT's lowest and highest, else ``n`` falling."""
    if transmission == "cvt":
        high = draw(st.floats(0.3, 1.5))
        return (round(draw(st.floats(high * 1.5, 8.0)), 3), round(high, 3))
    out = [draw(st.floats(2.0, 6.0))]
    for _ in range(n - 1):
        out.append(out[-1] / draw(st.floats(1.1, 1.8)))
    ratios = tuple(round(max(x, 0.3), 3) for x in out)
    if any(b >= a for a, b in itertools.pairwise(ratios)):
        return None  # rounded into a tie at the 0.3 floor: let the model design them
    return ratios


@st.composite
def builds(
    draw: st.DrawFn, electric: bool | None = None, pins: bool = True, kei: bool = False
) -> Build:
    """Any valid build (``kei``: a kei car's size and engine, anything else free)."""
    if kei:
        length, width = draw(st.integers(2800, 3400)), draw(st.integers(1290, 1480))
        height, cc = draw(st.integers(1100, 2000)), draw(st.integers(250, 1000))
    else:
        length, width = draw(st.integers(1500, 6000)), draw(st.integers(800, 2500))
        height, cc = draw(st.integers(800, 3000)), draw(st.integers(50, 8000))
    wheelbase_max = min(4500, length - 1)
    transmission: Any = draw(st.sampled_from(TRANSMISSIONS))
    gears = draw(st.none() | st.integers(1, 10))
    is_electric = draw(st.booleans()) if electric is None else electric
    ratios = None
    if not is_electric and draw(st.booleans()):
        n = gears if gears is not None else DEFAULT_GEARS[transmission]
        ratios = draw(_ratios(transmission, n))
    motor = battery = None
    if is_electric:
        motor = Motor(
            max_power_kw=draw(st.floats(1.0, 1000.0)),
            max_torque_nm=draw(st.floats(1.0, 2000.0)),
            max_rpm=draw(st.none() | st.integers(2000, 30000)),
            speed_limit_kmh=draw(st.none() | st.floats(20.0, 400.0)),
        )
        battery = Battery(capacity_kwh=draw(st.floats(1.0, 200.0)))
    return Build(
        name="random",
        year=draw(st.none() | st.integers(1945, 2100)),
        body=Body(
            style=draw(st.sampled_from(BODY_STYLES)),
            length_mm=length,
            width_mm=width,
            height_mm=height,
            wheelbase_mm=draw(st.none() | st.integers(1000, wheelbase_max)),
            seats=draw(st.none() | st.integers(1, 8)),
            roof=draw(st.sampled_from(ROOFS)),
            construction=draw(st.none() | st.sampled_from(CONSTRUCTIONS)),
            sliding_doors=draw(st.none() | st.booleans()),
        ),
        engine=Engine(
            cylinders=draw(st.integers(1, 8)),
            displacement_cc=cc,
            aspiration=draw(st.sampled_from(ASPIRATIONS)),
            intercooler=draw(st.none() | st.booleans()),
            valves_per_cylinder=draw(st.none() | st.integers(2, 5)),
            cycle=draw(st.sampled_from([2, 4])),
            position=draw(st.sampled_from(ENGINE_POSITIONS)),
            redline_rpm=draw(st.none() | st.integers(2000, 15000)),
            power_cap_ps=draw(st.none() | st.just(64.0) | st.floats(1.0, 1500.0)),
            individual_throttles=draw(st.none() | st.booleans()),
            cooling=draw(st.none() | st.sampled_from(["water", "air"])),
        ),
        drivetrain=Drivetrain(
            driven=draw(st.sampled_from(DRIVEN)),
            transmission=transmission,
            gears=gears if ratios is None or transmission == "cvt" else len(ratios),
            ratios=ratios,
            final_drive=draw(st.none() | st.floats(1.0, 20.0)),
            speed_limit_kmh=draw(st.none() | st.just(140.0) | st.floats(20.0, 400.0)),
        ),
        overrides=Overrides(
            kerb_weight_kg=draw(st.none() | st.floats(150.0, 5000.0)) if pins else None,
            power_ps=draw(st.none() | st.floats(1.0, 1500.0)) if pins else None,
            torque_nm=draw(st.none() | st.floats(1.0, 2000.0)) if pins else None,
        ),
        powertrain="electric" if is_electric else "petrol",
        motor=motor,
        battery=battery,
    )


def _files() -> list[tuple[str, Build]]:
    """The spec's example builds (kept in tests/core/golden/builds) and every preset."""
    out = [
        (p.name, Build.model_validate(json.loads(p.read_text(encoding="utf-8"))))
        for p in sorted(EXAMPLES_DIR.glob("*.kei.json"))
    ]
    return out + [(p.id, p.build) for p in list_presets()]


FILES = _files()


# -- group 1: evaluate is total, deterministic, finite, and its times are in order -----------


def _figures(p: Performance) -> dict[str, Any]:
    names = (*GOLDEN_FIELDS, "gear_ratios", "final_drive")
    out: dict[str, Any] = {n: getattr(p, n) for n in names}
    for n in ("t_s", "speed_ms", "distance_m", "gear", "rpm", "limit"):
        out[n] = getattr(p.trace, n).tolist()
    return out


def _check_figures_and_order(p: Performance) -> None:
    """Finite, positive figures, and the times in the order the distances and speeds
    come: 0-60 mph before 0-100 km/h, 400 m before the quarter mile, and 0-100 km/h
    before 400 m exactly when the car reaches 100 km/h within 400 m."""
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
        x = getattr(p, name)
        assert math.isfinite(x) and x > 0, (name, x)
    for name, kmh in (("zero_to_60mph_s", MPH60_KMH), ("zero_to_100kmh_s", 100.0)):
        x = getattr(p, name)
        # None exactly when the car never reaches that speed.
        if x is None:
            assert p.top_speed_kmh < kmh * (1 + EPS), (name, p.top_speed_kmh)
        else:
            assert math.isfinite(x) and x > 0, (name, x)
            assert p.top_speed_kmh >= kmh * (1 - EPS), (name, p.top_speed_kmh)
    if p.zero_to_100kmh_s is not None:
        assert p.zero_to_60mph_s is not None
        assert p.zero_to_60mph_s < p.zero_to_100kmh_s
    assert p.standing_400m_s < p.quarter_mile_s
    tr = p.trace
    if p.zero_to_100kmh_s is not None:
        # Where the car is when it reaches 100 km/h (the trace is linear between samples).
        x100 = float(np.interp(p.zero_to_100kmh_s, tr.t_s, tr.distance_m))
        if x100 < 400.0 * (1 - REL_TOL):
            assert p.zero_to_100kmh_s < p.standing_400m_s
        elif x100 > 400.0 * (1 + REL_TOL):
            assert p.zero_to_100kmh_s > p.standing_400m_s
    if p.electric is not None:
        assert math.isfinite(p.electric.wltc_range_km) and p.electric.wltc_range_km > 0


@_examples(80)
@given(builds())
def test_evaluate_never_raises_is_deterministic_and_its_times_are_in_order(build: Build) -> None:
    p = evaluate(build)
    assert _figures(evaluate(build)) == _figures(p)
    _check_figures_and_order(p)


@_examples(40)
@given(builds(), builds())
def test_evaluating_another_build_in_between_changes_nothing(first: Build, other: Build) -> None:
    """No state carries from one evaluation to the next (caches, bound functions): a
    build's figures and trace are the same before and after another build's."""
    before = _figures(evaluate(first))
    evaluate(other)
    assert _figures(evaluate(first)) == before


@pytest.mark.parametrize(("name", "build"), FILES, ids=[n for n, _ in FILES])
def test_every_example_and_preset_is_deterministic_and_in_order(name: str, build: Build) -> None:
    p = evaluate(build)
    assert _figures(evaluate(build)) == _figures(p)
    _check_figures_and_order(p)
    # The same build read back from its own file gives the same figures.
    again = Build.model_validate(json.loads(json.dumps(build.to_json_dict())))
    assert _figures(evaluate(again)) == _figures(p)


# -- group 2: the engine (motor) curve, the power cap and the kerb weight ----------------------


@_examples(80)
@given(builds())
def test_the_curve_peaks_are_the_curve_and_power_is_torque_times_speed(build: Build) -> None:
    """The figures are the curve's: peak power is torque × ω at its rpm, peak torque the
    curve's highest, both peaks within the rev range (an engine's torque peak below its
    redline), and no point of the curve above either peak."""
    p = evaluate(build)
    c = p.curve
    top_rpm = p.electric.max_rpm if p.electric is not None else float(c.rpm[-1])
    assert p.power_kw == pytest.approx(p.power_ps * PS_TO_KW, rel=EPS)
    assert p.power_to_weight_ps_per_tonne == pytest.approx(
        p.power_ps / p.kerb_weight_kg * 1000.0, rel=EPS
    )
    assert 0.0 <= c.peak_power_rpm <= top_rpm * (1 + EPS)
    assert 0.0 <= c.peak_torque_rpm <= c.peak_power_rpm * (1 + EPS)
    if p.electric is None:
        assert c.peak_torque_rpm < top_rpm
    # Peak power = peak-power rpm × the torque there.
    torque_there = float(np.interp(c.peak_power_rpm, c.rpm, c.torque_nm))
    if p.electric is not None:
        torque_there = p.torque_nm  # the motor's full torque holds to its base speed
    assert p.power_kw == pytest.approx(torque_there * c.peak_power_rpm * TWO_PI_OVER_60 / 1e3)
    assert float(np.max(c.power_kw)) <= p.power_kw * (1 + EPS)
    assert float(np.max(c.torque_nm)) == pytest.approx(p.torque_nm, rel=EPS)
    assert np.allclose(c.power_kw, c.torque_nm * c.rpm * TWO_PI_OVER_60 / 1e3, rtol=EPS)


@_examples(70)
@given(builds(electric=False, pins=False))
def test_the_power_cap_never_raises_power_torque_or_top_speed(build: Build) -> None:
    """A cap is the uncapped engine with less boost (or a milder cam): never more power,
    nowhere more torque, never a higher top speed. (The times are not compared: the
    capped car is its own design, geared for its power and with lighter brakes and
    tyres, and in a grip-limited launch it may be a hair quicker.)"""
    capped = evaluate(build)
    free = evaluate(changed(build, {"engine.power_cap_ps": None}))
    assert capped.power_ps <= free.power_ps * (1 + EPS)
    if build.engine.power_cap_ps is not None:
        assert capped.power_ps <= build.engine.power_cap_ps * (1 + EPS)
    assert np.all(capped.curve.torque_nm <= free.curve.torque_nm * (1 + EPS))
    assert capped.top_speed_kmh <= free.top_speed_kmh * (1 + REL_TOL)


@_examples(80)
@given(builds(pins=False))
def test_an_estimated_kerb_weight_is_one_a_build_could_pin(build: Build) -> None:
    """However extreme the valid dimensions and engine, the estimate lies in the range the
    format accepts for a pinned kerb weight (150-5000 kg), and it is its parts' sum."""
    p = evaluate(build)
    assert KERB_WEIGHT_KG[0] <= p.kerb_weight_kg <= KERB_WEIGHT_KG[1]
    assert p.kerb_weight_kg == pytest.approx(sum(w.kg for w in p.weight_parts), rel=EPS)
    assert all(w.kg >= 0.0 for w in p.weight_parts)


GROWTHS = (
    "body.length_mm",
    "body.width_mm",
    "body.height_mm",
    "body.seats",
    "engine.displacement_cc",
    "engine.cylinders",
    "battery.capacity_kwh",
)


@_examples(100)
@given(builds(pins=False), st.sampled_from(GROWTHS), st.floats(1.001, 1.5))
def test_a_bigger_body_engine_or_battery_is_never_lighter(
    build: Build, path: str, factor: float
) -> None:
    if path == "battery.capacity_kwh":
        assume(build.battery is not None)
    value: float = {
        "body.seats": build.body.effective_seats,
        "battery.capacity_kwh": build.battery.capacity_kwh if build.battery else 0.0,
    }.get(path, get_field(build, path))
    bigger: float = (
        value * factor if isinstance(value, float) else max(value + 1, int(value * factor))
    )
    try:
        grown = changed(build, {path: bigger})
    except ValidationError:
        assume(False)  # past the format's range (9 seats, a wheelbase longer than the car)
    assert evaluate(grown).kerb_weight_kg >= evaluate(build).kerb_weight_kg * (1 - EPS)


@pytest.mark.parametrize("uncapped_turbo", [False, True], ids=["any", "uncapped-turbo"])
@pytest.mark.parametrize(
    "figure", ["kerb_weight_kg", "power_ps", "torque_nm", "power_ps+torque_nm"]
)
@_examples(20)
@given(builds(pins=False))
def test_a_figure_pinned_at_the_models_own_estimate_changes_nothing(
    figure: str, uncapped_turbo: bool, build: Build
) -> None:
    """Typing in the figure the model already gives (a published figure that agrees), or
    both power and torque, is the same car: the same curve, weight and run. (Also on
    uncapped turbos, which the BMEP ceiling holds flat.)"""
    if uncapped_turbo:
        build = changed(build, {"engine.power_cap_ps": None, "engine.aspiration": "turbo"})
    p = evaluate(build)
    try:
        pinned = changed(build, {f"overrides.{f}": getattr(p, f) for f in figure.split("+")})
    except ValidationError:
        assume(False)  # an estimate outside the range a pin may take (0.3 PS)
    q = evaluate(pinned)
    for name in ("kerb_weight_kg", "power_ps", "torque_nm", "top_speed_kmh", "standing_400m_s"):
        assert getattr(q, name) == pytest.approx(getattr(p, name), rel=1e-9), name
    for name in ("zero_to_60mph_s", "zero_to_100kmh_s"):
        a, b = getattr(p, name), getattr(q, name)
        assert (a is None) == (b is None) and (a is None or b == pytest.approx(a, rel=1e-9))
    assert np.allclose(q.curve.torque_nm, p.curve.torque_nm, rtol=1e-9)


# -- group 3: the limits of the run: limiters, the redline, a motor's top speed ----------------


def _top_gear_speed_kmh(build: Build, p: Performance) -> list[float]:
    """The speeds at which the drive reaches its top rpm in its fastest gear (ratio): a
    petrol engine's redline through the top gear's overall ratio, a motor's own top speed
    (and the one the build gives) through the reduction."""
    r = tyre_radius_m(build)
    if p.electric is not None:
        rpms = [p.electric.max_rpm]
        if build.motor is not None and build.motor.max_rpm is not None:
            rpms.append(float(build.motor.max_rpm))
        n = p.electric.reduction
    else:
        rpms = [float(p.curve.rpm[-1])]
        n = p.gear_ratios[-1] * p.final_drive
    return [rpm * TWO_PI_OVER_60 * r / n * KMH_PER_MS for rpm in rpms]


@_examples(100)
@given(builds())
def test_top_speed_never_passes_a_limiter_or_the_top_rpm_in_top_gear(build: Build) -> None:
    p = evaluate(build)
    limits = [build.drivetrain.speed_limit_kmh, *_top_gear_speed_kmh(build, p)]
    if build.motor is not None:
        limits.append(build.motor.speed_limit_kmh)
    for limit in limits:
        if limit is not None:
            assert p.top_speed_kmh <= limit * (1 + EPS), (limit, p.top_speed_kmh)
    if p.unlimited_top_speed_kmh is not None:
        assert p.unlimited_top_speed_kmh > p.top_speed_kmh


@_examples(80)
@given(builds())
def test_the_run_only_gains_speed_and_never_over_revs(build: Build) -> None:
    """Full throttle from rest: the speed never falls (a change up holds it), time and
    distance only grow, the engine (motor) never turns past its top rpm, and no sample
    is faster than the top speed."""
    p = evaluate(build)
    tr = p.trace
    assert np.all(np.diff(tr.t_s) >= 0.0)
    assert np.all(np.diff(tr.distance_m) >= 0.0)
    assert np.all(np.diff(tr.speed_ms) >= 0.0)
    assert tr.speed_ms[0] == 0.0 and tr.t_s[0] == 0.0 and tr.distance_m[0] == 0.0
    assert float(np.max(tr.speed_ms)) * KMH_PER_MS <= p.top_speed_kmh * (1 + EPS)
    top_rpm = p.electric.max_rpm if p.electric is not None else float(p.curve.rpm[-1])
    assert float(np.max(tr.rpm)) <= top_rpm * (1 + EPS)
    assert float(tr.distance_m[-1]) >= 402.336 * (1 - EPS)


@_examples(80)
@given(builds(pins=False), st.floats(20.0, 160.0), st.booleans())
def test_the_top_speed_without_the_limiter_is_where_the_car_goes_without_it(
    build: Build, limit: float, motors_own: bool
) -> None:
    """Where a limiter holds the car, the speed it says the car would reach without it is
    the top speed of the same car with that limiter taken off: the kei limiter; or, where
    an electric car's own limit holds it, the car with no limiter at all (its reduction
    given, so taking the motor's limit off does not re-design it)."""
    if build.motor is not None and motors_own:
        fd = build.drivetrain.final_drive or 9.0
        build = changed(build, {"motor.speed_limit_kmh": limit, "drivetrain.final_drive": fd})
    else:
        build = changed(build, {"drivetrain.speed_limit_kmh": limit})
    assume(not build.electric or build.drivetrain.final_drive is not None)
    p = evaluate(build)
    assume(p.unlimited_top_speed_kmh is not None)
    q = evaluate(changed(build, {"drivetrain.speed_limit_kmh": None}))
    if q.top_speed_kmh <= p.top_speed_kmh * (1 + EPS):
        # The motor's own limit holds it: the speed its motor would take it to.
        q = evaluate(
            changed(build, {"drivetrain.speed_limit_kmh": None, "motor.speed_limit_kmh": None})
        )
    assert p.unlimited_top_speed_kmh == pytest.approx(q.top_speed_kmh, rel=REL_TOL)


# -- group 4: more power is never slower, more mass or drag never quicker ----------------------


def _comparable(p: Performance, vmax_kmh: float) -> list[float | None]:
    """The four times, a speed time only if that speed lies well below ``vmax_kmh``.

    Near the top speed the approach is asymptotic and the time to a speed there is
    ill-conditioned (a 0.1 % change in top speed moves it by tens of percent), so a speed
    time within 10 % of the lower top speed of two runs is not compared (0.0 stands in).
    """
    out: list[float | None] = []
    for name, kmh in (("zero_to_60mph_s", MPH60_KMH), ("zero_to_100kmh_s", 100.0)):
        out.append(getattr(p, name) if kmh <= 0.9 * vmax_kmh else 0.0)
    return [*out, p.quarter_mile_s, p.standing_400m_s]


def _never_quicker(slow: Performance, fast: Performance) -> None:
    """No time of ``slow`` is quicker than ``fast``'s, and a speed ``fast`` never reaches
    ``slow`` never reaches either; its top speed no higher."""
    vmax = min(slow.top_speed_kmh, fast.top_speed_kmh)
    for s, f in zip(_comparable(slow, vmax), _comparable(fast, vmax), strict=True):
        if f is None:
            assert s is None
        elif s is not None:
            assert s >= f * (1 - REL_TOL), (s, f)
    assert slow.top_speed_kmh <= fast.top_speed_kmh * (1 + REL_TOL)


def _substitute(*runs: Performance) -> bool:
    """Whether a run is for a substitute first gear (reduction): one too tall to move the
    car off is lowered to pull 1.5 × the rolling resistance of the car's own mass, so a
    heavier car gets a lower one, and the window says the figures are for that gear."""
    return any(p.lowest_ratio_raised is not None for p in runs)


@_examples(80)
@given(builds(pins=False), st.floats(0.3, 3.0), st.floats(1.01, 2.0))
def test_more_power_is_never_slower(build: Build, share: float, factor: float) -> None:
    """The same car with more (pinned) power: no time slower, no lower top speed. A pin
    never re-gears the car, so this is the engine (motor) alone."""
    ps = min(max(1.0, evaluate(build).power_ps * share), 1400.0)
    weak = evaluate(changed(build, {"overrides.power_ps": ps}))
    strong = evaluate(changed(build, {"overrides.power_ps": min(ps * factor, 1500.0)}))
    _never_quicker(weak, strong)


@_examples(80)
@given(builds(pins=False), st.floats(0.3, 3.0), st.floats(1.01, 2.0))
def test_more_torque_is_never_slower(build: Build, share: float, factor: float) -> None:
    nm = min(max(1.0, evaluate(build).torque_nm * share), 1900.0)
    weak = evaluate(changed(build, {"overrides.torque_nm": nm}))
    strong = evaluate(changed(build, {"overrides.torque_nm": min(nm * factor, 2000.0)}))
    _never_quicker(weak, strong)


def _grip_limited_at_the_top(p: Performance) -> bool:
    """Whether the tyres hold the car near its top speed (within 2 %)."""
    tr = p.trace
    near = tr.speed_ms * KMH_PER_MS >= 0.98 * p.top_speed_kmh
    return any(tr.limit_name(int(i)) == "traction" for i in np.flatnonzero(near))


@_examples(80)
@given(builds(pins=False), st.floats(0.3, 3.0), st.floats(1.01, 2.0))
def test_more_mass_is_never_quicker(build: Build, share: float, factor: float) -> None:
    """The same car heavier (pinned): no time quicker, no higher top speed. Except where
    the tyres, not the drive, set the top speed: a heavier car's tyres carry more load,
    so they grip more (physics); and for a substitute first gear (``_substitute``)."""
    kg = min(max(150.0, evaluate(build).kerb_weight_kg * share), 4900.0)
    light = evaluate(changed(build, {"overrides.kerb_weight_kg": kg}))
    heavy = evaluate(changed(build, {"overrides.kerb_weight_kg": min(kg * factor, 5000.0)}))
    assume(not _substitute(light, heavy))
    assume(not _grip_limited_at_the_top(light) and not _grip_limited_at_the_top(heavy))
    _never_quicker(heavy, light)


@_examples(80)
@given(builds(pins=False), st.integers(1, 1500))
def test_a_taller_body_never_raises_the_top_speed(build: Build, extra_mm: int) -> None:
    """More frontal area is more drag: never a higher top speed. Nor quicker times, but
    for rear drive: a taller body's higher centre of gravity moves more load onto the
    driven rear wheels under acceleration (physics: a grip-limited rear-drive car pulls
    away harder). The weight is pinned, so only the drag (and the centre of gravity)
    changes."""
    assume(build.body.height_mm + extra_mm <= 3000)
    base = changed(build, {"overrides.kerb_weight_kg": evaluate(build).kerb_weight_kg})
    low = evaluate(base)
    tall = evaluate(changed(base, {"body.height_mm": build.body.height_mm + extra_mm}))
    assert tall.top_speed_kmh <= low.top_speed_kmh * (1 + REL_TOL)
    if build.drivetrain.driven != "rwd":
        _never_quicker(tall, low)


@_examples(70)
@given(builds(pins=False), st.floats(20.0, 399.0), st.floats(0.5, 200.0))
def test_a_lower_speed_limiter_never_makes_a_car_quicker(
    build: Build, limit: float, more: float
) -> None:
    """A limiter only takes drive away above its speed: a lower one (or any, against
    none) never gives a quicker time or a higher top speed."""
    low = evaluate(changed(build, {"drivetrain.speed_limit_kmh": limit}))
    high = evaluate(changed(build, {"drivetrain.speed_limit_kmh": min(limit + more, 400.0)}))
    free = evaluate(changed(build, {"drivetrain.speed_limit_kmh": None}))
    _never_quicker(low, high)
    _never_quicker(high, free)
    assert low.top_speed_kmh <= limit * (1 + EPS)


@_examples(50)
@given(builds(electric=True, pins=False), st.floats(1.01, 2.0), st.floats(1.01, 2.0))
def test_a_stronger_motor_is_never_slower(build: Build, more_kw: float, more_nm: float) -> None:
    """An electric car's motor with more power, more torque or both, through the same
    reduction, at the same weight and with the same top speed: never slower, never a
    lower top speed. (Left to its default, a motor's top speed is 4.5 × its base speed,
    power ÷ torque: a motor wound for more torque at the same power turns slower, as
    one on the same inverter does; so the top speed is given here.)"""
    assert build.motor is not None
    p = evaluate(build)
    assert p.electric is not None
    same = {
        "drivetrain.final_drive": min(max(p.electric.reduction, 1.0), 20.0),
        "overrides.kerb_weight_kg": p.kerb_weight_kg,
        "motor.max_rpm": min(max(round(p.electric.max_rpm), 2000), 30000),
    }
    base = evaluate(changed(build, same))
    m = build.motor
    kw, nm = min(m.max_power_kw * more_kw, 1000.0), min(m.max_torque_nm * more_nm, 2000.0)
    for stronger in ({"motor.max_power_kw": kw}, {"motor.max_torque_nm": nm},
                     {"motor.max_power_kw": kw, "motor.max_torque_nm": nm}):  # fmt: skip
        q = evaluate(changed(build, {**same, **stronger}))
        if not _substitute(base, q):
            _never_quicker(base, q)


@_examples(80)
@given(builds())
def test_the_run_never_beats_its_tyres_or_its_power(build: Build) -> None:
    """No step of the run accelerates harder than the best grip the model allows any tyre
    (``MU_MAX`` × g: every wheel driven, all the load on them), and the car never holds
    more kinetic energy than its peak power could have given it since the start (peak
    power × time; the drivetrain's losses and the rotating parts only take more)."""
    p = evaluate(build)
    tr = p.trace
    moving = np.diff(tr.t_s) > 1e-9
    accel = np.diff(tr.speed_ms)[moving] / np.diff(tr.t_s)[moving]
    assert float(np.max(accel, initial=0.0)) <= MU_MAX * G * (1 + EPS)
    kinetic = 0.5 * (p.kerb_weight_kg + TEST_LOAD_KG) * tr.speed_ms**2
    assert np.all(kinetic <= p.power_kw * 1e3 * tr.t_s * (1 + EPS))


@pytest.mark.parametrize("light_and_strong", [False, True], ids=["any", "light-and-strong"])
@_examples(40)
@given(builds(pins=False))
def test_the_trace_says_what_holds_the_car_at_its_top_speed(
    light_and_strong: bool, build: Build
) -> None:
    """At the end of the run the trace names the tyres' grip where the drive at top speed
    is more than they can take, and air drag where they take it all (a car held by a
    limiter or its redline is named so, and is not compared). Also on cars of 200 kg
    with 400 PS and no limiter, whose tyres may hold them at the top."""
    if light_and_strong:
        build = changed(
            build,
            {
                "overrides.kerb_weight_kg": 200.0,
                "overrides.power_ps": 400.0,
                "drivetrain.speed_limit_kmh": None,
            },
        )
    p = evaluate(build)
    tr = p.trace
    last = tr.limit_name(len(tr.t_s) - 1)
    assume(last in ("drag", "traction"))
    k = load_constants()
    kerb = p.kerb_weight_kg
    drive: WheelDrive
    if build.electric:
        drive = electric.motor_drive(build, kerb, k.dynamics)
    else:
        curve = engine_curve(build, k.engine)
        drive = EngineDrive.of(build, curve, kerb, k.dynamics)
    v, gear = float(tr.speed_ms[-1]), int(tr.gear[-1]) - 1
    force, _, mass_factor = drive.force(v, gear)
    held_by = LIMITS[Chassis.of(build, kerb, k.dynamics).net_force(force, v, mass_factor)[1]]
    assert (last == "traction") == (held_by == "traction"), (last, held_by)


@_examples(50)
@given(builds(electric=True, pins=False), st.floats(1.01, 2.0), st.integers(1, 500))
def test_a_bigger_battery_goes_further_and_more_mass_or_drag_less_far(
    build: Build, factor: float, taller_mm: int
) -> None:
    """An electric car's WLTC range: more capacity (with the weight it brings) never a
    shorter range; more mass (pinned) or a taller body (more frontal area, weight pinned)
    never a longer one."""
    assert build.battery is not None
    p = evaluate(build)
    kwh = min(build.battery.capacity_kwh * factor, 200.0)
    bigger = evaluate(changed(build, {"battery.capacity_kwh": kwh}))
    assert bigger.wltc_range_km is not None and p.wltc_range_km is not None
    assert bigger.wltc_range_km >= p.wltc_range_km * (1 - EPS)
    same = changed(build, {"overrides.kerb_weight_kg": p.kerb_weight_kg})
    base = evaluate(same).wltc_range_km
    heavy = evaluate(
        changed(same, {"overrides.kerb_weight_kg": min(p.kerb_weight_kg * factor, 5000.0)})
    ).wltc_range_km
    assert base is not None and heavy is not None and heavy <= base * (1 + EPS)
    if build.body.height_mm + taller_mm <= 3000:
        tall = evaluate(changed(same, {"body.height_mm": build.body.height_mm + taller_mm}))
        assert tall.wltc_range_km is not None and tall.wltc_range_km <= base * (1 + EPS)
