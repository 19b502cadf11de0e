"""The model under stress: random valid builds over every field's whole range.

``evaluate`` returns finite, positive figures within physical bounds (its time per
build is a budget, printed by ``tests/benchmarks/bench_budgets.py``, not a test):

* 0-100 km/h is never quicker than tyre grip allows with a generous friction
  coefficient of 1.6 on all four wheels (100/3.6 / (1.6 g) = 1.77 s); likewise
  0-60 mph, 400 m and the quarter mile (distance at 1.6 g);
* the top speed is never above what the peak power can push through air with a
  generously low drag area (0.2 x width x height, air at 1.2 kg/m3, no rolling
  resistance), nor above the speed at the redline in the tallest gear;
* a time is None only when the top speed is below that speed.
"""

from __future__ import annotations

import importlib.util
import math
import random
from typing import Any

import pytest
from hypothesis import given, settings

from keiconfig.core.build import Build

from . import strategies as S

if importlib.util.find_spec("keiconfig.core.performance") is None:  # pragma: no cover
    pytest.skip("keiconfig.core.performance is not written yet", allow_module_level=True)

from keiconfig.core import dynamics
from keiconfig.core.performance import evaluate

G = 9.81
MU_MAX = 1.6
RHO = 1.2
CDA_FACTOR = 0.2
QUARTER_MILE_M = 402.336


def grip_time(v_kmh: float) -> float:
    return v_kmh / 3.6 / (MU_MAX * G)


def grip_distance_time(m: float) -> float:
    return math.sqrt(2 * m / (MU_MAX * G))


def check_figures(build: Build, perf: Any, *, grip: bool = True) -> None:
    where = f"{build.model_dump_json()}"
    for name in ("kerb_weight_kg", "power_ps", "power_kw", "torque_nm", "top_speed_kmh"):
        v = getattr(perf, name)
        assert isinstance(v, float | int) and math.isfinite(v) and v > 0, (name, v, where)
    assert perf.kerb_weight_kg < 20_000, where
    if build.overrides.kerb_weight_kg is not None:
        assert perf.kerb_weight_kg == pytest.approx(build.overrides.kerb_weight_kg)
    assert perf.power_kw == pytest.approx(perf.power_ps * 0.73549875, rel=1e-3)
    top = perf.top_speed_kmh
    for name, speed in (("zero_to_60mph_s", 96.56064), ("zero_to_100kmh_s", 100.0)):
        t = getattr(perf, name)
        if t is None:
            assert top < speed + 0.5, (f"{name} is None but top speed is {top}", where)
            continue
        assert math.isfinite(t) and t > 0, (name, t, where)
        if grip:
            assert t >= grip_time(speed) * 0.999, (f"{name} {t:.3f} s beats grip", where)
        assert top >= speed - 0.5, (f"{name} reached above top speed {top}", where)
    for name, dist in (("standing_400m_s", 400.0), ("quarter_mile_s", QUARTER_MILE_M)):
        t = getattr(perf, name)
        assert t is not None and math.isfinite(t) and t > 0, (name, t, where)
        if grip:
            assert t >= grip_distance_time(dist) * 0.999, (name, t, where)
    assert perf.quarter_mile_s >= perf.standing_400m_s, where
    if perf.zero_to_60mph_s is not None and perf.zero_to_100kmh_s is not None:
        assert perf.zero_to_60mph_s <= perf.zero_to_100kmh_s, where
    # Power against drag: P = 0.5 rho CdA v^3, CdA at most generous.
    cda = CDA_FACTOR * build.body.width_mm * build.body.height_mm / 1e6
    v_drag = (2 * perf.power_kw * 1000 / (RHO * cda)) ** (1 / 3) * 3.6
    assert top <= v_drag * 1.001, (f"top speed {top:.1f} above drag limit {v_drag:.1f}", where)
    # The redline in the tallest gear (overall ratio = gearbox x final drive).
    if perf.gear_ratios and perf.final_drive > 0:
        tallest = min(perf.gear_ratios) * perf.final_drive
        radius = dynamics.tyre_radius_m(build)
        rpm = build.engine.effective_redline_rpm
        v_rev = rpm / 60 * 2 * math.pi * radius / tallest * 3.6
        assert top <= v_rev * 1.05, (f"top speed {top:.1f} above redline {v_rev:.1f}", where)


_RESULTS: list[tuple[Build, Any]] = []


def random_builds() -> list[Build]:
    rng = random.Random(20240601)
    n = S.scaled(2_000, 50_000)
    return [Build.model_validate(S.random_build_dict(rng)) for _ in range(n)]


def evaluated_random_builds() -> list[tuple[Build, Any]]:
    """Each random build with its result (evaluated once per session)."""
    if not _RESULTS:
        _RESULTS.extend((b, evaluate(b)) for b in random_builds())
    return _RESULTS


def test_many_random_builds_within_physical_bounds() -> None:
    """All bounds but tyre grip (see the next test)."""
    _RESULTS.clear()
    for build in random_builds():
        perf = evaluate(build)
        _RESULTS.append((build, perf))
        check_figures(build, perf, grip=False)
        S.COUNTS["random builds evaluated"] += 1


def test_acceleration_never_beats_tyre_grip() -> None:
    bad = []
    for build, perf in evaluated_random_builds():
        try:
            check_figures(build, perf, grip=True)
        except AssertionError as e:
            bad.append(str(e)[:400])
    assert not bad, f"{len(bad)} builds beat tyre grip; first: {bad[0]}"


@settings(settings.get_profile("keiconfig-robustness"), max_examples=S.scaled(100, 5_000))
@given(S.valid_builds)
def test_hypothesis_builds_within_physical_bounds(build: Build) -> None:
    """Hypothesis' builds reach corners the seeded loop may not, and shrink failures."""
    S.COUNTS["hypothesis builds evaluated"] += 1
    check_figures(build, evaluate(build), grip=False)


@pytest.mark.parametrize("driven", ["fwd", "rwd", "awd"])
def test_extreme_corners(driven: str) -> None:
    """The lightest most powerful car, the heaviest weakest one, and tiny engines."""
    corners = [
        {"overrides": {"kerb_weight_kg": 150.0, "power_ps": 1500.0, "torque_nm": 2000.0}},
        {"overrides": {"kerb_weight_kg": 5000.0, "power_ps": 1.0, "torque_nm": 1.0}},
        {"overrides": {"kerb_weight_kg": 5000.0, "power_ps": 1500.0, "torque_nm": 1.0}},
        {"overrides": {"kerb_weight_kg": 150.0, "power_ps": 1.0, "torque_nm": 2000.0}},
        {"engine": {"cylinders": 8, "displacement_cc": 50, "redline_rpm": 15000}},
        {"engine": {"cylinders": 1, "displacement_cc": 8000, "redline_rpm": 2000}},
    ]
    for corner in corners:
        for transmission in ("manual", "automatic", "cvt"):
            for gears in (1, 10):
                doc = S.random_build_dict(random.Random(1))
                doc["drivetrain"] = {"driven": driven, "transmission": transmission, "gears": gears}
                doc["engine"]["power_cap_ps"] = None
                for section, values in corner.items():
                    doc[section].update(values)
                build = Build.model_validate(doc)
                perf = evaluate(build)
                check_figures(build, perf, grip=False)
                S.COUNTS["corner builds evaluated"] += 1
