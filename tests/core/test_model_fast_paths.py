"""The run's short cuts give exactly what the general code they stand for gives.

The model computes a few things twice for speed (the engine rpm of a CVT without its
force, the net force of the bisections without the rest of ``net``, the mass factor of
each gear once per drive, shift speeds that skip the grid points that never count):
each must equal its general form bit for bit, at every speed of every stage (launch,
revving up, ratio varying, top ratio, past the redline), and on random builds.
"""

from __future__ import annotations

import random

import pytest

from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.chassis import Chassis
from keiconfig.core.dynamics import _Run, speed_step_ms
from keiconfig.core.engine import N_POINTS, engine_curve
from keiconfig.core.gearbox import SHIFT_GAIN, EngineDrive, _interp, overall_ratios
from keiconfig.core.performance import load_constants
from keiconfig.core.weight import estimate_kerb_kg
from tests.robustness.strategies import random_build_dict

SPEEDS = [i * 0.05 for i in range(100)] + [5.0 + i * 0.37 for i in range(200)]  # to 78 m/s


def _drive(build: Build) -> tuple[EngineDrive, _Run]:
    k = load_constants()
    curve = engine_curve(build, k.engine)
    kerb = estimate_kerb_kg(build, k.weight)
    ratios, v_design, _, _ = overall_ratios(build, curve, k.dynamics)
    drive = EngineDrive.of(build, curve, kerb, k.dynamics, ratios)
    return drive, _Run(drive, Chassis.of(build, kerb, k.dynamics), speed_step_ms(v_design))


@pytest.mark.parametrize("transmission", ["manual", "dct", "automatic", "cvt"])
@pytest.mark.parametrize("driven", ["fwd", "rwd", "awd"])
@pytest.mark.parametrize("aspiration", ["na", "turbo"])
def test_short_cuts_equal_the_general_code(transmission: str, driven: str, aspiration: str) -> None:
    build = changed(
        default_build(),
        {
            "drivetrain.transmission": transmission,
            "drivetrain.driven": driven,
            "engine.aspiration": aspiration,
        },
    )
    drive, run = _drive(build)
    for gear in range(drive.n_gears):
        n = drive.ratios[gear]
        assert drive.gear_mass_factors[gear] == (
            1.0 + drive.wheel_mass_factor + drive.engine_mass_factor * n * n
        )
        net_of = run.pull(gear)
        force_at, rpm_at = drive.in_gear(gear)
        for v in SPEEDS:
            assert net_of(v) == run.net(v, gear)[0]
            assert force_at(v) == drive.force(v, gear)
            assert rpm_at(v) == drive.rpm(v, gear)
            assert drive.torque_at(v * 100.0) == drive.curve.torque_at(v * 100.0)
            if transmission == "cvt":
                assert drive.rpm(v, gear) == drive._cvt_force(v)[1]


def _shift_speeds_scanning_every_point(drive: EngineDrive, ratios: list[float]) -> list[float]:
    """``shift_speeds`` as first written: every grid point checked from the first."""
    curve, to_rpm, out = drive.curve, drive.rpm_per_ms, []
    for gi in range(drive.n_gears):
        v_red = curve.redline_rpm / (ratios[gi] * to_rpm)
        if gi == drive.n_gears - 1:
            out.append(v_red)
            continue
        step, v_up = ratios[gi + 1] / ratios[gi], v_red
        for j in range(N_POINTS):
            rpm_j = curve.rpm0 + j * curve.drpm
            if rpm_j * step < curve.rpm0 or rpm_j < drive.launch_rpm:
                continue
            if _interp(curve.design_torque, curve, rpm_j * step) * step >= (
                curve.design_torque[j] * SHIFT_GAIN
            ):
                v_up = min(v_red, rpm_j / (ratios[gi] * to_rpm))
                break
        out.append(v_up)
    return out


def test_shift_speeds_skip_only_points_that_never_count() -> None:
    rng = random.Random(5)
    checked = 0
    while checked < 300:
        build = Build.model_validate(random_build_dict(rng))
        if build.drivetrain.transmission == "cvt":
            continue
        drive, _ = _drive(build)
        expected = _shift_speeds_scanning_every_point(drive, list(drive.ratios))
        assert list(drive.v_shift) == expected
        checked += 1


@pytest.mark.parametrize("transmission", ["manual", "dct", "automatic", "cvt"])
def test_the_launch_step_ends_where_the_drive_takes_up(transmission: str) -> None:
    """``launch_end_ms`` is where the clutch stops slipping or the converter couples: below
    it the engine turns at its own rpm (only the wheels are spun up with the car), above
    it the engine turns with the wheels (its inertia too); the run's launch step stops at
    the first step at or past it, and the run goes on from there."""
    build = changed(default_build(), {"drivetrain.transmission": transmission})
    drive, run = _drive(build)
    v_end = drive.launch_end_ms
    assert v_end > 0.0
    wheels_only = 1.0 + drive.wheel_mass_factor
    assert drive.force(v_end * 0.999, 0)[2] == wheels_only
    assert drive.force(v_end * 1.001, 0)[2] > wheels_only
    assert run._launch()
    assert run.gear == 0 and run.samples[-2][1] < v_end <= run.v


