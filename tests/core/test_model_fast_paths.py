"""The run's short cuts give exactly what the general code they stand for gives.

The model computes a few things twice for speed (the engine rpm of a CVT without its
force, the net force of the bisections without the rest of ``net``, the mass factor of
each gear once per drive): each must equal its general form bit for bit, at every
speed of every stage (launch, revving up, ratio varying, top ratio, past the redline).
"""

from __future__ import annotations

import pytest

from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.chassis import Chassis
from keiconfig.core.dynamics import _Run, speed_step_ms
from keiconfig.core.engine import engine_curve
from keiconfig.core.gearbox import EngineDrive, overall_ratios
from keiconfig.core.performance import load_constants
from keiconfig.core.weight import estimate_kerb_kg

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
