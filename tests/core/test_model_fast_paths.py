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


@pytest.mark.parametrize("transmission", ["manual", "automatic", "cvt"])
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
        for v in SPEEDS:
            assert net_of(v) == run.net(v, gear)[0]
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