def test_a_run_bisects_each_interval_for_top_speed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that settles in its gear (``_settle_in_fastest_gear``) and then approaches
    top speed in it (``_approach_top_speed``) asks for the last pulling speed over the
    same interval twice: the second answer is the first one kept, not a second
    bisection (the same function of the same speeds: the same speed)."""
    from keiconfig.core import dynamics
    from keiconfig.core.performance import evaluate

    bisected: list[tuple[int, float, float, int]] = []  # (gear, lo, hi, steps)
    gears: dict[dynamics._NetOf, int] = {}  # the gear of each pull function
    last_pull, pull = dynamics._last_pull, dynamics._Run.pull

    def pull_in(run: dynamics._Run, gear: int) -> dynamics._NetOf:
        net_of = pull(run, gear)
        gears[net_of] = gear
        return net_of

    def counted(net_of: dynamics._NetOf, lo: float, hi: float, steps: int) -> float:
        bisected.append((gears[net_of], lo, hi, steps))
        return last_pull(net_of, lo, hi, steps)

    monkeypatch.setattr(dynamics._Run, "pull", pull_in)
    monkeypatch.setattr(dynamics, "_last_pull", counted)
    rng = random.Random(11)
    settled = 0
    for _ in range(100):
        build = Build.model_validate(random_build_dict(rng))
        bisected.clear()
        evaluate(build)
        assert len(bisected) == len(set(bisected)), build
        settled += sum(steps == dynamics.BISECT_STEPS for *_, steps in bisected) > 1
    assert settled > 0  # some runs settled in a gear and then bisected another interval


def test_a_motor_s_short_cuts_equal_its_general_code() -> None:
    """``MotorDrive.in_gear`` (the run's force and rpm of a motor) equals ``force`` and
    ``rpm`` at every speed: full torque, full power, past the top speed, at a limit."""
    from keiconfig.core.electric import motor_drive

    rng = random.Random(3)
    for limit in (None, 100.0):
        build = changed(
            default_build(),
            {
                "powertrain": "electric",
                "motor": {"max_power_kw": 47.0, "max_torque_nm": 195.0, "speed_limit_kmh": limit},
                "battery": {"capacity_kwh": 20.0},
            },
        )
        drive = motor_drive(build, 1000.0 + rng.random() * 100.0, load_constants().dynamics)
        force_at, rpm_at = drive.in_gear(0)
        for v in SPEEDS:
            assert force_at(v) == drive.force(v, 0)
            assert rpm_at(v) == drive.rpm(v, 0)


def test_the_curve_s_arrays_are_the_loop_s_arithmetic() -> None:
    """``CurveData.to_result`` works the grid and power out with numpy: element by
    element the same arithmetic as a loop over the points (rpm0 + i × drpm, then
    torque × rpm × 2π/60 / 1000), so the same floats, for random builds."""
    from keiconfig.core.engine import TWO_PI_OVER_60

    rng = random.Random(7)
    for _ in range(200):
        build = Build.model_validate(random_build_dict(rng))
        curve = engine_curve(build, load_constants().engine)
        result = curve.to_result()
        rpm = [curve.rpm0 + i * curve.drpm for i in range(N_POINTS)]
        power = [t * r * TWO_PI_OVER_60 / 1000.0 for t, r in zip(curve.torque, rpm, strict=True)]
        assert result.rpm.tolist() == rpm
        assert result.power_kw.tolist() == power
        assert result.torque_nm.tolist() == curve.torque
        assert not result.rpm.flags.writeable and not result.power_kw.flags.writeable


def test_parts_of_one_choice_are_made_once() -> None:
    """The driven axles, the interior, the roof mechanism and the parts of a fixed
    weight are made once for their choice and shared by every build that has them (a
    part is immutable): two cars with the same layout share them, and they are the
    parts a car of that choice always had."""
    from keiconfig.core.results import WeightPart
    from keiconfig.core.weight import fixed_parts

    a = changed(default_build(), {"engine.position": "mid", "drivetrain.driven": "rwd"})
    a = changed(a, {"body.roof": "targa", "body.sliding_doors": True, "body.seats": 2})
    b = changed(a, {"body.length_mm": 3000, "engine.displacement_cc": 550})
    parts_a = {p.name: p for p in fixed_parts(a)}
    parts_b = {p.name: p for p in fixed_parts(b)}
    for name in ("driven axles", "mid-engine layout", "coolant lines", "interior"):
        assert parts_a[name] is parts_b[name]
    for name in ("roof mechanism", "sliding doors", "open-top stiffening"):
        assert parts_a[name] is parts_b[name]
    assert parts_a["driven axles"] == WeightPart(
        "driven axles", 12.0, "drive shafts"
    )  # a rear drive from a mid engine: drive shafts only
    assert parts_a["interior"].detail == "2 seats, trim, dashboard"
    assert parts_a["interior"].kg == 40.0
